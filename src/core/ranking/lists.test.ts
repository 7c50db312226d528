import { describe, expect, it } from 'vitest';
import { initiative, members, reviewsWithTotals, rules, skId } from '../../../test/ranking/builders';
import { aggregate } from './aggregate';
import { FlagBag } from './flags';
import { proposeLists } from './lists';
import { orderInitiatives } from './order';
import { buildPersons } from './persons';
import { awardTiers } from './tiers';

const TV = members(3);
const IDS = TV.map((m) => m.id);

describe('the lists stage', () => {
  it('never splits a group of equal rank at the UBND cut, and flags the initiatives it took in whole', () => {
    const inits = [initiative(1), initiative(2), initiative(3)];
    const scores = [90, 80, 80].flatMap((t, k) => reviewsWithTotals(skId(k + 1), [t, t, t], IDS));
    const r = rules({ ubnd: { min: 2, max: 2, floorHundredths: 7000 } });
    const agg = aggregate(inits, TV, r, scores);
    const order = orderInitiatives(inits, agg);
    const flags = new FlagBag(3);
    const awards = awardTiers(agg, order, r, [], flags);
    const lists = proposeLists(buildPersons(inits, order.position, false), inits, agg, order, awards, r, flags);
    expect(lists.ubnd.map((e) => e.person.best)).toEqual([0, 1, 2]);
    const cutTie = (i: number): boolean => flags.of(i).some((f) => f.code === 'ranking.flag.ubndCutTie');
    expect([0, 1, 2].map(cutTie)).toEqual([false, true, true]);
  });
});
