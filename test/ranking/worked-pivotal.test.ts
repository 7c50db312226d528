// Worked examples for SPEC §4 "Pivotal flag": one per kind of outcome line (a full tier, a tier
// with places left, the UBND list), on both sides of it, with 3 and 5 reviews and a group of
// equal rank; and the council's agenda built from them.

import { describe, expect, it } from 'vitest';
import type { Rules } from '../../src/core/council/rules';
import type { ScoreRow } from '../../src/core/model';
import { rank, rankJson, type InitiativeResult, type RankResult } from '../../src/core/ranking';
import { initiative, members, reviewsWithTotals, rules, skId, SMALL_TIERS } from './builders';

const TV = members(7);
const IDS = TV.map((m) => m.id);

function byId(result: RankResult, n: number): InitiativeResult {
  const r = result.initiatives.find((x) => x.initiative.id === skId(n));
  if (!r) throw new Error(`no ${skId(n)}`);
  return r;
}

/** The two flags of the disagreement rules (small councils also raise list flags: too few persons). */
const codes = (r: InitiativeResult): string[] =>
  r.flags.map((f) => f.code).filter((c) => c.endsWith('disagreement') || c.endsWith('pivotal'));

/** The agenda's questions about scores: ties and pivotal disagreements. */
const scoreQuestions = (res: RankResult): RankResult['agenda'] =>
  res.agenda.filter((a) => /Tie$|pivotal$|tierOverQuota$/.test(a.flag.code));

/** Initiatives n with these review totals (points); HQ 40 % of each total, so equal totals tie. */
function council(entries: readonly [number, readonly number[]][], over: Partial<Rules> = {}): RankResult {
  const scores: ScoreRow[] = entries.flatMap(([n, totals]) => reviewsWithTotals(skId(n), totals, IDS));
  return rank({
    initiatives: entries.map(([n]) => initiative(n)),
    members: TV,
    rules: rules({ tiers: SMALL_TIERS, ...over }),
    scores,
  });
}

/** A passing initiative low enough to hold the UBND line (every passing person is on the list). */
const LOW: [number, number[]] = [20, [51, 51, 51]];

describe('the pivotal flag at a full tier (Nhất 1 ≥ 85, Nhì 2 ≥ 80)', () => {
  // SK1 100, 95, 75 → 90,00 holds Nhất (full: line 90,00). SK2 88 and SK3 87,00 fill Nhì (line 87,00).
  const res = council([[1, [100, 95, 75]], [2, [88, 88, 88]], [3, [100, 95, 90, 85, 65]], [4, [60, 40, 41]], LOW]);

  it('draws the lines: the lowest score holding a full tier, the minimum of one with places left, the UBND line', () => {
    expect(res.lines).toEqual([
      { kind: 'tier', tier: 'Nhất', full: true, score: 9000 },
      { kind: 'tier', tier: 'Nhì', full: true, score: 8700 },
      { kind: 'tier', tier: 'Ba', full: false, score: 7500 },
      { kind: 'tier', tier: 'Khuyến khích', full: false, score: 7000 },
      { kind: 'ubnd', score: 5100 },
    ]);
  });

  it('flags the holder at the line (3 reviews): without the 100 the score is 85,00, under 90 and 87; without the 95, 87,50', () => {
    const r = byId(res, 1);
    expect(r.official).toBe(9000);
    expect(r.tier).toBe('Nhất');
    expect(codes(r)).toEqual(['ranking.flag.disagreement', 'ranking.flag.pivotal']);
    expect({ ...r.pivot, reviews: r.pivot?.reviews.map(({ row: _row, ...rest }) => rest) }).toEqual({
      official: 9000,
      lines: [
        { kind: 'tier', tier: 'Nhất', full: true, score: 9000 },
        { kind: 'tier', tier: 'Nhì', full: true, score: 8700 },
      ],
      reviews: [
        { memberId: 'TV01', total: 10000, without: 8500, crosses: true },
        { memberId: 'TV02', total: 9500, without: 8750, crosses: true },
        { memberId: 'TV03', total: 7500, without: 9750, crosses: false },
      ],
    });
    expect(r.flags.find((f) => f.code === 'ranking.flag.pivotal')).toEqual({
      code: 'ranking.flag.pivotal',
      params: { member: 'TV01', total: 100, without: 85, score: 90, line: 90, lineName: 'Nhất' },
    });
  });

  it('flags one below the line (5 reviews): without the 65 the score is 92,50, over 90; without 100, 95 or 90 it falls under Nhì', () => {
    const r = byId(res, 3);
    // 435 / 5 = 87,00; without each: 335/4 = 83,75 · 340/4 = 85,00 · 345/4 = 86,25 · 350/4 = 87,50 · 370/4 = 92,50
    expect(r.official).toBe(8700);
    expect(r.tier).toBe('Nhì');
    expect(r.pivot?.reviews.map((x) => [x.without, x.crosses])).toEqual([
      [8375, true],
      [8500, true],
      [8625, true],
      [8750, false],
      [9250, true],
    ]);
    expect(r.pivot?.lines).toEqual([
      { kind: 'tier', tier: 'Nhất', full: true, score: 9000 },
      { kind: 'tier', tier: 'Nhì', full: true, score: 8700 },
    ]);
  });

  it('keeps a disagreement that no single review decides a mark, not a question', () => {
    // 60, 40, 41 → 47,00: without each 40,50 · 50,50 · 50,00, all under the UBND line 51 like 47.
    const r = byId(res, 4);
    expect(codes(r)).toEqual(['ranking.flag.disagreement']);
    expect(r.pivot).toBeNull();
    expect(res.agenda.some((a) => a.initiatives.includes(skId(4)))).toBe(false);
  });

  it('does not flag reviews that agree', () => {
    expect(byId(res, 2).pivot).toBeNull();
    expect(codes(byId(res, 2))).toEqual([]);
  });
});

