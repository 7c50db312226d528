// Each initiative's figures from its valid reviews: mean, trimmed mean, the official score, the
// tie-break and criterion means over the same reviews, spread and the disagreement flag. Kept in
// typed arrays (one slot per initiative) so a national register allocates nothing per initiative.

import type { Rules } from '../council/rules';
import { roundDiv } from './exact';
import type { ReviewTable } from './reviews';
import type { Hundredths } from './types';

export interface StatsTable {
  readonly count: Int32Array;
  /** Hundredths; NaN where there is no valid review (or too few to trim). */
  readonly mean: Float64Array;
  readonly trimmed: Float64Array;
  readonly official: Float64Array;
  /** Review index dropped as lowest / highest by the trimmed official score, −1 when none. */
  readonly droppedLow: Int32Array;
  readonly droppedHigh: Int32Array;
  /** max − min of the valid totals; NaN with fewer than two. */
  readonly spread: Float64Array;
  readonly disagreement: Uint8Array;
}

export function computeStats(table: ReviewTable, rules: Rules, memberIds: readonly string[]): StatsTable {
  const n = table.start.length - 1;
  const out: StatsTable = {
    count: new Int32Array(n),
    mean: new Float64Array(n).fill(Number.NaN),
    trimmed: new Float64Array(n).fill(Number.NaN),
    official: new Float64Array(n).fill(Number.NaN),
    droppedLow: new Int32Array(n).fill(-1),
    droppedHigh: new Int32Array(n).fill(-1),
    spread: new Float64Array(n).fill(Number.NaN),
    disagreement: new Uint8Array(n),
  };
  const t = table.total;
  for (let i = 0; i < n; i++) {
    const s0 = table.start[i]!;
    const s1 = table.start[i + 1]!;
    const count = s1 - s0;
    out.count[i] = count;
    if (count === 0) continue;
    let sum = 0;
    let lo = s0;
    let hi = s0;
    for (let r = s0; r < s1; r++) {
      const x = t[r]!;
      sum += x;
      // Ties for the dropped review go by member id, so the result never depends on row order.
      const id = memberIds[table.member[r]!]!;
      if (x < t[lo]! || (x === t[lo]! && id < memberIds[table.member[lo]!]!)) lo = r;
      if (x > t[hi]! || (x === t[hi]! && id > memberIds[table.member[hi]!]!)) hi = r;
    }
    const mean = roundDiv(sum, count);
    out.mean[i] = mean;
    const canTrim = count >= rules.trimmedMinReviews && count >= 3;
    if (canTrim) out.trimmed[i] = roundDiv(sum - t[lo]! - t[hi]!, count - 2);
    const useTrimmed = rules.scoreMethod === 'trimmed' && canTrim;
    out.official[i] = useTrimmed ? out.trimmed[i]! : mean;
    if (useTrimmed) {
      out.droppedLow[i] = lo;
      out.droppedHigh[i] = hi;
    }
    if (count >= 2) {
      const spread = t[hi]! - t[lo]!;
      out.spread[i] = spread;
      // SPEC §4: the spread alone; whether one review decides the outcome is the pivotal flag's call.
      out.disagreement[i] = spread >= rules.disagreementSpreadHundredths ? 1 : 0;
    }
  }
  return out;
}

/** A NaN slot as null: the JSON- and sheet-friendly form of "no value". */
export function orNull(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

/** Mean of criterion c (in hundredths) over the reviews behind the official score of initiative i. */
export function criterionMean(table: ReviewTable, stats: StatsTable, i: number, c: number): Hundredths | null {
  const s0 = table.start[i]!;
  const s1 = table.start[i + 1]!;
  const lo = stats.droppedLow[i]!;
  const hi = stats.droppedHigh[i]!;
  let sum = 0;
  let n = 0;
  for (let r = s0; r < s1; r++) {
    if (r === lo || r === hi) continue;
    sum += table.tenths[r * table.criteria + c]!;
    n++;
  }
  return n === 0 ? null : roundDiv(sum * 10, n);
}
