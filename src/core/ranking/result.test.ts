import { describe, expect, it } from 'vitest';
import { initiative, members, review, reviewsWithTotals, rules, skId } from '../../../test/ranking/builders';
import { aggregate } from './aggregate';
import { FlagBag } from './flags';
import { proposeLists } from './lists';
import { orderInitiatives } from './order';
import { buildPersons } from './persons';
import { countResults, initiativeResults } from './result';
import { awardTiers } from './tiers';

const TV = members(3);
const IDS = TV.map((m) => m.id);

describe('the results stage', () => {
  it('lists the ranked initiatives first, then the others by Mã SK, and counts them', () => {
    const inits = [initiative(3), initiative(1), initiative(2)];
    const scores = [
      ...reviewsWithTotals(skId(2), [60, 60, 60], IDS),
      review(skId(1), 'TV01', 10, 10, 10),
      review(skId(3), 'TV01', 10, 10, 10),
      review(skId(3), 'TV02', 10, 10, 10, { conflict: true }),
    ];
    const r = rules();
    const agg = aggregate(inits, TV, r, scores);
    const order = orderInitiatives(inits, agg);
    const flags = new FlagBag(3);
    const awards = awardTiers(agg, order, r, [], flags);
    const lists = proposeLists(buildPersons(inits, order.position, false), inits, agg, order, awards, r, flags);
    const results = initiativeResults(inits, TV, r, agg, order, awards, lists, flags, new Map());
    expect(results.map((x) => [x.initiative.id, x.rank, x.official, x.reviewCount])).toEqual([
      [skId(2), 1, 6000, 3],
      [skId(1), null, 3000, 1],
      [skId(3), null, 3000, 1],
    ]);
    expect(results[0]!.reviews.map((v) => v.memberId)).toEqual(IDS);
    expect(countResults(agg, r, awards.perTier)).toMatchObject({
      registered: 3,
      complete: 1,
      incomplete: 2,
      passed: 1,
      validReviews: 5,
      invalidReviews: 1,
    });
  });
});
