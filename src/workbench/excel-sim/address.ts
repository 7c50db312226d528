// A1 addresses as Excel's API reads and writes them: whole columns ("A:C"), whole rows ("2:5"),
// sheet-qualified and quoted names ("'Sáng kiến'!A1:B2"), and the sheet's hard limits.

import { columnIndex, columnLetter } from '../../core/sheet/grid';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 0-based, inclusive rectangle; the same shape as CellRect in core/sheet/grid. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

export interface ParsedAddress {
  /** Sheet name when the address was qualified ("Sheet1!A1"), else undefined. */
  readonly sheet: string | undefined;
  readonly rect: Rect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function colOk(c: number): boolean {
  return c >= 0 && c < MAX_COLS;
}
function rowOk(r: number): boolean {
  return r >= 0 && r < MAX_ROWS;
}

/** Splits "Sheet1!A1" / "'It''s'!A1" into sheet and local part. */
export function splitSheet(address: string): { sheet: string | undefined; local: string } {
  const s = address.trim();
  if (s.startsWith("'")) {
    const end = s.indexOf("'!", 1);
    // Doubled quotes inside a quoted name stand for one quote.
    let i = 1;
    let name = '';
    while (i < s.length) {
      const ch = s[i]!;
      if (ch === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (s[i] === "'" && s[i + 1] === '!') return { sheet: name, local: s.slice(i + 2) };
    if (end > 0) return { sheet: s.slice(1, end), local: s.slice(end + 2) };
    return { sheet: undefined, local: s };
  }
  const bang = s.lastIndexOf('!');
  if (bang > 0) return { sheet: s.slice(0, bang), local: s.slice(bang + 1) };
  return { sheet: undefined, local: s };
}

/** Parses a local A1 address (cell, area, whole columns, whole rows); null when it is not one. */
export function parseLocal(local: string): Rect | null {
  const parts = local.split(':');
  if (parts.length > 2 || parts.length === 0) return null;
  const a = parts[0]!.trim();
  const b = (parts[1] ?? parts[0]!).trim();
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const c0 = columnIndex(ca[1]!);
    const c1 = columnIndex(cb[1]!);
    const r0 = Number(ca[2]) - 1;
    const r1 = Number(cb[2]) - 1;
    if (!colOk(c0) || !colOk(c1) || !rowOk(r0) || !rowOk(r1)) return null;
    return rectOf(r0, c0, r1, c1);
  }
  if (parts.length === 2) {
    const la = COL.exec(a);
    const lb = COL.exec(b);
    if (la && lb) {
      const c0 = columnIndex(la[1]!);
      const c1 = columnIndex(lb[1]!);
      if (!colOk(c0) || !colOk(c1)) return null;
      return rectOf(0, c0, MAX_ROWS - 1, c1);
    }
    const ra = ROW.exec(a);
    const rb = ROW.exec(b);
    if (ra && rb) {
      const r0 = Number(ra[1]) - 1;
      const r1 = Number(rb[1]) - 1;
      if (!rowOk(r0) || !rowOk(r1)) return null;
      return rectOf(r0, 0, r1, MAX_COLS - 1);
    }
  }
  return null;
}

export function parseQualified(address: string): ParsedAddress | null {
  const { sheet, local } = splitSheet(address);
  const rect = parseLocal(local);
  return rect ? { sheet, rect } : null;
}

export function rectOf(r0: number, c0: number, r1: number, c1: number): Rect {
  return {
    row: Math.min(r0, r1),
    col: Math.min(c0, c1),
    rowCount: Math.abs(r1 - r0) + 1,
    colCount: Math.abs(c1 - c0) + 1,
  };
}

export function isEntireColumn(r: Rect): boolean {
  return r.row === 0 && r.rowCount === MAX_ROWS;
}
export function isEntireRow(r: Rect): boolean {
  return r.col === 0 && r.colCount === MAX_COLS;
}

/** Local address as Excel prints it: "A1", "A1:C3", "A:C", "2:5". */
export function localAddress(r: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  const lastRow = r.row + r.rowCount - 1;
  const lastCol = r.col + r.colCount - 1;
  if (isEntireColumn(r) && !isEntireRow(r)) {
    return `${d}${columnLetter(r.col)}:${d}${columnLetter(lastCol)}`;
  }
  if (isEntireRow(r)) return `${d}${r.row + 1}:${d}${lastRow + 1}`;
  const tl = `${d}${columnLetter(r.col)}${d}${r.row + 1}`;
  if (r.rowCount === 1 && r.colCount === 1) return tl;
  return `${tl}:${d}${columnLetter(lastCol)}${d}${lastRow + 1}`;
}

/**
 * A sheet name as Excel writes it in an address: bare when it is letters (any script), digits, "_"
 * and "." and cannot be read as a cell reference ("Một", "Sheet1"); quoted otherwise ("'Sáng kiến'").
 */
export function sheetForAddress(name: string): string {
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Sheet-qualified address with the name quoted as Excel does: "'Sáng kiến'!A1:B2". */
export function qualifiedAddress(sheet: string, r: Rect, absolute = false): string {
  return `${sheetForAddress(sheet)}!${localAddress(r, absolute)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.col < b.col + b.colCount &&
    b.col < a.col + a.colCount
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.col + inner.colCount <= outer.col + outer.colCount
  );
}

/** The parts of `a` outside `b` (at most four rectangles). */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const out: Rect[] = [];
  const aBottom = a.row + a.rowCount;
  const aRight = a.col + a.colCount;
  const bBottom = b.row + b.rowCount;
  const bRight = b.col + b.colCount;
  if (b.row > a.row) out.push({ row: a.row, col: a.col, rowCount: b.row - a.row, colCount: a.colCount });
  if (bBottom < aBottom) out.push({ row: bBottom, col: a.col, rowCount: aBottom - bBottom, colCount: a.colCount });
  const midTop = Math.max(a.row, b.row);
  const midRows = Math.min(aBottom, bBottom) - midTop;
  if (b.col > a.col) out.push({ row: midTop, col: a.col, rowCount: midRows, colCount: b.col - a.col });
  if (bRight < aRight) out.push({ row: midTop, col: bRight, rowCount: midRows, colCount: aRight - bRight });
  return out;
}

export function cellCount(r: Rect): number {
  return r.rowCount * r.colCount;
}
