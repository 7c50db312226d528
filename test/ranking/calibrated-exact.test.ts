// The calibrated score against a reference written with exact BigInt fractions straight from the
// formula of SPEC §4, on data coarse enough that values land exactly on .5 boundaries often.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScoreRow } from '../../src/core/model';
import { rank } from '../../src/core/ranking';
import { initiative, members, rules, skId } from './builders';

interface Frac {
  n: bigint;
  d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x || 1n;
};
const frac = (n: bigint, d: bigint): Frac => {
  const g = gcd(n, d);
  return d < 0n ? { n: -n / g, d: -d / g } : { n: n / g, d: d / g };
};
const add = (a: Frac, b: Frac): Frac => frac(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Frac, b: Frac): Frac => add(a, { n: -b.n, d: b.d });
const div = (a: Frac, k: bigint): Frac => frac(a.n, a.d * k);
const mul = (a: Frac, b: Frac): Frac => frac(a.n * b.n, a.d * b.d);
/** Half-up (away from zero at .5), like the engine and Excel's ROUND. */
const round = (a: Frac): number => {
  const neg = a.n < 0n;
  const n = neg ? -a.n : a.n;
  const r = (2n * n + a.d) / (2n * a.d);
  return Number(neg ? -r : r);
};

/** Reference: totals per (initiative, reviewer) in hundredths → calibrated per initiative. */
function reference(reviews: Map<number, Map<string, number>>, k: number): Map<number, number> {
  const sumD = new Map<string, Frac>();
  const count = new Map<string, number>();
  for (const byMember of reviews.values()) {
    if (byMember.size < 2) continue;
    for (const [j, t] of byMember) {
      let others: Frac = { n: 0n, d: 1n };
      for (const [o, u] of byMember) if (o !== j) others = add(others, { n: BigInt(u), d: 1n });
      const d = sub({ n: BigInt(t), d: 1n }, div(others, BigInt(byMember.size - 1)));
      sumD.set(j, add(sumD.get(j) ?? { n: 0n, d: 1n }, d));
      count.set(j, (count.get(j) ?? 0) + 1);
    }
  }
  const bHat = (j: string): Frac => {
    const n = count.get(j) ?? 0;
    if (n === 0) return { n: 0n, d: 1n };
    const b = div(sumD.get(j)!, BigInt(n));
    return mul(b, frac(BigInt(n), BigInt(n + k)));
  };
  const out = new Map<number, number>();
  for (const [i, byMember] of reviews) {
    let s: Frac = { n: 0n, d: 1n };
    for (const [j, t] of byMember) s = add(s, sub({ n: BigInt(t), d: 1n }, bHat(j)));
    out.set(i, round(div(s, BigInt(byMember.size))));
  }
  return out;
}

describe('the calibrated score', () => {
  it('equals the exact-fraction reference, .5 boundaries included', () => {
    const tv = members(4);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            i: fc.integer({ min: 1, max: 5 }),
            m: fc.integer({ min: 0, max: 3 }),
            x: fc.integer({ min: 0, max: 10 }),
          }),
          { minLength: 1, maxLength: 25 },
        ),
        fc.constantFrom(10, 1, 3),
        (cells, k) => {
          // One review per (initiative, member): the first cell wins. Scores put all in TM (tenths × 30).
          const seen = new Map<number, Map<string, number>>();
          const scores: ScoreRow[] = [];
          for (const c of cells) {
            const id = tv[c.m]!.id;
            const byMember = seen.get(c.i) ?? new Map<string, number>();
            if (byMember.has(id)) continue;
            byMember.set(id, c.x * 300); // TM = 3·x points, HQ = AD = 0 → total 3·x points
            seen.set(c.i, byMember);
            scores.push({
              row: scores.length + 2,
              initiativeId: skId(c.i),
              memberId: id,
              scores: { TM: c.x * 30, HQ: 0, AD: 0 },
              comment: '',
              conflict: false,
            });
          }
          const res = rank({
            initiatives: [1, 2, 3, 4, 5].map((n) => initiative(n)),
            members: tv,
            rules: rules({ calibrationShrink: k, minReviews: 1 }),
            scores,
          });
          const want = reference(seen, k);
          for (const r of res.initiatives) {
            const n = Number(r.initiative.id.slice(3));
            expect(r.calibrated, r.initiative.id).toBe(want.get(n) ?? null);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
