// One initiative's figures from its valid reviews: mean, trimmed mean, the official score, the
// tie-break and criterion means over the same reviews, spread and the disagreement flag.

import type { Rules } from '../council/rules';
import { roundDiv } from './exact';
import type { ReviewTable } from './reviews';
import type { Hundredths } from './types';

export interface InitiativeStats {
  readonly count: number;
  readonly mean: Hundredths | null;
  readonly trimmed: Hundredths | null;
  readonly official: Hundredths | null;
  /** Review index dropped as lowest / highest by the trimmed official score, −1 when none. */
  readonly droppedLow: number;
  readonly droppedHigh: number;
  readonly spread: Hundredths | null;
  readonly disagreement: boolean;
}

/** Band of a total among the tier minimums (≥ 85, 80–85, …, < 70; lower bound included). */
export function band(total: Hundredths, minimumsDesc: readonly number[]): number {
  let b = 0;
  while (b < minimumsDesc.length && total < minimumsDesc[b]!) b++;
  return b;
}

export function initiativeStats(
  table: ReviewTable,
  i: number,
  rules: Rules,
  memberIds: readonly string[],
  minimumsDesc: readonly number[],
): InitiativeStats {
  const s0 = table.start[i]!;
  const s1 = table.start[i + 1]!;
  const n = s1 - s0;
  if (n === 0) {
    return {
      count: 0,
      mean: null,
      trimmed: null,
      official: null,
      droppedLow: -1,
      droppedHigh: -1,
      spread: null,
      disagreement: false,
    };
  }
  const t = table.total;
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
  const mean = roundDiv(sum, n);
  const trimmed = n >= rules.trimmedMinReviews && n >= 3 ? roundDiv(sum - t[lo]! - t[hi]!, n - 2) : null;
  const useTrimmed = rules.scoreMethod === 'trimmed' && trimmed !== null;
  const spread = t[hi]! - t[lo]!;
  const disagreement =
    n >= 2 &&
    (spread >= rules.disagreementSpreadHundredths || band(t[hi]!, minimumsDesc) !== band(t[lo]!, minimumsDesc));
  return {
    count: n,
    mean,
    trimmed,
    official: useTrimmed ? trimmed : mean,
    droppedLow: useTrimmed ? lo : -1,
    droppedHigh: useTrimmed ? hi : -1,
    spread: n >= 2 ? spread : null,
    disagreement,
  };
}

/** Mean of criterion c (in hundredths) over the reviews behind the official score. */
export function criterionMean(table: ReviewTable, i: number, c: number, stats: InitiativeStats): Hundredths | null {
  const s0 = table.start[i]!;
  const s1 = table.start[i + 1]!;
  let sum = 0;
  let n = 0;
  for (let r = s0; r < s1; r++) {
    if (r === stats.droppedLow || r === stats.droppedHigh) continue;
    sum += table.tenths[r * table.criteria + c]!;
    n++;
  }
  return n === 0 ? null : roundDiv(sum * 10, n);
}
