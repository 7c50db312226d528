// The reports step's logic: what each generated document's state is, generating all or one, and
// going to a sheet. Generation runs the same rank-and-tier the ranking step runs, writing reports only.
import { useCallback, useEffect, useState } from 'react';
import { generateReports, reportStatus, type ReportRole, type ReportState } from '../../../app/reports';
import { useTask, type Task } from '../../common';
import { useWorkbookPort } from '../../host/HostContext';
import { useLocale } from '../../i18n';

export interface GenerateResult {
  readonly count: number;
  readonly kept: readonly { readonly sheet: string; readonly keptAs: string }[];
}

export interface UseReports {
  readonly reports: readonly ReportState[] | null;
  readonly hasRegister: boolean;
  readonly task: Task<GenerateResult>;
  readonly generate: (roles?: readonly ReportRole[]) => void;
  readonly goTo: (sheet: string) => void;
}

export function useReports(): UseReports {
  const port = useWorkbookPort();
  const locale = useLocale();
  const task = useTask<GenerateResult>();
  const [reports, setReports] = useState<readonly ReportState[] | null>(null);
  const [hasRegister, setHasRegister] = useState(true);

  const refresh = useCallback(async () => {
    if (!port) return;
    const s = await reportStatus(port);
    setReports(s.reports);
    setHasRegister(s.hasRegister);
  }, [port]);

  useEffect(() => {
    // A failed read leaves the list empty; generating still reports its own errors.
    refresh().catch(() => undefined);
  }, [refresh]);

  const { start } = task;
  const generate = useCallback(
    (roles?: readonly ReportRole[]) => {
      if (!port) return;
      void start(async () => {
        const outcome = await generateReports(port, roles, { locale });
        await refresh();
        return { count: roles?.length ?? 6, kept: outcome.kept.map((k) => ({ sheet: k.sheet, keptAs: k.keptAs })) };
      });
    },
    [port, locale, start, refresh],
  );

  const goTo = useCallback(
    (sheet: string) => {
      if (port) port.select(sheet, 'A1').catch(() => undefined);
    },
    [port],
  );

  return { reports, hasRegister, task, generate, goTo };
}
