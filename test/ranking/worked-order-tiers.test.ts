// Worked examples for SPEC §4 "Order", "Prize tiers" and the council's rulings in "Quyết định".

import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, type TierName } from '../../src/core/council/rules';
import type { ScoreRow } from '../../src/core/model';
import {
  NO_PRIZE,
  rank,
  rankedIds,
  type Decision,
  type InitiativeResult,
  type RankResult,
} from '../../src/core/ranking';
import { dong, initiative, members, reviewsWithTotals, rules, skId, SMALL_TIERS } from './builders';

const TV = members(5);
const IDS = TV.map((m) => m.id);

function byId(result: RankResult, id: string): InitiativeResult {
  const r = result.initiatives.find((x) => x.initiative.id === id);
  if (!r) throw new Error(`no ${id}`);
  return r;
}

/** Three equal reviews per initiative: official = the given total exactly. */
function scored(entries: readonly [number, number, number?][]): ScoreRow[] {
  return entries.flatMap(([n, total, hq]) => reviewsWithTotals(skId(n), [total, total, total], IDS, hq));
}

describe('the order', () => {
  it('breaks equal scores by the HQ mean, then benefit (none lowest), and gives equal rank 1, 2, 2, 4 ordered by Mã SK number', () => {
    const inits = [
      initiative(1), // 80, HQ 30
      initiative(2), // 80, HQ 32 → before SK-0001
      initiative(3, { benefitVnd: dong(100_000_000) }), // 78, HQ 31, benefit → before SK-0004
      initiative(4), // 78, HQ 31, no benefit
      initiative(9999), // 76 exactly equal to SK-10000
      initiative(10000, { id: 'SK-10000' }),
      initiative(5), // 90 → rank 1
    ];
    const scores = [
      ...scored([
        [1, 80, 30],
        [2, 80, 32],
        [3, 78, 31],
        [4, 78, 31],
        [9999, 76, 30],
        [5, 90, 36],
      ]),
      ...reviewsWithTotals('SK-10000', [76, 76, 76], IDS, 30),
    ];
    const res = rank({ initiatives: inits, members: TV, rules: rules(), scores });
    expect(rankedIds(res)).toEqual([skId(5), skId(2), skId(1), skId(3), skId(4), skId(9999), 'SK-10000']);
    expect(res.initiatives.slice(0, 7).map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 6]);
  });

  it('ranks an exact three-way tie 1, 2, 2, 2, 5', () => {
    const res = rank({
      initiatives: [1, 2, 3, 4, 5].map((n) => initiative(n)),
      members: TV,
      rules: rules(),
      scores: scored([
        [1, 90],
        [4, 85],
        [2, 85],
        [3, 85],
        [5, 70],
      ]),
    });
    expect(res.initiatives.map((r) => [r.initiative.id, r.rank])).toEqual([
      [skId(1), 1],
      [skId(2), 2],
      [skId(3), 2],
      [skId(4), 2],
      [skId(5), 5],
    ]);
  });
});

