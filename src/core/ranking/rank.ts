// Rank and tier (SPEC §4), end to end, as named stages over the same typed arrays:
// aggregate → order → tiers → persons → lists → ballot → flags (with pivotal) → results → agenda. Each stage is a function
// in its own file with its own tests. Pure and deterministic: the same input, in any row order,
// gives the same result.

import type { Initiative, InitiativeId, Member, ScoreRow } from '../model';
import { aggregate } from './aggregate';
import { holdBallot } from './ballot';
import { buildAgenda } from './agenda';
import { findPivots, FlagBag, reviewFlags } from './flags';
import { proposeLists } from './lists';
import { orderInitiatives } from './order';
import { buildPersons, publicPersons } from './persons';
import { countResults, initiativeResults } from './result';
import { awardTiers } from './tiers';
import type { Rules } from '../council/rules';
import type { BallotVote, Decision, RankResult } from './types';

export interface RankInput {
  readonly initiatives: readonly Initiative[];
  readonly members: readonly Member[];
  /**
   * Filled rows of "Hội đồng", the ballot's divisor (SPEC §4: rows, also those whose Mã TV is empty
   * or repeated and so name no member). Defaults to the members read.
   */
  readonly councilRows?: number;
  readonly rules: Rules;
  readonly scores: readonly ScoreRow[];
  readonly decisions?: readonly Decision[];
  readonly votes?: readonly BallotVote[];
}

export function rank(input: RankInput): RankResult {
  const { initiatives, members, rules, scores } = input;
  const flags = new FlagBag(initiatives.length);
  const agg = aggregate(initiatives, members, rules, scores);
  const order = orderInitiatives(initiatives, agg);
  const awards = awardTiers(agg, order, rules, input.decisions ?? [], flags);
  const drafts = buildPersons(initiatives, order.position, rules.coAuthorsArePersons);
  const lists = proposeLists(drafts, initiatives, agg, order, awards, rules, flags);
  const people = publicPersons(drafts, initiatives, awards.tier);
  const ballot = holdBallot(
    lists,
    initiatives,
    people,
    input.councilRows ?? members.length,
    rules.ballotFraction,
    input.votes ?? [],
  );
  const { lines, pivots } = findPivots(agg, order, awards, lists, rules, members);
  reviewFlags(flags, initiatives, agg, rules, pivots);
  const ordered = initiativeResults(initiatives, members, rules, agg, order, awards, lists, flags, pivots);
  const listFlags = [...awards.listFlags, ...lists.listFlags];
  return {
    initiatives: ordered,
    invalidReviews: agg.table.invalid,
    persons: drafts.map((p) => people.get(p)!),
    lists: { ubnd: ballot.ubnd, national: ballot.national, media: ballot.media },
    listFlags,
    ballot: ballot.result,
    counts: countResults(agg, rules, awards.perTier),
    tieBreakCriterion: agg.tieBreakIndex >= 0 ? rules.rubric[agg.tieBreakIndex]!.code : '',
    lines,
    agenda: buildAgenda(ordered, listFlags),
    problems: [...agg.table.problems, ...awards.problems, ...ballot.problems],
  };
}

/** The ranked initiative ids in order (convenience for hosts and tests). */
export function rankedIds(result: RankResult): InitiativeId[] {
  return result.initiatives.filter((r) => r.rank !== null).map((r) => r.initiative.id);
}
