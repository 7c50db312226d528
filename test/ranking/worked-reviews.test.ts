// Worked examples for SPEC §4 "Rubric", "Valid review", "Official score", "Complete", "Pass mark"
// and "Disagreement flag", each figure computed by hand in the comment beside it.

import { describe, expect, it } from 'vitest';
import { rank, type InitiativeResult, type RankResult } from '../../src/core/ranking';
import { initiative, members, review, reviewsWithTotals, rules, skId } from './builders';

const TV = members(6);
const IDS = TV.map((m) => m.id);

function get(result: RankResult, n: number): InitiativeResult {
  const r = result.initiatives.find((x) => x.initiative.id === skId(n));
  if (!r) throw new Error(`no ${skId(n)}`);
  return r;
}

describe('a reviewer total', () => {
  it('is the plain sum with default weights: 25,5 + 33 + 21,5 = 80,00', () => {
    const res = rank({
      initiatives: [initiative(1)],
      members: TV,
      rules: rules(),
      scores: [review(skId(1), 'TV01', 25.5, 33, 21.5)],
    });
    expect(get(res, 1).reviews[0]!.total).toBe(8000);
  });

  it('weights HQ double: 100 × (20 + 2·30 + 25) / (30 + 80 + 30) = 75,00, and 100 × 40/140 = 28,57', () => {
    const r = rules({
      rubric: [
        { code: 'TM', name: 'TM', maxTenths: 300, weight: { num: 1, den: 1 } },
        { code: 'HQ', name: 'HQ', maxTenths: 400, weight: { num: 2, den: 1 } },
        { code: 'AD', name: 'AD', maxTenths: 300, weight: { num: 1, den: 1 } },
      ],
    });
    const res = rank({
      initiatives: [initiative(1), initiative(2)],
      members: TV,
      rules: r,
      scores: [review(skId(1), 'TV01', 20, 30, 25), review(skId(2), 'TV01', 10, 10, 10)],
    });
    expect(get(res, 1).reviews[0]!.total).toBe(7500);
    expect(get(res, 2).reviews[0]!.total).toBe(2857);
  });

  it('rounds half-up exactly: one criterion out of 80, 66,7 → 100 × 66,7/80 = 83,375 → 83,38; 0,1 → 0,125 → 0,13', () => {
    const r = rules({
      rubric: [{ code: 'TM', name: 'TM', maxTenths: 800, weight: { num: 1, den: 3 } }],
      minReviews: 1,
    });
    const res = rank({
      initiatives: [initiative(1), initiative(2)],
      members: TV,
      rules: r,
      scores: [review(skId(1), 'TV01', 66.7, null, null), review(skId(2), 'TV01', 0.1, null, null)],
    });
    expect(get(res, 1).reviews[0]!.total).toBe(8338);
    expect(get(res, 2).reviews[0]!.total).toBe(13);
  });
});

