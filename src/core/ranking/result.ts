// Stage "results": each initiative's result and the counts, in ranking order (ranked first, then
// the others by Mã SK), from what the earlier stages computed.

import type { Rules, TierName } from '../council/rules';
import type { Initiative, Member } from '../model';
import { passes, type Aggregate } from './aggregate';
import type { FlagBag } from './flags';
import type { DraftLists } from './lists';
import type { Order } from './order';
import type { ReviewTable } from './reviews';
import { criterionMean, orNull } from './stats';
import type { Awards } from './tiers';
import type { Counts, Decision, Flag, InitiativeResult, Pivot, Status, ValidReview } from './types';

/** Where a result reads its valid reviews from: the review table and what its indexes point to. */
interface ReviewSource {
  readonly table: ReviewTable;
  readonly members: readonly Member[];
  readonly codes: readonly string[];
}

/**
 * One initiative's result. Its valid reviews stay in the review table's typed arrays and become
 * objects only when asked for: a national register would otherwise keep 750,000 of them (about
 * 120 MB at 250,000 initiatives) that the sheets never read, since they show only the count.
 */
export class Result implements InitiativeResult {
  readonly initiative: Initiative;
  readonly status: Status;
  readonly rank: number | null;
  readonly position: number | null;
  readonly reviewCount: number;
  readonly unscored: number;
  readonly official: number | null;
  readonly mean: number | null;
  readonly trimmed: number | null;
  readonly calibrated: number | null;
  readonly tieBreak: number | null;
  readonly criterionMeans: Readonly<Record<string, number | null>>;
  readonly spread: number | null;
  readonly passed: boolean;
  readonly walkTier: TierName | null;
  readonly tier: TierName | null;
  readonly pending: boolean;
  readonly decision: Decision | null;
  readonly flags: readonly Flag[];
  readonly onLists: InitiativeResult['onLists'];
  readonly pivot: Pivot | null;
  readonly #source: ReviewSource;
  readonly #index: number;

  constructor(source: ReviewSource, index: number, f: Omit<InitiativeResult, 'reviews'>) {
    this.initiative = f.initiative;
    this.status = f.status;
    this.rank = f.rank;
    this.position = f.position;
    this.reviewCount = f.reviewCount;
    this.unscored = f.unscored;
    this.official = f.official;
    this.mean = f.mean;
    this.trimmed = f.trimmed;
    this.calibrated = f.calibrated;
    this.tieBreak = f.tieBreak;
    this.criterionMeans = f.criterionMeans;
    this.spread = f.spread;
    this.passed = f.passed;
    this.walkTier = f.walkTier;
    this.tier = f.tier;
    this.pending = f.pending;
    this.decision = f.decision;
    this.flags = f.flags;
    this.onLists = f.onLists;
    this.pivot = f.pivot;
    this.#source = source;
    this.#index = index;
  }

  get reviews(): readonly ValidReview[] {
    const { table, members, codes } = this.#source;
    const k = table.criteria;
    const out: ValidReview[] = [];
    for (let r = table.start[this.#index]!; r < table.start[this.#index + 1]!; r++) {
      const scores: Record<string, number> = {};
      for (let c = 0; c < k; c++) scores[codes[c]!] = table.tenths[r * k + c]!;
      out.push({ memberId: members[table.member[r]!]!.id, row: table.row[r]!, total: table.total[r]!, scores });
    }
    return out;
  }

  /** Plain data, as the other results are: the reviews written out. */
  toJSON(): InitiativeResult {
    return { ...this, reviews: this.reviews };
  }
}

// The eight combinations of list membership, shared rather than allocated per initiative.
const ON_LISTS = Array.from({ length: 8 }, (_, m) => ({
  ubnd: (m & 1) !== 0,
  national: (m & 2) !== 0,
  media: (m & 4) !== 0,
}));

export function initiativeResults(
  initiatives: readonly Initiative[],
  members: readonly Member[],
  rules: Rules,
  agg: Aggregate,
  order: Order,
  awards: Awards,
  lists: DraftLists,
  flags: FlagBag,
  pivots: ReadonlyMap<number, Pivot>,
): InitiativeResult[] {
  const { table, stats, calibrated, tieBreak } = agg;
  const n = initiatives.length;
  const codes = rules.rubric.map((c) => c.code);
  const k = table.criteria;
  const onUbnd = new Set(lists.ubnd.map((e) => e.person.best));
  const onNational = new Set(lists.national.map((e) => e.person.best));
  const onMedia = new Set(lists.media.map((e) => e.person.best));
  const reviewSource: ReviewSource = { table, members, codes };
  const results: InitiativeResult[] = new Array<InitiativeResult>(n);
  for (let i = 0; i < n; i++) {
    const criterionMeans: Record<string, number | null> = {};
    for (let c = 0; c < k; c++) criterionMeans[codes[c]!] = criterionMean(table, stats, i, c);
    const cal = calibrated[i]!;
    results[i] = new Result(reviewSource, i, {
      initiative: initiatives[i]!,
      status: agg.status[i]!,
      rank: order.rankOf[i]! > 0 ? order.rankOf[i]! : null,
      position: order.position[i] === Infinity ? null : order.position[i]!,
      reviewCount: table.start[i + 1]! - table.start[i]!,
      unscored: table.unscored[i]!,
      official: orNull(stats.official[i]!),
      mean: orNull(stats.mean[i]!),
      trimmed: orNull(stats.trimmed[i]!),
      calibrated: Number.isNaN(cal) ? null : cal,
      tieBreak: tieBreak[i]! >= 0 ? tieBreak[i]! : null,
      criterionMeans,
      spread: orNull(stats.spread[i]!),
      passed: passes(agg, rules, i),
      walkTier: awards.walkTier[i] ?? null,
      tier: awards.tier[i] ?? null,
      pending: awards.pending[i] === 1,
      decision: awards.ruled.get(i)?.decision ?? null,
      flags: flags.of(i),
      onLists: ON_LISTS[(onUbnd.has(i) ? 1 : 0) | (onNational.has(i) ? 2 : 0) | (onMedia.has(i) ? 4 : 0)]!,
      pivot: pivots.get(i) ?? null,
    });
  }
  return [...order.ranked, ...order.unranked].map((i) => results[i]!);
}

export function countResults(agg: Aggregate, rules: Rules, perTier: Readonly<Record<TierName, number>>): Counts {
  const { stats, status, table } = agg;
  const n = status.length;
  let duplicates = 0;
  let reviewed = 0;
  let complete = 0;
  let incomplete = 0;
  let passedCount = 0;
  let unscoredRows = 0;
  for (let i = 0; i < n; i++) {
    if (status[i] === 'duplicate') duplicates++;
    else if (status[i] === 'complete') complete++;
    else incomplete++;
    if (stats.count[i]! > 0) reviewed++;
    if (passes(agg, rules, i)) passedCount++;
    unscoredRows += table.unscored[i]!;
  }
  return {
    registered: n,
    duplicates,
    reviewed,
    complete,
    incomplete,
    passed: passedCount,
    validReviews: table.start[n]!,
    invalidReviews: table.invalid.length,
    unscoredRows,
    perTier: { ...perTier },
  };
}
