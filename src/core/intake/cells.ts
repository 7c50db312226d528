// Reading cells of a register the way a clerk sees them: a cell merged down over several rows
// shows its value on each of them; legacy-encoded text is converted (and the conversion recorded);
// text is NFC with stray spaces trimmed.

import { a1, cellKey, columnLetter, isCellError, type CellValue, type SheetGrid } from '../sheet/grid';
import { cleanText } from '../text/normalize';
import { fontEncoding, mayBeLegacy, readInRowEncoding, readLegacyEncoding, type LegacyEncoding, type LegacyWitness } from '../text/legacy';

export interface Conversion {
  /** Set when the register is read from several sources. */
  readonly file?: string;
  readonly sheet?: string;
  /** Excel row, 1-based. */
  readonly row: number;
  readonly column: string;
  readonly from: string;
  readonly to: string;
  readonly encoding: LegacyEncoding;
  /** What told us: the cell's font, its own characters, or the other cells of its row. */
  readonly witness: LegacyWitness;
}

const STRIDE = 1 << 15;
/** Across-fill is kept for the rows a header can occupy, never for the data below. */
const HEADER_LIMIT = 64;

export class CellReader {
  readonly grid: SheetGrid;
  /** Values shown down a merged area's first column, keyed row × STRIDE + col. */
  private readonly fill = new Map<number, { value: CellValue; row: number; col: number }>();
  /** Values shown across the rest of a merged area: used only inside the header. */
  private readonly across = new Map<number, { value: CellValue; row: number; col: number }>();
  /** Last 0-based row read as header; across-fill applies up to it (the search window until the header is found). */
  private end: number;

  get headerEnd(): number {
    return this.end;
  }

  /** Moving the header's end changes what rows near it show: texts read before are read again. */
  set headerEnd(row: number) {
    this.end = row;
    this.stamp.fill(0);
  }
  readonly conversions: Conversion[] = [];
  readonly width: number;

  constructor(grid: SheetGrid, headerEnd: number) {
    this.grid = grid;
    this.end = headerEnd;
    let width = 0;
    for (const row of grid.values) if (row.length > width) width = row.length;
    this.width = width;
    for (const m of grid.merges ?? []) {
      const value = grid.values[m.row]?.[m.col] ?? null;
      if (value === null) continue;
      const master = { value, row: m.row, col: m.col };
      // Only rows and columns that exist: a whole-column merge must not cost a million entries.
      const lastRow = Math.min(m.row + m.rowCount, grid.values.length);
      const lastCol = Math.min(m.col + m.colCount, width);
      for (let r = m.row; r < lastRow; r++) {
        // Down a column a merged value belongs to every row; across, only inside the header, where a
        // group title ("Tác giả" over two columns) names each column beneath it.
        if (r !== m.row) this.fill.set(r * STRIDE + m.col, master);
        if (r > HEADER_LIMIT) continue;
        for (let c = m.col + 1; c < lastCol; c++) this.across.set(r * STRIDE + c, master);
      }
    }
  }

  get rowCount(): number {
    return this.grid.values.length;
  }

  /** The value a clerk sees at (row, col), merged areas included. */
  value(row: number, col: number): CellValue {
    const v = this.grid.values[row]?.[col] ?? null;
    if (v !== null) return v;
    return this.master(row, col)?.value ?? null;
  }

  private master(row: number, col: number): { value: CellValue; row: number; col: number } | undefined {
    const key = row * STRIDE + col;
    return this.fill.get(key) ?? (row <= this.headerEnd ? this.across.get(key) : undefined);
  }

  /** The font a cell is drawn with (its own, its merge master's, or the sheet's). */
  private font(row: number, col: number): string | undefined {
    const fonts = this.grid.fonts;
    const own = fonts?.get(cellKey(row, col));
    if (own !== undefined) return own;
    const master = this.master(row, col);
    if (master) return fonts?.get(cellKey(master.row, master.col)) ?? this.grid.defaultFont;
    return this.grid.defaultFont;
  }

