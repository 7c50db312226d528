// Prize tiers (SPEC §4): walk the complete, passing initiatives in rank order one group of equal
// rank at a time; a group goes whole to the first tier, at or after the previous group's, with a
// free place and a minimum it meets. A group larger than the free places overflows the tier and is
// flagged ("overflow"), or is left pending with its places counted as taken ("pending").

import type { TierRule } from '../council/rules';

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