describe('the official score', () => {
  it('is the mean of valid totals rounded half-up in integers: (50 + 50 + 50 + 50,1)/4 = 50,025 → 50,03 (floats say 50,02)', () => {
    const res = rank({
      initiatives: [initiative(1)],
      members: TV,
      rules: rules(),
      scores: reviewsWithTotals(skId(1), [50, 50, 50, 50.1], IDS),
    });
    expect(get(res, 1).official).toBe(5003);
    // Why integers: the float route rounds this boundary the wrong way.
    expect((200.1 / 4).toFixed(2)).toBe('50.02');
  });

  it('rounds (80 + 80 + 80,1)/3 = 80,0333… down to 80,03 and (80 + 80,1 + 80,1)/3 = 80,0666… up to 80,07', () => {
    const res = rank({
      initiatives: [initiative(1), initiative(2)],
      members: TV,
      rules: rules(),
      scores: [
        ...reviewsWithTotals(skId(1), [80, 80, 80.1], IDS),
        ...reviewsWithTotals(skId(2), [80, 80.1, 80.1], IDS),
      ],
    });
    expect(get(res, 1).official).toBe(8003);
    expect(get(res, 2).official).toBe(8007);
  });

  it('is the trimmed mean with 5 reviews when the rules say so: 60, 70, 75, 80, 95 → mean 76,00, trimmed 75,00', () => {
    const scores = reviewsWithTotals(skId(1), [60, 70, 75, 80, 95], IDS);
    const plain = get(rank({ initiatives: [initiative(1)], members: TV, rules: rules(), scores }), 1);
    expect(plain.official).toBe(7600);
    expect(plain.trimmed).toBe(7500);
    const trimmed = get(
      rank({ initiatives: [initiative(1)], members: TV, rules: rules({ scoreMethod: 'trimmed' }), scores }),
      1,
    );
    expect(trimmed.official).toBe(7500);
    expect(trimmed.mean).toBe(7600);
  });

  it('is not trimmed with only 4 reviews', () => {
    const scores = reviewsWithTotals(skId(1), [60, 70, 80, 95], IDS);
    const r = get(
      rank({ initiatives: [initiative(1)], members: TV, rules: rules({ scoreMethod: 'trimmed' }), scores }),
      1,
    );
    expect(r.trimmed).toBeNull();
    expect(r.official).toBe(7625);
  });

  it('takes the tie-break (HQ) mean over the same reviews as the trimmed score', () => {
    // Totals 60 (HQ 20), 70 (HQ 25), 75 (HQ 30), 80 (HQ 35), 95 (HQ 40): trimmed keeps HQ 25, 30, 35 → 30,00.
    const hq = [20, 25, 30, 35, 40];
    const scores = [60, 70, 75, 80, 95].flatMap((t, k) => reviewsWithTotals(skId(1), [t], [IDS[k]!], hq[k]));
    const r = get(
      rank({ initiatives: [initiative(1)], members: TV, rules: rules({ scoreMethod: 'trimmed' }), scores }),
      1,
    );
    expect(r.tieBreak).toBe(3000);
    const m = get(rank({ initiatives: [initiative(1)], members: TV, rules: rules(), scores }), 1);
    expect(m.tieBreak).toBe(3000);
    expect(m.criterionMeans['TM']).not.toBeNull();
  });
});

describe('valid reviews', () => {
  const base = [review(skId(1), 'TV01', 25, 30, 25), review(skId(1), 'TV02', 24, 31, 25)];

  it('do not count a review marked conflicted, and the initiative is flagged', () => {
    const res = rank({
      initiatives: [initiative(1)],
      members: TV,
      rules: rules(),
      scores: [...base, review(skId(1), 'TV03', 25, 30, 25, { conflict: true })],
    });
    const r = get(res, 1);
    expect(r.reviews).toHaveLength(2);
    expect(r.status).toBe('incomplete');
    expect(res.invalidReviews).toEqual([expect.objectContaining({ memberId: 'TV03', reasons: ['conflictDeclared'] })]);
    expect(r.flags.map((f) => f.code)).toContain('ranking.flag.conflict');
  });

  it('do not count a score out of range (TM 31 of 30) and name the criterion', () => {
    const res = rank({
      initiatives: [initiative(1)],
      members: TV,
      rules: rules(),
      scores: [...base, review(skId(1), 'TV03', 31, 30, 25)],
    });
    expect(res.invalidReviews[0]).toMatchObject({ reasons: ['outOfRange'], criteria: ['TM'] });
    expect(get(res, 1).reviews).toHaveLength(2);
    expect(res.problems.map((p) => p.code)).toContain('ranking.review.outOfRange');
  });

  it('do not count a reviewer missing from "Hội đồng"', () => {
    const res = rank({
      initiatives: [initiative(1)],
      members: TV,
      rules: rules(),
      scores: [...base, review(skId(1), 'TV99', 25, 30, 25)],
    });
    expect(res.invalidReviews[0]).toMatchObject({ memberId: 'TV99', reasons: ['notMember'] });
  });

  it("do not count a member reviewing a union listed in their 'Không chấm đơn vị', compared after folding", () => {
    const tv = members(3, (i) => (i === 2 ? { excludedUnits: ['LĐLĐ thành phố  Rạch Giá'] } : {}));
    const res = rank({
      initiatives: [initiative(1)],
      members: tv,
      rules: rules(),
      scores: [...base, review(skId(1), 'TV03', 25, 30, 25)],
    });
    expect(res.invalidReviews[0]).toMatchObject({ memberId: 'TV03', reasons: ['excludedUnit'] });
  });

  it('do not count a review with an empty or unreadable criterion', () => {
    const res = rank({
      initiatives: [initiative(1)],
      members: TV,
      rules: rules(),
      scores: [...base, review(skId(1), 'TV03', 25, null, 25), review(skId(1), 'TV04', 25, 'invalid', 25)],
    });
    expect(res.invalidReviews.map((v) => v.reasons)).toEqual([['missingScore'], ['unreadableScore']]);
  });

  it('count a pair entered twice once when every copy agrees', () => {
    const res = rank({
      initiatives: [initiative(1)],
      members: TV,
      rules: rules(),
      scores: [...base, review(skId(1), 'TV03', 25, 30, 25), review(skId(1), 'tv03 ', 25, 30, 25)],
    });
    expect(get(res, 1).reviews).toHaveLength(3);
    expect(get(res, 1).status).toBe('complete');
    expect(res.problems.map((p) => p.code)).toContain('ranking.review.duplicateCounted');
  });

  it('count a pair entered twice not at all when the copies differ', () => {
    const res = rank({
      initiatives: [initiative(1)],
      members: TV,
      rules: rules(),
      scores: [...base, review(skId(1), 'TV03', 25, 30, 25), review(skId(1), 'TV03', 25, 30, 24)],
    });
    expect(get(res, 1).reviews).toHaveLength(2);
    expect(res.invalidReviews[0]).toMatchObject({ memberId: 'TV03', reasons: ['duplicateDiffers'] });
    expect(res.invalidReviews[0]!.rows).toHaveLength(2);
  });

  it('leave pre-allocated empty rows out of the count without calling them invalid', () => {
    const res = rank({
      initiatives: [initiative(1)],
      members: TV,
      rules: rules(),
      scores: [...base, review(skId(1), 'TV03', null, null, null)],
    });
    expect(res.invalidReviews).toEqual([]);
    expect(get(res, 1).unscored).toBe(1);
    expect(res.counts.unscoredRows).toBe(1);
  });

  it('find an initiative whose id was typed short by hand ("sk-1" for SK-0001)', () => {
    const res = rank({
      initiatives: [initiative(1)],
      members: TV,
      rules: rules(),
      scores: [...base, review('sk-1', 'TV03', 25, 30, 25)],
    });
    expect(get(res, 1).reviews).toHaveLength(3);
  });

  it('list a review of an id not in the register', () => {
    const res = rank({
      initiatives: [initiative(1)],
      members: TV,
      rules: rules(),
      scores: [review('SK-0404', 'TV01', 25, 30, 25)],
    });
    expect(res.invalidReviews[0]).toMatchObject({ initiativeId: 'SK-0404', reasons: ['unknownInitiative'] });
  });
});

