import { describe, expect, it } from 'vitest';
import { initiative, members, reviewsWithTotals, rules, skId } from '../../../test/ranking/builders';
import { aggregate } from './aggregate';
import { holdBallot } from './ballot';
import { FlagBag } from './flags';
import { proposeLists } from './lists';
import { orderInitiatives } from './order';
import { buildPersons, publicPersons } from './persons';
import { awardTiers } from './tiers';

const TV = members(3);
const IDS = TV.map((m) => m.id);

describe('the ballot stage', () => {
  it('matches each proposed person’s votes and passes those at ⌈fraction × members⌉ or more', () => {
    const inits = [initiative(1), initiative(2), initiative(3)];
    const scores = [90, 80, 70].flatMap((t, k) => reviewsWithTotals(skId(k + 1), [t, t, t], IDS));
    const r = rules({ ubnd: { ...rules().ubnd, min: 3, max: 3 } });
    const agg = aggregate(inits, TV, r, scores);
    const order = orderInitiatives(inits, agg);
    const flags = new FlagBag(3);
    const awards = awardTiers(agg, order, r, [], flags);
    const drafts = buildPersons(inits, order.position, r.coAuthorsArePersons);
    const lists = proposeLists(drafts, inits, agg, order, awards, r, flags);
    const people = publicPersons(drafts, inits, awards.tier);
    const votes = [
      { row: 2, initiativeId: skId(1), name: 'Tác giả 1', workplace: '', yes: 2 },
      { row: 3, initiativeId: skId(2), name: 'Tác giả 2', workplace: '', yes: 1 },
    ];
    const ballot = holdBallot(lists, inits, people, 3, { num: 2, den: 3 }, votes);
    expect(ballot.result.threshold).toBe(2);
    expect(ballot.ubnd.map((e) => [e.initiative, e.ballot, e.yes])).toEqual([
      [skId(1), 'passed', 2],
      [skId(2), 'failed', 1],
      [skId(3), 'noVote', null],
    ]);
    expect(ballot.ubnd[0]!.person).toBe(people.get(drafts.find((p) => p.best === 0)!));
    expect(ballot.problems).toEqual([]);
  });
});
