import type { RankStage, RankStatus } from '../../../app/rank';
import type { RankingSummary } from './summary';

export type { ChartPoint, CutLine, DecisionView, RankingSummary, ReviewFigure, Scope, Target } from './summary';

/** Where the summary shown came from. */
export type SummarySource =
  /** This pane ranked (now or before a step switch): the results written to the sheets. */
  | 'ran'
  /** Read on arrival: the results in the sheets (they match the inputs). */
  | 'sheets'
  /** Read on arrival while the sheets are stale: today's inputs, computed but not written. */
  | 'preview';

export interface RankingView {
  readonly summary: RankingSummary;
  readonly source: SummarySource;
}

export interface RankingState {
  readonly status: RankStatus | null;
  readonly stage: RankStage | null;
  readonly view: RankingView | null;
}
