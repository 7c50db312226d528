import { describe, expect, it } from 'vitest';
import { initiative, members, review, rules, skId } from '../../../test/ranking/builders';
import { aggregate } from './aggregate';
import { FlagBag, reviewFlags } from './flags';

const TV = members(4);

describe('the flags stage', () => {
  it('says what each initiative’s reviews show, in the order flags were raised', () => {
    const inits = [initiative(1), initiative(2), initiative(3, { duplicateOf: skId(1) })];
    const scores = [
      review(skId(1), 'TV01', 30, 40, 30),
      review(skId(1), 'TV02', 5, 5, 5),
      review(skId(1), 'TV03', 20, 20, 20),
      review(skId(1), 'TV04', 20, 20, 20, { conflict: true }),
      review(skId(2), 'TV01', 20, 20, 20),
    ];
    const r = rules();
    const bag = new FlagBag(inits.length);
    bag.add(0, { code: 'ranking.flag.boundaryTie' });
    reviewFlags(bag, inits, aggregate(inits, TV, r, scores), r, new Map());
    expect(bag.of(0).map((f) => f.code)).toEqual([
      'ranking.flag.boundaryTie',
      'ranking.flag.disagreement',
      'ranking.flag.conflict',
    ]);
    expect(bag.of(1)).toEqual([{ code: 'ranking.flag.incomplete', params: { valid: 1, min: 3 } }]);
    expect(bag.of(2)).toEqual([{ code: 'ranking.flag.duplicate', params: { of: skId(1) } }]);
  });
});
