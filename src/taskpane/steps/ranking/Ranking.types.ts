import type { RankStage, RankStatus } from '../../../app/rank';
import type { Problem } from '../../../core/problems';
import type { Counts } from '../../../core/ranking';

/** One thing the council must decide, with where it is. */
export interface DecisionItem {
  readonly key: string;
  /** Mã SK, or null for a flag about a whole list. */
  readonly initiativeId: string | null;
  readonly title: string;
  readonly text: string;
  /** Sheet and Excel row to select, when known. */
  readonly target: { readonly sheet: string; readonly row: number } | null;
}

export interface RankingSummary {
  readonly counts: Counts;
  readonly lists: { readonly ubnd: number; readonly national: number; readonly media: number };
  readonly computedAt: string;
  readonly decisions: readonly DecisionItem[];
  readonly kept: readonly { readonly sheet: string; readonly keptAs: string }[];
  readonly problems: readonly Problem[];
}

export interface RankingState {
  readonly status: RankStatus | null;
  readonly stage: RankStage | null;
  readonly summary: RankingSummary | null;
}
