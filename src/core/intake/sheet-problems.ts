// Intake, last stage: problems about a whole sheet rather than a row (no rows under the header,
// merges the host could not read).

import type { Problem } from '../problems';
import type { CellReader } from './cells';
import type { RowDraft } from './read-row';
import type { ColumnMapping } from './types';

/** A problem that names a sheet but no cell. */
export function sheetProblem(
  code: string,
  sheet: string,
  severity: Problem['severity'],
  params?: Record<string, string | number>,
): Problem {
  return { code, severity, sheet, row: null, column: null, ...(params ? { params } : {}) };
}

/** A header with nothing under it is almost always the wrong sheet or a register not yet filled. */
export function noRows(drafts: readonly RowDraft[], sheet: string, headerLast: number): Problem | null {
  return drafts.length === 0 ? sheetProblem('intake.rows.none', sheet, 'warning', { row: headerLast + 1 }) : null;
}

/**
 * Old Excel cannot say which cells are merged: names the columns where a merged cell would hide
 * values (null when the merges were read).
 */
export function mergesUnknown(cells: CellReader, mapping: ColumnMapping, drafts: readonly RowDraft[]): Problem | null {
  if (cells.grid.merges !== undefined) return null;
  const gaps: string[] = [];
  for (const f of ['unit', 'workplace', 'positionWorkplace', 'field', 'title', 'authors'] as const) {
    const col = mapping.columns[f];
    if (col && drafts.some((d) => cells.text(d.row - 1, col.index, false) === '')) gaps.push(col.letter);
  }
  return sheetProblem('intake.merges.unknown', cells.grid.name, 'info', {
    columns: gaps.length > 0 ? gaps.join(', ') : '—',
  });
}
