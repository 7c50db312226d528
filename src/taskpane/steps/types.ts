// The contract between the shell and a step. A step folder (src/taskpane/steps/<id>/) has one
// owner and an index.tsx whose default export is the step's component; the shell loads it lazily
// so a heavy step never weighs on the pane's first paint.
import type { ComponentType } from 'react';

export const STEP_IDS = ['intake', 'council', 'assignment', 'scoring', 'ranking', 'ballot', 'reports'] as const;

export type StepId = (typeof STEP_IDS)[number];

export interface StepProps {
  /** Moves the pane to another step (e.g. after an import, on to the council). */
  readonly goTo: (step: StepId) => void;
}

export type StepComponent = ComponentType<StepProps>;

export interface StepDefinition {
  readonly id: StepId;
  /** Loads the step's folder; called the first time the step is shown. */
  readonly load: () => Promise<{ readonly default: StepComponent }>;
}
