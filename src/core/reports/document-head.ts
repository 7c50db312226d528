// The head of a document (Nghị định 30/2020): the issuing body on the left, the national title and
// motto on the right, the short rules under them, the number and the place-and-date line; then the
// title and subtitles.

import { placeDateLine } from './date';
import { CELL_PAD } from './document-fit';
import { cellRect, DOCUMENT_FONT_PT, type DocSheet } from './document-sheet';
import type { DocumentSpec } from './document-spec';
import { documentNumber, makeRoomLeft, NATIONAL_MOTTO, NATIONAL_TITLE, ruleColumns, splitColumn } from './header';
import { balancedBreak, textUnits, twoLineUnits } from './measure';

/** A heading broken by hand where it balances best over the span. */
function heading(sheet: DocSheet, value: string, from: number, to: number, size: number): string {
  return balancedBreak(value, sheet.spanWidth(from, to) - CELL_PAD, size, true);
}

/** Rows 0–3: the two header blocks. Returns the column where the right block starts. */
export function writeHeaderBlocks(sheet: DocSheet, spec: DocumentSpec): number {
  const { widths, n } = sheet;
  const k = splitColumn(widths);
  makeRoomLeft(
    widths,
    k,
    Math.max(
      twoLineUnits(spec.names.federation.toUpperCase(), 12, true),
      twoLineUnits(spec.names.council.toUpperCase(), DOCUMENT_FONT_PT, true),
    ) +
      CELL_PAD +
      0.5,
  );
  sheet.text(0, 0, k, heading(sheet, spec.names.federation.toUpperCase(), 0, k, 12), {
    bold: true,
    fontSize: 12,
    horizontal: 'center',
  });
  sheet.text(0, k, n, NATIONAL_TITLE, { bold: true, fontSize: 12, horizontal: 'center' });
  sheet.text(1, 0, k, heading(sheet, spec.names.council.toUpperCase(), 0, k, DOCUMENT_FONT_PT), {
    bold: true,
    fontSize: DOCUMENT_FONT_PT,
    horizontal: 'center',
  });
  sheet.text(1, k, n, NATIONAL_MOTTO, { bold: true, fontSize: DOCUMENT_FONT_PT, horizontal: 'center' });
  // The short rules under the issuing body and under the motto, on a thin row of their own.
  const leftRule = ruleColumns(widths, 0, k, 0.5);
  const mottoShare = Math.min(
    1,
    (textUnits(NATIONAL_MOTTO, DOCUMENT_FONT_PT, true) + 1) / Math.max(1, sheet.spanWidth(k, n)),
  );
  const rightRule = ruleColumns(widths, k, n, mottoShare);
  // Row 2 is not merged, so a border on some of its cells draws a rule shorter than the block.
  sheet.style(cellRect(2, leftRule.col, 1, leftRule.colCount), { borderBottom: 'thin' });
  sheet.style(cellRect(2, rightRule.col, 1, rightRule.colCount), { borderBottom: 'thin' });
  sheet.heights.set(2, 3.75);
  if (spec.kindCode)
    sheet.text(3, 0, k, documentNumber(spec.kindCode, spec.names.council), {
      horizontal: 'center',
      fontSize: DOCUMENT_FONT_PT,
    });
  sheet.text(3, k, n, placeDateLine(spec.names.place, spec.date), { italic: true, horizontal: 'center' });
  return k;
}

/** The title in capitals and the subtitles from row `r`, then a blank row. Returns the next row. */
export function writeTitle(sheet: DocSheet, spec: DocumentSpec, r: number): number {
  const n = sheet.n;
  sheet.text(r++, 0, n, heading(sheet, spec.title.toUpperCase(), 0, n, 14), {
    bold: true,
    fontSize: 14,
    horizontal: 'center',
  });
  for (const sub of spec.subtitles ?? []) sheet.text(r++, 0, n, sub, { bold: true, horizontal: 'center' });
  return r + 1;
}
