import * as ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SheetPlan } from '../../core/sheet/plan';
import { SheetMissingError, SheetProtectedError } from '../errors';
import { createXlsx, openXlsx, XLSX_CAPABILITIES } from './index';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function reload(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('reading an .xlsx register', () => {
  it('gives formula results, errors, rich text, hyperlinks and dates as plain grid values', async () => {
    const src = new ExcelJS.Workbook();
    const ws = src.addWorksheet('DS');
    ws.getCell('A1').value = 'Tên sáng kiến';
    // B2:B3 share one formula, as Excel saves a formula filled down.
    ws.fillFormula('B2:B3', 'SUM(1,2)', [3, 3]);
    ws.getCell('C2').value = { error: '#N/A' };
    ws.getCell('D2').value = { richText: [{ text: 'Nguyễn ' }, { text: 'Văn A', font: { bold: true } }] };
    ws.getCell('E2').value = { text: 'trang web', hyperlink: 'https://example.org' };
    ws.getCell('F2').value = new Date(Date.UTC(2021, 4, 5));
    ws.getCell('F2').numFmt = 'dd/mm/yyyy';
    ws.getCell('G2').value = { formula: 'NA()', result: { error: '#N/A' } };
    const port = await openXlsx(await bytesOf(src));

    const [grid] = await port.readSheets([{ name: 'DS', formulas: true }]);
    expect(grid?.values[0]).toEqual(['Tên sáng kiến']);
    expect(grid?.values[1]).toEqual([
      null,
      3,
      { error: '#N/A' },
      'Nguyễn Văn A',
      'trang web',
      44321,
      { error: '#N/A' },
    ]);
    expect(grid?.formulas?.get('1,1')).toBe('=SUM(1,2)');
    expect(grid?.formulas?.get('1,6')).toBe('=NA()');
    // A shared formula reads as the formula of its own cell, as Excel shows it.
    expect(grid?.values[2]).toEqual([null, 3]);
    expect(grid?.formulas?.get('2,1')).toBe('=SUM(1,2)');
  });

  it('reports merges, hidden rows and columns, and fonts that differ from the prevailing one', async () => {
    const src = new ExcelJS.Workbook();
    const ws = src.addWorksheet('DS');
    for (let r = 1; r <= 4; r++)
      for (let c = 1; c <= 3; c++) {
        const cell = ws.getCell(r, c);
        cell.value = `r${r}c${c}`;
        cell.font = { name: 'Times New Roman' };
      }
    ws.getCell('B3').font = { name: '.VnTime' };
    // A formatted but empty cell says nothing about how the register was typed.
    ws.getCell('E1').font = { name: 'Arial' };
    ws.mergeCells('A1:C1');
    ws.getColumn(2).hidden = true;
    ws.getRow(4).hidden = true;
    const port = await openXlsx(await bytesOf(src));

    const [grid] = await port.readSheets([{ name: 'DS', merges: true, hidden: true, fonts: true }]);
    expect(grid?.values[0]).toEqual(['r1c1']);
    expect(grid?.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 3 }]);
    expect([...(grid?.hiddenColumns ?? [])]).toEqual([1]);
    expect([...(grid?.hiddenRows ?? [])]).toEqual([3]);
    expect(grid?.defaultFont).toBe('Times New Roman');
    expect([...(grid?.fonts ?? [])]).toEqual([['2,1', '.VnTime']]);
  });

  it('leaves merges and the rest undefined when they are not asked for, and null for a missing sheet', async () => {
    const port = createXlsx();
    await port.apply([{ kind: 'writePlan', plan: { name: 'A', role: 'meta', rows: [['x']] } }]);
    const [a, missing] = await port.readSheets([{ name: 'A' }, { name: 'Không có' }]);
    expect(a).toEqual({ name: 'A', values: [['x']] });
    expect(missing).toBeNull();
  });
});

