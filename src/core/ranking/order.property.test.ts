// The order against a slow, plainly written reference (SPEC §4): over random rubrics (maxima 1 to
// 1,000 points, weights 1 to 100) each initiative's official score and tie-break mean are worked
// out here with BigInt from the raw scores, sorted with a plain comparator, and compared with
// rank() — with the score rows in any order.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion, Initiative, ScoreRow } from '../model';
import { dong, initiative, members, rules, skId } from '../../../test/ranking/builders';
import { rank, rankedIds } from './rank';

const TV = members(4);

/** Half-up division of non-negative BigInts. */
function halfUp(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den);
}

interface Row {
  readonly id: string;
  readonly number: number;
  readonly official: bigint;
  readonly tieBreak: bigint;
  readonly benefit: number | null;
}

function referenceOrder(
  rubric: readonly Criterion[],
  initiatives: readonly Initiative[],
  scores: readonly ScoreRow[],
): string[] {
  // Tie-break criterion: the largest weight × maximum, the first such in rubric order.
  let tb = 0;
  rubric.forEach((c, i) => {
    if (c.weight.num * c.maxTenths > rubric[tb]!.weight.num * rubric[tb]!.maxTenths) tb = i;
  });
  const den = rubric.reduce((s, c) => s + BigInt(c.weight.num * c.maxTenths), 0n);
  const rows: Row[] = [];
  for (const init of initiatives) {
    const mine = scores.filter((s) => s.initiativeId === init.id);
    if (mine.length < 3) continue;
    let totals = 0n;
    let tbSum = 0n;
    for (const s of mine) {
      let weighted = 0n;
      for (const c of rubric) weighted += BigInt(c.weight.num) * BigInt(s.scores[c.code] as number);
      totals += halfUp(10_000n * weighted, den);
      tbSum += BigInt(s.scores[rubric[tb]!.code] as number);
    }
    const n = BigInt(mine.length);
    rows.push({
      id: init.id,
      number: Number(init.id.slice(3)),
      official: halfUp(totals, n),
      tieBreak: halfUp(tbSum * 10n, n),
      benefit: init.benefitVnd,
    });
  }
  rows.sort((a, b) => {
    if (a.official !== b.official) return a.official > b.official ? -1 : 1;
    if (a.tieBreak !== b.tieBreak) return a.tieBreak > b.tieBreak ? -1 : 1;
    const ba = a.benefit ?? -1;
    const bb = b.benefit ?? -1;
    if (ba !== bb) return bb - ba;
    return a.number - b.number;
  });
  return rows.map((r) => r.id);
}

const arbCase = fc
  .record({
    criteria: fc.array(
      fc.record({ max: fc.integer({ min: 1, max: 1000 }), weight: fc.integer({ min: 1, max: 100 }) }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    count: fc.integer({ min: 1, max: 12 }),
    reviews: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 12, maxLength: 12 }),
    // Fractions of each maximum on a coarse grid, so that equal scores and equal means are common.
    marks: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 12 * 4 * 4, maxLength: 12 * 4 * 4 }),
    benefits: fc.array(fc.option(fc.constantFrom(1, 2), { nil: null }), { minLength: 12, maxLength: 12 }),
    // Twins: the last criterion weighs what the first does, and every other initiative copies the
    // one before it with points moved from the first criterion to the last (same official score,
    // another tie-break mean) and nudged by a few tenths (officials a few hundredths apart).
    twins: fc.boolean(),
    shift: fc.integer({ min: 0, max: 4 }),
    nudge: fc.integer({ min: -30, max: 30 }),
    seed: fc.integer(),
  })
  .map(({ criteria, count, reviews, marks, benefits, twins, shift, nudge, seed }) => {
    const first = criteria[0]!;
    if (twins) criteria = [...criteria, first];
    const rubric: Criterion[] = criteria.map((c, i) => ({
      code: `C${i + 1}`,
      name: `Tiêu chí ${i + 1}`,
      maxTenths: c.max * 10,
      weight: { num: c.weight, den: 1 },
    }));
    const initiatives = Array.from({ length: count }, (_, k) =>
      initiative(k + 1, { benefitVnd: benefits[k] === null || benefits[k] === undefined ? null : dong(benefits[k]) }),
    );
    const scores: ScoreRow[] = [];
    let m = 0;
    const last = rubric[rubric.length - 1]!.code;
    for (let k = 0; k < count; k++) {
      const twin = twins && k % 2 === 1;
      for (let r = 0; r < reviews[twin ? k - 1 : k]!; r++) {
        const values: Record<string, number> = {};
        if (twin) {
          const model = scores.find((s) => s.initiativeId === skId(k) && s.memberId === TV[r]!.id)!.scores;
          Object.assign(values, model);
          const moved = Math.min((values.C1! * shift) / 4, rubric[0]!.maxTenths - values[last]!);
          values.C1 = values.C1! - Math.floor(moved);
          values[last] = values[last]! + Math.floor(moved);
          if (r === 0) values.C1 = Math.max(0, Math.min(rubric[0]!.maxTenths, values.C1 + nudge));
        } else for (const c of rubric) values[c.code] = Math.floor((c.maxTenths * marks[m++ % marks.length]!) / 4);
        scores.push({
          row: scores.length + 2,
          initiativeId: skId(k + 1),
          memberId: TV[r]!.id,
          scores: values,
          comment: '',
          conflict: false,
        });
      }
    }
    return { rubric, initiatives, scores, seed };
  });

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('the order against a plain reference', () => {
  it('is the reference order over random rubrics, whatever the order of the score rows', () => {
    fc.assert(
      fc.property(arbCase, ({ rubric, initiatives, scores, seed }) => {
        const r = rules({ rubric });
        const expected = referenceOrder(rubric, initiatives, scores);
        expect(rankedIds(rank({ initiatives, members: TV, rules: r, scores }))).toEqual(expected);
        const again = rank({
          initiatives: shuffled(initiatives, seed),
          members: TV,
          rules: r,
          scores: shuffled(scores, seed + 1),
        });
        expect(rankedIds(again)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
