import type { SelectTabData, SelectTabEvent } from '@fluentui/react-components';
import type { PaneSession } from '../common';
import type { StepComponent, StepDefinition, StepId } from '../steps/types';

export interface ShellProps {
  /** Step shown first; the intake step when omitted. */
  readonly initialStep?: StepId;
}

export interface ShellState {
  readonly steps: readonly StepDefinition[];
  readonly selected: StepDefinition;
  /** 1-based position of the selected step. */
  readonly position: number;
  readonly Step: StepComponent;
  readonly goTo: (step: StepId) => void;
  readonly onTabSelect: (event: SelectTabEvent, data: SelectTabData) => void;
  /** Ids tying each tab to the panel it controls. */
  readonly tabId: (step: StepId) => string;
  readonly panelId: string;
  readonly workbookConnected: boolean;
  /** Steps whose work is complete and current in the workbook (a tick on their tab). */
  readonly finished: ReadonlySet<StepId>;
  /** Drafts and results kept while the clerk moves between steps. */
  readonly session: PaneSession;
}
