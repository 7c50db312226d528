// Errors shaped like OfficeExtension.Error (name "RichApi.Error", code, debugInfo) so add-in code that
// inspects `error.code` behaves the same against the simulator as against Excel.

export type SimErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'InvalidRequestContext'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'InvalidSelection'
  | 'MergedRangeConflict'
  | 'PropertyNotLoaded'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RunMustReturnPromise';

// Excel's own wording, so messages surfaced to users read as they would in Excel.
const MESSAGES: Record<SimErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  InvalidOperation: 'The requested operation is invalid.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  InvalidSelection: 'The current selection is invalid for this operation.',
  MergedRangeConflict: "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  PropertyNotLoaded: 'The property is not available.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
};

export interface SimDebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
}

/** Thrown by `context.sync()` (and by property reads) exactly where Excel would throw. */
export class SimRichApiError extends Error {
  override name = 'RichApi.Error';
  debugInfo: SimDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  constructor(
    readonly code: SimErrorCode,
    detail?: string,
    errorLocation?: string,
  ) {
    const message = detail ? `${MESSAGES[code]} ${detail}` : MESSAGES[code];
    super(message);
    this.debugInfo = errorLocation ? { code, message, errorLocation } : { code, message };
  }

  /** Names the call that failed ("Range.values"), unless a more precise place is already known. */
  locate(where: string): this {
    if (!this.debugInfo.errorLocation) this.debugInfo = { ...this.debugInfo, errorLocation: where };
    return this;
  }
}

export function simError(code: SimErrorCode, detail?: string, location?: string): SimRichApiError {
  return new SimRichApiError(code, detail, location);
}

/** An error whose message is Excel's own specific sentence rather than the code's general one. */
export function simErrorWithMessage(code: SimErrorCode, message: string, location?: string): SimRichApiError {
  const e = new SimRichApiError(code, undefined, location);
  e.message = message;
  e.debugInfo = { ...e.debugInfo, message };
  return e;
}

export function propertyNotLoaded(property: string, owner: string): SimRichApiError {
  const e = new SimRichApiError('PropertyNotLoaded', undefined, `${owner}.${property}`);
  // office.js names the property and says what to do; tests and developers rely on that wording.
  e.message =
    `The property '${property}' is not available. Before reading the property's value, call the load method ` +
    'on the containing object and call "context.sync()" on the associated request context.';
  return e;
}
