import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../council/rules';
import type { Initiative, InitiativeId, Member, MemberId, ScoreRow } from '../model';
import type { SheetGrid } from '../sheet/grid';
import { isPlanFormula } from '../sheet/plan';
import { BALLOT_HEADERS, ballotCellWrites, ballotSheetPlan, locateBallot, parseVoteInput, readBallot } from './ballot';
import { rank } from '../ranking/rank';

const members: Member[] = Array.from({ length: 9 }, (_, i) => ({
  id: `TV0${i + 1}` as MemberId,
  name: `TV ${i + 1}`,
  position: '',
  unit: '',
  role: 'Ủy viên',
  excludedUnits: [],
}));
const init = (n: number, author: string): Initiative => ({
  id: `SK-000${n}` as InitiativeId,
  title: `Sáng kiến ${n}`,
  authors: [author],
  positions: [],
  workplace: 'Công ty Điện lực',
  unit: 'CĐ Ngành Công thương',
  field: 'sx',
  benefitVnd: null,
  summary: '',
  source: null,
  duplicateOf: null,
  checks: [],
});
const scores = (n: number, x: number): ScoreRow[] =>
  ['TV01', 'TV02', 'TV03'].map((m, k) => ({
    row: n * 10 + k,
    initiativeId: `SK-000${n}`,
    memberId: m,
    scores: { TM: x * 3, HQ: x * 4, AD: x * 3 },
    comment: '',
    conflict: false,
  }));
const input = {
  initiatives: [init(1, 'Phạm Văn Hùng'), init(2, 'Lý Thị Mai')],
  members,
  rules: DEFAULT_RULES,
  scores: [...scores(1, 90), ...scores(2, 80)],
};

function asGrid(plan: ReturnType<typeof ballotSheetPlan>): SheetGrid {
  return { name: plan.name, values: plan.rows.map((r) => r.map((v) => (isPlanFormula(v) ? null : v))) };
}

describe('the "Biểu quyết" sheet', () => {
  it('lists each proposed person with the threshold ⌈2/3 × 9⌉ = 6 and a live result formula', () => {
    const plan = ballotSheetPlan(rank(input), []);
    expect(plan.rows[1]).toEqual(['Số thành viên Hội đồng: 9. Đề nghị được thông qua khi có ít nhất 6 phiếu đồng ý.']);
    expect(plan.rows[3]).toEqual([
      'STT',
      'Họ và tên',
      'Đơn vị công tác',
      'Mã SK',
      'Số phiếu đồng ý',
      'Danh sách',
      'Kết quả',
    ]);
    expect(plan.rows[4]!.slice(0, 6)).toEqual([
      1,
      'Phạm Văn Hùng',
      'Công ty Điện lực',
      'SK-0001',
      null,
      'UBND; TLĐ; Phóng sự',
    ]);
    expect(plan.rows[4]![6]).toEqual({ formula: '=IF(E5="","",IF(E5>=6,"Thông qua","Không thông qua"))' });
  });

  it('reads back the votes entered and keeps them on regeneration, even for someone no longer proposed', () => {
    const first = asGrid(ballotSheetPlan(rank(input), []));
    const filled: SheetGrid = {
      ...first,
      values: first.values.map((r, k) =>
        k === 4 ? r.map((v, c) => (c === 4 ? 6 : v)) : k === 5 ? r.map((v, c) => (c === 4 ? '5' : v)) : r,
      ),
    };
    const { votes, problems } = readBallot(filled);
    expect(problems).toEqual([]);
    expect(votes.map((v) => [v.initiativeId, v.name, v.yes])).toEqual([
      ['SK-0001', 'Phạm Văn Hùng', 6],
      ['SK-0002', 'Lý Thị Mai', 5],
    ]);
    const withVotes = rank({ ...input, votes });
    expect(withVotes.lists.ubnd.map((e) => e.ballot)).toEqual(['passed', 'failed']);
    // SK-0002 drops out of the proposals: its vote stays on the sheet, marked.
    const fewer = rank({ ...input, initiatives: [input.initiatives[0]!], scores: scores(1, 90), votes });
    const again = ballotSheetPlan(fewer, votes);
    expect(again.rows[4]![4]).toBe(6);
    expect(again.rows[5]!.slice(1, 6)).toEqual([
      'Lý Thị Mai',
      'Công ty Điện lực',
      'SK-0002',
      5,
      'Không còn trong danh sách đề nghị',
    ]);
  });

  it('reports unreadable vote counts and a missing sheet is no votes', () => {
    const { votes, problems } = readBallot({
      name: 'Biểu quyết',
      values: [
        ['Họ và tên', 'Đơn vị công tác', 'Mã SK', 'Số phiếu đồng ý'],
        ['A', 'X', 'SK-0001', 'bảy'],
        ['B', 'X', '', 3],
      ],
    });
    expect(votes).toEqual([{ row: 2, name: 'A', workplace: 'X', initiativeId: 'SK-0001', yes: null }]);
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['ranking.ballot.unreadableVotes', 2, 'D'],
      ['ranking.ballot.missingId', 3, 'C'],
    ]);
    expect(readBallot(null)).toEqual({ votes: [], problems: [] });
  });
});