describe('completeness and the pass mark', () => {
  it('leaves an initiative with 2 of 3 valid reviews unranked, "Chưa đủ phiếu", without prize or proposal', () => {
    const res = rank({
      initiatives: [initiative(1), initiative(2)],
      members: TV,
      rules: rules(),
      scores: [...reviewsWithTotals(skId(1), [95, 95], IDS), ...reviewsWithTotals(skId(2), [60, 60, 60], IDS)],
    });
    const r = get(res, 1);
    expect(r).toMatchObject({ status: 'incomplete', rank: null, tier: null, passed: false, official: 9500 });
    expect(r.flags[0]).toEqual({ code: 'ranking.flag.incomplete', params: { valid: 2, min: 3 } });
    expect(res.lists.ubnd.map((e) => e.initiative)).toEqual([skId(2)]);
    expect(get(res, 2).rank).toBe(1);
  });

  it('passes at exactly 50,00 and not at 49,99', () => {
    const res = rank({
      initiatives: [initiative(1), initiative(2)],
      members: TV,
      rules: rules(),
      // 49,9 + 50 + 50,1 = 150 → 50,00; 49,9 + 50 + 50 = 149,9 → 49,966… → 49,97
      scores: [
        ...reviewsWithTotals(skId(1), [49.9, 50, 50.1], IDS),
        ...reviewsWithTotals(skId(2), [49.9, 50, 50], IDS),
      ],
    });
    expect(get(res, 1)).toMatchObject({ official: 5000, passed: true });
    expect(get(res, 2)).toMatchObject({ official: 4997, passed: false, rank: 2 });
  });

  it('does not rank a duplicate even when it is fully reviewed', () => {
    const res = rank({
      initiatives: [initiative(1), initiative(2, { duplicateOf: skId(1) })],
      members: TV,
      rules: rules(),
      scores: [...reviewsWithTotals(skId(1), [80, 80, 80], IDS), ...reviewsWithTotals(skId(2), [90, 90, 90], IDS)],
    });
    expect(get(res, 2)).toMatchObject({ status: 'duplicate', rank: null, tier: null });
    expect(get(res, 1).rank).toBe(1);
  });
});

