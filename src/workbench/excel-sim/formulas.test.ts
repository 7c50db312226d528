import { describe, expect, it } from 'vitest';
import { createSimulatedExcel } from './index';

async function evalIn(formula: string, seed: (string | number | boolean | null)[][] = []): Promise<unknown> {
  const xl = createSimulatedExcel();
  xl.state.addSheet('Sheet1', seed);
  xl.state.addSheet('Điểm', [[10], [20], [30]]);
  return xl.run(async (context) => {
    const r = context.workbook.worksheets.getItem('Sheet1').getRange('Z1');
    r.formulas = [[formula]];
    r.load('values');
    await context.sync();
    return r.values[0]![0] as unknown;
  });
}

describe('formula evaluation', () => {
  it('computes arithmetic with Excel precedence, concatenation and comparisons', async () => {
    expect(await evalIn('=1+2*3')).toBe(7);
    expect(await evalIn('=-2^2')).toBe(4);
    expect(await evalIn('=2^3^2')).toBe(64);
    expect(await evalIn('=10/4')).toBe(2.5);
    expect(await evalIn('=1/0')).toBe('#DIV/0!');
    expect(await evalIn('="a"&1&TRUE')).toBe('a1TRUE');
    expect(await evalIn('=50%')).toBe(0.5);
    expect(await evalIn('=A1>=2', [[2]])).toBe(true);
    expect(await evalIn('="abc"="ABC"')).toBe(true);
    expect(await evalIn('="x"+1')).toBe('#VALUE!');
  });

  it('reads cells, ranges and other sheets, quoted or not', async () => {
    const seed = [
      [1, 2, 3],
      [4, 'text', 6],
    ];
    expect(await evalIn('=A1+B2', [[1], [null, 5]])).toBe(6);
    expect(await evalIn('=SUM(A1:C2)', seed)).toBe(16);
    expect(await evalIn("=SUM('Điểm'!A1:A3)")).toBe(60);
    expect(await evalIn("='Điểm'!A2*2")).toBe(40);
    expect(await evalIn('=SUM(A:A)', seed)).toBe(5);
    expect(await evalIn('=A5')).toBe(0);
    expect(await evalIn('=Missing!A1')).toBe('#REF!');
  });

  it('implements the listed functions', async () => {
    const seed = [
      [80, 'x', 90],
      [70, null, true],
      [60, 75, 85],
    ];
    expect(await evalIn('=AVERAGE(A1:A3)', seed)).toBe(70);
    expect(await evalIn('=COUNT(A1:C3)', seed)).toBe(6);
    expect(await evalIn('=COUNTA(A1:C3)', seed)).toBe(8);
    expect(await evalIn('=COUNTIF(A1:C3,">=80")', seed)).toBe(3);
    expect(await evalIn('=COUNTIF(A1:C3,"x")', seed)).toBe(1);
    expect(await evalIn('=MIN(A1:C3)', seed)).toBe(60);
    expect(await evalIn('=MAX(A1:C3)', seed)).toBe(90);
    expect(await evalIn('=ROUND(2.345,2)')).toBe(2.35);
    expect(await evalIn('=ROUND(-2.5,0)')).toBe(-3);
    expect(await evalIn('=IF(A1>75,"Đạt","Không")', seed)).toBe('Đạt');
    expect(await evalIn('=AND(A1>50,C1>50)', seed)).toBe(true);
    expect(await evalIn('=OR(A1>100,C1>100)', seed)).toBe(false);
    expect(await evalIn('=SUMPRODUCT(A1:A3,C3:C3)', seed)).toBe('#VALUE!');
    expect(await evalIn('=SUMPRODUCT(A1:A2,A2:A3)', seed)).toBe(80 * 70 + 70 * 60);
    expect(await evalIn('=IFERROR(1/0,"lỗi")')).toBe('lỗi');
  });

  it('also knows NA, NOT, ABS, INT, MOD, LEN, TRIM, CONCATENATE, IS… tests, SUMIF, COUNTBLANK and ROUNDUP/DOWN', async () => {
    const seed = [
      ['a', 5],
      ['b', 7],
      [null, 9],
    ];
    expect(await evalIn('=NA()')).toEqual('#N/A');
    expect(await evalIn('=NOT(TRUE)')).toBe(false);
    expect(await evalIn('=ABS(-3)+INT(2.7)+MOD(-1,3)')).toBe(7);
    expect(await evalIn('=LEN(TRIM("  a   b "))')).toBe(3);
    expect(await evalIn('=CONCATENATE("SK-",1)')).toBe('SK-1');
    expect(await evalIn('=ISBLANK(A3)', seed)).toBe(true);
    expect(await evalIn('=ISNUMBER(B1)', seed)).toBe(true);
    expect(await evalIn('=ISERROR(1/0)')).toBe(true);
    expect(await evalIn('=SUMIF(A1:A3,"b",B1:B3)', seed)).toBe(7);
    expect(await evalIn('=COUNTBLANK(A1:A3)', seed)).toBe(1);
    expect(await evalIn('=ROUNDUP(1.21,1)+ROUNDDOWN(1.29,1)')).toBeCloseTo(2.5, 10);
  });

  it('gives #NAME? for functions it does not know', async () => {
    expect(await evalIn('=VLOOKUP(1,A1:B2,2,FALSE)')).toBe('#NAME?');
    expect(await evalIn('=NoSuchName+1')).toBe('#NAME?');
  });

  it('shares one parse between cells whose formulas have the same relative shape, shifting only relative references', () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Other', [[100], [200]]);
    xl.state.addSheet(
      'S',
      [
        [1, 10, null],
        [2, 20, null],
        [3, 30, null],
      ],
      {
        formulas: {
          C1: '=A1*$B$1+SUM(A:A)+\'Other\'!A1',
          C2: '=A2*$B$1+SUM(A:A)+\'Other\'!A2',
          C3: '=A3*B$1&"A1"',
          D1: '=SUM($A1:A$3)',
          D2: '=SUM($A2:A$3)',
        },
      },
    );
    expect(xl.state.cell('S', 'C1').value).toBe(1 * 10 + 6 + 100);
    expect(xl.state.cell('S', 'C2').value).toBe(2 * 10 + 6 + 200);
    expect(xl.state.cell('S', 'C3').value).toBe('30A1');
    expect(xl.state.cell('S', 'D1').value).toBe(6);
    expect(xl.state.cell('S', 'D2').value).toBe(5);
  });

  it('recalculates dependents when an input changes', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sheet1', [[1, 2]], { formulas: { C1: '=A1+B1', D1: '=C1*10' } });
    expect(xl.state.cell('Sheet1', 'D1').value).toBe(30);
    await xl.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [[5]];
      const d = ws.getRange('D1').load('values');
      await context.sync();
      expect(d.values).toEqual([[70]]);
    });
  });
});
