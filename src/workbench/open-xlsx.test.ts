import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createSimulatedExcel } from './excel-sim';
import { openXlsxInSim, stylePatch } from './open-xlsx';

async function file(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.getCell('A1').value = 'DANH SÁCH';
  ws.getCell('A1').font = { name: 'Times New Roman', size: 14, bold: true };
  ws.mergeCells('A1:C1');
  ws.getCell('A2').value = 'Tên';
  ws.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  ws.getCell('A2').border = { bottom: { style: 'medium', color: { argb: 'FF000000' } } };
  ws.getCell('B3').value = 85.5;
  ws.getCell('C3').value = { formula: 'B3*2', result: 171 };
  ws.getColumn(1).width = 30;
  ws.getColumn(2).hidden = true;
  wb.addWorksheet('Ẩn', { state: 'hidden' }).getCell('A1').value = 'x';
  return wb.xlsx.writeBuffer();
}

describe('opening an .xlsx in the simulated Excel', () => {
  it('replaces the workbook with the file’s sheets, values, merges and hidden columns', async () => {
    const excel = createSimulatedExcel();
    excel.state.addSheet('Cũ', [['old']]);
    expect(await openXlsxInSim(excel.state, await file())).toBe(2);
    expect(excel.state.sheetNames()).toEqual(['DS', 'Ẩn']);
    expect(excel.state.getSheet('Ẩn').visibility).toBe('Hidden');
    const ds = excel.state.getSheet('DS');
    expect(excel.state.cell('DS', 'A1').value).toBe('DANH SÁCH');
    expect(excel.state.cell('DS', 'B3').value).toBe(85.5);
    // A formula cell opens with the result the file stored.
    expect(excel.state.cell('DS', 'C3').value).toBe(171);
    expect(ds.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 3 }]);
    expect(ds.hiddenCols.has(1)).toBe(true);
    expect(excel.state.active?.name).toBe('DS');
  });

  it('keeps the looks the sheet view draws, and fits a row to a large font', async () => {
    const excel = createSimulatedExcel();
    await openXlsxInSim(excel.state, await file());
    const a1 = excel.state.cell('DS', 'A1').style;
    expect([a1.fontName, a1.fontSize, a1.bold]).toEqual(['Times New Roman', 14, true]);
    const a2 = excel.state.cell('DS', 'A2').style;
    expect(a2.fill).toBe('#DDEBF7');
    expect(a2.bottom).toEqual({ style: 'Continuous', weight: 'Medium', color: '#000000' });
    const ds = excel.state.getSheet('DS');
    expect(ds.rowHeightOf(0)).toBeGreaterThan(ds.standardHeight);
    expect(ds.columnWidth(0)).toBeCloseTo(161.25, 1);
  });

  it('maps exceljs alignments and number formats to Excel’s names', () => {
    expect(stylePatch({ alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, numFmt: '#,##0' })).toEqual({
      horizontalAlignment: 'Center',
      verticalAlignment: 'Center',
      wrapText: true,
      numberFormat: '#,##0',
    });
  });
});
