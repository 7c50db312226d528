import type { BallotRow, BallotView, CouncilWork } from '../../../app/ballot';
import type { VoteInput } from '../../../core/sheets/ballot';
import type { CouncilCase } from '../../../app/decisions';
import type { Ruling } from '../../../core/ranking';

/** A person's yes-votes box: what is typed, what it parses to, and whether it differs from the sheet. */
export interface VoteDraft {
  readonly row: BallotRow;
  readonly text: string;
  readonly parsed: VoteInput;
  readonly changed: boolean;
  /** The sheet's value changed since the clerk typed here: the clerk must choose which to keep. */
  readonly conflict: boolean;
}

/** A ruling being edited in the pane, beside the one recorded in "Quyết định". */
export interface RulingDraft {
  readonly item: CouncilCase;
  readonly ruling: Ruling | null;
  readonly note: string;
  readonly changed: boolean;
  /** "Quyết định" changed since the clerk edited here: the clerk must choose which to keep. */
  readonly conflict: boolean;
}

/** What the last save or re-rank did, said once in the status line. */
export type BallotNotice =
  | { readonly kind: 'votesSaved'; readonly written: number; readonly notFound: readonly string[] }
  | { readonly kind: 'rulingsSaved'; readonly written: number; readonly created: boolean }
  | { readonly kind: 'noSheet' }
  | { readonly kind: 'noHeader'; readonly sheet: string }
  | { readonly kind: 'invalidVotes'; readonly count: number }
  | { readonly kind: 'conflicts'; readonly count: number }
  | {
      readonly kind: 'reranked';
      readonly passed: number;
      readonly failed: number;
      readonly applied: number;
      readonly at: string;
    };

export type { BallotView, CouncilWork };
