// Builds the pane's host from Office's globals. The task pane entry and the workbench both call it,
// so the workbench exercises the same wiring against the simulated Excel.
import type { CreateWorkbook } from '../../app/scoring';
import type { WorkbookPort, XlsxLoader } from '../../workbook/port';
import { localeFromDisplayLanguage, type Locale } from '../i18n';
import { detectCapabilities } from './capabilities';
import type { TaskpaneHost } from './HostContext';

/** The part of `Office` the pane reads at start-up. */
export interface OfficeGlobals {
  readonly context: {
    readonly displayLanguage: string;
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

/** The part of `Excel` besides `run` the pane uses: opening a reviewer packet as a new workbook. */
export interface ExcelGlobals {
  readonly createWorkbook?: (base64?: string) => Promise<void>;
}

/** Turns `Excel.run` into a port; src/workbook/office's createOfficePort fits this shape. */
export type PortFactory = (run: typeof Excel.run) => WorkbookPort;

export interface OfficeStart {
  readonly host: TaskpaneHost;
  readonly locale: Locale;
}

export function hostFromOffice(
  office: OfficeGlobals,
  run: typeof Excel.run | undefined,
  createPort: PortFactory | null,
  excel?: ExcelGlobals,
  loadXlsx?: XlsxLoader,
): OfficeStart {
  const capabilities = detectCapabilities((set, version) => office.context.requirements.isSetSupported(set, version));
  // No port on an Excel too old to run the add-in: the shell shows why and never touches the workbook.
  const port = capabilities.supported && run !== undefined && createPort !== null ? createPort(run) : null;
  // Steps never read the globals: Excel.createWorkbook reaches them through the host, when there is one.
  const open = excel?.createWorkbook;
  const createWorkbook: CreateWorkbook | null =
    capabilities.createWorkbook && typeof open === 'function' ? (base64) => open.call(excel, base64) : null;
  return {
    host: { port, capabilities, createWorkbook, ...(loadXlsx ? { loadXlsx } : {}) },
    locale: localeFromDisplayLanguage(office.context.displayLanguage),
  };
}
