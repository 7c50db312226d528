// The ballot (SPEC §2.6, §4): a proposal passes with yes ≥ ⌈fraction × members⌉, computed
// exactly. The fraction itself is read from "Cấu hình" by council/values.ts parseFraction.

import type { Fraction } from '../council/rules';
import type { Problem } from '../problems';
import { SHEET_ROLES } from '../sheet/plan';
import { ceilDiv } from './exact';
import { foldName } from './fold';
import { canonicalId } from './ids';
import type { DraftEntry, DraftLists } from './lists';
import type { PersonDraft } from './persons';
import type { BallotOutcome, BallotResult, BallotVote, Flag, ListEntry, Person } from './types';
import type { Initiative } from '../model';

/** Yes votes needed: ⌈num × members / den⌉ in integers. */
export function ballotThreshold(fraction: Fraction, members: number): number {
  if (fraction.den <= 0 || members <= 0) return 0;
  return ceilDiv(Math.max(0, fraction.num) * members, fraction.den);
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

export interface Ballot {
  readonly ubnd: ListEntry[];
  readonly national: ListEntry[];
  readonly media: ListEntry[];
  readonly result: BallotResult;
  readonly problems: Problem[];
}

/** Stage "ballot": every proposed person (UBND first, then anyone only on another list) and their votes. */
export function holdBallot(
  lists: DraftLists,
  initiatives: readonly Initiative[],
  people: ReadonlyMap<PersonDraft, Person>,
  members: number,
  fraction: Fraction,
  votes: readonly BallotVote[],
): Ballot {
  const threshold = ballotThreshold(fraction, members);
  const votesEntered = votes.some((v) => v.yes !== null);
  const drafts: DraftEntry[] = [];
  const proposed = new Set<string>();
  for (const e of [...lists.ubnd, ...lists.national, ...lists.media]) {
    if (proposed.has(e.person.key)) continue;
    proposed.add(e.person.key);
    drafts.push(e);
  }
  const { voteOf, problems } = matchVotes(
    drafts.map((e) => ({
      key: e.person.key,
      name: e.person.name,
      initiativeId: e.person.best >= 0 ? initiatives[e.person.best]!.id : null,
    })),
    votes,
    members,
  );
  const toEntry = (e: DraftEntry): ListEntry => {
    const v = voteOf.get(e.person.key);
    const yes = v && v.yes !== null && v.yes <= members ? v.yes : null;
    const outcome: BallotOutcome | null = !votesEntered
      ? null
      : yes === null
        ? 'noVote'
        : yes >= threshold
          ? 'passed'
          : 'failed';
    const extra: Flag[] = outcome === 'noVote' ? [{ code: 'ranking.flag.ballotNoVote' }] : [];
    return {
      person: people.get(e.person)!,
      initiative: initiatives[e.person.best]!.id,
      ballot: outcome,
      yes,
      flags: [...e.flags, ...extra],
    };
  };
  return {
    ubnd: lists.ubnd.map(toEntry),
    national: lists.national.map(toEntry),
    media: lists.media.map(toEntry),
    result: { members, threshold, votesEntered, proposals: drafts.map(toEntry) },
    problems,
  };
}
