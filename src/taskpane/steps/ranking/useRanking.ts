// The ranking step's logic: on arrival, the results as they stand (read without writing, marked
// stale when the inputs changed since); one click to rank and tier through the same use case the
// ribbon and the CLI run; the last results kept while the clerk visits other steps.
import { useCallback, useEffect, useState } from 'react';
import { rankAndTier, readRanking, type RankStage, type RankStatus } from '../../../app/rank';
import { useSessionState, useTask, useWorkbookChanged, type Task } from '../../common';
import { useWorkbookPort } from '../../host/HostContext';
import { useLocale } from '../../i18n';
import type { RankingView, Target } from './Ranking.types';
import { summarise, type RankingSummary } from './summary';

export interface UseRanking {
  readonly status: RankStatus | null;
  readonly stage: RankStage | null;
  readonly view: RankingView | null;
  readonly task: Task<RankingSummary>;
  readonly run: () => void;
  readonly select: (target: Target | null) => void;
}

export function useRanking(): UseRanking {
  const port = useWorkbookPort();
  const locale = useLocale();
  const task = useTask<RankingSummary>();
  const changed = useWorkbookChanged();
  const [status, setStatus] = useState<RankStatus | null>(null);
  const [stage, setStage] = useState<RankStage | null>(null);
  // The last results this pane computed, kept across step switches.
  const [last, setLast] = useSessionState<RankingSummary | null>('ranking.last', null);
  const [view, setView] = useState<RankingView | null>(() => (last ? { summary: last, source: 'ran' } : null));
  // Whether the pane had results on arrival: read once, so a run does not re-read the workbook.
  const [hadLast] = useState(last !== null);

  useEffect(() => {
    if (!port) return undefined;
    let live = true;
    // A convenience: when the workbook cannot be read yet, the run button still works.
    readRanking(port).then(
      (reading) => {
        if (!live) return;
        setStatus(reading.status);
        if (!reading.status.stale && reading.result) {
          // The sheets match the inputs: the in-memory ranking is what they hold.
          const summary = summarise(
            { ...reading, result: reading.result, computedAt: reading.status.computedAt },
            locale,
          );
          setView({ summary, source: 'sheets' });
        } else if (!hadLast && reading.result) {
          setView({
            summary: summarise({ ...reading, result: reading.result, computedAt: null }, locale),
            source: 'preview',
          });
        }
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port, locale, hadLast]);

  const { start } = task;
  const run = useCallback(() => {
    if (!port) return;
    void start(async () => {
      const outcome = await rankAndTier(port, { locale, onProgress: setStage });
      setStatus({ stale: false, hasResults: true, computedAt: outcome.computedAt, hasRegister: true });
      const summary = summarise({ ...outcome, computedAt: outcome.computedAt }, locale);
      setLast(summary);
      setView({ summary, source: 'ran' });
      changed();
      return summary;
    });
  }, [port, locale, start, setLast, changed]);

  const select = useCallback(
    (target: Target | null) => {
      if (port && target) port.select(target.sheet, `A${target.row}`).catch(() => undefined);
    },
    [port],
  );

  return { status, stage, view, task, run, select };
}
