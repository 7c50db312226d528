// The same cases against both adapters: what a plan writes must read back the same, look the same
// (formats, widths, page setup), and keep register text as text, whichever host wrote it.

import { describe, expect, it } from 'vitest';
import type { SheetPlan } from '../../src/core/sheet/plan';
import { SheetMissingError } from '../../src/workbook/errors';
import { SUBJECTS } from './subjects';

/** Text Excel would turn into a number, a date or a formula if it were typed. */
const DANGEROUS = [
  '0931288125',
  '12/2019',
  '05/03/2021',
  '=1+1',
  '=HYPERLINK("http://x","y")',
  '+84931288125',
  '@SUM(A1:A2)',
  '-5',
  '1.250.000.000',
  '1,5',
  'TRUE',
  '#N/A',
  "'trích dẫn",
  '3/5',
  '1e5',
  '10%',
];

const VIETNAMESE = [
  'Nguyễn Thị Hòa',
  'Cải tiến quy trình sửa chữa máy bơm nước tại Nhà máy Thủy điện',
  'LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG',
  'Độc lập - Tự do - Hạnh phúc',
  'Ứng dụng công nghệ thông tin trong cải cách hành chính; đồng tác giả: Trần Văn Ước',
];

function registerPlan(): SheetPlan {
  return {
    name: 'Sáng kiến',
    role: 'register',
    rows: [
      ['DANH SÁCH SÁNG KIẾN NĂM 2021', null, null, null],
      ['Mã SK', 'Tên sáng kiến', 'Giá trị làm lợi (đồng)', 'Điểm'],
      ['SK-0001', VIETNAMESE[1]!, 1_250_000_000, 85.5],
      ['SK-0002', VIETNAMESE[4]!, null, 70],
      ['SK-0003', 'Sáng kiến có giá trị', 350_000_000, true],
    ],
    columns: [{ width: 10 }, { width: 48 }, { width: 18 }, { width: 8 }],
    styles: [
      { rect: { row: 0, col: 0, rowCount: 1, colCount: 4 }, style: { bold: true, horizontal: 'center', fontSize: 14 } },
      { rect: { row: 1, col: 0, rowCount: 4, colCount: 4 }, style: { border: 'thin' } },
      { rect: { row: 1, col: 0, rowCount: 1, colCount: 4 }, style: { bold: true, fill: '#D9E2F3', wrap: true } },
      { rect: { row: 2, col: 2, rowCount: 3, colCount: 1 }, style: { numberFormat: '#,##0' } },
      { rect: { row: 2, col: 3, rowCount: 3, colCount: 1 }, style: { numberFormat: '0.0' } },
    ],
    merges: [{ row: 0, col: 0, rowCount: 1, colCount: 4 }],
    freeze: { rows: 2, columns: 1 },
    page: {
      orientation: 'landscape',
      paperSize: 'A4',
      margins: { top: 2, bottom: 2, left: 3, right: 1.5 },
      printTitleRows: { first: 1, last: 1 },
      fitToPagesWide: 1,
    },
    font: { name: 'Times New Roman', size: 13 },
  };
}

