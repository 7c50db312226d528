// The pivotal flag (SPEC §4): a disagreement where one review decides the outcome. Leaving out any
// one valid review (the mean of the others, rounded half-up to hundredths) must not put the score
// on the other side of an outcome line than the official score; where it does, the council is
// asked. Computed once, after tiers and lists, in exact integer hundredths.

import type { TierName, TierRule } from '../council/rules';
import { roundDiv } from './exact';
import type { ReviewTable } from './reviews';
import type { Hundredths, OutcomeLine, Pivot } from './types';

/** What the lines are drawn from, by initiative index. */
export interface LineFacts {
  readonly tiers: readonly TierRule[];
  /** The tier that stands (after rulings), by initiative index. */
  readonly tier: (i: number) => TierName | null;
  readonly official: (i: number) => Hundredths | null;
  readonly count: number;
  /** Tier index per group left pending by the "pending" boundary policy: its places count as taken. */
  readonly pending: readonly { readonly tier: number; readonly members: readonly number[] }[];
  /** Initiative index of the best initiative of each person on the UBND list. */
  readonly ubndBest: readonly number[];
}

/**
 * The outcome lines: for each tier, the lowest official score holding it when all its places are
 * taken, else its minimum; then the lowest best score on the UBND list. A tier with no place at
 * all (quota 0) and no holder draws no line.
 */
export function outcomeLines(f: LineFacts): OutcomeLine[] {
  const holders = f.tiers.map(() => 0);
  const lowest = f.tiers.map(() => Infinity);
  const index = new Map<TierName, number>(f.tiers.map((t, k) => [t.name, k]));
  const hold = (k: number, i: number): void => {
    holders[k]!++;
    const s = f.official(i);
    if (s !== null && s < lowest[k]!) lowest[k] = s;
  };
  for (let i = 0; i < f.count; i++) {
    const t = f.tier(i);
    const k = t === null ? undefined : index.get(t);
    if (k !== undefined) hold(k, i);
  }
  const pendingTier = new Set<number>();
  for (const g of f.pending) {
    pendingTier.add(g.tier);
    for (const i of g.members) hold(g.tier, i);
  }
  const lines: OutcomeLine[] = [];
  f.tiers.forEach((t, k) => {
    const full = pendingTier.has(k) || holders[k]! >= t.quota;
    if (full && lowest[k] === Infinity) return;
    lines.push({ kind: 'tier', tier: t.name, full, score: full ? lowest[k]! : t.minHundredths });
  });
  let ubnd = Infinity;
  for (const i of f.ubndBest) {
    const s = f.official(i);
    if (s !== null && s < ubnd) ubnd = s;
  }
  if (ubnd !== Infinity) lines.push({ kind: 'ubnd', score: ubnd });
  return lines;
}

/** A line L separates a and b when one is ≥ L and the other < L. */
export function separates(line: Hundredths, a: Hundredths, b: Hundredths): boolean {
  return a >= line !== b >= line;
}

/**
 * Initiative i's figures when leaving out one review moves its score across a line, else null.
 * `official` is the score that stands; the leave-one-out score is always the plain mean of the
 * others (SPEC §4), whatever the scoring method.
 */
export function pivotOf(
  table: ReviewTable,
  i: number,
  official: Hundredths,
  lines: readonly OutcomeLine[],
  memberId: (m: number) => string,
): Pivot | null {
  const s0 = table.start[i]!;
  const s1 = table.start[i + 1]!;
  const count = s1 - s0;
  if (count < 2 || lines.length === 0) return null;
  let sum = 0;
  for (let r = s0; r < s1; r++) sum += table.total[r]!;
  let crossed: boolean[] | null = null;
  for (let r = s0; r < s1; r++) {
    const without = roundDiv(sum - table.total[r]!, count - 1);
    lines.forEach((l, k) => {
      if (separates(l.score, official, without)) (crossed ??= lines.map(() => false))[k] = true;
    });
  }
  if (crossed === null) return null;
  const hit = crossed;
  const crossing = lines.filter((_, k) => hit[k]);
  const reviews: Pivot['reviews'][number][] = [];
  for (let r = s0; r < s1; r++) {
    const without = roundDiv(sum - table.total[r]!, count - 1);
    reviews.push({
      memberId: memberId(table.member[r]!),
      row: table.row[r]!,
      total: table.total[r]!,
      without,
      crosses: crossing.some((l) => separates(l.score, official, without)),
    });
  }
  return { official, lines: crossing, reviews };
}
