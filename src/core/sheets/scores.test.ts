import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '../council/rules';
import { scoreSheetPlan } from '../council/score-sheet';
import type { ScoreRow } from '../model';
import type { SheetGrid } from '../sheet/grid';
import { isPlanFormula } from '../sheet/plan';
import {
  CONFLICT_MARK,
  findScoreHelpers,
  plannedScoreLayout,
  readScoreLayout,
  readScoreSheet,
  SCORE_HEADERS,
  SCORE_HELPER_HEADERS,
  scoreHeaderRow,
} from './scores';

describe('the words of "Chấm điểm"', () => {
  it('are the same for the reader that writes scores back and the one ranking reads', () => {
    const grid: SheetGrid = {
      name: 'Chấm điểm',
      values: [
        ['BẢNG CHẤM ĐIỂM'],
        [
          'Mã sáng kiến',
          'Ma TV',
          'TM (30 điểm)',
          'HQ (40 điểm)',
          'AD (30 điểm)',
          'Tổng điểm (100)',
          'Ý kiến',
          'Xung đột lợi ích (x)',
        ],
        ['SK-0001', 'TV01', 25, 30, 20, null, 'tốt', ''],
      ],
    };
    const { layout, problems } = readScoreLayout(grid, DEFAULT_RUBRIC);
    expect(problems).toEqual([]);
    expect(layout).toEqual({
      headerRow: 1,
      id: 0,
      member: 1,
      criteria: [
        { code: 'TM', col: 2 },
        { code: 'HQ', col: 3 },
        { code: 'AD', col: 4 },
      ],
      total: 5,
      comment: 6,
      conflict: 7,
    });
    const read = readScoreSheet(grid, DEFAULT_RUBRIC);
    expect(read.problems).toEqual([]);
    expect(read.rows).toMatchObject([
      { row: 3, initiativeId: 'SK-0001', memberId: 'TV01', scores: { TM: 250, HQ: 300, AD: 200 }, comment: 'tốt' },
    ]);
  });
});

describe('"Chấm điểm" both directions', () => {
  const rubric = DEFAULT_RUBRIC;
  const row = (n: number, member: string, tm: number | null, round?: number): ScoreRow => ({
    row: n,
    initiativeId: `SK-000${n}`,
    memberId: member,
    scores: { TM: tm, HQ: 300, AD: 200 },
    comment: n === 2 ? 'cần bổ sung' : '',
    conflict: n === 3,
    ...(round === undefined ? {} : { round }),
  });

  it('writes the header words it reads, with the helpers and "Vòng" only when asked', () => {
    expect(scoreHeaderRow(rubric)).toEqual([
      SCORE_HEADERS.id,
      SCORE_HEADERS.member,
      'TM',
      'HQ',
      'AD',
      SCORE_HEADERS.total,
      SCORE_HEADERS.comment,
      SCORE_HEADERS.conflict,
      SCORE_HELPER_HEADERS.title,
    ]);
    const full = scoreHeaderRow(rubric, { names: true, round: true });
    expect(full.slice(-2)).toEqual([SCORE_HELPER_HEADERS.member, SCORE_HEADERS.round]);
    expect(findScoreHelpers(full)).toEqual({ round: 10, title: 8, name: 9 });
    expect(findScoreHelpers(['Mã SK', 'vong cham'])).toEqual({ round: 1, title: -1, name: -1 });
    const { layout } = readScoreLayout({ name: 'Chấm điểm', values: [full] }, rubric);
    expect(layout).toEqual(plannedScoreLayout(rubric));
  });

  it('reads back the rows it wrote: scores, comment, conflict mark and round', () => {
    const existing = [row(1, 'TV01', 255), row(2, 'TV02', null), row(3, 'TV01', 100, 2)];
    const pairs = existing.map((r) => ({ initiativeId: r.initiativeId, memberId: r.memberId }));
    const { plan } = scoreSheetPlan(pairs, rubric, existing, []);
    const grid: SheetGrid = {
      name: plan.name,
      values: plan.rows.map((r) => r.map((v) => (isPlanFormula(v) ? null : v))),
    };
    expect(grid.values[3]![7]).toBe(CONFLICT_MARK);
    const read = readScoreSheet(grid, rubric);
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual(existing.map((r, k) => ({ ...r, row: k + 2 })));
  });
});
