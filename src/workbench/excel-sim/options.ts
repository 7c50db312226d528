// The simulator's settings as a page address says them (?api=1.9&lang=en&break=merges512), so the
// workbench, the self-test page and the tests set up the same simulated Excel the same way.

/**
 * Rules the simulator can break on purpose, to show that a check notices when Excel differs from
 * its documented word. Each one should fail exactly one self-test case.
 */
export const SIM_BREAKS = {
  /** The 512 merged-areas limit counted over the whole sheet, so reading in row blocks cannot help. */
  merges512: 'getMergedAreasOrNullObject counts every merged area of the sheet against 512, not only the range’s',
  /** Text written into a cell formatted "@" is converted as if typed into a General cell. */
  textFormat: 'the "@" number format is ignored when values are written',
  /** Requests and responses refused above 2,000,000 bytes instead of Excel on the web’s 5 MB. */
  payload: 'the payload limit is 2,000,000 bytes instead of 5 MB',
} as const;

export type SimBreak = keyof typeof SIM_BREAKS;

export function isSimBreak(s: string): s is SimBreak {
  return Object.prototype.hasOwnProperty.call(SIM_BREAKS, s);
}

/** The payload limit the `payload` break sets. */
export const BROKEN_PAYLOAD_BYTES = 2_000_000;

/** What a page address can set; a subset of SimOptions, in its own words. */
export interface SimQueryOptions {
  readonly apiVersion?: string;
  readonly displayLanguage?: string;
  readonly breaks?: readonly SimBreak[];
}

/**
 * Reads `api` (ExcelApi version), `lang` (`en` for English Office) and `break` (a comma-separated
 * list of SIM_BREAKS names; unknown names are ignored) from a query string.
 */
export function simOptionsFromQuery(search: string | URLSearchParams): SimQueryOptions {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const api = params.get('api');
  const breaks = (params.get('break') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(isSimBreak);
  return {
    ...(api !== null && /^1\.\d+$/.test(api) ? { apiVersion: api } : {}),
    displayLanguage: params.get('lang') === 'en' ? 'en-US' : 'vi-VN',
    ...(breaks.length > 0 ? { breaks } : {}),
  };
}

/** The query string (without "?") that gives these options back through simOptionsFromQuery. */
export function simQuery(options: SimQueryOptions): string {
  const q = new URLSearchParams();
  if (options.apiVersion !== undefined) q.set('api', options.apiVersion);
  if (options.displayLanguage?.toLowerCase().startsWith('en')) q.set('lang', 'en');
  if (options.breaks && options.breaks.length > 0) q.set('break', options.breaks.join(','));
  return q.toString();
}
