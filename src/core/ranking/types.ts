// What rank-and-tier decides, as plain data. Scores are integer hundredths of a point
// (85.33 points = 8533) everywhere here; only JSON and sheets show points.

import type { TierName } from '../council/rules';
import type { Initiative, InitiativeId } from '../model';
import type { Problem } from '../problems';

/** Hundredths of a point: the unit of totals, means and every comparison. */
export type Hundredths = number;

/** A council ruling recorded in "Quyết định": a tier, or no prize. */
export const NO_PRIZE = 'Không xếp giải';
export type Ruling = TierName | typeof NO_PRIZE;

export interface Decision {
  /** Excel row in "Quyết định", 1-based (0 when built in code). */
  readonly row: number;
  readonly initiativeId: string;
  readonly ruling: Ruling;
  readonly note: string;
}

export interface BallotVote {
  /** Excel row in "Biểu quyết", 1-based (0 when built in code). */
  readonly row: number;
  readonly name: string;
  readonly workplace: string;
  /** Mã SK of the person's best initiative, as the sheet lists it. */
  readonly initiativeId: string;
  /** "Số phiếu đồng ý", null while not entered. */
  readonly yes: number | null;
}

export type InvalidReason =
  | 'unknownInitiative'
  | 'notMember'
  | 'conflictDeclared'
  | 'excludedUnit'
  | 'missingScore'
  | 'unreadableScore'
  | 'outOfRange'
  | 'duplicateDiffers';

export interface InvalidReview {
  /** Excel rows in "Chấm điểm" (several when a pair was entered more than once). */
  readonly rows: readonly number[];
  readonly initiativeId: string;
  readonly memberId: string;
  readonly reasons: readonly InvalidReason[];
  /** Criterion codes at fault, for missing, unreadable or out-of-range scores. */
  readonly criteria: readonly string[];
}

export interface ValidReview {
  readonly memberId: string;
  /** Excel row of the (first) copy. */
  readonly row: number;
  readonly total: Hundredths;
  /** Criterion code → tenths. */
  readonly scores: Readonly<Record<string, number>>;
}

export type Status = 'duplicate' | 'incomplete' | 'complete';

export interface InitiativeResult {
  readonly initiative: Initiative;
  readonly status: Status;
  /** 1-based rank, shared by a group of equal rank; null when not ranked. */
  readonly rank: number | null;
  /** 0-based position in the ranking (unique; equal ranks ordered by Mã SK); null when not ranked. */
  readonly position: number | null;
  readonly reviews: readonly ValidReview[];
  /** How many valid reviews: `reviews.length`, without building them. */
  readonly reviewCount: number;
  /** Rows of "Chấm điểm" still empty for this initiative (not yet scored). */
  readonly unscored: number;
  /** Official score; null with no valid review. */
  readonly official: Hundredths | null;
  readonly mean: Hundredths | null;
  /** Trimmed mean, null with fewer than rules.trimmedMinReviews valid reviews. */
  readonly trimmed: Hundredths | null;
  /** Advisory only, never decides. */
  readonly calibrated: Hundredths | null;
  /** Mean of the tie-break criterion over the reviews behind the official score. */
  readonly tieBreak: Hundredths | null;
  /** Criterion code → mean over the same reviews, hundredths. */
  readonly criterionMeans: Readonly<Record<string, Hundredths | null>>;
  /** max − min of the valid totals, null with fewer than two. */
  readonly spread: Hundredths | null;
  readonly passed: boolean;
  /** Tier from the walk of §4, before the council's rulings. */
  readonly walkTier: TierName | null;
  /** The tier that stands: the walk's, or the council's ruling. */
  readonly tier: TierName | null;
  /** Left for the council by the "pending" boundary-tie policy. */
  readonly pending: boolean;
  readonly decision: Decision | null;
  /** Flag codes, each with a sentence in messages/ranking.ts. */
  readonly flags: readonly Flag[];
  readonly onLists: { readonly ubnd: boolean; readonly national: boolean; readonly media: boolean };
  /** Why the disagreement is pivotal (one review decides the outcome); null when it is not. */
  readonly pivot: Pivot | null;
}

/**
 * An outcome line of SPEC §4: a tier's lowest official score holding it when all its places are
 * taken (`full`), else its minimum; or the lowest best score of a person on the UBND list.
 */
