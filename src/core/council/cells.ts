// Reading hand-typed cells of the council sheets: text, exact decimals and the problem records
// that point at them. Numbers are kept as integers of tenths or hundredths so they compare exactly.

import type { CellValue } from '../sheet/grid';
import { columnLetter, isCellError } from '../sheet/grid';
import type { Problem, Severity } from '../problems';
import { clean } from './fold';

/** A cell as text, cleaned; numbers as JavaScript writes them, booleans as TRUE/FALSE, errors and blanks as "". */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined || isCellError(v)) return '';
  if (typeof v === 'string') return clean(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return v ? 'TRUE' : 'FALSE';
}

export type ScaledResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: 'empty' | 'notNumber' | 'tooPrecise' };

const DECIMAL = /^([+-]?)(\d+)(?:[.,](\d+))?$/;

/**
 * A decimal number scaled to an integer: scaled("7,5", 1) = 75. Text takes "," or "." as the
 * decimal mark because reviewers type both; more decimals than allowed is refused, never rounded.
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
  const text = clean(v).replace(/\s/g, '');
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

/** A problem about a cell, row or sheet; row and col are 0-based here and stored 1-based/lettered. */
export function problemAt(
  code: string,
  severity: Severity,
  sheet: string,
  row: number | null,
  col: number | null,
  params?: Readonly<Record<string, string | number>>,
): Problem {
  const base = {
    code,
    severity,
    sheet,
    row: row === null ? null : row + 1,
    column: col === null ? null : columnLetter(col),
  };
  return params === undefined ? base : { ...base, params };
}

/** True when every cell of the row is blank. */
export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (const v of row) if (cellText(v) !== '') return false;
  return true;
}
