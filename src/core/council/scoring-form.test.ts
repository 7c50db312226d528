import { describe, expect, it } from 'vitest';
import { filterQueue, formWrites, nextOpenItem, parseScoreInput, scoringQueue, withSaved } from './scoring-form';
import { scoreSheetPlan } from './score-sheet';
import { readScoreLayout } from '../sheets/scores';
import { DEFAULT_RUBRIC } from './rules';
import { applyWrites, initiative, planToGrid, readScores, skId } from '../../../test/council/builders';

const initiatives = [1, 2, 3, 4, 5].map((n) =>
  initiative(skId(n), 'LĐLĐ huyện Châu Thành', { title: n === 3 ? 'Máy bóc vỏ hành tím' : `Sáng kiến ${n}` }),
);
const pairs = initiatives.flatMap((it) => ['TV01', 'TV02'].map((m) => ({ initiativeId: it.id, memberId: m })));
const base = planToGrid(scoreSheetPlan(pairs, DEFAULT_RUBRIC, [], initiatives).plan);
const layout = readScoreLayout(base, DEFAULT_RUBRIC).layout!;
// TV01 rows are 2, 4, 6, 8, 10 (0-based 1, 3, 5, 7, 9).
const grid = applyWrites(base, [
  { row: 1, col: 2, value: 20 },
  { row: 1, col: 3, value: 30 },
  { row: 1, col: 4, value: 25 },
  { row: 3, col: 2, value: 10 },
  { row: 5, col: 2, value: 45 },
  { row: 5, col: 3, value: 30 },
  { row: 5, col: 4, value: 20 },
  { row: 7, col: 7, value: 'x' },
  { row: 2, col: 2, value: 29 },
]);
const queue = () => scoringQueue('TV01', readScores(grid, DEFAULT_RUBRIC), initiatives, DEFAULT_RUBRIC);

describe('scoring form model', () => {
  it('lists a reviewer’s items with status and progress', () => {
    const q = queue();
    expect(q.items.map((i) => [i.initiativeId, i.row, i.status, i.reasons])).toEqual([
      ['SK-0001', 2, 'done', []],
      ['SK-0002', 4, 'review', ['partial']],
      ['SK-0003', 6, 'review', ['outOfRange']],
      ['SK-0004', 8, 'review', ['conflict']],
      ['SK-0005', 10, 'todo', []],
    ]);
    expect(q.progress).toBe('2/5');
    expect(q.counts).toEqual({ todo: 1, done: 1, review: 3 });
    expect(q.items[2]?.title).toBe('Máy bóc vỏ hành tím');
    expect(q.items[0]?.field).toBe('Sản xuất kinh doanh');
  });

  it('filters by status and by a search on id or title without diacritics', () => {
    const q = queue();
    expect(filterQueue(q, 'review').map((i) => i.initiativeId)).toEqual(['SK-0002', 'SK-0003', 'SK-0004']);
    expect(filterQueue(q, 'todo').map((i) => i.initiativeId)).toEqual(['SK-0005']);
    expect(filterQueue(q, 'all', 'hanh tim').map((i) => i.initiativeId)).toEqual(['SK-0003']);
    expect(filterQueue(q, 'all', 'sk-0005').map((i) => i.initiativeId)).toEqual(['SK-0005']);
  });

  it('moves to the next item still open, wrapping round', () => {
    const q = queue();
    expect(nextOpenItem(q, 'SK-0002')?.initiativeId).toBe('SK-0003');
    expect(nextOpenItem(q, 'SK-0005')?.initiativeId).toBe('SK-0002');
  });

  it('accepts "7,5" and "7.5", refuses two decimals, text and out-of-range values', () => {
    expect(parseScoreInput('7,5', 300)).toEqual({ ok: true, tenths: 75 });
    expect(parseScoreInput(' 7.5 ', 300)).toEqual({ ok: true, tenths: 75 });
    expect(parseScoreInput('30', 300)).toEqual({ ok: true, tenths: 300 });
    expect(parseScoreInput('', 300)).toEqual({ ok: true, tenths: null });
    expect(parseScoreInput('7,55', 300)).toMatchObject({ ok: false, code: 'council.form.tooPrecise' });
    expect(parseScoreInput('bảy', 300)).toMatchObject({ ok: false, code: 'council.form.notNumber' });
    expect(parseScoreInput('30,5', 300)).toMatchObject({
      ok: false,
      code: 'council.form.outOfRange',
      params: { max: 30 },
    });
    expect(parseScoreInput('-1', 300)).toMatchObject({ ok: false, code: 'council.form.outOfRange' });
  });

  it('writes exactly the changed cells of the reviewer’s own row on save', () => {
    const q = queue();
    const item = q.items[1]!;
    const save = formWrites(
      item,
      { scores: { TM: '10', HQ: '35,5', AD: '28' }, comment: ' Khả thi ', conflict: false },
      DEFAULT_RUBRIC,
      layout,
    );
    expect(save.errors).toEqual({});
    expect(save.writes).toEqual([
      { row: 3, col: 3, value: 35.5 },
      { row: 3, col: 4, value: 28 },
      { row: 3, col: 6, value: 'Khả thi' },
    ]);
    expect(save.saved?.status).toBe('done');
    const after = withSaved(q, save.saved!);
    expect(after.progress).toBe('3/5');
    // The writes read back as the saved item.
    const reread = scoringQueue(
      'TV01',
      readScores(applyWrites(grid, save.writes), DEFAULT_RUBRIC),
      initiatives,
      DEFAULT_RUBRIC,
    );
    expect(reread.items[1]).toEqual(save.saved);
  });

  it('saves nothing when an input is refused, and says which', () => {
    const item = queue().items[4]!;
    const save = formWrites(
      item,
      { scores: { TM: '31', HQ: '20', AD: '' }, comment: '', conflict: true },
      DEFAULT_RUBRIC,
      layout,
    );
    expect(save.writes).toEqual([]);
    expect(Object.keys(save.errors)).toEqual(['TM']);
    expect(save.saved).toBeNull();
  });

  it('clears a conflict mark and a score when the reviewer empties them', () => {
    const item = queue().items[3]!;
    const save = formWrites(item, { scores: { TM: '' }, comment: '', conflict: false }, DEFAULT_RUBRIC, layout);
    expect(save.writes).toEqual([{ row: 7, col: 7, value: null }]);
    expect(save.saved?.status).toBe('todo');
  });
});