describe('the pivotal flag at a tier with places left (Khuyến khích 3 ≥ 70: the line is its minimum)', () => {
  const res = council([
    // 82, 67, 62 → 70,33 (Khuyến khích): without 82 → 64,50, under 70; without 62 → 74,50, still under Ba's 75.
    [5, [82, 67, 62]],
    // 78, 70, 58 → 68,67 (no prize): without 58 → 74,00, at or over 70.
    [6, [78, 70, 58]],
    LOW,
  ]);

  it('flags the holder above the minimum', () => {
    const r = byId(res, 5);
    expect([r.official, r.tier]).toEqual([7033, 'Khuyến khích']);
    expect(r.pivot?.lines).toEqual([{ kind: 'tier', tier: 'Khuyến khích', full: false, score: 7000 }]);
    expect(r.pivot?.reviews.map((x) => [x.without, x.crosses])).toEqual([
      [6450, true],
      [7200, false],
      [7450, false],
    ]);
  });

  it('flags the one just below it', () => {
    const r = byId(res, 6);
    expect([r.official, r.tier]).toEqual([6867, null]);
    expect(r.pivot?.lines).toEqual([{ kind: 'tier', tier: 'Khuyến khích', full: false, score: 7000 }]);
    expect(r.pivot?.reviews.map((x) => x.crosses)).toEqual([false, false, true]);
  });

  it('puts both to the council as prize questions, in ranking order', () => {
    expect(scoreQuestions(res).map((a) => [a.scope, a.flag.code, a.initiatives])).toEqual([
      ['prize', 'ranking.flag.pivotal', [skId(5)]],
      ['prize', 'ranking.flag.pivotal', [skId(6)]],
    ]);
    expect(scoreQuestions(res)[0]!.pivot).toBe(byId(res, 5).pivot);
  });
});

