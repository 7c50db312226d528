import { describe, expect, it } from 'vitest';
import { scoreSheetPlan, startedPairs } from './score-sheet';
import { totalFormula } from './total';
import { assign } from './assign';
import { DEFAULT_RUBRIC } from './rules';
import type { Criterion, ScoreRow } from '../model';
import { isPlanFormula } from '../sheet/plan';
import { applyWrites, initiative, member, planToGrid, readScores, skId } from '../../../test/council/builders';

const pair = (i: number, m: string): { initiativeId: string; memberId: string } => ({
  initiativeId: skId(i),
  memberId: m,
});

const scored = (
  row: number,
  i: number,
  m: string,
  scores: Record<string, number | null | 'invalid'>,
  extra: Partial<ScoreRow> = {},
): ScoreRow => ({
  row,
  initiativeId: skId(i),
  memberId: m,
  scores: { TM: null, HQ: null, AD: null, ...scores },
  comment: '',
  conflict: false,
  ...extra,
});

describe('scoreSheetPlan', () => {
  it('carries a column the clerk added (by header, or data under none) through a re-assignment, row by row', () => {
    const initiatives = [initiative(skId(1)), initiative(skId(2))];
    const members = [member('TV01'), member('TV02')];
    const first = scoreSheetPlan([pair(1, 'TV01'), pair(2, 'TV01')], DEFAULT_RUBRIC, [], initiatives, { members }).plan;
    const width = first.rows[0]!.length;
    // The clerk writes notes in a new column, and something in the column after it with no header.
    const grid = applyWrites(planToGrid(first), [
      { row: 0, col: width, value: 'Ghi chú' },
      { row: 2, col: width, value: 'gọi lại TV01' },
      { row: 1, col: width + 1, value: 42 },
      { row: 2, col: 2, value: 25 },
    ]);
    const scores = readScores(grid, DEFAULT_RUBRIC);
    // Re-assigned with a second reviewer: SK-2's row moves, its note goes with it.
    const { plan } = scoreSheetPlan([pair(1, 'TV01'), pair(1, 'TV02'), pair(2, 'TV01'), pair(2, 'TV02')], DEFAULT_RUBRIC, scores, initiatives, { members, grid });
    expect(plan.rows[0]!.slice(width)).toEqual(['Ghi chú', '']);
    const row = (id: string, m: string): readonly unknown[] => plan.rows.find((r) => r[0] === id && r[1] === m)!;
    expect(row(skId(2), 'TV01').slice(width)).toEqual(['gọi lại TV01', null]);
    expect(row(skId(1), 'TV01').slice(width)).toEqual([null, 42]);
    expect(row(skId(2), 'TV02').slice(width)).toEqual([null, null]);
    expect(row(skId(2), 'TV01')[2]).toBe(25);
  });

  it('pre-allocates one row per pair with the documented header, formula, validation and frozen ids', () => {
    const initiatives = [initiative(skId(1)), initiative(skId(2))];
    const { plan, problems } = scoreSheetPlan(
      [pair(1, 'TV01'), pair(1, 'TV02'), pair(2, 'TV01')],
      DEFAULT_RUBRIC,
      [],
      initiatives,
      {
        members: [member('TV01'), member('TV02')],
      },
    );
    expect(problems).toEqual([]);
    expect(plan.role).toBe('scores');
    expect(plan.name).toBe('Chấm điểm');
    expect(plan.rows[0]).toEqual([
      'Mã SK',
      'Mã TV',
      'TM',
      'HQ',
      'AD',
      'Tổng',
      'Nhận xét',
      'Xung đột lợi ích',
      'Tên sáng kiến (tham khảo)',
      'Người chấm (tham khảo)',
    ]);
    expect(plan.rows[1]).toEqual([
      'SK-0001',
      'TV01',
      null,
      null,
      null,
      { formula: '=IF(COUNT(C2:E2)=0,"",ROUND(SUM(C2:E2),2))' },
      '',
      null,
      'Sáng kiến SK-0001',
      'Thành viên TV01',
    ]);
    expect(plan.rows).toHaveLength(4);
    expect(plan.freeze).toEqual({ rows: 1, columns: 2 });
    expect(plan.validations?.map((v) => [v.rect, v.rule.kind === 'decimal' ? v.rule.max : null])).toEqual([
      [{ row: 1, col: 2, rowCount: 3, colCount: 1 }, 30],
      [{ row: 1, col: 3, rowCount: 3, colCount: 1 }, 40],
      [{ row: 1, col: 4, rowCount: 3, colCount: 1 }, 30],
    ]);
  });

  it('writes the weighted total as 100 × Σ w·x / Σ w·max rounded to 2', () => {
    const rubric: Criterion[] = [
      { code: 'A', name: 'A', maxTenths: 100, weight: { num: 1, den: 2 } },
      { code: 'B', name: 'B', maxTenths: 200, weight: { num: 1, den: 1 } },
    ];
    expect(totalFormula(rubric, [2, 3])(7)).toBe('=IF(COUNT(C7:D7)=0,"",ROUND(100*(C7+2*D7)/50,2))');
    expect(totalFormula(rubric, [2, 5])(2)).toBe('=IF(COUNT(C2,F2)=0,"",ROUND(100*(C2+2*F2)/50,2))');
  });

  it('keeps every score already entered when the council is assigned again', () => {
    const initiatives = [1, 2, 3, 4].map((n) => initiative(skId(n)));
    const before = assign(initiatives, [member('TV01'), member('TV02'), member('TV03')], 2).pairs;
    const first = planToGrid(scoreSheetPlan(before, DEFAULT_RUBRIC, [], initiatives).plan);
    // Reviewers fill some cells, including a typed "7,5" and a text that is not a score.
    const filled = applyWrites(first, [
      { row: 1, col: 2, value: 25 },
      { row: 1, col: 3, value: '7,5' },
      { row: 1, col: 6, value: 'Tốt' },
      { row: 2, col: 4, value: 'mười' },
      { row: 3, col: 7, value: 'x' },
    ]);
    const existing = readScores(filled, DEFAULT_RUBRIC);
    const after = assign(initiatives, [member('TV01'), member('TV02'), member('TV03'), member('TV04')], 2).pairs;
    const { plan } = scoreSheetPlan(after, DEFAULT_RUBRIC, existing, initiatives, { grid: filled });
    const reread = readScores(planToGrid(plan), DEFAULT_RUBRIC);
    const key = (r: ScoreRow): string => `${r.initiativeId}/${r.memberId}`;
    const kept = new Map(reread.map((r) => [key(r), r]));
    for (const old of existing) {
      const hasData = old.comment !== '' || old.conflict || Object.values(old.scores).some((v) => v !== null);
      if (!hasData) continue;
      const now = kept.get(key(old));
      expect(now, key(old)).toBeDefined();
      expect({ ...now!, row: 0 }).toEqual({ ...old, row: 0 });
    }
    // The raw text "mười" is carried as typed, not dropped.
    expect(plan.rows.some((r) => r.includes('mười'))).toBe(true);
    for (const p of after) expect(kept.has(`${p.initiativeId}/${p.memberId}`)).toBe(true);
  });

  it('keeps a pair no longer assigned that has scores, flagged, and drops an empty one', () => {
    const initiatives = [initiative(skId(1))];
    const existing = [scored(2, 1, 'TV01', { TM: 200 }), scored(3, 1, 'TV02', {}), scored(4, 1, 'TV03', {})];
    const { plan, problems } = scoreSheetPlan([pair(1, 'TV03')], DEFAULT_RUBRIC, existing, initiatives);
    expect(plan.rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['SK-0001', 'TV03', null],
      ['SK-0001', 'TV01', 20],
    ]);
    expect(problems.map((p) => [p.code, p.row, p.params?.['oldRow']])).toEqual([
      ['council.scores.unassignedKept', 3, 2],
    ]);
  });

  it('keeps a row whose ids were erased by hand but that still holds scores', () => {
    const initiatives = [initiative(skId(1))];
    const first = planToGrid(scoreSheetPlan([pair(1, 'TV01'), pair(1, 'TV02')], DEFAULT_RUBRIC, [], initiatives).plan);
    const edited = applyWrites(first, [
      { row: 2, col: 1, value: null },
      { row: 2, col: 2, value: 15 },
    ]);
    const existing = readScores(edited, DEFAULT_RUBRIC);
    expect(existing).toHaveLength(1);
    const { plan, problems } = scoreSheetPlan([pair(1, 'TV01')], DEFAULT_RUBRIC, existing, initiatives, {
      grid: edited,
    });
    expect(plan.rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['SK-0001', 'TV01', null],
      ['SK-0001', null, 15],
    ]);
    expect(problems.map((p) => [p.code, p.row])).toEqual([['council.scores.unassignedKept', 3]]);
  });

  it('names the pairs already started, for assign to keep', () => {
    const existing = [
      scored(2, 1, 'TV01', { TM: 200 }),
      scored(3, 1, 'TV02', {}),
      scored(4, 2, 'TV03', {}, { comment: 'Ghi chú' }),
    ];
    expect(startedPairs(existing)).toEqual([pair(1, 'TV01'), pair(2, 'TV03')]);
  });

  it('keeps both copies of a pair typed twice', () => {
    const existing = [scored(2, 1, 'TV01', { TM: 200 }), scored(3, 1, 'TV01', { TM: 210 })];
    const { plan } = scoreSheetPlan([pair(1, 'TV01')], DEFAULT_RUBRIC, existing, [initiative(skId(1))]);
    expect(plan.rows.slice(1).map((r) => r[2])).toEqual([20, 21]);
  });

  it('lays out the national sheet (750,000 rows) with a formula on the last row', () => {
    const n = 250_000;
    const initiatives = Array.from({ length: n }, (_, i) => initiative(skId(i + 1), `Đơn vị ${i % 40}`));
    const pairs = initiatives.flatMap((it, i) =>
      [0, 1, 2].map((j) => ({ initiativeId: it.id, memberId: `TV${((i + j * 7) % 45) + 1}` })),
    );
    const { plan } = scoreSheetPlan(pairs, DEFAULT_RUBRIC, [], initiatives);
    expect(plan.rows).toHaveLength(750_001);
    expect(isPlanFormula(plan.rows[750_000]?.[5])).toBe(true);
  });
});
