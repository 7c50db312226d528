// Excel date serials (1900 date system): day 1 is 1900-01-01, and Excel keeps Lotus's phantom
// 1900-02-29 (serial 60), so serials from 1900-03-01 on are days since 1899-12-30.

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

/** Serial of a calendar date (month 1–12). */
export function dateToSerial(y: number, m: number, d: number): number {
  const days = Math.round((Date.UTC(y, m - 1, d) - EPOCH) / MS_PER_DAY);
  // Before 1900-03-01 Excel's count is one lower (no phantom leap day yet).
  return days < 61 ? days - 1 : days;
}

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  /** 0 = Sunday. */
  readonly weekday: number;
}

export function serialToParts(serial: number): DateParts {
  let whole = Math.floor(serial);
  const frac = serial - whole;
  let totalSeconds = Math.round(frac * 86_400);
  if (totalSeconds >= 86_400) {
    totalSeconds -= 86_400;
    whole += 1;
  }
  if (whole === 60) {
    return { year: 1900, month: 2, day: 29, hours: 0, minutes: 0, seconds: 0, weekday: 3 };
  }
  const days = whole < 60 ? whole + 1 : whole;
  const dt = new Date(EPOCH + days * MS_PER_DAY);
  return {
    year: dt.getUTCFullYear(),
    month: dt.getUTCMonth() + 1,
    day: dt.getUTCDate(),
    hours: Math.floor(totalSeconds / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
    weekday: dt.getUTCDay(),
  };
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** 1–12 for an English month name or its three-letter abbreviation, else 0. */
export function monthFromName(name: string): number {
  const n = name.toLowerCase();
  if (n.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.toLowerCase().startsWith(n) && (n.length === 3 || m.toLowerCase() === n));
  return i + 1;
}
