// The ballot (SPEC §2.6, §4): a proposal passes with yes ≥ ⌈fraction × members⌉, computed
// exactly, the fraction written as "2/3" or as a percentage ("66,67 %").

import type { Fraction } from '../council/rules';
import type { Problem } from '../problems';
import { SHEET_ROLES } from '../sheet/plan';
import { ceilDiv, gcd } from './exact';
import { foldName } from './fold';
import { canonicalId } from './ids';
import type { BallotVote } from './types';

/** Yes votes needed: ⌈num × members / den⌉ in integers. */
export function ballotThreshold(fraction: Fraction, members: number): number {
  if (fraction.den <= 0 || members <= 0) return 0;
  return ceilDiv(Math.max(0, fraction.num) * members, fraction.den);
}

/**
 * Reads "2/3", "66,67%", "66.67 %", "0,6667" or a number as an exact fraction; null when it is none
 * of those. A bare number above 1 is a percentage ("75" = 75 %).
 */
export function parseFraction(input: string | number): Fraction | null {
  const text = typeof input === 'number' ? String(input) : input.trim();
  const ratio = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  if (ratio) {
    const num = Number(ratio[1]);
    const den = Number(ratio[2]);
    if (den === 0) return null;
    const g = gcd(num, den) || 1;
    return { num: num / g, den: den / g };
  }
  const m = /^(\d+)(?:[.,](\d+))?\s*(%)?$/.exec(text);
  if (!m) return null;
  const decimals = m[2] ?? '';
  if (decimals.length > 9) return null;
  let num = Number(`${m[1]}${decimals}`);
  let den = 10 ** decimals.length;
  if (m[3] === '%' || num / den > 1) den *= 100;
  const g = gcd(num, den) || 1;
  num /= g;
  den /= g;
  return { num, den };
}

export interface Proposal {
  /** Person key (folded name + workplace). */
  readonly key: string;
  readonly name: string;
  /** Mã SK of the person's best initiative. */
  readonly initiativeId: string | null;
}

/**
 * Each proposal's row of "Biểu quyết": found by the Mã SK of the best initiative, and by the folded
 * name when co-authors share it. Votes matching no one, or above the member count, are problems.
 */
export function matchVotes(
  proposals: readonly Proposal[],
  votes: readonly BallotVote[],
  members: number,
): { voteOf: Map<string, BallotVote>; problems: Problem[] } {
  const byId = new Map<string, BallotVote[]>();
  for (const v of votes) {
    const k = canonicalId(v.initiativeId);
    const l = byId.get(k);
    if (l) l.push(v);
    else byId.set(k, [v]);
  }
  const used = new Set<BallotVote>();
  const voteOf = new Map<string, BallotVote>();
  for (const p of proposals) {
    if (p.initiativeId === null) continue;
    const forId = byId.get(canonicalId(p.initiativeId)) ?? [];
    const name = foldName(p.name);
    const v = forId.length === 1 ? forId[0] : forId.find((x) => foldName(x.name) === name);
    if (v && !used.has(v)) {
      used.add(v);
      voteOf.set(p.key, v);
    }
  }
  const sheet = SHEET_ROLES.ballot.name;
  const problems: Problem[] = [];
  for (const v of votes) {
    if (v.yes === null) continue;
    const row = v.row || null;
    if (!used.has(v)) {
      problems.push({
        code: 'ranking.ballot.notProposed',
        severity: 'warning',
        sheet,
        row,
        column: null,
        params: { id: v.initiativeId, name: v.name },
      });
    }
    if (v.yes > members) {
      problems.push({
        code: 'ranking.ballot.tooManyVotes',
        severity: 'warning',
        sheet,
        row,
        column: null,
        params: { id: v.initiativeId, yes: v.yes, members },
      });
    }
  }
  return { voteOf, problems };
}
