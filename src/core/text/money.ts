// Amounts as registers write them: numbers, formula results, "1.250.000.000", "1.250.000.000 đ",
// "1,2 tỷ", "350 triệu đồng", "85,5" in a millions column. Vietnamese writing: a dot followed by
// groups of exactly three digits separates thousands, a comma is the decimal mark. Amounts are
// kept in whole đồng, computed on decimal digit strings (never float multiplication), rounded
// half-up. Words meaning "not priced" are no amount (not zero); anything ambiguous is a problem.

import type { CellValue } from '../sheet/grid';
import { isCellError } from '../sheet/grid';
import type { Dong } from '../model';
import { foldPlain } from './fold';

/** The scale of a column or of a written amount, as a power of ten. */
export type MoneyUnit = 'dong' | 'thousand' | 'million' | 'billion';

const EXPONENT: Readonly<Record<MoneyUnit, number>> = { dong: 0, thousand: 3, million: 6, billion: 9 };

export type MoneyResult =
  | { readonly kind: 'amount'; readonly vnd: Dong }
  /** Empty, or words meaning the benefit is not priced: no amount, never zero. */
  | { readonly kind: 'none'; readonly words: boolean; readonly known: boolean }
  | { readonly kind: 'problem'; readonly code: MoneyProblemCode };

export type MoneyProblemCode =
  | 'intake.money.ambiguous'
  | 'intake.money.unreadable'
  | 'intake.money.negative'
  | 'intake.money.tooLarge'
  | 'intake.money.error';

/** Unit words after a number, folded (no diacritics): "đ", "đồng", "VNĐ", "tr.đ", "triệu", "tỷ", "nghìn" … */
const UNIT_WORDS: ReadonlyArray<readonly [RegExp, MoneyUnit]> = [
  [/^(ty|ti)( dong)?$/, 'billion'],
  [/^(trieu|tr|trd|tr d)( dong| d| vnd)?$/, 'million'],
  [/^(nghin|ngan|k)( dong| d)?$/, 'thousand'],
  [/^(d|dong|vnd|vn d)$/, 'dong'],
];

/** What follows the unit and changes nothing: "/năm", "mỗi năm", "một năm". */
const PER_YEAR = /( ?(moi|mot|1)? ?nam)$/;

/** Phrases meaning "no amount" (folded): "Không", "Không tính được bằng tiền", "Chưa tính được", "Hiệu quả xã hội" … */
const NO_AMOUNT = /^(khong|chua|hieu qua xa hoi|xa hoi|khong co|n a|na|x|ko|k)( |$)/;

/** The scale a header announces: "(triệu đồng)", "(nghìn đồng)", "(tỷ đồng)", "(đồng/năm)". */
export function unitFromHeader(header: string): MoneyUnit {
  const f = ` ${foldPlain(header)} `;
  if (/ (?<!cong )(ty|ti) (dong|d|vnd) /.test(f) || / (ty|ti) $/.test(f)) return 'billion';
  if (/ (trieu|tr d|trd|tr dong) /.test(f)) return 'million';
  if (/ (nghin|ngan) (dong|d|vnd) /.test(f) || / 1000 d/.test(f) || / 1 000 d/.test(f)) return 'thousand';
  return 'dong';
}

