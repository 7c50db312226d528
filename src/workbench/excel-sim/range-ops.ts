// Cell-level operations behind the Range proxy: reading matrices, writing with Excel's dimension
// rules and conversions, clearing, merging, and the protection check. Linear over the cells touched.

import { MAX_COLS, MAX_ROWS, contains, intersects, type Rect } from './address';
import { simError, simErrorWithMessage } from './errors';
import { formatValue } from './numfmt';
import { asText } from './payload';
import type { SimSheet } from './sheet';
import type { SimWorkbookState } from './state';
import { DEFAULT_STYLE } from './style';

export interface RangeTarget {
  readonly sheet: SimSheet;
  readonly rect: Rect;
}

export type Matrix = unknown[][];

/** Rows of the rect that can hold anything, so reads of whole columns stop at the last used row. */
function readableRows(t: RangeTarget): number {
  return Math.max(0, Math.min(t.rect.rowCount, t.sheet.rows.length - t.rect.row));
}

function fillMatrix<V>(t: RangeTarget, empty: V, cell: (r: number, c: number) => V): V[][] {
  const { row, col, rowCount, colCount } = t.rect;
  const live = readableRows(t);
  const out: V[][] = new Array<V[]>(rowCount);
  for (let i = 0; i < rowCount; i++) {
    const line = new Array<V>(colCount);
    const r = row + i;
    if (i < live && t.sheet.rows[r]) {
      for (let j = 0; j < colCount; j++) line[j] = cell(r, col + j);
    } else if (i < live || t.sheet.rowStyle.size > 0 || t.sheet.colStyle.size > 0) {
      for (let j = 0; j < colCount; j++) line[j] = cell(r, col + j);
    } else {
      line.fill(empty);
    }
    out[i] = line;
  }
  return out;
}

function shown(v: unknown): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return (v as { error: string }).error;
  return v as string | number | boolean;
}

export function readValues(state: SimWorkbookState, t: RangeTarget): Matrix {
  return fillMatrix<unknown>(t, '', (r, c) => shown(state.valueAt(t.sheet, r, c)));
}

export function readFormulas(t: RangeTarget): Matrix {
  return fillMatrix<unknown>(t, '', (r, c) => t.sheet.formula(r, c) ?? shown(t.sheet.raw(r, c)));
}

export function readText(state: SimWorkbookState, t: RangeTarget): Matrix {
  return fillMatrix<unknown>(t, '', (r, c) => {
    const v = state.valueAt(t.sheet, r, c);
    return formatValue(v, state.styles.get(t.sheet.styleId(r, c)).numberFormat);
  });
}

export function readNumberFormat(state: SimWorkbookState, t: RangeTarget): Matrix {
  return fillMatrix<unknown>(t, DEFAULT_STYLE.numberFormat, (r, c) => state.styles.get(t.sheet.styleId(r, c)).numberFormat);
}

export function readValueTypes(state: SimWorkbookState, t: RangeTarget): Matrix {
  return fillMatrix<unknown>(t, 'Empty', (r, c) => {
    const v = state.valueAt(t.sheet, r, c);
    if (v === null || v === '') return 'Empty';
    if (typeof v === 'number') return 'Double';
    if (typeof v === 'boolean') return 'Boolean';
    if (typeof v === 'object') return 'Error';
    return 'String';
  });
}

/** Checks the written array against the range, as Excel does; a non-array fills every cell. */
export function checkDimensions(t: RangeTarget, input: unknown, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = input as unknown[];
  const { rowCount, colCount } = t.rect;
  const ok =
    rows.length === rowCount && rows.every((line) => Array.isArray(line) && (line as unknown[]).length === colCount);
  if (!ok) {
    throw simErrorWithMessage(
      'InvalidArgument',
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      `Range.${what}`,
    );
  }
  return (r, c) => (rows[r] as unknown[])[c];
}