describe('the disagreement flag', () => {
  const cases: [string, number[], boolean][] = [
    ['spread 20,0 exactly', [30, 50, 40], true],
    ['spread 19,9 within the band below 70', [50, 69.9, 55], false],
    // SPEC §4 (updated): the spread alone; totals on both sides of a tier minimum are no longer enough.
    ['spread 0,1 across 85 (84,9 and 85,0)', [84.9, 85, 85], false],
    ['spread 19,9 across two tier minimums (70 and 89,9)', [70, 80, 89.9], false],
    ['spread 20,1 within one band', [50, 70.1, 60], true],
    ['one band 80–85 with spread 4,9', [80, 84.9, 82], false],
  ];
  for (const [name, totals, flagged] of cases) {
    it(`${flagged ? 'is' : 'is not'} raised for ${name}`, () => {
      const res = rank({
        initiatives: [initiative(1)],
        members: TV,
        rules: rules(),
        scores: reviewsWithTotals(skId(1), totals, IDS),
      });
      expect(get(res, 1).flags.some((f) => f.code === 'ranking.flag.disagreement')).toBe(flagged);
    });
  }
});

describe('the calibrated score', () => {
  it('matches the hand computation over three initiatives and four reviewers (k = 10)', () => {
    // X: A 80, B 70, C 60; Y: A 90, B 80, C 70; Z: A 85, B 75, D 80.
    // d: A = 15, 15, 7,5 → b̂A = 37,5/13; B = 0, 0, −7,5 → b̂B = −7,5/13; C = −15, −15 → b̂C = −30/12 = −2,5; D = 0.
    // X = (80 − 37,5/13 + 70 + 7,5/13 + 60 + 2,5)/3 = (212,5 − 30/13)/3 = 70,064… → 70,06
    // Y = (242,5 − 30/13)/3 = 80,064… → 80,06;  Z = (240 − 30/13)/3 = 79,230… → 79,23
    const tv = members(4);
    const [A, B, C, D] = ['TV01', 'TV02', 'TV03', 'TV04'];
    const scores = [
      ...reviewsWithTotals(skId(1), [80, 70, 60], [A, B, C]),
      ...reviewsWithTotals(skId(2), [90, 80, 70], [A, B, C]),
      ...reviewsWithTotals(skId(3), [85, 75, 80], [A, B, D]),
    ];
    const res = rank({
      initiatives: [initiative(1), initiative(2), initiative(3)],
      members: tv,
      rules: rules(),
      scores,
    });
    expect(get(res, 1).calibrated).toBe(7006);
    expect(get(res, 2).calibrated).toBe(8006);
    expect(get(res, 3).calibrated).toBe(7923);
    // Advisory only: the official scores and order are the plain means.
    expect([get(res, 1).official, get(res, 2).official, get(res, 3).official]).toEqual([7000, 8000, 8000]);
  });

  it('equals the plain mean when no reviewer shares an initiative with another', () => {
    const res = rank({
      initiatives: [initiative(1)],
      members: TV,
      rules: rules({ minReviews: 1 }),
      scores: reviewsWithTotals(skId(1), [77.7], IDS),
    });
    expect(get(res, 1).calibrated).toBe(7770);
  });
});

describe("an initiative's valid reviews", () => {
  it('are read from the review table when asked, the same each time, and written out by JSON', () => {
    const res = rank({
      initiatives: [initiative(1), initiative(2)],
      members: TV,
      rules: rules(),
      scores: [
        review(skId(1), 'TV02', 25.5, 33, 21.5, { row: 2 }),
        review(skId(2), 'TV01', 20, 30, 20, { row: 3 }),
        review(skId(1), 'TV01', 20, 30, 25, { row: 4 }),
      ],
    });
    const r = get(res, 1);
    // In the order of "Chấm điểm": 25,5 + 33 + 21,5 = 80,00 and 20 + 30 + 25 = 75,00.
    expect(r.reviews).toEqual([
      { memberId: 'TV02', row: 2, total: 8000, scores: { TM: 255, HQ: 330, AD: 215 } },
      { memberId: 'TV01', row: 4, total: 7500, scores: { TM: 200, HQ: 300, AD: 250 } },
    ]);
    expect(r.reviews).toEqual(r.reviews);
    const plain = JSON.parse(JSON.stringify(r)) as InitiativeResult;
    expect(plain.reviews).toEqual(r.reviews);
    expect(plain.official).toBe(r.official);
    expect(get(res, 2).reviews.map((v) => v.memberId)).toEqual(['TV01']);
  });
});
