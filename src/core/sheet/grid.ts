// What the core receives from a host: a sheet as a grid of plain cell values plus the little
// metadata that changes how a register is read (merges, hidden columns, fonts for legacy
// encodings). Every index here is 0-based and relative to A1 of the sheet, never to a used range.

/** A formula error as Excel reports it (`#N/A`, `#VALUE!`, …): kept apart from text that happens to start with "#". */
export interface CellError {
  readonly error: string;
}

/** One cell as read: text, number, boolean, a formula error, or null for an empty cell. */
export type CellValue = string | number | boolean | CellError | null;

/** 0-based row index within a sheet (row 1 in Excel is 0). */
export type RowIndex = number & { readonly __brand: 'RowIndex' };
/** 0-based column index within a sheet (column A is 0). */
export type ColIndex = number & { readonly __brand: 'ColIndex' };

/** A rectangle of cells, 0-based and inclusive on both ends. */
export interface CellRect {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

export interface SheetGrid {
  readonly name: string;
  /** values[r][c] is the cell at 0-based row r, column c from A1; rows may be ragged and short. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text where the cell holds a formula (same indexes as values), when the host read it. */
  readonly formulas?: ReadonlyMap<string, string>;
  /** Merged areas; undefined when the host could not read them (ExcelApi < 1.13). */
  readonly merges?: readonly CellRect[];
  readonly hiddenColumns?: ReadonlySet<number>;
  readonly hiddenRows?: ReadonlySet<number>;
  /** Font name per cell key `r,c`, only where it differs from the sheet default; for TCVN3/VNI detection. */
  readonly fonts?: ReadonlyMap<string, string>;
  /** The sheet's prevailing font name (the most common one in the used range), when known. */
  readonly defaultFont?: string;
  /**
   * Cells (keys `r,c`) whose number is a date to the host (a date number format: exceljs hands
   * back a Date), so a reader of scores or money never takes a date for one; absent when unknown.
   */
  readonly dates?: ReadonlySet<string>;
  /**
   * Cells holding a formula with no calculated value stored (a file written by a program that does
   * not calculate): read as empty, so a reader says so instead of taking them for blank.
   */
  readonly uncalculated?: ReadonlySet<string>;
}

/** Key of a cell in the sparse maps of SheetGrid. */
export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** The value at (row, col), or null when outside the grid. */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  return grid.values[row]?.[col] ?? null;
}

/** An Excel date serial as a clerk reads it: "12/03/2026", or "07:30" for a time of day alone. */
export function serialText(serial: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  // Excel's 1900 date system counts from 1899-12-30 past its phantom 29 Feb 1900 (serial 60, kept
  // from Lotus); before it, from 1899-12-31, so 8 shows as 08/01/1900 as in Excel.
  const epoch = serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + Math.round(serial * 86_400) * 1000);
  if (serial >= 0 && serial < 1) return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** Column letters for a 0-based index: 0 → "A", 26 → "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index of letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1-style address of a 0-based cell: (0, 0) → "A1". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A1-style address of a rectangle: "A1:C3", or "A1" for one cell. */
export function rectAddress(rect: CellRect): string {
  const tl = a1(rect.row, rect.col);
  if (rect.rowCount === 1 && rect.colCount === 1) return tl;
  return `${tl}:${a1(rect.row + rect.rowCount - 1, rect.col + rect.colCount - 1)}`;
}

/** Parses "B3" or "A1:C10" (optionally with $ signs) into a rectangle; null when not an address. */
export function parseAddress(address: string): CellRect | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(address.trim());
  if (!m) return null;
  const c0 = columnIndex(m[1]!);
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] ? columnIndex(m[3]) : c0;
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  return {
    row: Math.min(r0, r1),
    col: Math.min(c0, c1),
    rowCount: Math.abs(r1 - r0) + 1,
    colCount: Math.abs(c1 - c0) + 1,
  };
}

/** Sheet name quoted for an address when it needs quotes: 'Sáng kiến'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