export type OutcomeLine =
  | { readonly kind: 'tier'; readonly tier: TierName; readonly full: boolean; readonly score: Hundredths }
  | { readonly kind: 'ubnd'; readonly score: Hundredths };

/** The figures of a pivotal disagreement: each valid review and the score without it. */
export interface Pivot {
  readonly official: Hundredths;
  /** The lines some leave-one-out score falls on the other side of, in the order of RankResult.lines. */
  readonly lines: readonly OutcomeLine[];
  readonly reviews: readonly {
    readonly memberId: string;
    /** Excel row in "Chấm điểm". */
    readonly row: number;
    readonly total: Hundredths;
    /** Mean of the other valid totals, rounded half-up. */
    readonly without: Hundredths;
    /** Leaving this review out moves the score across one of `lines`. */
    readonly crosses: boolean;
  }[];
}

/** What an agenda item is about, most consequential first. */
export type AgendaScope = 'prize' | 'national' | 'ubnd' | 'media' | 'other';
export const AGENDA_SCOPES: readonly AgendaScope[] = ['prize', 'national', 'ubnd', 'media', 'other'];

/**
 * One question put to the council (SPEC §4): a tie at a boundary, a pivotal disagreement, a
 * conflict of interest, a national candidate without a benefit amount, or a list short of people.
 */
export interface AgendaItem {
  /** Stable within a result: the flag code and the initiative(s). */
  readonly key: string;
  readonly scope: AgendaScope;
  readonly flag: Flag;
  /** The initiatives concerned in ranking order: one, a tied group, or none for a whole list. */
  readonly initiatives: readonly InitiativeId[];
  /** For a pivotal disagreement: the reviews, the lines and the score without each review. */
  readonly pivot: Pivot | null;
}

export interface Flag {
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface Person {
  /** Folded name + workplace: the identity of §4. */
  readonly key: string;
  readonly name: string;
  readonly workplace: string;
  /** The highest-ranked initiative (then lowest Mã SK) among those they lead or co-author. */
  readonly best: InitiativeId | null;
  /** Initiatives they lead in the register, duplicates not counted. */
  readonly leadCount: number;
  readonly hasPrize: boolean;
}

export type BallotOutcome = 'passed' | 'failed' | 'noVote';

export interface ListEntry {
  readonly person: Person;
  readonly initiative: InitiativeId;
  /** Null until votes are entered in "Biểu quyết". */
  readonly ballot: BallotOutcome | null;
  readonly yes: number | null;
  readonly flags: readonly Flag[];
}

export interface Lists {
  readonly ubnd: readonly ListEntry[];
  readonly national: readonly ListEntry[];
  readonly media: readonly ListEntry[];
}

export interface BallotResult {
  readonly members: number;
  /** Yes votes needed: ⌈fraction × members⌉. */
  readonly threshold: number;
  /** True once any vote is entered. */
  readonly votesEntered: boolean;
  /** Every proposed person, in list order (UBND first, then any other list's extra persons). */
  readonly proposals: readonly ListEntry[];
}

export interface Counts {
  readonly registered: number;
  readonly duplicates: number;
  readonly reviewed: number;
  readonly complete: number;
  readonly incomplete: number;
  readonly passed: number;
  readonly validReviews: number;
  readonly invalidReviews: number;
  readonly unscoredRows: number;
  readonly perTier: Readonly<Record<TierName, number>>;
}

export interface RankResult {
  /** Ranked initiatives in order, then the rest by Mã SK. */
  readonly initiatives: readonly InitiativeResult[];
  readonly invalidReviews: readonly InvalidReview[];
  readonly persons: readonly Person[];
  readonly lists: Lists;
  /** Flags about a whole list or the council (too few persons, list over its maximum…). */
  readonly listFlags: readonly Flag[];
  readonly ballot: BallotResult;
  readonly counts: Counts;
  /** Code of the tie-break criterion (largest weight × maximum). */
  readonly tieBreakCriterion: string;
  /** The outcome lines the pivotal flag is judged against: tiers in rule order, then UBND. */
  readonly lines: readonly OutcomeLine[];
  /** What the council must decide, most consequential first (prize, national, UBND, media, other). */
  readonly agenda: readonly AgendaItem[];
  /** Problems with the inputs (invalid reviews, rulings that cannot apply, votes). */
  readonly problems: readonly Problem[];
}
