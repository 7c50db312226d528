// Parsers for the values of "Cấu hình": each takes a cell as typed and returns the value or the
// code of what is wrong with it, never throws. Every one accepts what Excel may have turned the
// text into (a number for "70%", a date serial for a date).

import type { CellValue } from '../sheet/grid';
import type { TierName } from './rules';
import { TIER_NAMES } from './rules';
import { cellText, parseScaled } from '../sheets/kit';
import { foldKey, splitList } from './fold';
import { foldPlain } from '../text/fold';

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: string; readonly params?: Record<string, string | number> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(code: string, params?: Record<string, string | number>): Parsed<T> =>
  params === undefined ? { ok: false, code } : { ok: false, code, params };

/** A whole number within [min, max]. */
export function parseWhole(v: CellValue, min: number, max: number): Parsed<number> {
  const r = parseScaled(v, 0);
  if (!r.ok) return bad(r.reason === 'tooPrecise' ? 'council.config.notInteger' : 'council.config.notNumber');
  if (r.value < min || r.value > max) return bad('council.config.outOfRange', { min, max });
  return ok(r.value);
}

/** Points with at most `decimals` decimals within [min, max] points, scaled to an integer. */
export function parsePoints(v: CellValue, decimals: number, min: number, max: number): Parsed<number> {
  const r = parseScaled(v, decimals);
  if (!r.ok)
    return bad(r.reason === 'tooPrecise' ? 'council.config.tooPrecise' : 'council.config.notNumber', { decimals });
  const f = 10 ** decimals;
  if (r.value < min * f || r.value > max * f) return bad('council.config.outOfRange', { min, max });
  return ok(r.value);
}

/** One of a few tokens, matched folded ("Trung bình" = "trung_binh"). */
export function parseChoice<T>(v: CellValue, choices: Readonly<Record<string, T>>): Parsed<T> {
  const k = foldKey(cellText(v));
  const hit = choices[k];
  return hit === undefined ? bad('council.config.badChoice', { expected: Object.keys(choices).join(', ') }) : ok(hit);
}

const TRUE = new Set(['co', 'c', 'x', 'yes', 'y', 'true', '1', 'dung']);
const FALSE = new Set(['khong', 'k', 'no', 'n', 'false', '0', 'sai']);

/** có / không, also x, yes/no, TRUE/FALSE, 1/0. */
export function parseBool(v: CellValue): Parsed<boolean> {
  if (typeof v === 'boolean') return ok(v);
  const k = foldKey(cellText(v));
  if (TRUE.has(k)) return ok(true);
  if (FALSE.has(k)) return ok(false);
  return bad('council.config.badBoolean');
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

export function reduce(num: number, den: number): { num: number; den: number } {
  const g = gcd(Math.abs(num), Math.abs(den)) || 1;
  return { num: num / g, den: den / g };
}

/**
 * A fraction in (0, 1]: "2/3", a percentage "66,67%" or a number such as 0.7 (a cell Excel
 * formatted as a percentage holds that). Kept exact, so ⌈2/3 × 9⌉ is 6, never 6.000001.
 */
export function parseFraction(v: CellValue): Parsed<{ num: number; den: number }> {
  if (typeof v === 'number') {
    const r = parseScaled(v, 6);
    if (!r.ok || r.value <= 0 || r.value > 1_000_000) return bad('council.config.badFraction');
    return ok(reduce(r.value, 1_000_000));
  }
  const text = cellText(v).replace(/\s/g, '');
  const frac = /^(\d+)\/(\d+)$/.exec(text);
  if (frac) {
    const num = Number(frac[1]);
    const den = Number(frac[2]);
    if (den === 0 || num === 0 || num > den) return bad('council.config.badFraction');
    return ok(reduce(num, den));
  }
  const pct = /^(.+)%$/.exec(text);
  if (pct) {
    const r = parseScaled(pct[1], 4);
    if (!r.ok || r.value <= 0 || r.value > 1_000_000) return bad('council.config.badFraction');
    return ok(reduce(r.value, 1_000_000));
  }
  return bad('council.config.badFraction');
}

/** "2/3" for the sheet: the form the SPEC uses and a clerk recognises. */
export function formatFraction(f: { readonly num: number; readonly den: number }): string {
  return `${f.num}/${f.den}`;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 9999) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** A date as ISO "yyyy-mm-dd": typed "05/05/2021" (day first, as in Vietnam), "2021-05-05", or an Excel date serial. Empty is "" (= today). */
export function parseDate(v: CellValue): Parsed<string> {
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 1 || v > 2958465) return bad('council.config.badDate');
    // Excel's 1900 date system counts from 1899-12-30 (it keeps Lotus's phantom 29 Feb 1900).
    const d = new Date(Date.UTC(1899, 11, 30) + v * 86_400_000);
    return ok(`${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`);
  }
  const text = cellText(v);
  if (text === '') return ok('');
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? ok(`${y}-${pad2(mo)}-${pad2(d)}`) : bad('council.config.badDate');
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? ok(`${y}-${pad2(mo)}-${pad2(d)}`) : bad('council.config.badDate');
  }
  return bad('council.config.badDate');
}

/** ISO date → "05/05/2021" for the sheet; "" stays "". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A tier name as typed: "Nhất", "giải nhì", "KK" for Khuyến khích. */
export function parseTierName(text: string): TierName | null {
  const f = foldPlain(text).replace(/^giai /, '');
  if (f === 'kk') return 'Khuyến khích';
  for (const t of TIER_NAMES) if (foldPlain(t) === f) return t;
  return null;
}

/** "Nhất; Nhì" → ['Nhất', 'Nhì']; an unknown name is a problem. */
export function parseTierList(v: CellValue): Parsed<TierName[]> {
  const out: TierName[] = [];
  for (const part of splitList(cellText(v).replace(/,/g, ';'))) {
    const t = parseTierName(part);
    if (t === null) return bad('council.config.badTier', { value: part, expected: TIER_NAMES.join(', ') });
    if (!out.includes(t)) out.push(t);
  }
  return out.length === 0 ? bad('council.config.badTier', { value: '', expected: TIER_NAMES.join(', ') }) : ok(out);
}
