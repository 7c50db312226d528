// The ranking step's logic: the stale badge on arrival, one click to rank and tier through the same
// use case the ribbon and the CLI run, and the council's decisions as a list that selects each row.
import { useCallback, useEffect, useState } from 'react';
import { rankAndTier, rankStatus, type RankOutcome, type RankStage, type RankStatus } from '../../../app/rank';
import { message, type Locale } from '../../../core/messages';
import { useTask, type Task } from '../../common';
import { useWorkbookPort } from '../../host/HostContext';
import { useLocale } from '../../i18n';
import type { DecisionItem, RankingSummary } from './Ranking.types';

export function summarise(outcome: RankOutcome, locale: Locale): RankingSummary {
  const { result } = outcome;
  const titles = new Map(result.initiatives.map((r) => [r.initiative.id, r.initiative.title]));
  // The council's agenda (core/ranking/agenda.ts): already ordered, most consequential first.
  const decisions: DecisionItem[] = result.agenda.map((a) => {
    const id = a.initiatives[0] ?? null;
    const row = id === null ? undefined : outcome.rankingRows.get(id);
    return {
      key: a.key,
      initiativeId: id,
      title: a.initiatives.map((x) => titles.get(x) ?? x).join('; '),
      text: message(locale, a.flag.code, a.flag.params),
      target: outcome.rankingSheet && row !== undefined ? { sheet: outcome.rankingSheet, row } : null,
    };
  });
  return {
    counts: result.counts,
    lists: { ubnd: result.lists.ubnd.length, national: result.lists.national.length, media: result.lists.media.length },
    computedAt: outcome.computedAt,
    decisions,
    kept: outcome.kept.map((k) => ({ sheet: k.sheet, keptAs: k.keptAs })),
    problems: outcome.problems,
  };
}

export interface UseRanking {
  readonly status: RankStatus | null;
  readonly stage: RankStage | null;
  readonly summary: RankingSummary | null;
  readonly task: Task<RankingSummary>;
  readonly run: () => void;
  readonly select: (item: DecisionItem) => void;
}

export function useRanking(): UseRanking {
  const port = useWorkbookPort();
  const locale = useLocale();
  const task = useTask<RankingSummary>();
  const [status, setStatus] = useState<RankStatus | null>(null);
  const [stage, setStage] = useState<RankStage | null>(null);

  useEffect(() => {
    if (!port) return undefined;
    let live = true;
    // The badge is a convenience: when the workbook cannot be read yet, the run button still works.
    rankStatus(port).then(
      (s) => live && setStatus(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port]);

  const { start } = task;
  const run = useCallback(() => {
    if (!port) return;
    void start(async () => {
      const outcome = await rankAndTier(port, { locale, onProgress: setStage });
      setStatus({ stale: false, hasResults: true, computedAt: outcome.computedAt, hasRegister: true });
      return summarise(outcome, locale);
    });
  }, [port, locale, start]);

  const select = useCallback(
    (item: DecisionItem) => {
      if (port && item.target) port.select(item.target.sheet, `A${item.target.row}`).catch(() => undefined);
    },
    [port],
  );

  return { status, stage, summary: task.result, task, run, select };
}
