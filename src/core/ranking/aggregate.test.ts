import { describe, expect, it } from 'vitest';
import { initiative, members, review, rules, skId } from '../../../test/ranking/builders';
import { aggregate, passes } from './aggregate';

const TV = members(4).map((m) => m.id);

describe('the aggregate stage', () => {
  it('scores each initiative from its valid reviews and gives it a status', () => {
    const inits = [initiative(1), initiative(2), initiative(3, { duplicateOf: skId(1) })];
    const scores = [
      review(skId(1), TV[0]!, 30, 40, 30),
      review(skId(1), TV[1]!, 15, 20, 15),
      review(skId(1), TV[2]!, 15, 20, 15.1),
      review(skId(2), TV[0]!, 10, 10, 10),
    ];
    const r = rules();
    const agg = aggregate(inits, members(4), r, scores);
    expect(agg.status).toEqual(['complete', 'incomplete', 'duplicate']);
    // (100 + 50 + 50.1) / 3 = 66.7 (hundredths, half-up); HQ (the tie-break) (40 + 20 + 20) / 3 = 26.67.
    expect(agg.official[0]).toBe(6670);
    expect(agg.tieBreak[0]).toBe(2667);
    expect(agg.official[1]).toBe(3000);
    expect(agg.official[2]).toBe(-1);
    expect(r.rubric[agg.tieBreakIndex]!.code).toBe('HQ');
    expect([0, 1, 2].map((i) => passes(agg, r, i))).toEqual([true, false, false]);
  });
});
