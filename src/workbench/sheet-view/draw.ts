// What to draw for one scroll position: the rows and columns in view (plus overscan), the frozen
// rows and columns that stay put, and merged areas drawn once from their top-left cell. Pure, so
// the rules are tested without a browser.
import type { CSSProperties } from 'react';
import { columnLetter, type CellRect } from '../../core/sheet/grid';
import { buildAxis, size, start, visibleSpan, type Axis } from './layout';
import type { DrawnCell, DrawnHeader, DrawnRow } from './SheetGrid.types';
import type { CellKind, SheetSnapshot } from './types';

export const HEADER_HEIGHT = 22;
export const HEADER_WIDTH = 52;
const OVERSCAN_ROWS = 4;
const OVERSCAN_COLUMNS = 1;
/** Excel's column limit, used to key cells as one number. */
const COLUMNS = 16_384;

/** Blank rows and columns drawn past the used range, as Excel shows. */
const EXTRA_ROWS = 30;
const EXTRA_COLUMNS = 4;
const MIN_ROWS = 60;
const MIN_COLUMNS = 16;

/** The sheet's row and column geometry (hidden ones have no size); rebuilt only when the snapshot changes. */
export function sheetAxes(sheet: SheetSnapshot): { rows: Axis; cols: Axis } {
  const rowCount = Math.max(sheet.rowCount + EXTRA_ROWS, MIN_ROWS);
  const colCount = Math.max(sheet.columnCount + EXTRA_COLUMNS, MIN_COLUMNS);
  return {
    rows: buildAxis(rowCount, (r) => (sheet.rowHidden(r) ? 0 : sheet.rowHeight(r))),
    cols: buildAxis(colCount, (c) => (sheet.columnHidden(c) ? 0 : sheet.columnWidth(c))),
  };
}

export interface View {
  /** Scroll position and the scroller's client size, in pixels. */
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export interface Drawing {
  /** Rows that scroll, in order. */
  readonly rows: readonly DrawnRow[];
  /** Frozen rows, drawn under the column headers. */
  readonly frozenRows: readonly DrawnRow[];
  readonly columns: readonly DrawnHeader[];
  readonly frozenColumns: readonly DrawnHeader[];
  readonly frozenHeight: number;
  readonly frozenWidth: number;
}

/** Indexes in [from, to] that are drawn: the frozen ones and those in the visible span. */
function shown(from: number, to: number, frozen: number, first: number, last: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= Math.min(to, frozen - 1); i++) out.push(i);
  for (let i = Math.max(from, first, frozen); i <= Math.min(to, last); i++) out.push(i);
  return out;
}

