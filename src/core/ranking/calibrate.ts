// The calibrated score (SPEC §4): advisory, shown beside the official score, never decides.
// For reviewer j over the valid reviews j shares with at least one other reviewer,
//   bⱼ = mean of (j's total − mean of the others' totals),  b̂ⱼ = bⱼ·nⱼ/(nⱼ+k) = Σd / (nⱼ+k),
// and an initiative's calibrated score = mean over its valid reviews of (total − b̂ⱼ), rounded
// half-up. Each d = (m·t − S)/(m−1) is a fraction; scaled by L = lcm of every (m−1) they are
// integers, so the sums are exact. The last step runs in floats and falls back to BigInt
// fractions only when the value lies within reach of a .5 rounding boundary.

import { gcdBig, lcm, roundDivBig } from './exact';
import type { ReviewTable } from './reviews';

/** k as an exact fraction (a setting like 10 or 7.5). */
function shrinkFraction(k: number): { num: number; den: number } {
  let den = 1;
  while (!Number.isInteger(k * den) && den < 1_000_000) den *= 10;
  return { num: Math.round(k * den), den };
}

/** Calibrated score per initiative in hundredths, NaN where it has no valid review. */
export function calibratedScores(table: ReviewTable, memberCount: number, shrink: number): Float64Array {
  const n = table.start.length - 1;
  const { start, member, total } = table;
  let L = 1;
  let reviews = 0;
  for (let i = 0; i < n; i++) {
    const m = start[i + 1]! - start[i]!;
    if (m >= 2) {
      L = lcm(L, m - 1);
      reviews += m;
    }
  }
  const k = shrinkFraction(Math.max(0, shrink));
  const nj = new Float64Array(memberCount);
  const useBig = !(L * 20_000 * Math.max(1, reviews) < Number.MAX_SAFE_INTEGER);
  const A = new Float64Array(memberCount);
  const Abig: bigint[] = useBig ? new Array<bigint>(memberCount).fill(0n) : [];
  for (let i = 0; i < n; i++) {
    const s0 = start[i]!;
    const s1 = start[i + 1]!;
    const m = s1 - s0;
    if (m < 2) continue;
    let S = 0;
    for (let r = s0; r < s1; r++) S += total[r]!;
    const f = L / (m - 1);
    for (let r = s0; r < s1; r++) {
      const j = member[r]!;
      nj[j]!++;
      if (useBig) Abig[j] = Abig[j]! + BigInt(m * total[r]! - S) * BigInt(f);
      else A[j]! += (m * total[r]! - S) * f;
    }
  }
  // b̂ⱼ = Aⱼ·kD / (L·(nⱼ·kD + kN)) as numerator and denominator.
  const bNum: bigint[] = [];
  const bDen: bigint[] = [];
  const bFloat = new Float64Array(memberCount);
  for (let j = 0; j < memberCount; j++) {
    const a = useBig ? Abig[j]! : BigInt(A[j]!);
    const d = BigInt(L) * (BigInt(nj[j]!) * BigInt(k.den) + BigInt(k.num));
    bNum.push(a * BigInt(k.den));
    bDen.push(d === 0n ? 1n : d);
    bFloat[j] = d === 0n ? 0 : Number(a * BigInt(k.den)) / Number(d);
  }

  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s0 = start[i]!;
    const s1 = start[i + 1]!;
    const m = s1 - s0;
    if (m === 0) {
      out[i] = Number.NaN;
      continue;
    }
    let sum = 0;
    for (let r = s0; r < s1; r++) sum += total[r]! - bFloat[member[r]!]!;
    const x = sum / m;
    const frac = x - Math.floor(x);
    if (Math.abs(frac - 0.5) > 1e-6) {
      out[i] = Math.floor(x + 0.5);
      continue;
    }
    // Too close to call in floats: the exact fraction decides.
    let num = 0n;
    let den = 1n;
    for (let r = s0; r < s1; r++) {
      const j = member[r]!;
      const tn = BigInt(total[r]!) * bDen[j]! - bNum[j]!;
      num = num * bDen[j]! + tn * den;
      den = den * bDen[j]!;
      const g = gcdBig(num, den);
      if (g > 1n) {
        num /= g;
        den /= g;
      }
    }
    out[i] = Number(roundDivBig(num, den * BigInt(m)));
  }
  return out;
}
