// The documents over what the real ranking engine decides (not a hand-made result): the lists,
// the results and the minutes say exactly what the RankResult says.

import { describe, expect, it } from 'vitest';
import type { ScoreRow } from '../../src/core/model';
import { buildReports } from '../../src/core/reports';
import { rank, type BallotVote, type RankResult } from '../../src/core/ranking';
import type { SheetPlan } from '../../src/core/sheet/plan';
import { COUNCIL, RULES, initiative, member } from './builders';
import { rowWith, tableRows } from './read-plan';

const MEMBERS = [...COUNCIL, member(5, 'Đỗ Văn Năm'), member(6, 'Ngô Thị Sáu')];
const FIELDS = ['sx', 'gd', 'yt', 'mt', 'at', 'cc'] as const;

const initiatives = Array.from({ length: 140 }, (_, i) =>
  initiative({
    n: i + 1,
    author: `Người số ${i + 1}`,
    workplace: `Đơn vị ${(i % 9) + 1}`,
    unit: `LĐLĐ huyện ${(i % 5) + 1}`,
    field: FIELDS[i % 6]!,
    benefit: i % 4 === 0 ? null : (i + 1) * 10_000_000,
    ...(i >= 130 ? { duplicateOf: i - 129 } : {}),
  }),
);

// Three reviewers each; scores fall with the id so the order is known, with ties every few rows.
const scores: ScoreRow[] = [];
let row = 2;
for (let i = 0; i < 130; i++) {
  const reviewers = i % 17 === 5 ? 2 : 3; // some initiatives stay incomplete
  for (let j = 0; j < reviewers; j++) {
    const base = 1000 - Math.floor(i / 2) * 6;
    scores.push({
      row: row++,
      initiativeId: initiatives[i]!.id,
      memberId: MEMBERS[(i + j) % MEMBERS.length]!.id,
      scores: { TM: Math.min(300, Math.round(base * 0.3)), HQ: Math.min(400, Math.round(base * 0.4)), AD: Math.min(300, Math.round(base * 0.3)) },
      comment: '',
      conflict: false,
    });
  }
}

function dataNames(plan: SheetPlan, header: string, from = 0): string[] {
  return tableRows(plan, header, from)
    .filter((r) => typeof r[0] === 'number')
    .map((r) => r[1] as string);
}

function reports(result: RankResult) {
  return buildReports({ result, members: MEMBERS, rules: RULES, today: '2021-05-05' });
}

describe('the documents over the ranking engine', () => {
  const before = rank({ initiatives, members: MEMBERS, rules: RULES, scores });
  const plans = reports(before).plans;
  const byRole = new Map(plans.map((p) => [p.role, p]));

  it('list every UBND proposal, prize groups first, each group in the list\'s order', () => {
    const names = dataNames(byRole.get('ubnd')!, 'STT');
    const tierOf = new Map(before.initiatives.map((r) => [r.initiative.id, r.tier]));
    const order = ['Nhất', 'Nhì', 'Ba', 'Khuyến khích', null];
    const expected = [...before.lists.ubnd]
      .map((e, i) => ({ e, i, g: order.indexOf(tierOf.get(e.initiative) ?? null) }))
      .sort((a, b) => a.g - b.g || a.i - b.i)
      .map((x) => x.e.person.name);
    expect(before.lists.ubnd.length).toBeGreaterThan(0);
    expect(names).toEqual(expected);
  });

  it('show every initiative in "Kết quả xét duyệt" with the engine\'s rank and score', () => {
    const rows = tableRows(byRole.get('results')!, 'Hạng');
    expect(rows.map((r) => r[1])).toEqual(before.initiatives.map((r) => r.initiative.id));
    expect(rows.map((r) => r[0])).toEqual(before.initiatives.map((r) => r.rank));
    expect(rows.map((r) => r[9])).toEqual(before.initiatives.map((r) => (r.official === null ? null : r.official / 100)));
  });

  it('count in the minutes what the engine counted', () => {
    const minutes = byRole.get('minutes')!;
    const counts = tableRows(minutes, 'STT', rowWith(minutes, 'II. KẾT QUẢ XÉT DUYỆT')).map((r) => r[4]);
    const c = before.counts;
    expect(counts.slice(0, 6)).toEqual([c.registered, c.registered - c.duplicates, c.duplicates, c.reviewed, c.complete, c.passed]);
  });

  it('name the national and media candidates in the engine\'s order', () => {
    expect(dataNames(byRole.get('national')!, 'STT')).toEqual(before.lists.national.map((e) => e.person.name));
    expect(dataNames(byRole.get('media')!, 'STT')).toEqual(before.lists.media.map((e) => e.person.name));
  });

  it('keep only proposals that passed the ballot once votes are entered', () => {
    const failing = before.ballot.proposals[1]!;
    const votes: BallotVote[] = before.ballot.proposals.map((p, k) => ({
      row: k + 2,
      name: p.person.name,
      workplace: p.person.workplace,
      initiativeId: p.initiative,
      yes: p === failing ? 1 : MEMBERS.length,
    }));
    const after = rank({ initiatives, members: MEMBERS, rules: RULES, scores, votes });
    expect(after.ballot.votesEntered).toBe(true);
    const ubnd = reports(after).plans.find((p) => p.role === 'ubnd')!;
    const names = dataNames(ubnd, 'STT');
    expect(names).not.toContain(failing.person.name);
    expect(names).toHaveLength(after.lists.ubnd.filter((e) => e.ballot === 'passed').length);
  });
});
