// What a row below the header is: an initiative, a section title that gives the rows beneath it
// their union or field, or something to step over (blank, subtotal, total, notes, signatures).

import { foldPlain } from '../text/fold';

/** An item number: "1", "12.", "3.2" (sub-items), never a section letter or numeral. */
export function isItemNumber(text: string): boolean {
  return /^\d{1,6}(?:[.,]\d{1,3})*\.?$/.test(text);
}

/** A section numeral or letter alone: "I", "XIV", "A", "B.", "(II)". */
export function isSectionNumeral(text: string): boolean {
  return /^\(?([IVXLC]{1,6}|[A-Z]|[a-z])[.)]?$/.test(text);
}

/** Numbering in front of a section title: "I. ", "A. ", "1) ", "XIV - ". */
export function stripSectionNumber(text: string): string {
  return text.replace(/^\(?(?:[IVXLC]{1,6}|[A-Za-z]|\d{1,2})\s*[.):\-–]\s+/, '').trim();
}

/** Subtotal and total rows: "Cộng: 45 sáng kiến", "Tổng cộng", "Tổng số: 992". */
const SUBTOTAL = /^(cong|cong lai|tong|tong so|tong cong|cong chung)\b/;
const GRAND_TOTAL = /^(tong cong|tong so|cong chung|tong)\b/;
/** Blocks below (and around) a table: signatures, "Nơi nhận", notes. */
const TRAILER =
  /^(nguoi lap( bieu| bang)?|tm |t m |kt |chu tich|pho chu tich|thu truong|noi nhan|ghi chu|luu |xac nhan|ky ten|giam doc|truong ban|thu ky|lanh dao|ban thuong vu)\b/;

export type LineKind = 'subtotal' | 'total' | 'trailer' | null;

/** Whether the first text of a row makes it a subtotal, a total, or part of a signature/notes block. */
export function lineKind(firstText: string): LineKind {
  const f = foldPlain(firstText);
  if (GRAND_TOTAL.test(f) && !/^tong hop\b/.test(f)) return 'total';
  if (SUBTOTAL.test(f) && !/^cong (dong|nghe|nhan|ty|trinh|tac|viec|doan|an|chuc|thuong)\b/.test(f)) return 'subtotal';
  if (TRAILER.test(f)) return 'trailer';
  return null;
}

/** Union words in a section title: it names an upper-level union, not a field. */
const UNION_WORDS = /\b(ldld|lien doan|cong doan|cd nganh|cdcs|cong doan co so)\b/;

/** A section title that names a field: "A. LĨNH VỰC GIÁO DỤC". */
export function namesField(folded: string): boolean {
  return /\blinh vuc\b/.test(folded) && !UNION_WORDS.test(folded);
}

export function namesUnion(folded: string): boolean {
  return UNION_WORDS.test(folded);
}
