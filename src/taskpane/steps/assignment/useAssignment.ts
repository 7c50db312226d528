// The assignment step's logic: what the workbook holds on open, the reviewers-per-initiative input
// (default from the rules), a confirmation before re-assigning over entered scores, and the
// assignment through the same use case the CLI runs, with the loads and problems it reports.
import { useCallback, useEffect, useState } from 'react';
import { loadBook } from '../../../app/book';
import type { WorkbookPort } from '../../../workbook/port';
import { assignReviewers } from '../../../app/council';
import { META_KEYS } from '../../../app/meta';
import { planSecondRound, runSecondRound, secondRoundText } from '../../../app/second-round';
import { startedPairs } from '../../../core/council';
import { useTask, type Task } from '../../common';
import { useWorkbookPort } from '../../host/HostContext';
import { useLocale } from '../../i18n';
import type { AssignmentOutcome, AssignmentSnapshot } from './Assignment.types';
import { assignmentProblems, loadRows, parsePerInitiative } from './logic';

export interface UseAssignment {
  readonly snapshot: AssignmentSnapshot | null;
  readonly loading: Task<AssignmentSnapshot>;
  readonly task: Task<AssignmentOutcome>;
  readonly perInitiative: string;
  readonly perInitiativeValue: number | null;
  readonly setPerInitiative: (text: string) => void;
  readonly confirming: boolean;
  /** Asks first when scores exist, otherwise assigns at once. */
  readonly requestAssign: () => void;
  readonly confirm: () => void;
  readonly cancel: () => void;
  readonly reload: () => void;
  /** The second round: one more reviewer for each pivotal initiative; its outcome in the clerk's words. */
  readonly secondRound: Task<string>;
  readonly runSecondRound: () => void;
}

/** What the step shows before assigning, read in one batch. */
export async function readSnapshot(port: WorkbookPort): Promise<AssignmentSnapshot> {
  const book = await loadBook(port);
  return {
    initiatives: book.register?.initiatives.length ?? 0,
    members: book.members.map((m) => ({ id: m.id, name: m.name })),
    defaultPerInitiative: book.rules.reviewersPerInitiative,
    assignedPairs: book.scores ? book.scores.length : null,
    startedPairs: book.scores ? startedPairs(book.scores).length : 0,
    secondRound: secondRoundOf(book),
  };
}

/** Offered only after a ranking ("Chấm bổ sung", SPEC §4); a book that cannot be ranked offers none. */
function secondRoundOf(book: Awaited<ReturnType<typeof loadBook>>): AssignmentSnapshot['secondRound'] {
  if (!book.scores || !book.meta.get(META_KEYS.rankComputedAt)) return null;
  try {
    const { round } = planSecondRound(book);
    return { round: round.round, count: round.pairs.length };
  } catch {
    return null;
  }
}

export function useAssignment(): UseAssignment {
  const port = useWorkbookPort();
  const locale = useLocale();
  const loading = useTask<AssignmentSnapshot>();
  const task = useTask<AssignmentOutcome>();
  const [snapshot, setSnapshot] = useState<AssignmentSnapshot | null>(null);
  const [perInitiative, setPerInitiative] = useState('');
  const [confirming, setConfirming] = useState(false);

  const { start: startLoad } = loading;
  const read = useCallback(
    (keepInput: boolean) => {
      if (!port) return;
      void startLoad(async () => {
        const snap = await readSnapshot(port);
        setSnapshot(snap);
        if (!keepInput) setPerInitiative(String(snap.defaultPerInitiative));
        return snap;
      });
    },
    [port, startLoad],
  );
  useEffect(() => read(false), [read]);
  const reload = useCallback(() => read(false), [read]);

  const perInitiativeValue = parsePerInitiative(perInitiative, snapshot?.members.length ?? 0);

  const { start } = task;
  const run = useCallback(() => {
    if (!port || perInitiativeValue === null) return;
    const kept = snapshot?.startedPairs ?? 0;
    const members = snapshot?.members ?? [];
    void start(async () => {
      const result = await assignReviewers(port, { perInitiative: perInitiativeValue, locale });
      return {
        result: { ...result, problems: assignmentProblems(result.problems) },
        loads: loadRows(members, result.loads),
        kept,
      };
    }).then((r) => {
      if (r) read(true);
    });
  }, [port, perInitiativeValue, snapshot, locale, start, read]);

  const secondRound = useTask<string>();
  const { start: startSecond } = secondRound;
  const runSecond = useCallback(() => {
    if (!port) return;
    void startSecond(async () => secondRoundText(locale, await runSecondRound(port, { locale }))).then((r) => {
      if (r !== null) read(true);
    });
  }, [port, locale, startSecond, read]);

  const requestAssign = useCallback(() => {
    if ((snapshot?.startedPairs ?? 0) > 0) setConfirming(true);
    else run();
  }, [snapshot, run]);
  const confirm = useCallback(() => {
    setConfirming(false);
    run();
  }, [run]);
  const cancel = useCallback(() => setConfirming(false), []);

  return {
    snapshot,
    loading,
    task,
    perInitiative,
    perInitiativeValue,
    setPerInitiative,
    confirming,
    requestAssign,
    confirm,
    cancel,
    reload,
    secondRound,
    runSecondRound: runSecond,
  };
}
