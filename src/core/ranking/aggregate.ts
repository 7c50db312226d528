// Stage "aggregate" (SPEC §4): the valid reviews, each initiative's figures (official, trimmed,
// calibrated, tie-break mean, spread) and its status. Typed arrays, one slot per initiative.

import type { Rules } from '../council/rules';
import type { Initiative, Member, ScoreRow } from '../model';
import { calibratedScores } from './calibrate';
import { buildReviews, idKey, type ReviewTable } from './reviews';
import { computeStats, criterionMean, orNull, type StatsTable } from './stats';
import { tieBreakIndex } from './totals';
import type { Status } from './types';

export interface Aggregate {
  readonly table: ReviewTable;
  readonly stats: StatsTable;
  /** Advisory calibrated score per initiative, NaN where none. */
  readonly calibrated: Float64Array;
  readonly status: readonly Status[];
  /** Official score in hundredths (an integer), −1 where there is none. */
  readonly official: Float64Array;
  /** Mean of the tie-break criterion in hundredths of its points (an integer), −1 where none. */
  readonly tieBreak: Float64Array;
  /** Rubric index of the tie-break criterion, −1 with an empty rubric. */
  readonly tieBreakIndex: number;
}

export function aggregate(
  initiatives: readonly Initiative[],
  members: readonly Member[],
  rules: Rules,
  scores: readonly ScoreRow[],
): Aggregate {
  const n = initiatives.length;
  const table = buildReviews(initiatives, members, rules, scores);
  const memberIds = members.map((m) => idKey(m.id));
  const tb = tieBreakIndex(rules.rubric);
  const calibrated = calibratedScores(table, members.length, rules.calibrationShrink);
  const stats = computeStats(table, rules, memberIds);
  const status: Status[] = new Array<Status>(n);
  const official = new Float64Array(n);
  const tieBreak = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const init = initiatives[i]!;
    official[i] = orNull(stats.official[i]!) ?? -1;
    tieBreak[i] = tb >= 0 ? (criterionMean(table, stats, i, tb) ?? -1) : -1;
    status[i] =
      init.duplicateOf !== null ? 'duplicate' : stats.count[i]! >= rules.minReviews ? 'complete' : 'incomplete';
  }
  return { table, stats, calibrated, status, official, tieBreak, tieBreakIndex: tb };
}

/** Passed (SPEC §4): complete, and the official score reaches the pass mark. */
export function passes(agg: Aggregate, rules: Rules, i: number): boolean {
  return agg.status[i] === 'complete' && agg.official[i]! >= rules.passMarkHundredths;
}