/**
 * What a change touches on a protected sheet: contents of locked cells are refused; formats need
 * allowFormatCells, widths and hidden columns allowFormatColumns, heights and hidden rows
 * allowFormatRows (even on unlocked cells, as in Excel); merges and validation are always refused.
 */
export type EditKind = 'contents' | 'format' | 'columns' | 'rows' | 'structure';

/** Fails like Excel when a change is not allowed on a protected sheet. */
export function checkEditable(state: SimWorkbookState, t: RangeTarget, kind: EditKind): void {
  const p = t.sheet.protection;
  if (!p.protected) return;
  const denied = (): never => {
    throw simError('AccessDenied', `(${t.sheet.name} is protected)`);
  };
  if (kind === 'format') return p.options['allowFormatCells'] === true ? undefined : denied();
  if (kind === 'columns') return p.options['allowFormatColumns'] === true ? undefined : denied();
  if (kind === 'rows') return p.options['allowFormatRows'] === true ? undefined : denied();
  if (kind === 'structure') return denied();
  const { row, col, rowCount, colCount } = t.rect;
  const rEnd = Math.min(row + rowCount, MAX_ROWS);
  for (let r = row; r < rEnd; r++) {
    for (let c = col; c < col + colCount; c++) {
      if (state.styles.get(t.sheet.styleId(r, c)).locked) denied();
    }
    // Past the stored rows every cell takes its row's or column's lock: one row checks them all.
    if (r >= t.sheet.rows.length && t.sheet.rowStyle.size === 0) return;
  }
}

export function writeMatrix(state: SimWorkbookState, t: RangeTarget, input: unknown, mode: 'values' | 'formulas'): void {
  const at = checkDimensions(t, input, mode);
  checkEditable(state, t, 'contents');
  const { row, col, rowCount, colCount } = t.rect;
  for (let i = 0; i < rowCount; i++) {
    for (let j = 0; j < colCount; j++) state.writeInput(t.sheet, row + i, col + j, at(i, j), mode);
  }
}

export function writeNumberFormat(state: SimWorkbookState, t: RangeTarget, input: unknown): void {
  const at = checkDimensions(t, input, 'numberFormat');
  checkEditable(state, t, 'format');
  if (!Array.isArray(input)) {
    if (input === null || input === undefined) return;
    state.patchRect(t.sheet, t.rect, { numberFormat: asText(input) });
    return;
  }
  const { row, col, rowCount, colCount } = t.rect;
  const memo = new Map<string, number>();
  for (let i = 0; i < rowCount; i++) {
    for (let j = 0; j < colCount; j++) {
      const f = at(i, j);
      if (f === null || f === undefined) continue;
      const id = t.sheet.styleId(row + i, col + j);
      const k = `${id}|${asText(f)}`;
      let next = memo.get(k);
      if (next === undefined) {
        next = state.styles.derive(id, { numberFormat: asText(f) });
        memo.set(k, next);
      }
      t.sheet.setStyleId(row + i, col + j, next);
    }
  }
}

export type ClearWhat = 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents';

export function clearRange(state: SimWorkbookState, t: RangeTarget, applyTo: ClearWhat): void {
  if (applyTo !== 'Formats') checkEditable(state, t, 'contents');
  if (applyTo === 'All' || applyTo === 'Formats') checkEditable(state, t, 'format');
  const { sheet, rect } = t;
  const contents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  const rEnd = Math.min(rect.row + rect.rowCount, sheet.rows.length);
  const cEnd = rect.col + rect.colCount;
  for (let r = rect.row; r < rEnd; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    if (contents) {
      const end = Math.min(cEnd, row.v.length);
      for (let c = rect.col; c < end; c++) row.v[c] = null;
      if (row.f) {
        const fe = Math.min(cEnd, row.f.length);
        for (let c = rect.col; c < fe; c++) row.f[c] = undefined;
      }
    }
    if (formats && row.s) {
      const se = Math.min(cEnd, row.s.length);
      for (let c = rect.col; c < se; c++) row.s[c] = undefined;
    }
  }
  if (formats) {
    if (rect.row === 0 && rect.rowCount === MAX_ROWS) {
      for (let c = rect.col; c < cEnd; c++) sheet.colStyle.delete(c);
    }
    if (rect.col === 0 && rect.colCount === MAX_COLS) {
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) sheet.rowStyle.delete(r);
    }
    // Clearing formats unmerges, as in Excel.
    sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
  }
  trimTrailing(sheet);
}

