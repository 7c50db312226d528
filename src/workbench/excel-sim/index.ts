// The simulated Excel: createSimulatedExcel() gives Excel.run over an in-memory workbook, typed
// against @types/office-js so add-in code runs on it unchanged. See README.md for what is simulated.

import { SimContextImpl } from './client';
import { compareVersions, SimEngine, type SimStats } from './engine';
import { SimRichApiError, simError } from './errors';
import { buildGlobals, type SimDialog } from './globals';
import { BROKEN_PAYLOAD_BYTES, type SimBreak } from './options';
import { SimApplication, SimWorkbook } from './proxies/workbook';
import { SimWorkbookState } from './state';

export interface SimOptions {
  /** Largest request (and response) in bytes; default 5,000,000 (Excel on the web). */
  maxRequestBytes?: number;
  /** Most cells one read may return; default 5,000,000. */
  maxReadCells?: number;
  /** Highest ExcelApi version supported, default '1.17'; isSetSupported and every API honour it. */
  apiVersion?: string;
  /** 'vi-VN' by default; 'en-US' for English Office. */
  displayLanguage?: string;
  /** Year for dates typed without one ("3/5"); defaults to the current year. */
  currentYear?: number;
  /** Other requirement sets and their highest versions, e.g. { AddinCommands: '1.1' }. */
  requirementSets?: Record<string, string>;
  /** Documented rules to break on purpose (options.ts), for tests that must notice. */
  breaks?: readonly SimBreak[];
}

export interface SimulatedExcel {
  /** Same contract as Excel.run(batch). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly stats: SimStats;
  /** Direct access for seeding and inspecting (tests, workbench sheet view): NOT counted as requests. */
  readonly state: SimWorkbookState;
  isSetSupported(name: string, version?: string | number): boolean;
  /** Installs globals Excel, Office and OfficeExtension on target (default globalThis). */
  installGlobals(target?: object): void;
  /** Records of Excel.createWorkbook(base64) calls. */
  readonly createdWorkbooks: string[];
  /** Function commands registered with Office.actions.associate, by id (the workbench's ribbon calls them). */
  readonly actions: ReadonlyMap<string, (event: unknown) => void>;
  /** Office.context.document.settings (the common API's per-document settings). */
  readonly documentSettings: Map<string, unknown>;
  /** Whether Office.addin.showAsTaskpane/hide last showed or hid the pane. */
  readonly taskpane: { visible: boolean };
  /**
   * Runs a function command registered with Office.actions.associate, as a ribbon click does;
   * resolves when the command calls event.completed(). Rejects when no command has that id.
   */
  runAction(id: string): Promise<void>;
  /** Dialogs opened with Office.context.ui.displayDialogAsync, oldest first. */
  readonly dialogs: readonly SimDialog[];
  /** Listeners called when a dialog opens or closes. */
  onDialogChange(listener: () => void): () => void;
  /** Listeners called after each round trip (a sync that had calls), refused or not; returns an unsubscribe. */
  onSync(listener: () => void): () => void;
}

const DEFAULT_SETS: Record<string, string> = {
  AddinCommands: '1.3',
  SharedRuntime: '1.1',
  DialogApi: '1.2',
  RibbonApi: '1.1',
  IdentityAPI: '1.3',
};

