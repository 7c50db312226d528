// The Excel and Office globals an add-in touches at run time: Excel.run, Excel.createWorkbook and
// the enums it reads, Office.onReady, requirement sets, display language, actions.associate, and
// OfficeExtension.Error for `instanceof` checks.

import { SimRichApiError } from './errors';

const ENUMS: Record<string, Record<string, string>> = {
  ErrorCodes: Object.fromEntries(
    [
      'AccessDenied',
      'ApiNotFound',
      'GeneralException',
      'InvalidArgument',
      'InvalidOperation',
      'InvalidReference',
      'InvalidSelection',
      'ItemAlreadyExists',
      'ItemNotFound',
      'MergedRangeConflict',
      'ResponsePayloadSizeLimitExceeded',
    ].map((c) => [c.charAt(0).toLowerCase() + c.slice(1), c]),
  ),
  HorizontalAlignment: pairs('General Left Center Right Fill Justify CenterAcrossSelection Distributed'),
  VerticalAlignment: pairs('Top Center Bottom Justify Distributed'),
  BorderIndex: pairs('EdgeTop EdgeBottom EdgeLeft EdgeRight InsideVertical InsideHorizontal DiagonalDown DiagonalUp'),
  BorderLineStyle: pairs('None Continuous Dash DashDot DashDotDot Dot Double SlantDashDot'),
  BorderWeight: pairs('Hairline Thin Medium Thick'),
  ClearApplyTo: pairs('All Formats Contents Hyperlinks RemoveHyperlinks ResetContents'),
  SheetVisibility: pairs('Visible Hidden VeryHidden'),
  PageOrientation: pairs('Portrait Landscape'),
  PaperType: pairs('Letter LetterSmall Tabloid Ledger Legal Statement Executive A3 A4 A4Small A5 B4 B5 Folio Quatro Paper10x14 Paper11x17 Note Envelope9 Envelope10 Envelope11 Envelope12 Envelope14 Csheet Dsheet Esheet'),
  ChartType: pairs('ColumnClustered ColumnStacked ColumnStacked100 BarClustered BarStacked BarStacked100 Line LineMarkers Pie Doughnut Area XYScatter'),
  ChartSeriesBy: pairs('Auto Columns Rows'),
  DataValidationOperator: pairs('Between NotBetween EqualTo NotEqualTo GreaterThan LessThan GreaterThanOrEqualTo LessThanOrEqualTo'),
  DataValidationAlertStyle: pairs('Stop Warning Information'),
  DataValidationType: pairs('None WholeNumber Decimal List Date Time TextLength Custom Inconsistent MixedCriteria'),
  RangeValueType: pairs('Unknown Empty String Integer Double Boolean Error RichValue'),
  RangeUnderlineStyle: pairs('None Single Double SingleAccountant DoubleAccountant'),
  NamedItemType: pairs('String Integer Double Boolean Range Error Array'),
  PrintMarginUnit: pairs('Points Inches Centimeters'),
  CalculationType: pairs('Recalculate Full FullRebuild'),
  ProtectionSelectionMode: pairs('Normal Unlocked None'),
};

function pairs(names: string): Record<string, string> {
  return Object.fromEntries(names.split(' ').map((n) => [n.charAt(0).toLowerCase() + n.slice(1), n]));
}

/** A dialog opened with Office.context.ui.displayDialogAsync; the workbench shows and closes it. */
export interface SimDialog {
  readonly url: string;
  readonly options: unknown;
  /** Simulates the user closing the dialog (DialogEventReceived, error 12006). */
  close(): void;
  /** Simulates the dialog page calling Office.context.ui.messageParent(message). */
  message(message: string): void;
  readonly closed: boolean;
}

type Handler = (arg: unknown) => void;

function makeDialog(url: string, options: unknown, onChange: () => void): SimDialog & { api: object } {
  const handlers = new Map<string, Handler[]>();
  let closed = false;
  const emit = (type: string, arg: unknown): void => {
    for (const h of handlers.get(type) ?? []) h(arg);
  };
  const shut = (): void => {
    closed = true;
    onChange();
  };
  return {
    url,
    options,
    get closed() {
      return closed;
    },
    close() {
      if (closed) return;
      shut();
      emit('dialogEventReceived', { error: 12_006, type: 'dialogEventReceived' });
    },
    message(message: string) {
      emit('dialogMessageReceived', { message, origin: undefined, type: 'dialogMessageReceived' });
    },
    api: {
      addEventHandler(type: string, handler: Handler): void {
        handlers.set(type, [...(handlers.get(type) ?? []), handler]);
      },
      // The add-in closing its own dialog raises no event, as in Office.
      close(): void {
        if (!closed) shut();
      },
      messageChild(): void {},
      sendMessage(): void {},
    },
  };
}

