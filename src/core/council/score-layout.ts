// Where things are in "Chấm điểm": the columns of Mã SK, Mã TV, each criterion, Tổng, Nhận xét and
// Xung đột lợi ích, found by header so a clerk who moved a column is still served.

import type { Criterion } from '../model';
import type { Problem } from '../problems';
import type { SheetGrid } from '../sheet/grid';
import { problemAt } from './cells';
import { findHeader, type ColumnSpec } from '../sheets/kit';
import { namesCriterion, namesScoreColumn, SCORE_HEADERS } from '../sheets/scores';

export interface ScoreLayout {
  /** 0-based row of the header. */
  readonly headerRow: number;
  readonly id: number;
  readonly member: number;
  /** One per rubric criterion, in rubric order. */
  readonly criteria: readonly { readonly code: string; readonly col: number }[];
  readonly total: number | null;
  readonly comment: number | null;
  readonly conflict: number | null;
}

/** The sheet's header words live with the sheet (sheets/scores.ts). */
export const SCORE_FIXED_HEADERS = SCORE_HEADERS;

/** The layout scoreSheetPlan writes: Mã SK, Mã TV, criteria…, Tổng, Nhận xét, Xung đột lợi ích. */
export function plannedScoreLayout(rubric: readonly Criterion[]): ScoreLayout {
  const n = rubric.length;
  return {
    headerRow: 0,
    id: 0,
    member: 1,
    criteria: rubric.map((c, i) => ({ code: c.code, col: 2 + i })),
    total: 2 + n,
    comment: 3 + n,
    conflict: 4 + n,
  };
}

/** Finds the columns of "Chấm điểm" by header; a missing criterion column is a problem. */
export function readScoreLayout(
  grid: SheetGrid,
  rubric: readonly Criterion[],
): { layout: ScoreLayout | null; problems: Problem[] } {
  const specs: ColumnSpec<string>[] = [
    // The words of "Chấm điểm" (sheets/scores.ts), the same ranking reads the sheet by.
    { key: '#id', test: (raw) => namesScoreColumn('id', raw), required: true },
    { key: '#member', test: (raw) => namesScoreColumn('member', raw), required: true },
    { key: '#total', test: (raw) => namesScoreColumn('total', raw) },
    { key: '#comment', test: (raw) => namesScoreColumn('comment', raw) },
    { key: '#conflict', test: (raw) => namesScoreColumn('conflict', raw) },
    ...rubric.map((c) => ({ key: c.code, test: (raw: string) => namesCriterion(c, raw) })),
  ];
  const h = findHeader(grid, specs);
  if (!h)
    return { layout: null, problems: [problemAt('council.scores.headerMissing', 'error', grid.name, null, null)] };
  const problems: Problem[] = [];
  const criteria: { code: string; col: number }[] = [];
  for (const c of rubric) {
    const col = h.cols[c.code];
    if (col === undefined)
      problems.push(problemAt('council.scores.criterionMissing', 'error', grid.name, h.row, null, { code: c.code }));
    else criteria.push({ code: c.code, col });
  }
  if (problems.length > 0) return { layout: null, problems };
  return {
    layout: {
      headerRow: h.row,
      id: h.cols['#id']!,
      member: h.cols['#member']!,
      criteria,
      total: h.cols['#total'] ?? null,
      comment: h.cols['#comment'] ?? null,
      conflict: h.cols['#conflict'] ?? null,
    },
    problems,
  };
}