describe.each(SUBJECTS)('the workbook port over $name', ({ make, readsMerges }) => {
  it('reads a written plan back with the same values', async () => {
    const { port } = await make();
    const plan = registerPlan();
    await port.apply([{ kind: 'writePlan', plan }]);
    const [grid] = await port.readSheets([{ role: 'register' }]);
    const trimmed = plan.rows.map((row) => {
      const out = [...row];
      while (out.length > 0 && out[out.length - 1] === null) out.pop();
      return out;
    });
    expect(grid?.values).toEqual(trimmed);
  });

  it('keeps text that Excel would convert exactly as written', async () => {
    const { port } = await make();
    await port.apply([
      { kind: 'writePlan', plan: { name: 'Văn bản', role: 'meta', rows: DANGEROUS.map((t) => [t, t]) } },
    ]);
    const [grid] = await port.readSheets([{ name: 'Văn bản', formulas: true }]);
    expect(grid?.values).toEqual(DANGEROUS.map((t) => [t, t]));
    expect(grid?.formulas?.size ?? 0).toBe(0);
  });

  it('keeps text written cell by cell as text, phone numbers with their leading zero', async () => {
    const { port } = await make();
    await port.apply([
      { kind: 'writePlan', plan: { name: 'Chấm điểm', role: 'scores', rows: [['Mã SK', 'Nhận xét']] } },
    ]);
    await port.apply([
      {
        kind: 'writeCells',
        sheet: 'Chấm điểm',
        cells: DANGEROUS.map((t, i) => ({ row: i + 1, col: 1, value: t })),
      },
    ]);
    const [grid] = await port.readSheets([{ role: 'scores' }]);
    expect(grid?.values.slice(1).map((r) => r[1])).toEqual(DANGEROUS);
  });

  it('writes a reviewer’s row of adjacent cells, numbers with their format and text as text', async () => {
    const s = await make();
    await s.port.apply([
      {
        kind: 'writePlan',
        plan: { name: 'Chấm điểm', role: 'scores', rows: [['Mã SK', 'Mã TV', 'TM', 'HQ', 'AD', 'Nhận xét']] },
      },
    ]);
    await s.port.apply([
      {
        kind: 'writeCells',
        sheet: 'Chấm điểm',
        cells: [
          { row: 1, col: 2, value: 25.5, numberFormat: '0.0' },
          { row: 1, col: 3, value: 30, numberFormat: '0.0' },
          { row: 1, col: 4, value: 20 },
          { row: 1, col: 5, value: '+ tốt, nên nhân rộng' },
          { row: 1, col: 0, value: 'SK-0001' },
        ],
      },
    ]);
    const [grid] = await s.port.readSheets([{ role: 'scores' }]);
    expect(grid?.values[1]).toEqual(['SK-0001', null, 25.5, 30, 20, '+ tốt, nên nhân rộng']);
    const look = await s.look('Chấm điểm');
    expect(look.numberFormat(1, 2)).toBe('0.0');
    expect(look.numberFormat(1, 5)).toBe('@');
  });

  it('gives rows added below a plan the validation the plan gave the rows above, and nothing else', async () => {
    const s = await make();
    const rule = {
      kind: 'decimal' as const,
      min: 0,
      max: 30,
      prompt: { title: 'TM', message: 'Từ 0 đến 30 điểm' },
      error: { title: 'TM', message: 'Điểm TM phải từ 0 đến 30' },
    };
    await s.port.apply([
      {
        kind: 'writePlan',
        plan: {
          name: 'Chấm điểm',
          role: 'scores',
          rows: [
            ['Mã SK', 'Mã TV', 'TM'],
            ['SK-0001', 'TV01', 25],
            ['SK-0002', 'TV01', null],
          ],
          validations: [{ rect: { row: 1, col: 2, rowCount: 2, colCount: 1 }, rule }],
        },
      },
    ]);
    await s.port.apply([
      {
        kind: 'writeCells',
        sheet: 'Chấm điểm',
        cells: [
          { row: 3, col: 0, value: 'SK-0001' },
          { row: 3, col: 1, value: 'TV02' },
        ],
      },
      {
        kind: 'setValidations',
        sheet: 'Chấm điểm',
        validations: [{ rect: { row: 3, col: 2, rowCount: 2, colCount: 1 }, rule }],
      },
    ]);
    const look = await s.look('Chấm điểm');
    const above = look.validation(1, 2);
    expect(above).toEqual({ kind: 'decimal', min: 0, max: 30, prompt: rule.prompt, error: rule.error });
    expect([look.validation(3, 2), look.validation(4, 2)]).toEqual([above, above]);
    expect([look.validation(5, 2), look.validation(3, 1), look.validation(0, 2)]).toEqual([null, null, null]);
    const [grid] = await s.port.readSheets([{ role: 'scores' }]);
    expect(grid?.values).toEqual([
      ['Mã SK', 'Mã TV', 'TM'],
      ['SK-0001', 'TV01', 25],
      ['SK-0002', 'TV01'],
      ['SK-0001', 'TV02'],
    ]);
  });

  it('leaves the validation of a protected sheet as it is, and still writes its unlocked cells', async () => {
    const s = await make();
    const rule = { kind: 'decimal' as const, min: 0, max: 30 };
    await s.port.apply([
      {
        kind: 'writePlan',
        plan: {
          name: 'Chấm điểm',
          role: 'scores',
          rows: [
            ['Mã SK', 'Mã TV', 'TM'],
            ['SK-0001', 'TV01', null],
          ],
          validations: [{ rect: { row: 1, col: 2, rowCount: 1, colCount: 1 }, rule }],
          protection: { unlocked: [{ row: 1, col: 2, rowCount: 3, colCount: 1 }] },
        },
      },
    ]);
    await s.port.apply([
      { kind: 'writeCells', sheet: 'Chấm điểm', cells: [{ row: 2, col: 2, value: 20 }] },
      {
        kind: 'setValidations',
        sheet: 'Chấm điểm',
        validations: [{ rect: { row: 2, col: 2, rowCount: 2, colCount: 1 }, rule }],
      },
    ]);
    const look = await s.look('Chấm điểm');
    expect(look.validation(1, 2)).toMatchObject({ kind: 'decimal', min: 0, max: 30 });
    expect([look.validation(2, 2), look.validation(3, 2)]).toEqual([null, null]);
    const [grid] = await s.port.readSheets([{ role: 'scores' }]);
    expect(grid?.values[2]?.[2]).toBe(20);
  });

  it('refuses validation for a missing sheet before writing anything', async () => {
    const s = await make();
    await s.port.apply([{ kind: 'writePlan', plan: { name: 'Chấm điểm', role: 'scores', rows: [['Mã SK']] } }]);
    const rule = { kind: 'decimal' as const, min: 0, max: 30 };
    await expect(
      s.port.apply([
        { kind: 'writeCells', sheet: 'Chấm điểm', cells: [{ row: 1, col: 0, value: 'SK-0001' }] },
        {
          kind: 'setValidations',
          sheet: 'Không có',
          validations: [{ rect: { row: 1, col: 2, rowCount: 1, colCount: 1 }, rule }],
        },
      ]),
    ).rejects.toBeInstanceOf(SheetMissingError);
    const [grid] = await s.port.readSheets([{ role: 'scores' }]);
    expect(grid?.values).toEqual([['Mã SK']]);
  });

  it('keeps Vietnamese text in NFC with every diacritic', async () => {
    const { port } = await make();
    await port.apply([
      { kind: 'writePlan', plan: { name: 'Tiếng Việt', role: 'meta', rows: VIETNAMESE.map((t) => [t]) } },
    ]);
    const [grid] = await port.readSheets([{ name: 'Tiếng Việt' }]);
    const back = grid?.values.map((r) => r[0]);
    expect(back).toEqual(VIETNAMESE);
    for (const t of back ?? []) expect(typeof t === 'string' && t === t.normalize('NFC')).toBe(true);
  });

  it('writes formulas as formulas and reports their text', async () => {
    const { port } = await make();
    await port.apply([
      {
        kind: 'writePlan',
        plan: {
          name: 'Tổng',
          role: 'meta',
          rows: [[1, 2, { formula: '=A1+B1' }, 'A1+B1']],
          // Even where the plan formats the row as text, the formula stays a formula.
          styles: [{ rect: { row: 0, col: 2, rowCount: 1, colCount: 2 }, style: { numberFormat: '@' } }],
        },
      },
    ]);
    const [grid] = await port.readSheets([{ name: 'Tổng', formulas: true }]);
    expect(grid?.formulas).toEqual(new Map([['0,2', '=A1+B1']]));
    expect(grid?.values[0]?.[3]).toBe('A1+B1');
  });

  it('merges the title row and reads the merge back where the host can, the value in its first cell', async () => {
    const { port } = await make();
    await port.apply([{ kind: 'writePlan', plan: registerPlan() }]);
    const [grid] = await port.readSheets([{ role: 'register', merges: true }]);
    // Without a way to read merges the adapter says so (undefined) rather than "none".
    expect(grid?.merges).toEqual(readsMerges ? [{ row: 0, col: 0, rowCount: 1, colCount: 4 }] : undefined);
    expect(grid?.values[0]).toEqual(['DANH SÁCH SÁNG KIẾN NĂM 2021']);
  });

  it('applies number formats, text format on text cells, fonts, bold headers and freeze panes', async () => {
    const s = await make();
    await s.port.apply([{ kind: 'writePlan', plan: registerPlan() }]);
    const look = await s.look('Sáng kiến');
    expect(look.numberFormat(2, 2)).toBe('#,##0');
    expect(look.numberFormat(2, 3)).toBe('0.0');
    expect(look.numberFormat(2, 1)).toBe('@');
    expect(look.fontName(2, 1)).toBe('Times New Roman');
    expect(look.bold(1, 0)).toBe(true);
    expect(look.bold(2, 0)).toBe(false);
    expect(look.freeze()).toEqual({ rows: 2, columns: 1 });
  });

  it('sets column widths in characters', async () => {
    const s = await make();
    await s.port.apply([{ kind: 'writePlan', plan: registerPlan() }]);
    const look = await s.look('Sáng kiến');
    expect(look.columnWidth(0)).toBeCloseTo(10, 1);
    expect(look.columnWidth(1)).toBeCloseTo(48, 1);
    expect(look.columnWidth(2)).toBeCloseTo(18, 1);
  });

  it('sets up the printed page: A4 landscape, margins in centimetres, header rows repeated, one page wide', async () => {
    const s = await make();
    await s.port.apply([{ kind: 'writePlan', plan: registerPlan() }]);
    const page = (await s.look('Sáng kiến')).page();
    expect(page.orientation).toBe('landscape');
    expect(page.paper).toBe('A4');
    expect(page.margins.top).toBeCloseTo(2, 2);
    expect(page.margins.left).toBeCloseTo(3, 2);
    expect(page.margins.right).toBeCloseTo(1.5, 2);
    expect(page.printTitleRows).toBe('$2:$2');
    expect(page.fitToPagesWide).toBe(1);
  });

  it('finds sheets by role after a rename and rewrites a sheet in place', async () => {
    const { port } = await make();
    await port.apply([
      { kind: 'writePlan', plan: { name: 'Đầu', role: 'meta', rows: [['a']] } },
      { kind: 'writePlan', plan: registerPlan() },
      { kind: 'writePlan', plan: { name: 'Cuối', role: 'config', rows: [['z']] } },
      { kind: 'renameSheet', from: 'Sáng kiến', to: 'SK 2021' },
    ]);
    expect(await port.resolveRole('register')).toBe('SK 2021');
    expect(await port.resolveRoles?.(['config', 'register', 'ranking'])).toEqual(['Cuối', 'SK 2021', null]);
    await port.apply([{ kind: 'writePlan', plan: { name: 'SK 2021', role: 'register', rows: [['mới']] } }]);
    const sheets = await port.listSheets();
    expect(sheets.map((s) => s.name)).toEqual(['Đầu', 'SK 2021', 'Cuối']);
    const [grid] = await port.readSheets([{ role: 'register', merges: true }]);
    expect(grid?.values).toEqual([['mới']]);
    expect(grid?.merges).toEqual(readsMerges ? [] : undefined);
  });

  it('reports a missing sheet as null on read and SheetMissingError on write', async () => {
    const { port } = await make();
    await port.apply([{ kind: 'writePlan', plan: { name: 'A', role: 'meta', rows: [['x']] } }]);
    expect(await port.readSheets([{ name: 'Không có' }, { role: 'ranking' }])).toEqual([null, null]);
    await expect(port.apply([{ kind: 'writeCells', sheet: 'Không có', cells: [] }])).rejects.toBeInstanceOf(
      SheetMissingError,
    );
    await expect(port.apply([{ kind: 'deleteSheet', name: 'Không có' }])).rejects.toBeInstanceOf(SheetMissingError);
  });

  it('lists sheets in tab order with their used size and visibility', async () => {
    const { port } = await make();
    await port.apply([
      { kind: 'writePlan', plan: { name: 'Một', role: 'meta', rows: [['a', 'b'], [1]] } },
      { kind: 'writePlan', plan: { name: 'Hai', role: 'config', rows: [] }, visibility: 'hidden' },
      { kind: 'writePlan', plan: { name: 'Ba', role: 'council', rows: [[null, null, 'c']] } },
      { kind: 'deleteSheet', name: 'Một' },
    ]);
    const sheets = (await port.listSheets()).filter((s) => s.name !== 'Sheet1');
    expect(
      sheets.map(({ name, visibility, rowCount, columnCount }) => ({ name, visibility, rowCount, columnCount })),
    ).toEqual([
      { name: 'Hai', visibility: 'hidden', rowCount: 0, columnCount: 0 },
      { name: 'Ba', visibility: 'visible', rowCount: 1, columnCount: 3 },
    ]);
  });
});
