import { describe, expect, it } from 'vitest';
import { createSimulatedExcel } from './index';

/** Writes one value through range.values and reads back what Excel would report. */
async function roundTrip(input: unknown, numberFormat?: string) {
  const xl = createSimulatedExcel({ currentYear: 2021 });
  xl.state.addSheet('Sheet1');
  return xl.run(async (context) => {
    const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
    if (numberFormat) r.numberFormat = [[numberFormat]];
    r.values = [[input]];
    r.load('values, formulas, text, valueTypes, numberFormat');
    await context.sync();
    const first = (m: unknown[][]): unknown => m[0]![0];
    return {
      value: first(r.values),
      formula: first(r.formulas),
      text: r.text[0]![0],
      type: r.valueTypes[0]![0],
      format: first(r.numberFormat),
    };
  });
}

describe('what Excel does with text written to a General cell', () => {
  it('turns a phone number into a number, losing its leading zero', async () => {
    expect(await roundTrip('0931288125')).toMatchObject({ value: 931288125, type: 'Double' });
  });

  it('reads decimals and en-US thousands separators as numbers', async () => {
    expect((await roundTrip('1.5')).value).toBe(1.5);
    expect(await roundTrip('1,250')).toMatchObject({ value: 1250, format: '#,##0', text: '1,250' });
    expect((await roundTrip('-3')).value).toBe(-3);
    expect(await roundTrip('50%')).toMatchObject({ value: 0.5, text: '50%' });
  });

  it('keeps Vietnamese number writing as text (a dot before three digits is not a decimal point in en-US)', async () => {
    expect((await roundTrip('1.250.000')).value).toBe('1.250.000');
    expect((await roundTrip('85,5')).value).toBe('85,5');
    expect((await roundTrip('0931 288 125')).value).toBe('0931 288 125');
    // An international phone number without spaces is a number to Excel, plus sign and all.
    expect((await roundTrip('+84931288125')).value).toBe(84931288125);
  });

  it('turns "12/2019" into 1 December 2019 and "05/03/2021" into 3 May 2021 (month first)', async () => {
    expect(await roundTrip('12/2019')).toMatchObject({ value: 43800, format: 'mmm-yy', text: 'Dec-19' });
    expect(await roundTrip('05/03/2021')).toMatchObject({ value: 44319, format: 'm/d/yyyy', text: '5/3/2021' });
    expect(await roundTrip('05/03/2021 10:30')).toMatchObject({ value: 44319 + 10.5 / 24, text: '5/3/2021 10:30' });
    expect(await roundTrip('10:30')).toMatchObject({ value: 10.5 / 24, text: '10:30' });
    // Day 13 cannot be a month, and Excel does not swap: it stays text.
    expect((await roundTrip('13/05/2021')).value).toBe('13/05/2021');
  });

  it('turns TRUE into a boolean and =… into a formula', async () => {
    expect(await roundTrip('TRUE')).toMatchObject({ value: true, type: 'Boolean' });
    expect(await roundTrip('=1+1')).toMatchObject({ value: 2, formula: '=1+1' });
  });

  it('keeps text after a leading apostrophe, without the apostrophe', async () => {
    expect(await roundTrip("'0931288125")).toMatchObject({ value: '0931288125', type: 'String' });
    expect(await roundTrip("'=1+1")).toMatchObject({ value: '=1+1', formula: '=1+1' });
    expect((await roundTrip("'12/2019")).value).toBe('12/2019');
  });

  it('keeps everything as typed in a cell formatted "@", including "=1+1"', async () => {
    expect(await roundTrip('0931288125', '@')).toMatchObject({ value: '0931288125', type: 'String', format: '@' });
    expect(await roundTrip('=1+1', '@')).toMatchObject({ value: '=1+1', formula: '=1+1', type: 'String' });
    expect((await roundTrip('12/2019', '@')).value).toBe('12/2019');
    expect((await roundTrip("'x", '@')).value).toBe("'x");
  });

  it('writes numbers and booleans as they are, "" clears, and null leaves a cell unchanged', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sheet1', [['a', 'b', 'c']]);
    await xl.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1').values = [[null, '', 7]];
      await context.sync();
    });
    expect(xl.state.grid('Sheet1')).toEqual([['a', null, 7]]);
  });

  it('writes formulas through range.formulas, and a bad formula is an InvalidArgument error', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sheet1', [[2, 3]]);
    await xl.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('C1');
      r.formulas = [['=A1*B1']];
      r.load('values');
      await context.sync();
      expect(r.values).toEqual([[6]]);
    });
    await expect(
      xl.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('D1').values = [['=SUM(A1:']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('fills a multi-cell range from a single value and rejects an array of the wrong shape', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sheet1');
    await xl.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      (r as unknown as { values: unknown }).values = 'x';
      r.numberFormat = '@' as unknown as string[][];
      await context.sync();
    });
    expect(xl.state.grid('Sheet1')).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
    expect(xl.state.cell('Sheet1', 'B2').numberFormat).toBe('@');
    await expect(
      xl.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [['x']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
