// A score cell that is not what it seems: a date (a date number format) or a formula the file
// stores no value for. Neither is a score, nor empty: the review is invalid, with the reason.
import { describe, expect, it } from 'vitest';
import { scoreSheetPlan } from '../council';
import { DEFAULT_RUBRIC } from '../council/rules';
import { cellKey, serialText, type SheetGrid } from '../sheet/grid';
import { readScoreSheet } from './scores';

const header = ['Mã SK', 'Mã TV', 'TM', 'HQ', 'AD'];
const sheet = (extra: Partial<SheetGrid>): SheetGrid => ({
  name: 'Chấm điểm',
  values: [header, ['SK-0001', 'TV01', 8, 20, 15], ['SK-0002', 'TV01', 25, null, 10]],
  ...extra,
});

describe('score cells that are not scores', () => {
  it('reads a date as an invalid score, naming the date as shown', () => {
    const { rows, problems } = readScoreSheet(sheet({ dates: new Set([cellKey(1, 2)]) }), DEFAULT_RUBRIC);
    expect(rows[0]!.scores['TM']).toBe('invalid');
    expect(rows[1]!.scores['TM']).toBe(250);
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'ranking.scores.date',
        row: 2,
        column: 'C',
        params: { value: '08/01/1900', criterion: 'TM' },
      }),
    );
  });

  it('reads a formula never calculated as an invalid score, not as empty, with its text', () => {
    const grid = sheet({ uncalculated: new Set([cellKey(2, 3)]), formulas: new Map([[cellKey(2, 3), '=C3/2']]) });
    const { rows, problems } = readScoreSheet(grid, DEFAULT_RUBRIC);
    expect(rows[1]!.scores['HQ']).toBe('invalid');
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'ranking.scores.uncalculated',
        row: 3,
        column: 'D',
        params: { formula: '=C3/2', criterion: 'HQ' },
      }),
    );
  });

  it('keeps both through re-assignment as the text they showed, never as a number read as a score', () => {
    const grid = sheet({
      dates: new Set([cellKey(1, 2)]),
      uncalculated: new Set([cellKey(2, 3)]),
      formulas: new Map([[cellKey(2, 3), '=C3/2']]),
    });
    const { rows } = readScoreSheet(grid, DEFAULT_RUBRIC);
    const pairs = rows.map((r) => ({ initiativeId: r.initiativeId, memberId: r.memberId }));
    const { plan } = scoreSheetPlan(pairs, DEFAULT_RUBRIC, rows, [], { grid });
    expect(plan.rows[1]![2]).toBe('08/01/1900');
    expect(plan.rows[2]![3]).toBe('=C3/2');
    const again = readScoreSheet({ name: 'Chấm điểm', values: plan.rows as SheetGrid['values'] }, DEFAULT_RUBRIC);
    expect(again.rows[0]!.scores['TM']).toBe('invalid');
    expect(again.rows[1]!.scores['HQ']).toBe('invalid');
  });

  it('shows a serial as a clerk reads it', () => {
    expect(serialText(46093)).toBe('12/03/2026');
    expect(serialText(0.3125)).toBe('07:30');
  });
});
