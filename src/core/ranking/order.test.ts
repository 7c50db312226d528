import { describe, expect, it } from 'vitest';
import type { Criterion, ScoreRow } from '../model';
import { dong, initiative, members, rules, skId } from '../../../test/ranking/builders';
import { aggregate } from './aggregate';
import { orderInitiatives } from './order';

const TV = members(3);

/** Two criteria of 1,000 points each; A (first of the largest weight × maximum) breaks ties. */
const WIDE: readonly Criterion[] = [
  { code: 'A', name: 'A', maxTenths: 10_000, weight: { num: 1, den: 1 } },
  { code: 'B', name: 'B', maxTenths: 10_000, weight: { num: 1, den: 1 } },
];

function same(n: number, a: number, b: number): ScoreRow[] {
  return TV.map((m, k) => ({
    row: n * 10 + k,
    initiativeId: skId(n),
    memberId: m.id,
    scores: { A: a, B: b },
    comment: '',
    conflict: false,
  }));
}

describe('the order stage', () => {
  it('puts 41.68 ahead of 41.67 even when the tie-break criterion is worth 1,000 points', () => {
    const inits = [initiative(1), initiative(2)];
    // SK-0001: (333.6 + 500) / 2000 → 41.68, tie-break mean 333.6; SK-0002: 833.4 / 2000 → 41.67, 833.4.
    const agg = aggregate(inits, TV, rules({ rubric: WIDE }), [...same(1, 3336, 5000), ...same(2, 8334, 0)]);
    expect([agg.official[0], agg.official[1]]).toEqual([4168, 4167]);
    expect([agg.tieBreak[0], agg.tieBreak[1]]).toEqual([33_360, 83_340]);
    const order = orderInitiatives(inits, agg);
    expect(order.ranked).toEqual([0, 1]);
    expect(Array.from(order.rankOf)).toEqual([1, 2]);
  });

  it('gives equal official, tie-break and benefit one rank and one group, ordered by Mã SK number', () => {
    const inits = [
      initiative(10, { benefitVnd: dong(5) }),
      initiative(9, { benefitVnd: dong(5) }),
      initiative(3),
      initiative(4),
    ];
    const scores = [
      ...same(10, 3000, 3000),
      ...same(9, 3000, 3000),
      ...same(3, 3000, 3000),
      ...same(4, 200, 100).slice(0, 2),
    ];
    const order = orderInitiatives(inits, aggregate(inits, TV, rules({ rubric: WIDE }), scores));
    expect(order.ranked).toEqual([1, 0, 2]);
    expect(Array.from(order.rankOf)).toEqual([1, 1, 3, 0]);
    expect(order.groups.map((g) => [g.start, g.end])).toEqual([
      [0, 2],
      [2, 3],
    ]);
    expect(order.unranked).toEqual([3]);
    expect(order.position[3]).toBe(Infinity);
  });
});
