// Field names as offices write them, mapped to the canonical list (model.ts FIELD_CODES):
// full names, the usual abbreviations (SXKD, GD-ĐT, GD&ĐT, CCHC, ATVSLĐ …), section titles
// ("A. LĨNH VỰC GIÁO DỤC") and the clerk's own aliases from "Cấu hình".

import { DEFAULT_FIELD_NAMES, FIELD_CODES, type FieldCode } from '../model';
import { foldCompact, foldPlain } from '../text/fold';

/** Abbreviations seen in registers, folded compact (no diacritics, no spaces or punctuation). */
const ABBREVIATIONS: Readonly<Record<string, FieldCode>> = {
  sxkd: 'sx', sx: 'sx', kd: 'sx', kt: 'sx', kythuat: 'sx', sanxuat: 'sx', kinhdoanh: 'sx', congnghiep: 'sx',
  gd: 'gd', gddt: 'gd', gdvadt: 'gd', giaoducdaotao: 'gd', giaoducvadaotao: 'gd', daotao: 'gd',
  yt: 'yt', yte: 'yt', suckhoe: 'yt',
  mt: 'mt', tnmt: 'mt', tainguyenmoitruong: 'mt', tainguyenvamoitruong: 'mt',
  at: 'at', atvsld: 'at', atld: 'at', bhld: 'at', atvslđ: 'at', antoanlaodong: 'at', antoan: 'at', pccc: 'at',
  cc: 'cc', cchc: 'cc', hanhchinh: 'cc', caicachhanhchinh: 'cc', qlnn: 'cc', quanlynhanuoc: 'cc',
  nn: 'nn', nnptnt: 'nn', nongnghiep: 'nn', thuysan: 'nn', lamnghiep: 'nn', nongnghiepptnt: 'nn',
  kh: 'kh', khac: 'kh', linhvuckhac: 'kh',
};

/** Keywords found inside longer names ("Lĩnh vực giáo dục và đào tạo"), folded with spaces, most specific first. */
const KEYWORDS: ReadonlyArray<readonly [RegExp, FieldCode]> = [
  [/\b(an toan|ve sinh lao dong|bao ho lao dong|phong chay)\b/, 'at'],
  [/\b(giao duc|dao tao|day hoc|giang day)\b/, 'gd'],
  [/\b(y te|suc khoe|kham chua benh|benh vien)\b/, 'yt'],
  [/\b(moi truong)\b/, 'mt'],
  [/\b(cai cach hanh chinh|hanh chinh|thu tuc)\b/, 'cc'],
  [/\b(nong nghiep|thuy san|lam nghiep|chan nuoi|trong trot|nong thon)\b/, 'nn'],
  [/\b(san xuat|kinh doanh|ky thuat|cong nghiep|dich vu)\b/, 'sx'],
  [/\b(khac)\b/, 'kh'],
];

export interface FieldMatcher {
  /** The canonical code of a field as written, or null when it names no known field. */
  (text: string): FieldCode | null;
}

/** A matcher over canonical names (possibly renamed in "Cấu hình"), abbreviations and extra aliases. */
export function fieldMatcher(
  names: Readonly<Record<FieldCode, string>> = DEFAULT_FIELD_NAMES,
  aliases: Readonly<Record<string, FieldCode>> = {},
): FieldMatcher {
  const exact = new Map<string, FieldCode>(Object.entries(ABBREVIATIONS));
  for (const code of FIELD_CODES) {
    exact.set(foldCompact(DEFAULT_FIELD_NAMES[code]), code);
    exact.set(foldCompact(names[code]), code);
  }
  for (const [alias, code] of Object.entries(aliases)) exact.set(foldCompact(alias), code);
  const cache = new Map<string, FieldCode | null>();
  return (text: string): FieldCode | null => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    // Section titles carry numbering and the word "lĩnh vực": "A. LĨNH VỰC GIÁO DỤC".
    const plain = foldPlain(text)
      .replace(/^([ivxlc]+|[a-z]|\d{1,2})\b\s*/, '')
      .replace(/^(nhom )?linh vuc\s*/, '')
      .trim();
    let code: FieldCode | null = exact.get(plain.replace(/ /g, '')) ?? exact.get(foldCompact(text)) ?? null;
    if (code === null) {
      for (const [re, c] of KEYWORDS) {
        if (re.test(plain)) {
          code = c;
          break;
        }
      }
    }
    if (cache.size < 10_000) cache.set(text, code);
    return code;
  };
}
