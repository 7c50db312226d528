// Finds a table's header row by its column names, so a sheet typed by hand with a title above
// the table, columns in another order or headers without diacritics is still read.

import type { SheetGrid } from '../sheet/grid';
import { cellText } from './cells';
import { fold } from './fold';

export interface ColumnSpecOf<K extends string> {
  readonly key: K;
  /** Folded names that identify the column (exact match after folding). */
  readonly names: readonly string[];
  /** Or a test of the cell's text, for sheets whose words live in src/core/sheets. */
  readonly test?: (raw: string) => boolean;
  readonly required: boolean;
}

export interface FoundHeader<K extends string> {
  /** 0-based row of the header. */
  readonly row: number;
  /** Column index per key; absent keys were not found. */
  readonly cols: Partial<Record<K, number>>;
}

/**
 * The first row within `from`..`from + scanRows` holding every required column. The first match of
 * a name wins, so a stray repeat further right does not move a column.
 */
export function findHeader<K extends string>(
  grid: SheetGrid,
  specs: readonly ColumnSpecOf<K>[],
  from = 0,
  scanRows = 30,
): FoundHeader<K> | null {
  const last = Math.min(grid.values.length, from + scanRows);
  for (let r = from; r < last; r++) {
    const row = grid.values[r];
    if (!row) continue;
    const cols: Partial<Record<K, number>> = {};
    for (let c = 0; c < row.length; c++) {
      const raw = cellText(row[c]);
      const f = fold(raw);
      if (f === '') continue;
      for (const s of specs) {
        if (cols[s.key] === undefined && (s.names.includes(f) || s.test?.(raw) === true)) {
          cols[s.key] = c;
          break;
        }
      }
    }
    if (specs.every((s) => !s.required || cols[s.key] !== undefined)) return { row: r, cols };
  }
  return null;
}
