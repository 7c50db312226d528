// The register fields intake recognises and the header words that name them. Headers are compared
// folded (no diacritics, any case, punctuation as spaces), so "Tên sáng kiến, giải pháp",
// "TEN SANG KIEN" and "Tên  sáng kiến" are one column.

import { foldPlain } from '../text/fold';

export const REGISTER_FIELDS = [
  'stt',
  'title',
  'authors',
  'coAuthors',
  'position',
  'workplace',
  'positionWorkplace',
  'unit',
  'field',
  'benefit',
  'summary',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** Header patterns, most specific first; the first that matches names the column. Confidence is how sure a match is. */
const PATTERNS: ReadonlyArray<readonly [RegExp, RegisterField | 'other', number]> = [
  [/^(stt|tt|so tt|so thu tu|thu tu)$/, 'stt', 1],
  [/\bchuc (vu|danh)\b.*\b(don vi|noi cong tac|co quan|noi lam viec)\b/, 'positionWorkplace', 1],
  [/\bcap tren\b|\bcong doan nganh\b|\bldld\b/, 'unit', 1],
  [/\b(gia tri lam loi|lam loi|hieu qua kinh te|gia tri kinh te|loi ich kinh te|so tien lam loi)\b/, 'benefit', 1],
  [/\bten (sang kien|giai phap|de tai|cong trinh|mo hinh)\b|^(sang kien|giai phap|noi dung sang kien|de tai)$/, 'title', 1],
  [/\b(ho va ten|ho ten|tac gia|nguoi thuc hien|chu nhiem|chu tri)\b/, 'authors', 1],
  [/^(chuc vu|chuc danh|nghe nghiep|chuc vu nghe nghiep)\b/, 'position', 1],
  [/\b(don vi cong tac|noi cong tac|co quan cong tac|noi lam viec|don vi)\b/, 'workplace', 0.9],
  [/^(linh vuc|nganh linh vuc|linh vuc ap dung)\b/, 'field', 1],
  [/\b(tom tat|mo ta|noi dung)\b/, 'summary', 1],
  [/\bhieu qua\b/, 'summary', 0.6],
  [/\b(ghi chu|dien thoai|so dien thoai|email|thoi gian|nam|ngay|dia chi|ky ten|xep loai|diem)\b/, 'other', 1],
];

export interface HeaderMatch {
  readonly field: RegisterField | 'other';
  readonly confidence: number;
}

/** The field a header text names, or null when it names nothing known. */
/** A money unit in a header ("(đồng)", "(triệu đồng)", "VNĐ"): with words of value or effect, the column is the benefit. */
const MONEY_UNIT = /\b(dong|vnd|trieu dong|nghin dong|ty dong|trd)\b/;
const VALUE_WORDS = /\b(hieu qua|gia tri|loi ich|loi|tien|kinh te)\b/;

export function matchHeader(header: string): HeaderMatch | null {
  const raw = foldPlain(header);
  const named = matchFolded(raw);
  // "Hiệu quả (đồng)": a money unit makes an effect column the benefit.
  if ((named === null || named.field === 'summary' || named.field === 'other') && MONEY_UNIT.test(raw) && VALUE_WORDS.test(raw)) {
    return { field: 'benefit', confidence: 0.9 };
  }
  return named;
}

/** A column of co-authors only; "Họ tên tác giả, đồng tác giả" holds everyone and is the authors column. */
const CO_AUTHORS = /\b(dong tac gia|cac thanh vien|nguoi cung tham gia)\b/;
const AUTHOR_TOO = /\b(ho va ten|ho ten|tac gia chinh)\b|^tac gia\b|\btac gia\b.*\bdong tac gia\b/;

function matchFolded(raw: string): HeaderMatch | null {
  const f = raw
    .replace(/\b(trieu|nghin|ngan|ty) dong\b|\bdong nam\b|\bvnd\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (f === '') return null;
  if (CO_AUTHORS.test(f) && !AUTHOR_TOO.test(f)) return { field: 'coAuthors', confidence: 1 };
  for (const [re, field, confidence] of PATTERNS) if (re.test(f)) return { field, confidence };
  return null;
}
