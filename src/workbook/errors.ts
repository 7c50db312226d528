// Host failures an adapter reports. Bad data is never an error (it is a Problem); these are the
// things a clerk must act on outside the data: a protected sheet, a missing sheet, an old Excel.

export class WorkbookError extends Error {
  override name = 'WorkbookError';
  constructor(
    /** Stable code that maps to a message in core/messages (e.g. "host.protected"). */
    readonly code: string,
    message: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
  }
}

export class SheetProtectedError extends WorkbookError {
  override name = 'SheetProtectedError';
  constructor(readonly sheet: string) {
    super('host.protected', `Sheet "${sheet}" is protected`, { sheet });
  }
}

export class SheetMissingError extends WorkbookError {
  override name = 'SheetMissingError';
  constructor(readonly sheet: string) {
    super('host.missing', `Sheet "${sheet}" does not exist`, { sheet });
  }
}

export class UnsupportedHostError extends WorkbookError {
  override name = 'UnsupportedHostError';
  constructor(readonly requirement: string) {
    super('host.unsupported', `This Excel does not support ${requirement}`, { requirement });
  }
}
