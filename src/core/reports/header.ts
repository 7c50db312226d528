// The head of a document after Nghị định 30/2020: where the issuing body's block ends and the
// national title's begins, the short rules under them, and the number line left for the clerk.

import type { CellRect } from '../sheet/grid';
import { textUnits } from './measure';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Which block of columns the left header takes: the rest must hold the national title on one line. */
export function splitColumn(widths: readonly number[]): number {
  const need = textUnits(NATIONAL_TITLE, 12, true) + 2;
  let right = 0;
  for (let k = widths.length - 1; k > 0; k--) {
    right += widths[k]!;
    if (right >= need) return k;
  }
  return Math.max(1, Math.floor(widths.length / 2));
}

/**
 * Moves the border between the two header blocks so the left one holds `leftNeed` units (the
 * issuing body on two lines at most) while the right still holds the national title: width passes
 * from the first column of the right block to the last of the left, which then both print a
 * little narrower or wider (a narrow portrait page, as for "Biên bản"). The widths are changed in
 * place; nothing moves when the page cannot hold both or the column would lose over 40 %.
 */
export function makeRoomLeft(widths: number[], k: number, leftNeed: number): void {
  let left = 0;
  for (let c = 0; c < k; c++) left += widths[c]!;
  let right = 0;
  for (let c = k; c < widths.length; c++) right += widths[c]!;
  const short = leftNeed - left;
  const spare = right - (textUnits(NATIONAL_TITLE, 12, true) + 2);
  if (short <= 0 || spare < short || k <= 0 || k >= widths.length) return;
  const giving = widths[k]!;
  if (giving - short < giving * 0.6) return;
  widths[k] = Math.round((giving - short) * 10) / 10;
  widths[k - 1] = Math.round((widths[k - 1]! + short) * 10) / 10;
}

/** Columns of [from, to) whose centres lie in the middle `share` of that span: where a short rule goes. */
export function ruleColumns(widths: readonly number[], from: number, to: number, share: number): CellRect {
  let total = 0;
  for (let c = from; c < to; c++) total += widths[c]!;
  const lo = (total * (1 - share)) / 2;
  const hi = total - lo;
  let x = 0;
  let first = -1;
  let last = -1;
  for (let c = from; c < to; c++) {
    const mid = x + widths[c]! / 2;
    if (mid >= lo && mid <= hi) {
      if (first < 0) first = c;
      last = c;
    }
    x += widths[c]!;
  }
  if (first < 0) {
    // No column centre falls inside: take the column under the middle of the block.
    x = 0;
    for (let c = from; c < to; c++) {
      if (x + widths[c]! >= total / 2) return { row: 0, col: c, rowCount: 1, colCount: 1 };
      x += widths[c]!;
    }
    return { row: 0, col: from, rowCount: 1, colCount: 1 };
  }
  return { row: 0, col: first, rowCount: 1, colCount: last - first + 1 };
}

/** Initials of a body's name, as document numbers abbreviate it: "HỘI ĐỒNG XÉT DUYỆT SÁNG KIẾN" → "HĐXDSK". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** The number line of the decree with the number itself left blank for the clerk: "Số:      /DS-HĐXDSK". */
export function documentNumber(kindCode: string, council: string): string {
  return `Số:${' '.repeat(8)}/${kindCode}-${initials(council)}`;
}
