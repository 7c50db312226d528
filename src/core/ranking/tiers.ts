// Prize tiers (SPEC §4): walk the complete, passing initiatives in rank order one group of equal
// rank at a time; a group goes whole to the first tier, at or after the previous group's, with a
// free place and a minimum it meets. A group larger than the free places overflows the tier and is
// flagged ("overflow"), or is left pending with its places counted as taken ("pending").

import type { Rules, TierName, TierRule } from '../council/rules';
import { TIER_NAMES } from '../council/rules';
import type { Problem } from '../problems';
import type { Aggregate } from './aggregate';
import { resolveDecisions, type Ruled } from './decide';
import type { FlagBag } from './flags';
import type { Order } from './order';
import type { Decision, Flag } from './types';

export interface Group {
  /** First and one-past-last position in the ranking. */
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

export interface TierWalk {
  /** Tier index per ranking position, −1 for none. */
  readonly tier: Int8Array;
  readonly pending: Uint8Array;
  /** Positions of groups that met a full boundary: tier index, group size and the places that were free. */
  readonly boundary: readonly { readonly group: Group; readonly tier: number; readonly free: number }[];
}

export function walkTiers(
  groups: readonly Group[],
  positions: number,
  tiers: readonly TierRule[],
  passMark: number,
  policy: 'overflow' | 'pending',
): TierWalk {
  const tier = new Int8Array(positions).fill(-1);
  const pending = new Uint8Array(positions);
  const boundary: { group: Group; tier: number; free: number }[] = [];
  const free = tiers.map((t) => Math.max(0, t.quota));
  let at = 0;
  for (const g of groups) {
    if (g.score < passMark) break;
    let chosen = -1;
    for (let t = at; t < tiers.length; t++) {
      if (free[t]! > 0 && g.score >= tiers[t]!.minHundredths) {
        chosen = t;
        break;
      }
    }
    // Scores only fall from here on, so no later group can meet a tier this one could not.
    if (chosen < 0) break;
    at = chosen;
    const size = g.end - g.start;
    const room = free[chosen]!;
    if (size > room) {
      boundary.push({ group: g, tier: chosen, free: room });
      free[chosen] = 0;
      if (policy === 'pending') {
        for (let p = g.start; p < g.end; p++) pending[p] = 1;
        continue;
      }
    } else free[chosen] = room - size;
    for (let p = g.start; p < g.end; p++) tier[p] = chosen;
  }
  return { tier, pending, boundary };
}

export interface Awards {
  /** Tier by the walk alone, per initiative. */
  readonly walkTier: readonly (TierName | null)[];
  /** Tier after the council's rulings, per initiative. */
  readonly tier: readonly (TierName | null)[];
  /** 1 where the prize waits for a ruling, per initiative. */
  readonly pending: Uint8Array;
  readonly ruled: ReadonlyMap<number, Ruled>;
  readonly perTier: Readonly<Record<TierName, number>>;
  /** Groups that met a full tier, by ranking position (see TierWalk). */
  readonly boundary: TierWalk['boundary'];
  /** Tiers over their quota after the rulings. */
  readonly listFlags: Flag[];
  readonly problems: Problem[];
}

/** Stage "tiers": the walk over the order, then the council's rulings from "Quyết định" on top. */
export function awardTiers(
  agg: Aggregate,
  order: Order,
  rules: Rules,
  decisions: readonly Decision[],
  flags: FlagBag,
): Awards {
  const n = agg.status.length;
  const { ranked } = order;
  const walk = walkTiers(order.groups, ranked.length, rules.tiers, rules.passMarkHundredths, rules.boundaryTiePolicy);
  const walkTier: (TierName | null)[] = new Array<TierName | null>(n).fill(null);
  const pending = new Uint8Array(n);
  for (let p = 0; p < ranked.length; p++) {
    const t = walk.tier[p]!;
    if (t >= 0) walkTier[ranked[p]!] = rules.tiers[t]!.name;
    pending[ranked[p]!] = walk.pending[p]!;
  }
  for (const b of walk.boundary) {
    const code = rules.boundaryTiePolicy === 'pending' ? 'ranking.flag.pendingTie' : 'ranking.flag.boundaryTie';
    const f: Flag = {
      code,
      params: { tier: rules.tiers[b.tier]!.name, size: b.group.end - b.group.start, free: b.free },
    };
    for (let p = b.group.start; p < b.group.end; p++) flags.add(ranked[p]!, f);
  }
  const { ruled, problems } = resolveDecisions(decisions, agg.table.indexOf, (i) => agg.status[i] === 'complete');
  const tier = walkTier.slice();
  for (const [i, r] of ruled) {
    tier[i] = r.tier;
    pending[i] = 0;
    flags.add(i, {
      code: r.tier === null ? 'ranking.flag.decisionNoPrize' : 'ranking.flag.decisionTier',
      params: { ruling: r.decision.ruling },
    });
  }
  const perTier = Object.fromEntries(TIER_NAMES.map((t) => [t, 0])) as Record<TierName, number>;
  for (let i = 0; i < n; i++) {
    const t = tier[i];
    if (t) perTier[t] = (perTier[t] ?? 0) + 1;
  }
  const listFlags: Flag[] = [];
  for (const t of rules.tiers) {
    if ((perTier[t.name] ?? 0) > t.quota) {
      listFlags.push({
        code: 'ranking.list.tierOverQuota',
        params: { tier: t.name, count: perTier[t.name] ?? 0, quota: t.quota },
      });
    }
  }
  return { walkTier, tier, pending, ruled, perTier, boundary: walk.boundary, listFlags, problems };
}
