// What Excel does with a value written through `range.values` (or `formulas`): the same parsing as
// typing into the cell, in the API's en-US convention. This is where registers get damaged (a phone
// number losing its leading zero, "12/2019" turning into a date), so it is simulated closely.

import type { CellError } from '../../core/sheet/grid';
import { dateToSerial, isValidDate, monthFromName } from './dates';
import { asText } from './payload';

/** A value stored in a cell (formula results are computed, not stored). */
export type RawValue = string | number | boolean | CellError | null;

export type Interpreted =
  /** Leave the cell as it is (null in a written array means "no change" in Excel's API). */
  | { readonly kind: 'skip' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'formula'; readonly formula: string }
  | {
      readonly kind: 'value';
      readonly value: string | number | boolean | CellError;
      /** Number format Excel applies on its own when the cell's format is General ("m/d/yyyy", "0%"…). */
      readonly autoFormat?: string;
      /** Text entered with a leading apostrophe. */
      readonly quotePrefix?: boolean;
    };

export const ERROR_LITERALS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
]);

export interface ConvertOptions {
  /** Year used for dates typed without one ("3/5"); Excel takes the current year. */
  readonly currentYear: number;
}

/** Interprets one written value for a cell whose number format is `numberFormat`. */
export function interpretInput(input: unknown, numberFormat: string, opts: ConvertOptions): Interpreted {
  if (input === null || input === undefined) return { kind: 'skip' };
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { kind: 'value', value: input } : { kind: 'value', value: { error: '#NUM!' } };
  }
  if (typeof input === 'boolean') return { kind: 'value', value: input };
  if (typeof input !== 'string') return { kind: 'value', value: asText(input) };
  if (input === '') return { kind: 'clear' };
  // A text-formatted cell keeps exactly what was typed: no formula, number, date or apostrophe handling.
  if (numberFormat === '@') return { kind: 'value', value: input };
  if (input.startsWith("'")) {
    const rest = input.slice(1);
    return rest === '' ? { kind: 'clear' } : { kind: 'value', value: rest, quotePrefix: true };
  }
  if (input.length > 1 && input.startsWith('=')) return { kind: 'formula', formula: input };
  return parseTyped(input, opts);
}

/** Parses typed text into a number, date, time, boolean or error, or keeps it as text. */
export function parseTyped(input: string, opts: ConvertOptions): Interpreted {
  const t = input.trim();
  const upper = t.toUpperCase();
  if (upper === 'TRUE') return { kind: 'value', value: true };
  if (upper === 'FALSE') return { kind: 'value', value: false };
  if (ERROR_LITERALS.has(upper)) return { kind: 'value', value: { error: upper } };
  const num = parseNumber(t);
  if (num) return num;
  const date = parseDate(t, opts.currentYear);
  if (date) return date;
  const stamp = parseDateTime(t, opts.currentYear);
  if (stamp) return stamp;
  const time = parseTime(t);
  if (time) return time;
  return { kind: 'value', value: input };
}

const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

function parseNumber(t: string): Interpreted | null {
  let s = t;
  let negate = false;
  let format: string | undefined;
  // Accounting negatives: "(1,250)" is -1250.
  if (s.startsWith('(') && s.endsWith(')')) {
    s = s.slice(1, -1).trim();
    negate = true;
  }
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  let currency = false;
  if (s.startsWith('$')) {
    currency = true;
    s = s.slice(1).trim();
  } else if (s.startsWith('-$') || s.startsWith('+$')) {
    currency = true;
    s = s.charAt(0) + s.slice(2).trim();
  }
  let grouped = false;
  if (GROUPED.test(s)) grouped = true;
  else if (!PLAIN.test(s)) return null;
  let n = Number(s.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  if (negate) {
    if (s.startsWith('-') || s.startsWith('+')) return null;
    n = -n;
  }
  const decimals = /\.(\d+)/.exec(s)?.[1]?.length ?? 0;
  const dec = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  if (percent) {
    n /= 100;
    format = `0${dec}%`;
  } else if (currency) {
    format = `"$"#,##0${dec === '' ? '' : '.00'}`;
  } else if (grouped) {
    format = `#,##0${dec === '' ? '' : '.00'}`;
  } else if (/[eE]/.test(s)) {
    format = '0.00E+00';
  }
  n = n === 0 ? 0 : n;
  return format ? { kind: 'value', value: n, autoFormat: format } : { kind: 'value', value: n };
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length <= 2) return n < 30 ? 2000 + n : 1900 + n;
  return n;
}

