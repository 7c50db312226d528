// The shell's logic: which step is shown, and its lazily loaded component.
import { useId, type SelectTabData, type SelectTabEvent } from '@fluentui/react-components';
import { lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WorkProgress } from '../../app/progress';
import type { PaneSession } from '../common';
import { useHost } from '../host/HostContext';
import { STEPS } from '../steps/registry';
import { STEP_IDS, type StepComponent, type StepId } from '../steps/types';
import type { ShellProps, ShellState } from './Shell.types';

// One lazy component per step, made once: React.lazy must keep its identity across renders.
const LAZY_STEPS: ReadonlyMap<StepId, StepComponent> = new Map(STEPS.map((s) => [s.id, lazy(s.load)]));

function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

/** Which steps have left their work complete and current in the workbook. */
export function finishedSteps(p: WorkProgress): ReadonlySet<StepId> {
  const done: Record<StepId, boolean> = {
    intake: p.imported,
    council: p.council,
    assignment: p.assigned,
    scoring: p.scored,
    ranking: p.ranked,
    ballot: p.voted,
    // The documents are final once the ranking that wrote them applied every vote.
    reports: p.voted,
  };
  return new Set(STEP_IDS.filter((id) => done[id]));
}

export function useShell(props: ShellProps): ShellState {
  const host = useHost();
  const [selectedId, setSelectedId] = useState<StepId>(props.initialStep ?? 'intake');
  const baseId = useId('shell');
  const [finished, setFinished] = useState<ReadonlySet<StepId>>(new Set());
  const [changes, setChanges] = useState(0);
  const values = useRef(new Map<string, unknown>()).current;
  const session = useMemo<PaneSession>(() => ({ values, workbookChanged: () => setChanges((n) => n + 1) }), [values]);

  // Re-read on every step switch and after a step writes: edits made in Excel meanwhile count too.
  const port = host.port;
  useEffect(() => {
    if (!port) return undefined;
    let live = true;
    // Loaded on demand: reading progress needs most of the core, which the first paint does not.
    import('../../app/progress').then(({ readProgress }) => readProgress(port)).then(
      (p) => live && setFinished(finishedSteps(p)),
      // The ticks are a convenience: a workbook that cannot be read leaves them as they were.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port, selectedId, changes]);

  const goTo = useCallback((step: StepId) => setSelectedId(step), []);
  const onTabSelect = useCallback((_event: SelectTabEvent, data: SelectTabData) => {
    if (isStepId(data.value)) setSelectedId(data.value);
  }, []);
  const tabId = useCallback((step: StepId) => `${baseId}-tab-${step}`, [baseId]);

  const index = Math.max(0, STEPS.findIndex((s) => s.id === selectedId));
  const selected = STEPS[index] ?? STEPS[0];
  const Step = LAZY_STEPS.get(selectedId);
  // The registry and STEP_IDS are written together; a mismatch is a bug caught by the shell's test.
  if (selected === undefined || Step === undefined) throw new Error(`Step "${selectedId}" is not registered`);

  return {
    steps: STEPS,
    selected,
    position: index + 1,
    Step,
    goTo,
    onTabSelect,
    tabId,
    panelId: `${baseId}-panel`,
    workbookConnected: host.port !== null,
    finished,
    session,
  };
}
