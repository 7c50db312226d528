// Stage "order" (SPEC §4 Ranking): the complete initiatives by official score, then the tie-break
// criterion's mean, then benefit (none lowest), then Mã SK by number; equal on the first three,
// they share a rank. Every key is compared on its own, exactly: packing two scores into one
// number overflows once a criterion's maximum passes 200 points.

import type { Initiative } from '../model';
import type { Aggregate } from './aggregate';
import { compareIds, idOrder } from './ids';
import type { Group } from './tiers';

export interface Order {
  /** Initiative indexes of the complete initiatives, best first. */
  readonly ranked: readonly number[];
  /** The others (duplicates, incomplete) by Mã SK. */
  readonly unranked: readonly number[];
  /** Place in `ranked` per initiative, +∞ when not ranked. */
  readonly position: Float64Array;
  /** Rank (1-based, shared by equals) per initiative, 0 when not ranked. */
  readonly rankOf: Int32Array;
  /** Runs of equal rank, in order. */
  readonly groups: readonly Group[];
}

/** The sort keys of one initiative, as the ranking compares them. */
export interface OrderKeys {
  readonly official: ArrayLike<number>;
  readonly tieBreak: ArrayLike<number>;
  readonly benefit: ArrayLike<number>;
}

/** Equal rank: the same official score, tie-break mean and benefit. */
export function sameRank(k: OrderKeys, a: number, b: number): boolean {
  return k.official[a] === k.official[b] && k.tieBreak[a] === k.tieBreak[b] && k.benefit[a] === k.benefit[b];
}

export function orderInitiatives(initiatives: readonly Initiative[], agg: Aggregate): Order {
  const n = initiatives.length;
  const benefit = new Float64Array(n);
  const idNum = new Float64Array(n);
  const ranked: number[] = [];
  const unranked: number[] = [];
  for (let i = 0; i < n; i++) {
    benefit[i] = initiatives[i]!.benefitVnd ?? -Infinity;
    idNum[i] = idOrder(initiatives[i]!.id);
    (agg.status[i] === 'complete' ? ranked : unranked).push(i);
  }
  const keys: OrderKeys = { official: agg.official, tieBreak: agg.tieBreak, benefit };
  const byId = (a: number, b: number): number =>
    idNum[a] !== idNum[b] ? (idNum[a]! < idNum[b]! ? -1 : 1) : compareIds(initiatives[a]!.id, initiatives[b]!.id);
  ranked.sort((a, b) => {
    // Scores are integers of hundredths (−1 for none): the differences are exact.
    if (keys.official[a] !== keys.official[b]) return keys.official[b]! - keys.official[a]!;
    if (keys.tieBreak[a] !== keys.tieBreak[b]) return keys.tieBreak[b]! - keys.tieBreak[a]!;
    if (benefit[a] !== benefit[b]) return benefit[b]! > benefit[a]! ? 1 : -1;
    return byId(a, b);
  });
  unranked.sort(byId);

  const position = new Float64Array(n).fill(Infinity);
  const rankOf = new Int32Array(n);
  const groups: Group[] = [];
  for (let p = 0; p < ranked.length; p++) {
    const i = ranked[p]!;
    position[i] = p;
    const prev = p > 0 ? ranked[p - 1]! : -1;
    if (prev >= 0 && sameRank(keys, prev, i)) {
      rankOf[i] = rankOf[prev]!;
      groups[groups.length - 1] = { ...groups[groups.length - 1]!, end: p + 1 };
    } else {
      rankOf[i] = p + 1;
      groups.push({ start: p, end: p + 1, score: agg.official[i]! });
    }
  }
  return { ranked, unranked, position, rankOf, groups };
}