function dateValue(y: number, m: number, d: number, format: string): Interpreted | null {
  if (!isValidDate(y, m, d)) return null;
  return { kind: 'value', value: dateToSerial(y, m, d), autoFormat: format };
}

const MDY = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})$/;
const MD = /^(\d{1,2})\/(\d{1,2})$/;
const MY = /^(\d{1,2})[/-](\d{4})$/;
const YMD = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/;
const DMONY = /^(\d{1,2})[- ]([A-Za-z]{3,9})[- ](\d{4}|\d{2})$/;
const DMON = /^(\d{1,2})[- ]([A-Za-z]{3,9})$/;
const MONY = /^([A-Za-z]{3,9})[- ](\d{4}|\d{2})$/;

/** en-US date entry: month first ("05/03/2021" is 3 May 2021); "12/2019" is 1 Dec 2019. */
function parseDate(t: string, currentYear: number): Interpreted | null {
  let m = MDY.exec(t);
  if (m) return dateValue(fullYear(m[4]!), Number(m[1]), Number(m[3]), 'm/d/yyyy');
  m = YMD.exec(t);
  if (m) return dateValue(Number(m[1]), Number(m[3]), Number(m[4]), 'm/d/yyyy');
  m = MY.exec(t);
  if (m) return dateValue(Number(m[2]), Number(m[1]), 1, 'mmm-yy');
  m = MD.exec(t);
  if (m) {
    const mo = Number(m[1]);
    const second = Number(m[2]);
    const asDay = dateValue(currentYear, mo, second, 'd-mmm');
    if (asDay) return asDay;
    // "12/45" is not a day of December, so Excel reads it as month/two-digit year.
    return dateValue(fullYear(m[2]!), mo, 1, 'mmm-yy');
  }
  m = DMONY.exec(t);
  if (m) {
    const mo = monthFromName(m[2]!);
    return mo ? dateValue(fullYear(m[3]!), mo, Number(m[1]), 'd-mmm-yy') : null;
  }
  m = DMON.exec(t);
  if (m) {
    const mo = monthFromName(m[2]!);
    return mo ? dateValue(currentYear, mo, Number(m[1]), 'd-mmm') : null;
  }
  m = MONY.exec(t);
  if (m) {
    const mo = monthFromName(m[1]!);
    return mo ? dateValue(fullYear(m[2]!), mo, 1, 'mmm-yy') : null;
  }
  return null;
}

/** "5/3/2021 10:30" is a date and a time in one serial. */
function parseDateTime(t: string, currentYear: number): Interpreted | null {
  const m = /^(\S+)\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)$/.exec(t);
  if (!m) return null;
  const d = parseDate(m[1]!, currentYear);
  const time = parseTime(m[2]!);
  if (!d || !time || d.kind !== 'value' || time.kind !== 'value') return null;
  return { kind: 'value', value: (d.value as number) + (time.value as number), autoFormat: 'm/d/yyyy h:mm' };
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])[Mm])?$/;

function parseTime(t: string): Interpreted | null {
  const m = TIME.exec(t);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const sec = m[3] ? Number(m[3]) : 0;
  const ampm = m[4]?.toUpperCase();
  if (min > 59 || sec > 59) return null;
  if (ampm) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm === 'P' ? 12 : 0);
  } else if (h > 23) {
    return null;
  }
  const format = ampm ? 'h:mm AM/PM' : m[3] ? 'h:mm:ss' : 'h:mm';
  return { kind: 'value', value: (h * 3600 + min * 60 + sec) / 86_400, autoFormat: format };
}
