// Finding the header row of a sheet the council fills by hand ("Chấm điểm", "Quyết định",
// "Biểu quyết"): clerks add title lines above it and type headers with or without diacritics.

import type { CellValue, SheetGrid } from '../sheet/grid';
import { isCellError } from '../sheet/grid';
import { foldHeader } from './fold';

export interface ColumnPattern {
  readonly key: string;
  /** Whether a header cell names this column; `folded` is foldHeader of the cell text. */
  readonly test: (folded: string, raw: string) => boolean;
}

/** A column named by folded spellings, or by a folded prefix ("xungdot" for "Xung đột lợi ích (x)"). */
export function named(key: string, names: readonly string[], prefixes: readonly string[] = []): ColumnPattern {
  return { key, test: (folded) => names.includes(folded) || prefixes.some((p) => folded.startsWith(p)) };
}

export interface FoundHeader {
  /** 0-based row of the header. */
  readonly row: number;
  /** Column key → 0-based column. */
  readonly cols: ReadonlyMap<string, number>;
}

/** How many top rows may hold titles before the header. */
export const HEADER_SCAN_ROWS = 30;

/**
 * The first row among the top rows where every required column is named; every other pattern
 * found there is mapped too. The first matching cell wins when a name repeats.
 */
export function findHeader(
  grid: SheetGrid,
  patterns: readonly ColumnPattern[],
  required: readonly string[],
): FoundHeader | null {
  const last = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const row = grid.values[r] ?? [];
    const cols = new Map<string, number>();
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const folded = foldHeader(v);
      if (folded === '') continue;
      for (const p of patterns) {
        if (!cols.has(p.key) && p.test(folded, v)) {
          cols.set(p.key, c);
          break;
        }
      }
    }
    if (required.every((k) => cols.has(k))) return { row: r, cols };
  }
  return null;
}

/** A cell as trimmed text ("" for empty, numbers as written by JS, errors as their code). */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (isCellError(v)) return v.error;
  return String(v);
}