  /** Converts legacy-encoded text and records it; Unicode text comes back unchanged. */
  decode(text: string, row: number, col: number, record = true): string {
    if (!mayBeLegacy(text)) return text;
    const font = this.font(row, col);
    let to: string;
    let encoding: LegacyEncoding;
    let witness: LegacyWitness;
    const reading = readLegacyEncoding(text, font);
    if (reading !== null) {
      ({ encoding, witness, to } = reading);
    } else {
      // No witness in the cell itself: the row's other cells are the next one, unless a Unicode font was named.
      if (fontEncoding(font) !== null) return text;
      const rowSays = this.rowEncoding(row);
      const decoded = rowSays === null ? null : readInRowEncoding(text, rowSays);
      if (decoded === null) return text;
      to = decoded;
      encoding = rowSays!;
      witness = 'row';
    }
    if (record) this.conversions.push({ row: row + 1, column: columnLetter(col), from: text, to, encoding, witness });
    return to;
  }

  private rowSeen = -1;
  private rowSays: LegacyEncoding | null = null;

  /** The encoding most of a row's cells are typed in, by their own witness (font or characters), or null. */
  private rowEncoding(row: number): LegacyEncoding | null {
    if (row === this.rowSeen) return this.rowSays;
    let tcvn = 0;
    let vni = 0;
    const cells = this.grid.values[row];
    for (let c = 0; c < this.width; c++) {
      const v = cells?.[c] ?? this.master(row, c)?.value ?? null;
      if (typeof v !== 'string' || !mayBeLegacy(v)) continue;
      const reading = readLegacyEncoding(v, this.font(row, c));
      if (reading?.encoding === 'tcvn3') tcvn++;
      else if (reading?.encoding === 'vni') vni++;
    }
    this.rowSeen = row;
    this.rowSays = tcvn === 0 && vni === 0 ? null : tcvn >= vni ? 'tcvn3' : 'vni';
    return this.rowSays;
  }

  /** Texts of the row read last, by column, valid where stamp[col] is that row: a row's cells are read several times. */
  private stamp: Int32Array = new Int32Array(0);
  private cache: string[] = [];
  private pending: (Conversion | null)[] = [];

  /** The cell as clean text: numbers as written, formula errors as empty (the caller decides whether that matters). */
  text(row: number, col: number, record = true): string {
    if (col >= this.stamp.length) this.grow(col + 1);
    let t: string;
    if (this.stamp[col] === row + 1) t = this.cache[col]!;
    else {
      this.pending[col] = null;
      t = this.readText(row, col);
      this.cache[col] = t;
      this.stamp[col] = row + 1;
    }
    if (record) {
      const conv = this.pending[col];
      if (conv) {
        this.conversions.push(conv);
        this.pending[col] = null;
      }
    }
    return t;
  }

  private grow(n: number): void {
    const stamp = new Int32Array(Math.max(n, this.width));
    stamp.set(this.stamp);
    this.stamp = stamp;
  }

  private readText(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null) return '';
    if (typeof v === 'string') {
      const before = this.conversions.length;
      const decoded = this.decode(v, row, col, true);
      // Held back until a reader asks to record it, so classifying a row lists nothing twice.
      if (this.conversions.length > before) this.pending[col] = this.conversions.pop()!;
      return cleanText(decoded);
    }
    if (typeof v === 'number') return String(v);
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return '';
  }

  /** The value stored in the cell itself, merged areas not filled in. */
  own(row: number, col: number): CellValue {
    return this.grid.values[row]?.[col] ?? null;
  }

  /** 0-based row of the merged area's top cell that shows a value here, or null when the cell is not under a merge. */
  mergedFrom(row: number, col: number): number | null {
    if (this.own(row, col) !== null) return null;
    return this.master(row, col)?.row ?? null;
  }

  isError(row: number, col: number): boolean {
    return isCellError(this.value(row, col));
  }

  isHidden(col: number): boolean {
    return this.grid.hiddenColumns?.has(col) ?? false;
  }

  address(row: number, col: number): string {
    return a1(row, col);
  }
}