describe('prize tiers (Nhất 1 ≥ 85, Nhì 2 ≥ 80, Ba 2 ≥ 75, Khuyến khích 3 ≥ 70)', () => {
  // 90 | 88 | 84 = 84 | 79 | 74 | 72 | 71 | 70,5 | 65
  const entries: [number, number][] = [
    [1, 90],
    [2, 88],
    [3, 84],
    [4, 84],
    [5, 79],
    [6, 74],
    [7, 72],
    [8, 71],
    [9, 70.5],
    [10, 65],
  ];
  const inits = entries.map(([n]) => initiative(n));
  const tiersOf = (res: RankResult): (TierName | null)[] => entries.map(([n]) => byId(res, skId(n)).tier);

  it('walks groups into the first tier with room whose minimum they meet, and overflows a tied group flagged "đồng hạng tại ranh giới"', () => {
    const res = rank({
      initiatives: inits,
      members: TV,
      rules: rules({ tiers: SMALL_TIERS }),
      scores: scored(entries),
    });
    // 90 Nhất (full) · 88 Nhì · 84 = 84 into 1 free Nhì place: both Nhì, flagged · 79 Ba · 74 misses Ba's 75 → KK · 72 KK · 71 KK (full) · 70,5 nothing left
    expect(tiersOf(res)).toEqual([
      'Nhất',
      'Nhì',
      'Nhì',
      'Nhì',
      'Ba',
      'Khuyến khích',
      'Khuyến khích',
      'Khuyến khích',
      null,
      null,
    ]);
    expect(byId(res, skId(3)).flags).toContainEqual({
      code: 'ranking.flag.boundaryTie',
      params: { tier: 'Nhì', size: 2, free: 1 },
    });
    expect(byId(res, skId(4)).flags.map((f) => f.code)).toContain('ranking.flag.boundaryTie');
    expect(res.counts.perTier).toEqual({ Nhất: 1, Nhì: 3, Ba: 1, 'Khuyến khích': 3 });
    expect(res.listFlags).toContainEqual({
      code: 'ranking.list.tierOverQuota',
      params: { tier: 'Nhì', count: 3, quota: 2 },
    });
  });

  it('leaves the tied group pending under the "pending" policy and counts its places as taken', () => {
    const res = rank({
      initiatives: inits,
      members: TV,
      rules: rules({ tiers: SMALL_TIERS, boundaryTiePolicy: 'pending' }),
      scores: scored(entries),
    });
    expect(tiersOf(res)).toEqual([
      'Nhất',
      'Nhì',
      null,
      null,
      'Ba',
      'Khuyến khích',
      'Khuyến khích',
      'Khuyến khích',
      null,
      null,
    ]);
    expect(byId(res, skId(3)).pending).toBe(true);
    expect(byId(res, skId(4)).flags.map((f) => f.code)).toContain('ranking.flag.pendingTie');
  });

  it("applies the council's rulings visibly: a tier overrides, 'Không xếp giải' removes", () => {
    const decisions: Decision[] = [
      { row: 5, initiativeId: skId(3), ruling: 'Nhì', note: 'Hiệu quả cao hơn' },
      { row: 6, initiativeId: 'sk-4', ruling: 'Ba', note: '' }, // typed short by hand
      { row: 7, initiativeId: skId(7), ruling: NO_PRIZE, note: 'Đã nhận giải năm trước' },
    ];
    const res = rank({
      initiatives: inits,
      members: TV,
      rules: rules({ tiers: SMALL_TIERS, boundaryTiePolicy: 'pending' }),
      scores: scored(entries),
      decisions,
    });
    expect(tiersOf(res)).toEqual(['Nhất', 'Nhì', 'Nhì', 'Ba', 'Ba', 'Khuyến khích', null, 'Khuyến khích', null, null]);
    expect(byId(res, skId(3))).toMatchObject({ pending: false, walkTier: null, decision: decisions[0] });
    expect(byId(res, skId(4)).flags).toContainEqual({ code: 'ranking.flag.decisionTier', params: { ruling: 'Ba' } });
    expect(byId(res, skId(7)).flags).toContainEqual({
      code: 'ranking.flag.decisionNoPrize',
      params: { ruling: NO_PRIZE },
    });
  });

  it('refuses a ruling for an unranked or unknown initiative, and rulings that disagree', () => {
    const res = rank({
      initiatives: [...inits, initiative(11)],
      members: TV,
      rules: rules({ tiers: SMALL_TIERS }),
      scores: scored(entries),
      decisions: [
        { row: 5, initiativeId: skId(11), ruling: 'Nhất', note: '' },
        { row: 6, initiativeId: 'SK-0999', ruling: 'Nhất', note: '' },
        { row: 7, initiativeId: skId(1), ruling: 'Nhất', note: '' },
        { row: 8, initiativeId: skId(1), ruling: 'Nhì', note: '' },
      ],
    });
    expect(res.problems.map((p) => [p.code, p.row])).toEqual([
      ['ranking.decision.notRanked', 5],
      ['ranking.decision.unknownInitiative', 6],
      ['ranking.decision.conflicting', 7],
      ['ranking.decision.conflicting', 8],
    ]);
    expect(byId(res, skId(1)).tier).toBe('Nhất');
    expect(byId(res, skId(11)).tier).toBeNull();
  });

  it('gives a top group below the first minimum the next tier it meets, and never goes back up', () => {
    const e: [number, number][] = [
      [1, 84],
      [2, 83],
      [3, 82],
      [4, 81],
    ];
    const res = rank({
      initiatives: e.map(([n]) => initiative(n)),
      members: TV,
      rules: rules({ tiers: SMALL_TIERS }),
      scores: scored(e),
    });
    expect(e.map(([n]) => byId(res, skId(n)).tier)).toEqual(['Nhì', 'Nhì', 'Ba', 'Ba']);
  });

  it('gives no prize to a complete initiative below the pass mark even with a tier minimum under it', () => {
    const low = rules({ tiers: [{ name: 'Khuyến khích', quota: 5, minHundredths: 4000 }] });
    const e: [number, number][] = [
      [1, 55],
      [2, 45],
    ];
    const res = rank({ initiatives: e.map(([n]) => initiative(n)), members: TV, rules: low, scores: scored(e) });
    expect(e.map(([n]) => byId(res, skId(n)).tier)).toEqual(['Khuyến khích', null]);
  });
});

describe('ties at each default tier boundary', () => {
  const tiers = DEFAULT_RULES.tiers;
  tiers.forEach((tier, t) => {
    it(`overflow ${tier.name} (quota ${tier.quota}) with a pair tied at ${tier.minHundredths / 100} for its last place`, () => {
      // Fill earlier tiers exactly, then quota − 1 above the minimum, then a tied pair at the minimum.
      const entries: [number, number][] = [];
      let n = 1;
      for (let u = 0; u < t; u++) for (let q = 0; q < tiers[u]!.quota; q++) entries.push([n++, 99 - u]);
      for (let q = 0; q < tier.quota - 1; q++) entries.push([n++, tier.minHundredths / 100 + 0.1 * (tier.quota - q)]);
      const pair = [n++, n++];
      entries.push([pair[0]!, tier.minHundredths / 100], [pair[1]!, tier.minHundredths / 100]);
      const after = n++;
      entries.push([after, tier.minHundredths / 100 - 0.1]);
      const res = rank({
        initiatives: entries.map(([k]) => initiative(k)),
        members: TV,
        rules: rules(),
        scores: scored(entries),
      });
      for (const k of pair) {
        const r = byId(res, skId(k));
        expect(r.tier).toBe(tier.name);
        expect(r.flags).toContainEqual({
          code: 'ranking.flag.boundaryTie',
          params: { tier: tier.name, size: 2, free: 1 },
        });
      }
      expect(res.counts.perTier[tier.name]).toBe(tier.quota + 1);
      expect(byId(res, skId(after)).tier).toBe(tiers[t + 1]?.name ?? null);
    });
  });
});