/** Drops empty rows at the end so used-range scans and reads stay short. */
export function trimTrailing(sheet: SimSheet): void {
  while (sheet.rows.length > 0) {
    const row = sheet.rows[sheet.rows.length - 1];
    if (row && (row.v.some((v) => v !== null && v !== undefined) || row.f?.some((f) => f !== undefined) || row.s?.some((s) => s !== undefined))) {
      break;
    }
    sheet.rows.pop();
  }
}

export function mergeRange(state: SimWorkbookState, t: RangeTarget, across: boolean): void {
  checkEditable(state, t, 'structure');
  const { sheet, rect } = t;
  const areas: Rect[] = across
    ? Array.from({ length: rect.rowCount }, (_, i) => ({ row: rect.row + i, col: rect.col, rowCount: 1, colCount: rect.colCount }))
    : [rect];
  for (const area of areas) {
    if (area.rowCount === 1 && area.colCount === 1) continue;
    // Merging over an existing merge absorbs it; a partial overlap grows the new area, as Excel does.
    let merged = area;
    for (const m of sheet.merges) {
      if (intersects(m, merged) && !contains(merged, m)) {
        const r0 = Math.min(m.row, merged.row);
        const c0 = Math.min(m.col, merged.col);
        const r1 = Math.max(m.row + m.rowCount, merged.row + merged.rowCount);
        const c1 = Math.max(m.col + m.colCount, merged.col + merged.colCount);
        merged = { row: r0, col: c0, rowCount: r1 - r0, colCount: c1 - c0 };
      }
    }
    sheet.merges = sheet.merges.filter((m) => !intersects(m, merged));
    // Excel keeps only the upper-left value of a merged area.
    for (let r = merged.row; r < merged.row + merged.rowCount; r++) {
      for (let c = merged.col; c < merged.col + merged.colCount; c++) {
        if ((r !== merged.row || c !== merged.col) && sheet.hasContent(r, c)) sheet.put(r, c, null);
      }
    }
    sheet.merges.push(merged);
  }
}

export function unmergeRange(state: SimWorkbookState, t: RangeTarget): void {
  checkEditable(state, t, 'structure');
  t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
}

/** Sum of column widths (points) over the rect's columns. */
export function widthOf(sheet: SimSheet, rect: Rect): number {
  let w = 0;
  for (let c = rect.col; c < rect.col + rect.colCount; c++) if (!sheet.hiddenCols.has(c)) w += sheet.columnWidth(c);
  return w;
}

export function heightOf(sheet: SimSheet, rect: Rect): number {
  let h = (rect.rowCount - countIn(sheet.hiddenRows, rect.row, rect.rowCount)) * sheet.standardHeight;
  for (const [r, height] of sheet.rowHeight) {
    if (r >= rect.row && r < rect.row + rect.rowCount && !sheet.hiddenRows.has(r)) h += height - sheet.standardHeight;
  }
  return h;
}

function countIn(set: ReadonlySet<number>, start: number, count: number): number {
  let n = 0;
  for (const x of set) if (x >= start && x < start + count) n++;
  return n;
}

/** true when every index is in the set, false when none is, null when mixed (Excel's tri-state). */
export function triState(set: ReadonlySet<number>, start: number, count: number): boolean | null {
  const n = countIn(set, start, count);
  return n === 0 ? false : n === count ? true : null;
}