describe('the words of "Biểu quyết", both directions', () => {
  const apply = (grid: SheetGrid, cells: readonly { row: number; col: number; value: unknown }[]): SheetGrid => ({
    ...grid,
    values: grid.values.map((line, r) =>
      line.map((v, c) => {
        const w = cells.find((x) => x.row === r && x.col === c);
        return w ? (w.value as SheetGrid['values'][number][number]) : v;
      }),
    ),
  });

  it('accepts the header typed many ways, and refuses a sheet without Mã SK or Số phiếu đồng ý', () => {
    const typed: SheetGrid = {
      name: 'Biểu quyết',
      values: [['Danh sách'], ['ho ten', 'Đơn vị', 'Ma-SK', 'SỐ PHIẾU ĐỒNG Ý (phiếu)'], ['Lê A', 'X', 'SK-0001', 4]],
    };
    expect(locateBallot(typed)).toEqual({ headerRow: 1, nameCol: 0, idCol: 2, yesCol: 3 });
    expect(readBallot(typed).votes).toEqual([
      { row: 3, name: 'Lê A', workplace: 'X', initiativeId: 'SK-0001', yes: 4 },
    ]);
    expect(locateBallot({ name: 'B', values: [['Họ và tên', 'Mã SK', 'Phiếu']] })).toBeNull();
  });

  it('reads the template it writes, and the votes the pane writes into it read back as entered', () => {
    const grid = asGrid(ballotSheetPlan(rank(input), []));
    const layout = locateBallot(grid)!;
    expect(grid.values[layout.headerRow]).toEqual(Object.values(BALLOT_HEADERS));
    expect(readBallot(grid).votes.map((v) => [v.initiativeId, v.name, v.yes])).toEqual([
      ['SK-0001', 'Phạm Văn Hùng', null],
      ['SK-0002', 'Lý Thị Mai', null],
    ]);
    const entries = [
      { initiativeId: 'SK-0002', name: 'Lý Thị Mai', yes: 7 },
      { initiativeId: 'sk-1', name: 'phạm văn hùng', yes: 0 },
      { initiativeId: 'SK-0009', name: 'Ai đó', yes: 3 },
    ];
    const writes = ballotCellWrites(grid, entries)!;
    expect(writes.notFound).toEqual([entries[2]]);
    expect(writes.cells.every((c) => c.col === layout.yesCol)).toBe(true);
    const votes = readBallot(apply(grid, writes.cells)).votes;
    expect(votes.map((v) => [v.initiativeId, v.yes])).toEqual([
      ['SK-0001', 0],
      ['SK-0002', 7],
    ]);
    // Regenerating from what was read writes the same votes again.
    const again = readBallot(asGrid(ballotSheetPlan(rank(input), votes))).votes;
    expect(again.map((v) => [v.initiativeId, v.name, v.yes])).toEqual(
      votes.map((v) => [v.initiativeId, v.name, v.yes]),
    );
  });

  it('reads a vote typed in the pane as the sheet reads it', () => {
    expect(parseVoteInput(' 5 ', 9)).toEqual({ ok: true, yes: 5 });
    expect(parseVoteInput('', 9)).toEqual({ ok: true, yes: null });
    expect(parseVoteInput('5,5', 9)).toEqual({ ok: false, reason: 'notWhole' });
    expect(parseVoteInput('10', 9)).toEqual({ ok: false, reason: 'tooMany' });
  });
});