describe('writing plans to .xlsx', () => {
  const plan: SheetPlan = {
    name: 'Sáng kiến',
    role: 'register',
    rows: [
      ['DANH SÁCH SÁNG KIẾN', null, null],
      ['Mã SK', 'Điện thoại', 'Giá trị'],
      ['SK-0001', '0931288125', 1250000],
      ['=1+1', '+84931288125', { formula: '=C3*2' }],
      ['12/2019', '-5', true],
    ],
    columns: [{ width: 12 }, { width: 30, hidden: true }, { width: 18 }],
    styles: [
      { rect: { row: 1, col: 0, rowCount: 4, colCount: 3 }, style: { border: 'thin' } },
      { rect: { row: 1, col: 0, rowCount: 1, colCount: 3 }, style: { bold: true, fill: '#DDEEFF' } },
      { rect: { row: 2, col: 2, rowCount: 3, colCount: 1 }, style: { numberFormat: '#,##0' } },
    ],
    merges: [{ row: 0, col: 0, rowCount: 1, colCount: 3 }],
    rowHeights: new Map([[0, 30]]),
    freeze: { rows: 2, columns: 1 },
    tables: [{ name: 'SK_Table', rect: { row: 1, col: 0, rowCount: 4, colCount: 3 }, showFilter: true }],
    validations: [
      {
        rect: { row: 2, col: 2, rowCount: 3, colCount: 1 },
        rule: { kind: 'decimal', min: 0, max: 30, prompt: { title: 'Điểm', message: '0–30' } },
      },
    ],
    protection: { unlocked: [{ row: 2, col: 2, rowCount: 3, colCount: 1 }] },
    page: {
      orientation: 'landscape',
      paperSize: 'A4',
      margins: { top: 2, bottom: 2, left: 3, right: 1.5 },
      printTitleRows: { first: 1, last: 1 },
      fitToPagesWide: 1,
    },
    tabColor: '#1F6FB2',
    font: { name: 'Times New Roman', size: 13 },
  };

  it('reads back every text exactly as written, formulas as formulas', async () => {
    const port = createXlsx();
    await port.apply([{ kind: 'writePlan', plan }]);
    const again = await openXlsx(await port.toBuffer());
    const [grid] = await again.readSheets([{ role: 'register', formulas: true }]);
    expect(grid?.values.slice(2)).toEqual([
      ['SK-0001', '0931288125', 1250000],
      ['=1+1', '+84931288125'],
      ['12/2019', '-5', true],
    ]);
    expect(grid?.formulas).toEqual(new Map([['3,2', '=C3*2']]));
  });

  it('renders styles, widths, merges, freeze, table, validation, protection, page setup and names', async () => {
    const port = createXlsx();
    await port.apply([{ kind: 'writePlan', plan }]);
    const wb = await reload(await port.toBuffer());
    const ws = wb.getWorksheet('Sáng kiến')!;
    expect(ws.getColumn(1).width).toBe(12);
    expect(ws.getColumn(2).hidden).toBe(true);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.getCell('A2').font.bold).toBe(true);
    expect(ws.getCell('A2').font.name).toBe('Times New Roman');
    expect(ws.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFDDEEFF' } });
    expect(ws.getCell('C3').border.top?.style).toBe('thin');
    expect(ws.getCell('C3').numFmt).toBe('#,##0');
    expect(ws.getCell('B3').numFmt).toBe('@');
    expect(ws.getCell('C3').protection?.locked).toBe(false);
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToWidth: 1,
      printTitlesRow: '2:2',
    });
    expect(ws.pageSetup.margins?.left).toBeCloseTo(3 / 2.54, 6);
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1F6FB2' });
    expect(ws.getTable('SK_Table')).toBeDefined();
    const dv = (ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } })
      .dataValidations;
    expect(dv.find('C4')).toMatchObject({ type: 'decimal', formulae: [0, 30], promptTitle: 'Điểm' });
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(XLSX_CAPABILITIES.charts).toBe(false);
  });

  it('finds a renamed sheet by its role and rewrites a plan in place at the same tab position', async () => {
    const port = createXlsx();
    await port.apply([
      { kind: 'writePlan', plan: { name: 'Đầu', role: 'meta', rows: [['a']] } },
      { kind: 'writePlan', plan: { name: 'Hội đồng', role: 'council', rows: [['x']] } },
      { kind: 'writePlan', plan: { name: 'Cuối', role: 'config', rows: [['z']] } },
      { kind: 'renameSheet', from: 'Hội đồng', to: 'HĐ 2021' },
    ]);
    expect(await port.resolveRole('council')).toBe('HĐ 2021');
    await port.apply([{ kind: 'writePlan', plan: { name: 'HĐ 2021', role: 'council', rows: [['y']] } }]);
    const again = await openXlsx(await port.toBuffer());
    expect((await again.listSheets()).map((s) => s.name)).toEqual(['Đầu', 'HĐ 2021', 'Cuối']);
    expect(await again.resolveRole('council')).toBe('HĐ 2021');
    const [g] = await again.readSheets([{ role: 'council' }]);
    expect(g?.values).toEqual([['y']]);
  });

  it('records a selection and saves the activated sheet as the one that opens', async () => {
    const port = createXlsx();
    await port.apply([
      { kind: 'writePlan', plan: { name: 'Một', role: 'meta', rows: [['a']] } },
      { kind: 'writePlan', plan: { name: 'Hai', role: 'config', rows: [['b']] } },
      { kind: 'activate', sheet: 'Hai' },
    ]);
    await port.select('Một', 'C12');
    expect(port.selection).toEqual({ sheet: 'Một', address: 'C12' });
    const wb = await reload(await port.toBuffer());
    expect(wb.views[0]?.activeTab).toBe(1);
  });

  it('refuses a batch that touches a missing sheet or a locked cell before writing anything', async () => {
    const port = createXlsx();
    await port.apply([{ kind: 'writePlan', plan }]);
    await expect(
      port.apply([
        { kind: 'writeCells', sheet: 'Sáng kiến', cells: [{ row: 2, col: 2, value: 7 }] },
        { kind: 'deleteSheet', name: 'Không có' },
      ]),
    ).rejects.toBeInstanceOf(SheetMissingError);
    await expect(
      port.apply([{ kind: 'writeCells', sheet: 'Sáng kiến', cells: [{ row: 2, col: 0, value: 'x' }] }]),
    ).rejects.toBeInstanceOf(SheetProtectedError);
    await port.apply([{ kind: 'writeCells', sheet: 'Sáng kiến', cells: [{ row: 2, col: 2, value: 7.5 }] }]);
    const [g] = await port.readSheets([{ name: 'Sáng kiến' }]);
    expect(g?.values[2]?.[2]).toBe(7.5);
  });
});