export interface OfficeGlobalsOptions {
  readonly run: (batch: (context: never) => Promise<unknown>) => Promise<unknown>;
  readonly createWorkbook: (base64?: string) => Promise<void>;
  readonly isSetSupported: (name: string, version?: string | number) => boolean;
  readonly displayLanguage: string;
  /** What Office.context.diagnostics.version says (the simulator names itself and its ExcelApi). */
  readonly diagnosticsVersion: string;
  readonly actions: Map<string, (event: unknown) => void>;
  readonly documentSettings: Map<string, unknown>;
  readonly taskpane: { visible: boolean };
  readonly dialogs: SimDialog[];
  /** Called when a dialog opens or closes (the workbench redraws). */
  readonly onDialogChange: () => void;
}

export function buildGlobals(o: OfficeGlobalsOptions): { Excel: object; Office: object; OfficeExtension: object } {
  const Excel = {
    ...ENUMS,
    run: (...args: unknown[]) => {
      // Excel.run(batch) or Excel.run(objectOrOptions, batch): the batch is always last.
      const batch = args[args.length - 1];
      if (typeof batch !== 'function') return Promise.reject(new TypeError('Excel.run needs a batch function'));
      return o.run(batch as (context: never) => Promise<unknown>);
    },
    createWorkbook: o.createWorkbook,
    RequestContext: function RequestContext() {
      throw new Error('excel-sim: create contexts through Excel.run');
    },
  };
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const Office = {
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: {
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
      DialogParentMessageReceived: 'dialogParentMessageReceived',
      DocumentSelectionChanged: 'documentSelectionChanged',
    },
    context: {
      host: 'Excel',
      platform: 'OfficeOnline',
      displayLanguage: o.displayLanguage,
      contentLanguage: o.displayLanguage,
      diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: o.diagnosticsVersion },
      requirements: { isSetSupported: o.isSetSupported },
      document: {
        settings: {
          get: (name: string): unknown => o.documentSettings.get(name) ?? null,
          set: (name: string, value: unknown): void => void o.documentSettings.set(name, value),
          remove: (name: string): void => void o.documentSettings.delete(name),
          saveAsync: (cb?: (r: { status: string }) => void): void => {
            if (cb) setTimeout(() => cb({ status: 'succeeded' }), 0);
          },
        },
      },
      ui: {
        displayDialogAsync: (url: string, opts: unknown, cb?: (r: unknown) => void): void => {
          const callback = typeof opts === 'function' ? (opts as (r: unknown) => void) : cb;
          // Office allows one dialog at a time (error 12007 otherwise).
          if (o.dialogs.some((d) => !d.closed)) {
            if (callback) setTimeout(() => callback({ status: 'failed', error: { code: 12_007, message: 'A dialog is already open.' } }), 0);
            return;
          }
          const dialog = makeDialog(url, typeof opts === 'function' ? {} : opts, o.onDialogChange);
          o.dialogs.push(dialog);
          o.onDialogChange();
          if (callback) setTimeout(() => callback({ status: 'succeeded', value: dialog.api }), 0);
        },
        messageParent: (): void => undefined,
      },
    },
    onReady: (cb?: (i: typeof info) => void): Promise<typeof info> => {
      if (cb) setTimeout(() => cb(info), 0);
      return Promise.resolve(info);
    },
    initialize: undefined as (() => void) | undefined,
    actions: {
      associate: (id: string, fn: (event: unknown) => void): void => void o.actions.set(id, fn),
    },
    addin: {
      showAsTaskpane: (): Promise<void> => {
        o.taskpane.visible = true;
        return Promise.resolve();
      },
      hide: (): Promise<void> => {
        o.taskpane.visible = false;
        return Promise.resolve();
      },
      onVisibilityModeChanged: (): Promise<() => Promise<void>> => Promise.resolve(() => Promise.resolve()),
      setStartupBehavior: (): Promise<void> => Promise.resolve(),
    },
    ribbon: { requestUpdate: (): Promise<void> => Promise.resolve() },
  };
  const OfficeExtension = {
    Error: SimRichApiError,
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      generalException: 'GeneralException',
      activityLimitReached: 'ActivityLimitReached',
      invalidObjectPath: 'InvalidObjectPath',
      propertyNotLoaded: 'PropertyNotLoaded',
      valueNotLoaded: 'ValueNotLoaded',
      invalidRequestContext: 'InvalidRequestContext',
      invalidArgument: 'InvalidArgument',
      runMustReturnPromise: 'RunMustReturnPromise',
      cannotRegisterEvent: 'CannotRegisterEvent',
      apiNotFound: 'ApiNotFound',
      connectionFailure: 'ConnectionFailure',
    },
    config: { extendedErrorLogging: false },
  };
  return { Excel, Office, OfficeExtension };
}
