// What the shell hands every step: the workbook (through the port, never Excel.run) and what the
// host can do. The locale travels separately (LocaleContext) because the workbench switches it live.
import { createContext, useContext, type ReactNode } from 'react';
import type { CreateWorkbook } from '../../app/scoring';
import type { WorkbookPort, XlsxLoader } from '../../workbook/port';
import type { HostCapabilities } from './capabilities';

export interface TaskpaneHost {
  /** The open workbook, or null when the pane runs where no workbook can be reached. */
  readonly port: WorkbookPort | null;
  readonly capabilities: HostCapabilities;
  /** Excel.createWorkbook, injected by the host; absent or null where this Excel cannot open a new workbook. */
  readonly createWorkbook?: CreateWorkbook | null;
  /** The .xlsx files of packets (made and read back), loaded on demand; injected by the host. */
  readonly loadXlsx?: XlsxLoader;
  /** The self-test page ("Kiểm tra Excel này"), offered under help at the foot of the pane. */
  readonly selfTestHref?: string;
}

const HostContext = createContext<TaskpaneHost | null>(null);

export function HostProvider(props: { readonly host: TaskpaneHost; readonly children: ReactNode }): ReactNode {
  return <HostContext.Provider value={props.host}>{props.children}</HostContext.Provider>;
}

/** The host the pane runs in. Only components under TaskpaneApp may call it. */
export function useHost(): TaskpaneHost {
  const host = useContext(HostContext);
  // A missing provider is a wiring bug, not a user situation: fail loudly in development.
  if (host === null) throw new Error('useHost() called outside <TaskpaneApp>');
  return host;
}

/** The workbook port, or null when there is no workbook (the shell already says so to the user). */
export function useWorkbookPort(): WorkbookPort | null {
  return useHost().port;
}