export function drawView(
  sheet: SheetSnapshot,
  rows: Axis,
  cols: Axis,
  view: View,
  cssFor: (lookId: number, kind: CellKind) => CSSProperties,
): Drawing {
  const fr = Math.min(Math.max(0, sheet.frozenRows), rows.count);
  const fc = Math.min(Math.max(0, sheet.frozenColumns), cols.count);
  const frozenHeight = start(rows, fr);
  const frozenWidth = start(cols, fc);
  const rSpan = visibleSpan(rows, view.top + frozenHeight, view.height - HEADER_HEIGHT - frozenHeight, OVERSCAN_ROWS);
  const cSpan = visibleSpan(cols, view.left + frozenWidth, view.width - HEADER_WIDTH - frozenWidth, OVERSCAN_COLUMNS);
  const rFirst = Math.max(rSpan.first, fr);
  const cFirst = Math.max(cSpan.first, fc);

  // Cells hidden under a merged area; the area is drawn once, from its top-left cell.
  const covered = new Set<number>();
  const anchorsByRow = new Map<number, CellRect[]>();
  for (const m of sheet.merges) {
    const mr = shown(m.row, m.row + m.rowCount - 1, fr, rFirst, rSpan.last);
    const mc = shown(m.col, m.col + m.colCount - 1, fc, cFirst, cSpan.last);
    if (mr.length === 0 || mc.length === 0) continue;
    for (const r of mr) for (const c of mc) covered.add(r * COLUMNS + c);
    const list = anchorsByRow.get(m.row) ?? [];
    list.push(m);
    anchorsByRow.set(m.row, list);
  }

  /** Width of the empty cells right of (row, col) that its text may run into, up to `lastCol`. */
  const spillWidth = (row: number, col: number, lastCol: number): number => {
    let c = col + 1;
    while (c <= lastCol && sheet.kind(row, c) === 'empty' && !covered.has(row * COLUMNS + c)) c++;
    return start(cols, c) - start(cols, col + 1);
  };

  const cell = (row: number, col: number, rowSpan: number, colSpan: number, frozen: boolean): DrawnCell => {
    const kind = sheet.kind(row, col);
    const lookId = sheet.lookId(row, col);
    const base = cssFor(lookId, kind);
    // Unwrapped text aligned left (or General, for text) runs on into empty cells, as Excel shows it.
    let spill = 0;
    if (kind === 'text' && rowSpan === 1 && colSpan === 1) {
      const look = sheet.look(lookId);
      const left = look.horizontalAlignment === 'General' || look.horizontalAlignment === 'Left';
      if (left && !look.wrapText) spill = spillWidth(row, col, col < fc ? fc - 1 : cSpan.last);
    }
    const left = start(cols, col);
    const top = start(rows, row);
    // Excel draws a shared edge once: a top or left border is pulled back over the neighbour's
    // bottom or right line instead of doubling it.
    const shiftTop = base.borderTop === undefined ? 0 : 1;
    const shiftLeft = base.borderLeft === undefined ? 0 : 1;
    const merged = rowSpan > 1 || colSpan > 1;
    return {
      key: `${row},${col}`,
      row,
      col,
      text: sheet.text(row, col),
      rowSpan,
      colSpan,
      spill,
      style: {
        ...base,
        left: HEADER_WIDTH + left - shiftLeft,
        top: -shiftTop,
        width: start(cols, col + colSpan) - left + shiftLeft,
        height: start(rows, row + rowSpan) - top + shiftTop,
        zIndex: merged || spill > 0 ? 1 : undefined,
        overflow: spill > 0 ? 'visible' : undefined,
        // Merged and frozen cells cover what lies under them, so they need a background of their own.
        backgroundColor: base.backgroundColor ?? (merged || frozen ? '#ffffff' : undefined),
      },
    };
  };

  const drawRow = (r: number, inSpan: boolean, frozenRow: boolean): DrawnRow | null => {
    const height = size(rows, r);
    if (height === 0) return null;
    const cells: DrawnCell[] = [];
    const frozenCells: DrawnCell[] = [];
    if (inSpan) {
      for (let c = 0; c < fc; c++) if (size(cols, c) > 0 && !covered.has(r * COLUMNS + c)) frozenCells.push(cell(r, c, 1, 1, true));
      for (let c = cFirst; c <= cSpan.last; c++) if (size(cols, c) > 0 && !covered.has(r * COLUMNS + c)) cells.push(cell(r, c, 1, 1, frozenRow));
    }
    for (const m of anchorsByRow.get(r) ?? []) {
      if (m.col < fc) frozenCells.push(cell(m.row, m.col, m.rowCount, m.colCount, true));
      else cells.push(cell(m.row, m.col, m.rowCount, m.colCount, frozenRow));
    }
    return { row: r, top: start(rows, r), height, cells, frozenCells };
  };

  const frozenRows: DrawnRow[] = [];
  for (let r = 0; r < fr; r++) {
    const d = drawRow(r, true, true);
    if (d !== null) frozenRows.push(d);
  }
  const rowList = new Set<number>();
  for (let r = rFirst; r <= rSpan.last; r++) rowList.add(r);
  for (const r of anchorsByRow.keys()) if (r >= fr) rowList.add(r);
  const drawnRows: DrawnRow[] = [];
  for (const r of [...rowList].sort((a, b) => a - b)) {
    const d = drawRow(r, r >= rFirst && r <= rSpan.last, false);
    if (d !== null) drawnRows.push(d);
  }

  const header = (c: number): DrawnHeader | null => {
    const width = size(cols, c);
    return width > 0 ? { index: c, label: columnLetter(c), offset: HEADER_WIDTH + start(cols, c), size: width } : null;
  };
  const columns: DrawnHeader[] = [];
  for (let c = cFirst; c <= cSpan.last; c++) {
    const h = header(c);
    if (h !== null) columns.push(h);
  }
  const frozenColumns: DrawnHeader[] = [];
  for (let c = 0; c < fc; c++) {
    const h = header(c);
    if (h !== null) frozenColumns.push(h);
  }
  return { rows: drawnRows, frozenRows, columns, frozenColumns, frozenHeight, frozenWidth };
}
