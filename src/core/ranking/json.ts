// The `rank --json` shape (SPEC §6), a contract other tools read: keys may be added, never changed.

import { points } from './exact';
import type { ListEntry, RankResult } from './types';

function entry(e: ListEntry): Record<string, unknown> {
  return {
    name: e.person.name,
    workplace: e.person.workplace,
    initiative: e.initiative,
    ballot: e.ballot,
    yes: e.yes,
    flags: e.flags.map((f) => f.code),
  };
}

export function rankJson(result: RankResult): unknown {
  return {
    initiatives: result.initiatives.map((r) => ({
      id: r.initiative.id,
      rank: r.rank,
      score: r.official === null ? null : points(r.official),
      hq: r.tieBreak === null ? null : points(r.tieBreak),
      reviews: r.reviewCount,
      status: r.status,
      passed: r.passed,
      tier: r.tier,
      flags: r.flags.map((f) => f.code),
      mean: r.mean === null ? null : points(r.mean),
      trimmed: r.trimmed === null ? null : points(r.trimmed),
      calibrated: r.calibrated === null ? null : points(r.calibrated),
      pending: r.pending,
    })),
    lists: {
      ubnd: result.lists.ubnd.map(entry),
      national: result.lists.national.map(entry),
      media: result.lists.media.map(entry),
    },
    listFlags: result.listFlags.map((f) => f.code),
    ballot: {
      members: result.ballot.members,
      threshold: result.ballot.threshold,
      votesEntered: result.ballot.votesEntered,
    },
    counts: result.counts,
    tieBreakCriterion: result.tieBreakCriterion,
    lines: result.lines.map((l) => ({ ...l, score: points(l.score) })),
  };
}

/** A list as the generated documents show it: everyone before votes, only those who passed after. */
export function listAfterBallot(entries: readonly ListEntry[]): ListEntry[] {
  return entries.filter((e) => e.ballot === null || e.ballot === 'passed');
}
