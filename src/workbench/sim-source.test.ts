import { describe, expect, it } from 'vitest';
import { createSimulatedExcel } from './excel-sim';
import { takeSnapshot } from './sim-source';

function sim() {
  const excel = createSimulatedExcel();
  const s = excel.state.addSheet('Sáng kiến', [
    ['Mã SK', 'Giá trị làm lợi (đồng)', 'Đạt'],
    ['SK-0001', 1_250_000_000, true],
  ], { merges: ['A4:C5'], bold: ['A1:C1'], numberFormats: { B2: '#,##0' } });
  excel.state.addSheet('Ẩn', [['x']], { visibility: 'Hidden' });
  return { excel, sheet: s };
}

describe('the simulated workbook as the sheet view sees it', () => {
  it('shows each cell as Excel displays it, number formats applied', () => {
    const { excel } = sim();
    const sheet = takeSnapshot(excel.state, 1).sheet('Sáng kiến');
    expect(sheet?.text(0, 0)).toBe('Mã SK');
    expect(sheet?.text(1, 1)).toBe('1,250,000,000');
    expect(sheet?.text(1, 2)).toBe('TRUE');
    expect(sheet?.text(9, 9)).toBe('');
  });

  it('tells numbers from text so General alignment can follow Excel', () => {
    const { excel } = sim();
    const sheet = takeSnapshot(excel.state, 1).sheet('Sáng kiến');
    expect(sheet?.kind(1, 1)).toBe('number');
    expect(sheet?.kind(1, 0)).toBe('text');
    expect(sheet?.kind(1, 2)).toBe('boolean');
    expect(sheet?.kind(5, 5)).toBe('empty');
  });

  it('carries looks, merges and extents, counting merged areas past the last value', () => {
    const { excel } = sim();
    const sheet = takeSnapshot(excel.state, 1).sheet('Sáng kiến');
    expect(sheet?.look(sheet.lookId(0, 0)).bold).toBe(true);
    expect(sheet?.look(sheet.lookId(1, 0)).bold).toBe(false);
    expect(sheet?.merges).toEqual([{ row: 3, col: 0, rowCount: 2, colCount: 3 }]);
    expect(sheet?.rowCount).toBe(5);
    expect(sheet?.columnWidth(0)).toBe(64);
    expect(sheet?.rowHeight(0)).toBe(20);
  });

  it('lists every sheet with its visibility and shows the selection of the active sheet only', () => {
    const { excel, sheet } = sim();
    excel.state.selection = { sheet, rect: { row: 1, col: 1, rowCount: 1, colCount: 1 } };
    const snap = takeSnapshot(excel.state, 1);
    expect(snap.sheets).toEqual([
      { name: 'Sáng kiến', visibility: 'visible' },
      { name: 'Ẩn', visibility: 'hidden' },
    ]);
    expect(snap.activeSheet).toBe('Sáng kiến');
    expect(snap.selection).toEqual({ row: 1, col: 1, rowCount: 1, colCount: 1 });
    excel.state.active = excel.state.getSheet('Ẩn');
    expect(takeSnapshot(excel.state, 2).selection).toBeNull();
  });

  it('follows a selection the add-in makes through Excel.run', async () => {
    const { excel } = sim();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sáng kiến').getRange('C2').select();
      await context.sync();
    });
    expect(takeSnapshot(excel.state, 3).selection).toEqual({ row: 1, col: 2, rowCount: 1, colCount: 1 });
  });

  it('gives the formula bar a cell’s formula and the grid its result', () => {
    const { excel } = sim();
    excel.state.addSheet('Tính', [[2, 3]], { formulas: { C1: '=A1*B1' } });
    const sheet = takeSnapshot(excel.state, 4).sheet('Tính');
    expect(sheet?.formula(0, 2)).toBe('=A1*B1');
    expect(sheet?.text(0, 2)).toBe('6');
    expect(sheet?.formula(0, 0)).toBeUndefined();
  });

  it('lists the workbooks the add-in created', async () => {
    const { excel } = sim();
    excel.installGlobals(globalThis);
    await Excel.createWorkbook('UEsDBA==');
    expect(takeSnapshot(excel.state, 5, excel.createdWorkbooks).createdWorkbooks).toEqual(['UEsDBA==']);
  });
});
