import type { AssignmentResult } from '../../../app/council';

/** What the workbook holds before assigning. */
export interface AssignmentSnapshot {
  readonly initiatives: number;
  readonly members: readonly { readonly id: string; readonly name: string }[];
  /** Reviewers per initiative from "Cấu hình". */
  readonly defaultPerInitiative: number;
  /** Rows of "Chấm điểm" (pairs already assigned), or null without that sheet. */
  readonly assignedPairs: number | null;
  /** Pairs where a score, comment or conflict mark is already entered. */
  readonly startedPairs: number;
  /** After a ranking: the next round and how many pivotal initiatives it would add a reviewer to. */
  readonly secondRound: { readonly round: number; readonly count: number } | null;
}

/** One line of the loads table. */
export interface LoadRow {
  readonly id: string;
  readonly name: string;
  readonly count: number;
}

export interface AssignmentOutcome {
  readonly result: AssignmentResult;
  readonly loads: readonly LoadRow[];
  /** Pairs with scores kept from before. */
  readonly kept: number;
}
