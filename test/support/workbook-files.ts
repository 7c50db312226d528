// Writes plain workbooks as offices send them (raw cells, merges, fonts), for tests that feed the
// CLI or the adapters real .xlsx files. Test-only: product code writes through the port.

import ExcelJSModule from 'exceljs';
import type { CellRect } from '../../src/core/sheet/grid';

const ExcelJS: typeof ExcelJSModule = (ExcelJSModule as typeof ExcelJSModule & { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

export interface RawSheet {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | null)[])[];
  readonly merges?: readonly CellRect[];
  /** The font every written cell is drawn in (a TCVN3 or VNI register's .VnTime, VNI-Times). */
  readonly font?: string;
}

export async function writeRawWorkbook(path: string, sheets: readonly RawSheet[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === '') return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        if (s.font !== undefined) cell.font = { name: s.font };
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rowCount, m.col + m.colCount);
  }
  await wb.xlsx.writeFile(path);
}