export function createSimulatedExcel(options: SimOptions = {}): SimulatedExcel {
  const state = new SimWorkbookState();
  if (options.currentYear !== undefined) state.currentYear = options.currentYear;
  const apiVersion = options.apiVersion ?? '1.17';
  const breaks = new Set(options.breaks ?? []);
  state.ignoreTextFormat = breaks.has('textFormat');
  const engine = new SimEngine(state, {
    maxRequestBytes: breaks.has('payload') ? BROKEN_PAYLOAD_BYTES : (options.maxRequestBytes ?? 5_000_000),
    maxReadCells: options.maxReadCells ?? 5_000_000,
    apiVersion,
    mergesCountedPerSheet: breaks.has('merges512'),
  });
  const sets: Record<string, string> = { ...DEFAULT_SETS, ...(options.requirementSets ?? {}), ExcelApi: apiVersion };
  const createdWorkbooks: string[] = [];
  const actions = new Map<string, (event: unknown) => void>();
  const documentSettings = new Map<string, unknown>();
  const taskpane = { visible: true };
  const dialogs: SimDialog[] = [];
  const dialogListeners = new Set<() => void>();

  // office.js also accepts a number (isSetSupported('ExcelApi', 1.9)); 1.1 and "1.1" mean the same.
  const isSetSupported = (name: string, version?: string | number): boolean => {
    const have = sets[name];
    if (have === undefined) return false;
    return version === undefined || compareVersions(have, String(version)) >= 0;
  };

  async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const ctx = new SimContextImpl(engine, (c) => ({ workbook: new SimWorkbook(c), application: new SimApplication(c) }));
    try {
      // The proxies implement the part of Excel.RequestContext add-ins use; this is the one boundary cast.
      const pending: unknown = batch(ctx as unknown as Excel.RequestContext);
      if (!isThenable(pending)) throw new SimRichApiError('RunMustReturnPromise');
      const result = await (pending as Promise<T>);
      // Excel.run flushes calls queued after the last sync.
      if (ctx.pending > 0) await ctx.sync();
      return result;
    } finally {
      ctx.closed = true;
    }
  }

  const createWorkbook = (base64?: string): Promise<void> => {
    if (compareVersions(apiVersion, '1.8') < 0) return Promise.reject(simError('ApiNotFound', '(Excel.createWorkbook needs ExcelApi 1.8)'));
    createdWorkbooks.push(base64 ?? '');
    return Promise.resolve();
  };

  return {
    run,
    stats: engine.stats,
    state,
    isSetSupported,
    createdWorkbooks,
    actions,
    documentSettings,
    taskpane,
    dialogs,
    onSync(listener: () => void) {
      engine.syncListeners.add(listener);
      return () => void engine.syncListeners.delete(listener);
    },
    onDialogChange(listener: () => void) {
      dialogListeners.add(listener);
      return () => void dialogListeners.delete(listener);
    },
    runAction(id: string): Promise<void> {
      const action = actions.get(id);
      if (!action) return Promise.reject(new Error(`excel-sim: no function command "${id}" was associated`));
      return new Promise<void>((resolve) => {
        action({ completed: () => resolve(), source: { id } });
      });
    },
    installGlobals(target: object = globalThis) {
      const g = buildGlobals({
        run: run as (batch: (context: never) => Promise<unknown>) => Promise<unknown>,
        createWorkbook,
        isSetSupported,
        displayLanguage: options.displayLanguage ?? 'vi-VN',
        diagnosticsVersion: `excel-sim ExcelApi ${apiVersion}${breaks.size > 0 ? ` (broken: ${[...breaks].join(', ')})` : ''}`,
        actions,
        documentSettings,
        taskpane,
        dialogs,
        onDialogChange: () => dialogListeners.forEach((l) => l()),
      });
      Object.assign(target, g);
    },
  };
}

export { SimRichApiError } from './errors';
export { SIM_BREAKS, simOptionsFromQuery, simQuery, isSimBreak, type SimBreak, type SimQueryOptions } from './options';
export type { SimErrorCode } from './errors';
export { SimWorkbookState } from './state';
export type { SimCellView, SeedOptions, SeedValue, SimName, SimTable } from './state';
export type { SimSheet, SimValidation, SimChart, SimPageLayout, SimProtection, Visibility } from './sheet';
export type { SimStyle, SimBorder } from './style';
export type { SimStats } from './engine';
export type { Rect } from './address';

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

export type { SimDialog } from './globals';

/** True when `e` is an error from the simulated Excel with the given code. */
export function isSimErrorCode(e: unknown, code: string): boolean {
  return e instanceof SimRichApiError && e.code === code;
}

export { typeInto } from './typing';
export type { TypingResult } from './typing';
