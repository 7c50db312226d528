// The reports step's logic: what each generated document's state is, generating all or one, and
// going to a sheet. Generation runs the same rank-and-tier the ranking step runs, writing reports only.
import { useCallback, useEffect, useState } from 'react';
import { reportDocuments } from '../../../app/documents';
import { generateReports, reportStatus, type ReportRole, type ReportState } from '../../../app/reports';
import { downloadDocx, useTask, type Task } from '../../common';
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
  /** Building a Word file in the pane and handing it to the browser; the result is its file name. */
  readonly downloadTask: Task<string>;
  readonly download: (role: ReportRole) => void;
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

  const downloadTask = useTask<string>();
  const startDownload = downloadTask.start;
  const download = useCallback(
    (role: ReportRole) => {
      if (!port) return;
      void startDownload(async () => {
        // Ranked afresh from the current data, as generating would, without writing anything.
        const { documents } = await reportDocuments(port, [role]);
        const doc = documents[0];
        if (!doc) throw new Error(`No document for ${role}`);
        return downloadDocx([doc], doc.spec.name);
      });
    },
    [port, startDownload],
  );

  return { reports, hasRegister, task, generate, goTo, downloadTask, download };
}