describe('the scoring form after a second round', () => {
  it('shows the rows a later round added first, then the rest in sheet order', () => {
    // Rows of "Chấm điểm" as read: round 1 has no "Vòng"; the second round's rows carry round 2.
    const rows = readScores(grid, DEFAULT_RUBRIC);
    const later = [
      { ...rows[0]!, row: 20, initiativeId: 'SK-0007', scores: { TM: null, HQ: null, AD: null }, round: 2 },
      { ...rows[0]!, row: 21, initiativeId: 'SK-0006', scores: { TM: null, HQ: null, AD: null }, round: 2 },
    ];
    const q = scoringQueue('TV01', [...rows, ...later], initiatives, DEFAULT_RUBRIC);
    expect(q.items.map((i) => [i.initiativeId, i.row])).toEqual([
      ['SK-0007', 20],
      ['SK-0006', 21],
      ['SK-0001', 2],
      ['SK-0002', 4],
      ['SK-0003', 6],
      ['SK-0004', 8],
      ['SK-0005', 10],
    ]);
  });

  it('keeps each row’s round when assignment rewrites the sheet', () => {
    const rows = readScores(grid, DEFAULT_RUBRIC);
    const extra = { ...rows[0]!, row: 12, initiativeId: 'SK-0001', memberId: 'TV03', round: 2 };
    const plan = scoreSheetPlan(
      [...pairs, { initiativeId: 'SK-0001', memberId: 'TV03' }],
      DEFAULT_RUBRIC,
      [...rows, extra],
      initiatives,
    ).plan;
    const header = plan.rows[0]!;
    const col = header.indexOf('Vòng');
    expect(col).toBe(header.length - 1);
    const again = readScores(planToGrid(plan), DEFAULT_RUBRIC);
    expect(again.filter((r) => (r.round ?? 1) === 2).map((r) => [r.initiativeId, r.memberId])).toEqual([
      ['SK-0001', 'TV03'],
    ]);
    expect(again.filter((r) => r.round === undefined)).toHaveLength(10);
  });
});
