import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../council/rules';
import type { Initiative, InitiativeId, Member, MemberId, ScoreRow } from '../model';
import type { SheetGrid } from '../sheet/grid';
import { isPlanFormula } from '../sheet/plan';
import { ballotSheetPlan, readBallot } from './ballot-sheet';
import { rank } from './rank';

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
