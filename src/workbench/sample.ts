// The workbook the workbench opens with: a generated provincial register (title block, sections,
// messy values, duplicates) laid out as clerks send it, plus a council, so every step has data.
import { rectAddress } from '../core/sheet/grid';
import { generateCouncil } from '../sample/council';
import { generateRegister } from '../sample/register';
import type { SimWorkbookState } from './excel-sim/state';
import type { SimBorder } from './excel-sim/style';

export interface SampleOptions {
  /** Initiatives in the register. */
  readonly count: number;
  readonly seed?: number;
}

export interface SampleInfo {
  readonly registerSheet: string;
  readonly count: number;
}

const THIN: SimBorder = { style: 'Continuous', weight: 'Thin', color: '#000000' };
/** Register column widths in points, so titles and names read as in the offices' files. */
const REGISTER_WIDTHS = [30, 260, 150, 110, 170, 170, 100, 80, 110, 260, 90, 80];

export function seedSample(state: SimWorkbookState, options: SampleOptions): SampleInfo {
  const register = generateRegister({ count: options.count, seed: options.seed ?? 2021 });
  const sheet = state.addSheet(register.sheet, register.rows, {
    merges: register.merges.map((m) => rectAddress(m)),
  });
  const width = register.rows[register.headerRow - 1]?.length ?? 0;
  const header = { row: register.headerRow - 1, col: 0, rowCount: 2, colCount: width };
  // The bordered table runs from the header to the grand-total row; the signature block sits below it.
  const totalIndex = register.rows.findIndex((r) => typeof r[1] === 'string' && r[1].startsWith('TỔNG CỘNG'));
  const lastRow = totalIndex >= 0 ? totalIndex : register.rows.length - 1;
  const table = { row: register.headerRow - 1, col: 0, rowCount: lastRow - register.headerRow + 2, colCount: width };
  // Looks only: the register's content comes from the generator untouched.
  state.patchRect(sheet, { row: 0, col: 0, rowCount: 2, colCount: width }, { bold: true, horizontalAlignment: 'Center' });
  state.patchRect(sheet, { row: 3, col: 0, rowCount: 1, colCount: width }, { bold: true, fontSize: 13, horizontalAlignment: 'Center' });
  state.patchRect(sheet, { row: 4, col: 0, rowCount: 1, colCount: width }, { italic: true, horizontalAlignment: 'Center' });
  state.patchRect(sheet, table, { top: THIN, bottom: THIN, left: THIN, right: THIN });
  state.patchRect(sheet, header, { bold: true, fill: '#DDEBF7', horizontalAlignment: 'Center', verticalAlignment: 'Center', wrapText: true });
  sheet.rowHeight.set(register.headerRow - 1, 32);
  REGISTER_WIDTHS.forEach((w, c) => sheet.colWidth.set(c, w));

  const council = generateCouncil(9);
  const members = state.addSheet('Hội đồng', council.rows);
  const columns = council.rows[0]?.length ?? 0;
  state.patchRect(members, { row: 0, col: 0, rowCount: 1, colCount: columns }, { bold: true, fill: '#DDEBF7' });
  [50, 170, 160, 170, 90, 170].forEach((w, c) => members.colWidth.set(c, w));

  // Excel opens on the first sheet, with A1 selected.
  state.active = sheet;
  state.selection = { sheet, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
  return { registerSheet: register.sheet, count: options.count };
}
