// A reviewer's total = 100 × Σ wᶜ·xᶜ / Σ wᶜ·maxᶜ, rounded half-up to hundredths, exactly:
// scores are integer tenths and weights exact fractions, brought to one integer scale.

import type { Criterion } from '../model';
import { lcm, roundDiv, roundDivBig } from './exact';

export interface TotalScale {
  /** Integer weight per criterion, in rubric order (weights × the lcm of their denominators). */
  readonly weights: readonly number[];
  /** Σ weight × max, in tenths. */
  readonly denominator: number;
  /** False when weights are so large that plain numbers could lose a digit: BigInt is used then. */
  readonly safe: boolean;
}

export function totalScale(rubric: readonly Criterion[]): TotalScale {
  let den = 1;
  for (const c of rubric) den = lcm(den, Math.max(1, Math.abs(c.weight.den)));
  const weights = rubric.map((c) => (c.weight.num * den) / c.weight.den);
  let denominator = 0;
  for (let i = 0; i < rubric.length; i++) denominator += (weights[i] ?? 0) * (rubric[i]?.maxTenths ?? 0);
  // 2 × 10000 × Σwx + Σw·max must stay a safe integer (x ≤ max for every valid review).
  const safe =
    weights.every((w) => Number.isSafeInteger(w)) &&
    Number.isSafeInteger(denominator) &&
    denominator * 20_001 < Number.MAX_SAFE_INTEGER;
  return { weights, denominator, safe };
}

/** The total in hundredths of scores given in tenths, in rubric order (each within 0..max). */
export function reviewTotal(scale: TotalScale, tenths: ArrayLike<number>): number {
  if (scale.denominator <= 0) return 0;
  if (scale.safe) {
    let s = 0;
    for (let i = 0; i < scale.weights.length; i++) s += (scale.weights[i] ?? 0) * (tenths[i] ?? 0);
    return roundDiv(10_000 * s, scale.denominator);
  }
  let s = 0n;
  for (let i = 0; i < scale.weights.length; i++) {
    s += BigInt(Math.round(scale.weights[i] ?? 0)) * BigInt(tenths[i] ?? 0);
  }
  return Number(roundDivBig(10_000n * s, BigInt(Math.round(scale.denominator))));
}

/** The tie-break criterion: largest weight × maximum, the first such in rubric order. */
export function tieBreakIndex(rubric: readonly Criterion[]): number {
  let best = -1;
  let bestNum = 0;
  let bestDen = 1;
  rubric.forEach((c, i) => {
    // Compare w·max as fractions exactly: num·max/den.
    const num = c.weight.num * c.maxTenths;
    const den = c.weight.den;
    if (best < 0 || num * bestDen > bestNum * den) {
      best = i;
      bestNum = num;
      bestDen = den;
    }
  });
  return best;
}
