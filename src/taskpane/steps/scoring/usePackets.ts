// Packets out and back in: one blind workbook per reviewer opened with Excel.createWorkbook, and
// returned files read and collected (refusals and differing scores listed, never overwritten).
import { useCallback } from 'react';
import { openPackets, receivePackets, type CreateWorkbook, type PacketsOpened, type ReceivedPacket } from '../../../app/scoring';
import { useTask, type Task } from '../../common';
import { useHost } from '../../host/HostContext';
import { useLocale } from '../../i18n';

export interface UsePackets {
  /** Null when this Excel cannot open a new workbook (ExcelApi 1.8 is missing). */
  readonly canExport: boolean;
  readonly exportTask: Task<PacketsOpened>;
  readonly importTask: Task<ReceivedPacket[]>;
  readonly exportAll: () => void;
  readonly importFiles: (files: readonly File[]) => void;
}

export function usePackets(onCollected: () => void): UsePackets {
  // Excel.createWorkbook comes from the host (hostFromOffice), never from the globals here.
  const { port, createWorkbook, loadXlsx } = useHost();
  const locale = useLocale();
  const exportTask = useTask<PacketsOpened>();
  const importTask = useTask<ReceivedPacket[]>();
  const create: CreateWorkbook | null = createWorkbook ?? null;

  const startExport = exportTask.start;
  const exportAll = useCallback(() => {
    if (!port || !create || !loadXlsx) return;
    void startExport((progress) => openPackets(port, create, loadXlsx, locale, progress));
  }, [port, create, loadXlsx, locale, startExport]);

  const startImport = importTask.start;
  const importFiles = useCallback(
    (files: readonly File[]) => {
      if (!port || !loadXlsx || files.length === 0) return;
      void startImport(async () => {
        const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
        const outcomes = await receivePackets(port, read, loadXlsx);
        if (outcomes.some((o) => o.written > 0)) onCollected();
        return outcomes;
      });
    },
    [port, loadXlsx, startImport, onCollected],
  );

  return { canExport: create !== null && loadXlsx !== undefined, exportTask, importTask, exportAll, importFiles };
}
