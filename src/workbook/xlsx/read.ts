// Turns an exceljs worksheet into a SheetGrid: plain values, 0-based from A1, with the metadata a
// register reader asks for. One pass over the stored cells; no per-cell objects beyond the grid.

import type * as ExcelJS from 'exceljs';
import { cellKey, type CellRect, type CellValue, type SheetGrid } from '../../core/sheet/grid';
import type { ReadOptions } from '../port';

/** The two exceljs ValueType codes this reader tests (restated: no runtime import of exceljs here). */
const VT_MERGE = 1;
const VT_FORMULA = 6;

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/** Excel serial number of a date, as Excel stores it (exceljs hands dates back as Date objects). */
export function dateToSerial(d: Date, date1904: boolean): number {
  const serial = UNIX_EPOCH_SERIAL + d.getTime() / MS_PER_DAY - (date1904 ? 1462 : 0);
  // exceljs rounds to whole milliseconds on load; undo the float noise that leaves.
  return Math.round(serial * 1e9) / 1e9;
}

function richTextToString(v: { richText: readonly { text: string }[] }): string {
  let s = '';
  for (const run of v.richText) s += run.text;
  return s;
}

/** A stored value (or formula result) as a grid value. */
function plainValue(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === 'object') {
    if ('error' in v && typeof v.error === 'string') return { error: v.error };
    if ('richText' in v && Array.isArray(v.richText)) return richTextToString(v as { richText: { text: string }[] });
    if ('text' in v) {
      const t = v.text;
      if (typeof t === 'string') return t;
      if (typeof t === 'object' && t !== null && 'richText' in t && Array.isArray(t.richText))
        return richTextToString(t as { richText: { text: string }[] });
    }
    // A formula cell: its cached result (undefined when never calculated).
    if ('result' in v) return plainValue(v.result, date1904);
    if ('formula' in v || 'sharedFormula' in v) return null;
  }
  return null;
}

/** A Date stored or a formula's cached Date: the cell has a date number format. */
function isDate(v: unknown): boolean {
  return v instanceof Date || (typeof v === 'object' && v !== null && 'result' in v && v.result instanceof Date);
}

/** A formula cell whose file stores no calculated value (written by a program that does not calculate). */
function isUncalculated(v: unknown): boolean {
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v) && (!('result' in v) || v.result === undefined);
}

/** Merged areas of a sheet. exceljs keeps them in a private map; `ws.model` would rebuild every row. */
export function sheetMerges(ws: ExcelJS.Worksheet): CellRect[] {
  const merges = (ws as unknown as { _merges?: Record<string, { model?: MergeModel } | undefined> })._merges;
  const out: CellRect[] = [];
  if (!merges) return out;
  for (const key of Object.keys(merges)) {
    const m = merges[key]?.model;
    if (!m) continue;
    out.push({ row: m.top - 1, col: m.left - 1, rowCount: m.bottom - m.top + 1, colCount: m.right - m.left + 1 });
  }
  return out;
}

interface MergeModel {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Extent of the values from A1: last row and column holding a value, 1-based (0 when empty). */
export function valueExtent(ws: ExcelJS.Worksheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if ((cell.type as number) === VT_MERGE) return;
      if (r > rows) rows = r;
      if (c > cols) cols = c;
    });
  });
  return { rows, cols };
}

export function readGrid(ws: ExcelJS.Worksheet, options: ReadOptions, date1904: boolean): SheetGrid {
  const values: CellValue[][] = [];
  const formulas = options.formulas ? new Map<string, string>() : undefined;
  const hiddenRows = options.hidden ? new Set<number>() : undefined;
  // Fonts per filled cell as three flat arrays (row, column, interned font id): no object per cell.
  const fontRows: number[] = [];
  const fontCols: number[] = [];
  const fontIds: number[] = [];
  const fontNames: string[] = [];
  const fontIndex = new Map<string, number>();
  const fontCounts: number[] = [];
  const wantFonts = Boolean(options.fonts);
  const dates = new Set<string>();
  const uncalculated = new Set<string>();
  let maxCol = 0;

  ws.eachRow((row, rowNumber) => {
    const r = rowNumber - 1;
    if (hiddenRows && row.hidden) hiddenRows.add(r);
    let line: CellValue[] | undefined;
    row.eachCell((cell, colNumber) => {
      const type = cell.type as number;
      // Excel shows a merged area's value in its top-left cell only; the others read as empty.
      if (type === VT_MERGE) return;
      const c = colNumber - 1;
      const v = plainValue(cell.value, date1904);
      if (isDate(cell.value)) dates.add(cellKey(r, c));
      // Only where formulas are asked for: their map already holds a key per formula cell.
      else if (formulas && type === VT_FORMULA && isUncalculated(cell.value)) uncalculated.add(cellKey(r, c));
      if (formulas && type === VT_FORMULA) {
        const f = cell.formula;
        if (f) formulas.set(cellKey(r, c), f.startsWith('=') ? f : `=${f}`);
      }
      if (v === null) return;
      // Fonts of empty cells say nothing about how the register was typed: filled cells only.
      if (wantFonts) {
        const name = cell.font?.name;
        if (name) {
          let id = fontIndex.get(name);
          if (id === undefined) {
            id = fontNames.length;
            fontNames.push(name);
            fontIndex.set(name, id);
            fontCounts.push(0);
          }
          fontRows.push(r);
          fontCols.push(c);
          fontIds.push(id);
          fontCounts[id]!++;
        }
      }
      if (!line) {
        line = [];
        values[r] = line;
      }
      // Fill the gap so the row is a dense array (holes read as null, not undefined).
      for (let k = line.length; k < c; k++) line.push(null);
      line[c] = v;
      if (colNumber > maxCol) maxCol = colNumber;
    });
  });
  // Rows with no values are holes in `values`; make them empty arrays.
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];

  let hiddenColumns: Set<number> | undefined;
  if (options.hidden) {
    hiddenColumns = new Set<number>();
    const lastCol = Math.max(maxCol, ws.columnCount);
    for (let c = 1; c <= lastCol; c++) if (ws.getColumn(c).hidden) hiddenColumns.add(c - 1);
  }

  let fonts: Map<string, string> | undefined;
  let defaultFont: string | undefined;
  if (wantFonts) {
    let best = -1;
    let bestId = -1;
    for (let id = 0; id < fontCounts.length; id++) {
      if (fontCounts[id]! > best) {
        best = fontCounts[id]!;
        bestId = id;
      }
    }
    if (bestId >= 0) defaultFont = fontNames[bestId];
    fonts = new Map();
    for (let i = 0; i < fontIds.length; i++) {
      if (fontIds[i] !== bestId) fonts.set(cellKey(fontRows[i]!, fontCols[i]!), fontNames[fontIds[i]!]!);
    }
  }

  return {
    name: ws.name,
    values,
    ...(formulas ? { formulas } : {}),
    ...(options.merges ? { merges: sheetMerges(ws) } : {}),
    ...(hiddenColumns ? { hiddenColumns } : {}),
    ...(hiddenRows ? { hiddenRows } : {}),
    ...(fonts ? { fonts } : {}),
    ...(defaultFont !== undefined ? { defaultFont } : {}),
    ...(dates.size > 0 ? { dates } : {}),
    ...(uncalculated.size > 0 ? { uncalculated } : {}),
  };
}
