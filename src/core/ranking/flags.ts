// Flags per initiative, collected by the stages as they go (tiers, rulings, lists, reviews) and
// kept in the order they were raised; most initiatives get none, so no array is made for them.

import type { Rules } from '../council/rules';
import type { Initiative, Member } from '../model';
import type { Aggregate } from './aggregate';
import type { DraftLists } from './lists';
import type { Order } from './order';
import { outcomeLines, pivotOf } from './pivotal';
import { orNull } from './stats';
import type { Awards } from './tiers';
import type { Flag, OutcomeLine, Pivot } from './types';

export class FlagBag {
  readonly #flags: (Flag[] | undefined)[];

  constructor(n: number) {
    this.#flags = new Array<Flag[] | undefined>(n);
  }

  add(i: number, f: Flag): void {
    const l = this.#flags[i];
    if (l) l.push(f);
    else this.#flags[i] = [f];
  }

  of(i: number): readonly Flag[] {
    return this.#flags[i] ?? [];
  }
}

export interface Pivots {
  /** The outcome lines, after tiers and lists (RankResult.lines). */
  readonly lines: OutcomeLine[];
  /** Complete initiatives with a disagreement where leaving out one review crosses a line. */
  readonly pivots: ReadonlyMap<number, Pivot>;
}

/** The outcome lines, and the disagreements one review decides (SPEC §4 pivotal, see pivotal.ts). */
export function findPivots(
  agg: Aggregate,
  order: Order,
  awards: Awards,
  lists: DraftLists,
  rules: Rules,
  members: readonly Member[],
): Pivots {
  const { ranked } = order;
  const pendingGroups: { tier: number; members: number[] }[] = [];
  for (const b of awards.boundary) {
    const inGroup: number[] = [];
    for (let p = b.group.start; p < b.group.end; p++) if (awards.pending[ranked[p]!] === 1) inGroup.push(ranked[p]!);
    if (inGroup.length > 0) pendingGroups.push({ tier: b.tier, members: inGroup });
  }
  const lines = outcomeLines({
    tiers: rules.tiers,
    tier: (i) => awards.tier[i] ?? null,
    official: (i) => orNull(agg.stats.official[i]!),
    count: agg.status.length,
    pending: pendingGroups,
    ubndBest: lists.ubnd.map((e) => e.person.best),
  });
  const pivots = new Map<number, Pivot>();
  for (let i = 0; i < agg.status.length; i++) {
    if (agg.stats.disagreement[i] !== 1 || agg.status[i] !== 'complete') continue;
    const p = pivotOf(agg.table, i, agg.official[i]!, lines, (m) => members[m]!.id);
    if (p) pivots.set(i, p);
  }
  return { lines, pivots };
}

/** Stage "flags": what each initiative's reviews say (duplicate, incomplete, disagreement, pivotal, conflicts). */
export function reviewFlags(
  bag: FlagBag,
  initiatives: readonly Initiative[],
  agg: Aggregate,
  rules: Rules,
  pivots: ReadonlyMap<number, Pivot>,
): void {
  const { stats, status, table } = agg;
  for (let i = 0; i < initiatives.length; i++) {
    if (status[i] === 'duplicate')
      bag.add(i, { code: 'ranking.flag.duplicate', params: { of: initiatives[i]!.duplicateOf ?? '' } });
    else if (status[i] === 'incomplete')
      bag.add(i, { code: 'ranking.flag.incomplete', params: { valid: stats.count[i]!, min: rules.minReviews } });
    if (stats.disagreement[i] === 1) {
      bag.add(i, { code: 'ranking.flag.disagreement', params: { spread: stats.spread[i]! / 100 } });
      const p = pivots.get(i);
      if (p) bag.add(i, pivotalFlag(p));
    }
    const bad = table.invalidByInitiative.get(i);
    if (bad) {
      const conflicts = bad.filter((r) => r.reasons.includes('conflictDeclared') || r.reasons.includes('excludedUnit'));
      if (conflicts.length > 0)
        bag.add(i, { code: 'ranking.flag.conflict', params: { members: conflicts.map((r) => r.memberId).join(', ') } });
      if (conflicts.length < bad.length)
        bag.add(i, { code: 'ranking.flag.invalidReview', params: { count: bad.length - conflicts.length } });
    }
  }
}

/** The pivotal flag's sentence: the first line crossed and the first review that crosses it. */
function pivotalFlag(p: Pivot): Flag {
  const line = p.lines[0]!;
  const r = p.reviews.find((x) => x.crosses) ?? p.reviews[0]!;
  return {
    code: 'ranking.flag.pivotal',
    params: {
      member: r.memberId,
      total: r.total / 100,
      without: r.without / 100,
      score: p.official / 100,
      line: line.score / 100,
      lineName: line.kind === 'tier' ? line.tier : 'UBND',
    },
  };
}