describe('writing what an .xlsx cannot hold', () => {
  it('replaces characters XML forbids, cuts text past 32,767, empties numbers that are not finite and caps rows at 409 pt, listing each', async () => {
    const port = createXlsx();
    const long = `${'ắ'.repeat(32_766)}😀tail`;
    const plan: SheetPlan = {
      role: 'register',
      name: 'Sáng kiến',
      rows: [
        ['Mã SK', 'Tên sáng kiến', 'Giá trị'],
        ['SK-1', 'Máy\uFFFEcắt\u0001 lúa\uD800', Infinity],
        ['SK-2', long, Number.NaN],
      ],
      rowHeights: new Map([[2, 600]]),
    };
    await port.apply([{ kind: 'writePlan', plan }]);
    await port.apply([{ kind: 'writeCells', sheet: 'Sáng kiến', cells: [{ row: 3, col: 1, value: 'x\uFFFF' }] }]);
    expect(port.storageIssues()).toEqual([
      { sheet: 'Sáng kiến', cell: 'B2', kind: 'chars', detail: 'U+FFFE, U+0001, U+D800' },
      { sheet: 'Sáng kiến', cell: 'C2', kind: 'nonFinite', detail: 'Infinity' },
      { sheet: 'Sáng kiến', cell: 'B3', kind: 'long', detail: String(long.length) },
      { sheet: 'Sáng kiến', cell: 'C3', kind: 'nonFinite', detail: 'NaN' },
      { sheet: 'Sáng kiến', cell: '3', kind: 'height', detail: '600' },
      { sheet: 'Sáng kiến', cell: 'B4', kind: 'chars', detail: 'U+FFFF' },
    ]);
    // The file opens again, with what was stored.
    const again = await openXlsx(await port.toBuffer());
    const [grid] = await again.readSheets([{ name: 'Sáng kiến' }]);
    expect(grid!.values[1]![1]).toBe('Máy\uFFFDcắt\uFFFD lúa\uFFFD');
    expect(grid!.values[1]![2] ?? null).toBeNull();
    const cut = grid!.values[2]![1] as string;
    // Cut before the emoji rather than through its surrogate pair.
    expect(cut.length).toBe(32_766);
    expect(grid!.values[3]![1]).toBe('x\uFFFD');
  });
});