/** A finite number's exact decimal digits (shortest round-trip form), e.g. 24.7 → ["24", "7"]. */
function numberDigits(n: number): { int: string; frac: string } {
  let s = String(Math.abs(n));
  const e = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (e) {
    // Scientific notation (very large or small): shift the point by the exponent.
    const digits = e[1]! + (e[2] ?? '');
    const point = e[1]!.length + Number(e[3]);
    s =
      point <= 0
        ? '0.' + '0'.repeat(-point) + digits
        : point >= digits.length
          ? digits + '0'.repeat(point - digits.length)
          : `${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  const [int = '0', frac = ''] = s.split('.');
  return { int, frac };
}

/** int.frac × 10^exp in whole units, rounded half-up, as a safe integer; null when too large. */
function scale(int: string, frac: string, exp: number): number | null {
  const padded = frac + '0'.repeat(Math.max(0, exp - frac.length));
  const whole = (int + padded.slice(0, exp)).replace(/^0+(?=\d)/, '');
  const roundUp = (padded[exp] ?? '0') >= '5';
  // Up to 15 digits a double holds the integer exactly; beyond, BigInt decides whether it is still safe.
  if (whole.length <= 15) return Number(whole) + (roundUp ? 1 : 0);
  const value = BigInt(whole) + (roundUp ? 1n : 0n);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(value);
}

/**
 * Digits of a written number: "1.250.000" (thousands), "85,5" (decimal comma), "1.250,5",
 * "1 250 000". Null when it is not one of these ("1.5", "1,250.5", "1,250,000": ambiguous).
 */
function writtenDigits(text: string): { int: string; frac: string } | null {
  const s = text.replace(/(\d)[ \u00a0](?=\d{3}\b)/g, '$1');
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(s);
  if (!m) return null;
  return { int: m[1]!.replace(/\./g, ''), frac: m[2] ?? '' };
}

/** Registers repeat a handful of unit words and "not priced" phrases: fold each once. */
const folded = new Map<string, string>();
function foldOnce(text: string): string {
  let f = folded.get(text);
  if (f === undefined) {
    f = foldPlain(text);
    if (folded.size < 5000) folded.set(text, f);
  }
  return f;
}

function unitWord(rest: string): MoneyUnit | null | 'bad' {
  if (rest === '') return null;
  const f = foldOnce(rest).replace(PER_YEAR, '').trim();
  if (f === '') return null;
  for (const [re, unit] of UNIT_WORDS) if (re.test(f)) return unit;
  return 'bad';
}

/**
 * Reads a benefit cell in whole đồng. `unit` is the column's scale from its header; a unit
 * written in the cell ("350 triệu đồng") wins over it.
 */
export function parseMoney(value: CellValue, unit: MoneyUnit): MoneyResult {
  if (value === null || value === '') return { kind: 'none', words: false, known: true };
  if (isCellError(value)) return { kind: 'problem', code: 'intake.money.error' };
  if (typeof value === 'boolean') return { kind: 'problem', code: 'intake.money.unreadable' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'problem', code: 'intake.money.unreadable' };
    if (value < 0) return { kind: 'problem', code: 'intake.money.negative' };
    if (unit === 'dong' && Number.isSafeInteger(value)) return { kind: 'amount', vnd: value as Dong };
    const { int, frac } = numberDigits(value);
    const vnd = scale(int, frac, EXPONENT[unit]);
    return vnd === null ? { kind: 'problem', code: 'intake.money.tooLarge' } : { kind: 'amount', vnd: vnd as Dong };
  }
  const text = value.normalize('NFC').trim();
  if (text === '') return { kind: 'none', words: false, known: true };
  if (!/\d/.test(text)) {
    // Words without a figure: "Không tính được bằng tiền", "-", "Hiệu quả xã hội" are no amount.
    const f = foldOnce(text);
    return { kind: 'none', words: true, known: f === '' || NO_AMOUNT.test(f) };
  }
  if (/^-\s*\d/.test(text)) return { kind: 'problem', code: 'intake.money.negative' };
  // "Khoảng 50 triệu", "Ước tính 1,2 tỷ": an estimate is still the amount the register gives.
  const figure = text.replace(/^(khoảng|khoang|ước tính|uoc tinh|ước|dự kiến|du kien|trị giá|tri gia|:|\s)+(?=\d)/i, '');
  const m = /^(\d[\d., \u00a0]*\d|\d)\s*(.*)$/s.exec(figure);
  if (!m) return { kind: 'problem', code: 'intake.money.unreadable' };
  const written = unitWord(m[2]!);
  if (written === 'bad') return { kind: 'problem', code: 'intake.money.unreadable' };
  const digits = writtenDigits(m[1]!.trim());
  if (!digits) return { kind: 'problem', code: /[.,]/.test(m[1]!) ? 'intake.money.ambiguous' : 'intake.money.unreadable' };
  const effective = written ?? unit;
  // A fraction of one đồng is never meant: "1,250" in a đồng column is someone's thousands separator.
  if (effective === 'dong' && /[1-9]/.test(digits.frac)) return { kind: 'problem', code: 'intake.money.ambiguous' };
  const vnd = scale(digits.int, digits.frac, EXPONENT[effective]);
  return vnd === null ? { kind: 'problem', code: 'intake.money.tooLarge' } : { kind: 'amount', vnd: vnd as Dong };
}