describe('the pivotal flag at the UBND line (no prize places; the list cut at 2 persons)', () => {
  const noPrizes = SMALL_TIERS.map((t) => ({ ...t, quota: 0 }));
  const res = council(
    [
      [1, [80, 80, 80]],
      [2, [85, 75, 50]], // 70,00: the second person, the lowest best score on the list
      [3, [80, 75, 50]], // 68,33: without 50 → 77,50
      [4, [60, 60, 60]],
    ],
    { tiers: noPrizes, ubnd: { min: 2, max: 2, floorHundredths: 9900 } },
  );

  it('draws only the UBND line when no tier has a place', () => {
    expect(res.lines).toEqual([{ kind: 'ubnd', score: 7000 }]);
    expect(res.lists.ubnd.map((e) => e.initiative)).toEqual([skId(1), skId(2)]);
  });

  it('flags the last person on the list: without the 85 the score is 62,50', () => {
    const r = byId(res, 2);
    expect(r.pivot?.reviews.map((x) => [x.without, x.crosses])).toEqual([
      [6250, true],
      [6750, true],
      [8000, false],
    ]);
  });

  it('flags the first left off: without the 50 the score is 77,50', () => {
    expect(byId(res, 3).pivot?.reviews.map((x) => [x.without, x.crosses])).toEqual([
      [6250, false],
      [6500, false],
      [7750, true],
    ]);
  });

  it('asks about them under the UBND list, and rank --json carries both flags', () => {
    expect(scoreQuestions(res).map((a) => [a.scope, a.initiatives[0]])).toEqual([
      ['ubnd', skId(2)],
      ['ubnd', skId(3)],
    ]);
    const json = rankJson(res) as { initiatives: { id: string; flags: string[] }[]; lines: unknown[] };
    const flags = new Map(json.initiatives.map((x) => [x.id, x.flags]));
    expect(flags.get(skId(2))?.filter((c) => c.endsWith('disagreement') || c.endsWith('pivotal'))).toEqual([
      'ranking.flag.disagreement',
      'ranking.flag.pivotal',
    ]);
    expect(flags.get(skId(1))).toEqual([]);
    expect(json.lines).toEqual([{ kind: 'ubnd', score: 70 }]);
  });
});

describe('the pivotal flag in a group of equal rank', () => {
  // SK2 92, 82, 72 and SK3, SK4 82 ×3: equal score and HQ mean (32,8), one rank, three for two Nhì places.
  const res = council([[1, [90, 90, 90]], [2, [92, 82, 72]], [3, [82, 82, 82]], [4, [82, 82, 82]], LOW]);

  it('the overflowing group fills Nhì, whose line is the group score; only the member that disagrees is pivotal', () => {
    expect([2, 3, 4].map((n) => [byId(res, n).rank, byId(res, n).tier])).toEqual([
      [2, 'Nhì'],
      [2, 'Nhì'],
      [2, 'Nhì'],
    ]);
    expect(res.lines[1]).toEqual({ kind: 'tier', tier: 'Nhì', full: true, score: 8200 });
    expect(byId(res, 2).pivot?.lines).toEqual([{ kind: 'tier', tier: 'Nhì', full: true, score: 8200 }]);
    expect(byId(res, 2).pivot?.reviews.map((x) => [x.without, x.crosses])).toEqual([
      [7700, true],
      [8200, false],
      [8700, false],
    ]);
    expect(byId(res, 3).pivot).toBeNull();
    expect(byId(res, 4).pivot).toBeNull();
  });

  it('asks one question for the tied group, then the pivotal member, after the tier over its quota', () => {
    expect(scoreQuestions(res).map((a) => [a.scope, a.flag.code, a.initiatives])).toEqual([
      ['prize', 'ranking.list.tierOverQuota', []],
      ['prize', 'ranking.flag.boundaryTie', [skId(2), skId(3), skId(4)]],
      ['prize', 'ranking.flag.pivotal', [skId(2)]],
    ]);
  });
});

describe("the council's agenda", () => {
  it('puts a prize before the national list even when the prize question ranks lower', () => {
    // SK1 holds Nhất without a benefit amount (national candidate); SK2 92, 82, 72 → 82,00 holds Nhì
    // with a place left (line 80): without the 92 it is 77,00.
    const res = council([[1, [90, 90, 90]], [2, [92, 82, 72]], LOW]);
    const order = res.agenda.map((a) => `${a.scope} ${a.flag.code} ${a.initiatives.join(',')}`);
    expect(order).toEqual([
      `prize ranking.flag.pivotal ${skId(2)}`,
      'national ranking.list.nationalTooFew ',
      `national ranking.flag.nationalMissingBenefit ${skId(1)}`,
      `national ranking.flag.nationalMissingBenefit ${skId(2)}`,
      'ubnd ranking.list.ubndTooFew ',
      'media ranking.list.mediaFieldsFilled ',
      'media ranking.list.mediaTooFew ',
    ]);
  });
});
