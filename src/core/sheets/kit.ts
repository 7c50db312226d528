// The reading kit under every hand-edited sheet: finding a header row by its words, a cell as
// text, and exact decimals. Clerks add titles above a table, move columns and type headers with or
// without diacritics or punctuation ("Mã SK", "Ma-SK", "MÃ SK"), so headers are matched folded.

import type { CellValue, SheetGrid } from '../sheet/grid';
import { isCellError } from '../sheet/grid';
import { foldCompact } from '../text/fold';
import { cleanLine } from '../text/normalize';

/**
 * How a cell reads as text. 'clean' (the default): `cleanLine` of src/core/text (NFC, one space, trimmed), an error cell and a blank are "",
 * booleans TRUE/FALSE. 'raw': only trimmed, an error cell as its code ("#N/A"), booleans true/false —
 * what the ranking sheets keep, so a clerk sees the error that stands in the cell.
 */
export type CellTextMode = 'clean' | 'raw';

/** A cell as text (see CellTextMode); numbers as JavaScript writes them. */
export function cellText(v: CellValue | undefined, mode: CellTextMode = 'clean'): string {
  if (v === null || v === undefined) return '';
  if (mode === 'raw') {
    if (typeof v === 'string') return v.trim();
    return isCellError(v) ? v.error : String(v);
  }
  if (isCellError(v)) return '';
  if (typeof v === 'string') return cleanLine(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return v ? 'TRUE' : 'FALSE';
}

/** True when every cell of the row is blank. */
export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (const v of row) if (cellText(v) !== '') return false;
  return true;
}

export type ScaledResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: 'empty' | 'notNumber' | 'tooPrecise' };

const DECIMAL = /^([+-]?)(\d+)(?:[.,](\d+))?$/;

/**
 * A decimal number scaled to an integer: parseScaled("7,5", 1) = 75. Text takes "," or "." as the
 * decimal mark because reviewers type both; more decimals than allowed is refused, never rounded.
 * Every score, maximum, weight and rule value is read by this one parser.
 */
export function parseScaled(v: CellValue | undefined, decimals: number): ScaledResult {
  const factor = 10 ** decimals;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { ok: false, reason: 'notNumber' };
    const scaled = v * factor;
    const r = Math.round(scaled);
    // Floating input such as 7.1 × 10 = 70.99999…: a tolerance far below one unit tells it from 7.15.
    if (Math.abs(scaled - r) > 1e-6 * Math.max(1, Math.abs(scaled))) return { ok: false, reason: 'tooPrecise' };
    return { ok: true, value: r === 0 ? 0 : r };
  }
  if (v === null || v === undefined) return { ok: false, reason: 'empty' };
  if (typeof v !== 'string') return { ok: false, reason: 'notNumber' };
  const text = v.replace(/\s/g, '');
  if (text === '') return { ok: false, reason: 'empty' };
  const m = DECIMAL.exec(text);
  if (!m) return { ok: false, reason: 'notNumber' };
  const frac = (m[3] ?? '').replace(/0+$/, '');
  if (frac.length > decimals) return { ok: false, reason: 'tooPrecise' };
  const value = Number(m[2]) * factor + (frac === '' ? 0 : Number(frac.padEnd(decimals, '0')));
  return { ok: true, value: m[1] === '-' && value !== 0 ? -value : value };
}

/** Writes an integer of tenths/hundredths back as a plain number of points (75, 1 → 7.5). */
export function unscale(value: number, decimals: number): number {
  return value / 10 ** decimals;
}

export interface ColumnSpec<K extends string> {
  readonly key: K;
  /** Spellings that name the column, folded by foldCompact ("Mã-SK" → "mask"): an exact match. */
  readonly names?: readonly string[];
  /** Folded beginnings that also name it ("xungdot" for "Xung đột lợi ích (x)"). */
  readonly prefixes?: readonly string[];
  /** Or a test of the cell's text, for words that depend on the data (a criterion's code). */
  readonly test?: (text: string) => boolean;
  /** The header row is the first one holding every required column. */
  readonly required?: boolean;
}

export interface FoundHeader<K extends string> {
  /** 0-based row of the header. */
  readonly row: number;
  /** Column index per key, 0-based; absent keys were not found. */
  readonly cols: Partial<Record<K, number>>;
}

/** How many top rows may hold titles before the header. */
export const HEADER_SCAN_ROWS = 30;

/** Whether a header cell's text names the column of `spec`. */
export function namesColumn<K extends string>(spec: ColumnSpec<K>, text: string, folded = foldCompact(text)): boolean {
  return (
    (spec.names?.includes(folded) ?? false) ||
    (spec.prefixes?.some((p) => folded.startsWith(p)) ?? false) ||
    spec.test?.(text) === true
  );
}

/**
 * The first row within `from`..`from + rows` holding every required column; every other column
 * found there is mapped too. The first matching cell wins, so a stray repeat further right does
 * not move a column.
 */
export function findHeader<K extends string>(
  grid: SheetGrid,
  specs: readonly ColumnSpec<K>[],
  from = 0,
  rows = HEADER_SCAN_ROWS,
): FoundHeader<K> | null {
  const last = Math.min(grid.values.length, from + rows);
  for (let r = from; r < last; r++) {
    const line = grid.values[r];
    if (!line) continue;
    const cols: Partial<Record<K, number>> = {};
    for (let c = 0; c < line.length; c++) {
      const text = cellText(line[c]);
      const folded = foldCompact(text);
      if (folded === '') continue;
      for (const s of specs) {
        if (cols[s.key] === undefined && namesColumn(s, text, folded)) {
          cols[s.key] = c;
          break;
        }
      }
    }
    if (specs.every((s) => s.required !== true || cols[s.key] !== undefined)) return { row: r, cols };
  }
  return null;
}
