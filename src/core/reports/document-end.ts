// The end of a document: the signature blocks (the chair on the right; "Nơi nhận" or a second
// signer on the left) and the page setup (A4, the decree's margins, the fitted scale).

import type { Problem } from '../problems';
import type { PageSetup } from '../sheet/plan';
import type { DocSheet } from './document-sheet';
import type { DocumentSpec, Signature } from './document-spec';
import { A4, DECREE_MARGINS, type TableFit } from './layout';
import { rowHeightPt } from './measure';
import { DOCUMENT_FONT_PT } from './document-sheet';
import { cellRect } from './document-sheet';

/** Empty rows left to sign in. */
const ROWS_TO_SIGN = 4;

export interface SignaturesWritten {
  /** Rows the document takes, signatures included. */
  readonly lastRow: number;
  /** A signer without a name. */
  readonly problems: Problem[];
}

/** The signature blocks from row `top`, beside the header blocks' split `k`. */
export function writeSignatures(sheet: DocSheet, spec: DocumentSpec, k: number, top: number): SignaturesWritten {
  const n = sheet.n;
  const problems: Problem[] = [];
  // Both signers' names sit on one line, under the taller of the two title blocks.
  const titleLines = Math.max(spec.signature.lines.length, spec.leftSignature?.lines.length ?? 0);
  const signer = (sig: Signature, from: number, to: number, role: string): void => {
    let s = top;
    for (const line of sig.lines) sheet.text(s++, from, to, line.toUpperCase(), { bold: true, horizontal: 'center' });
    s = top + titleLines + ROWS_TO_SIGN;
    if (sig.name.trim() === '') {
      problems.push({
        code: 'reports.signer.missing',
        severity: 'warning',
        sheet: spec.name,
        row: s + 1,
        column: null,
        params: { role },
      });
    } else sheet.text(s, from, to, sig.name, { bold: true, horizontal: 'center' });
  };
  signer(spec.signature, k, n, spec.signature.lines.join(' '));
  if (spec.leftSignature) signer(spec.leftSignature, 0, k, spec.leftSignature.lines.join(' '));
  else if (spec.recipients && spec.recipients.length > 0) {
    sheet.text(top, 0, k, 'Nơi nhận:', { bold: true, italic: true, fontSize: 12, horizontal: 'left', vertical: 'top' });
    spec.recipients.forEach((line, i) =>
      sheet.text(top + 1 + i, 0, k, line, { fontSize: 11, horizontal: 'left', vertical: 'top' }),
    );
  }
  return { lastRow: Math.max(sheet.rows.length, top + titleLines + ROWS_TO_SIGN + 1), problems };
}

/** How the document prints: A4, the decree's margins, centred, at the fit's scale, the repeated header. */
export function documentPage(
  fit: TableFit,
  printTitles: { first: number; last: number } | undefined,
  lastRow: number,
  n: number,
  keep: { readonly breakAt: number | null } | null = null,
): PageSetup {
  return {
    orientation: fit.orientation,
    paperSize: 'A4',
    margins: { ...DECREE_MARGINS },
    ...(printTitles ? { printTitleRows: printTitles } : {}),
    // Widths are estimated for Excel's 7-pixel unit; where the host's default font is wider (no
    // Calibri, as on many LibreOffice installs) one page across still holds every column, and the
    // estimate above keeps that scale at 70 % or more. A table too wide even then prints at 70 %
    // over two pages across rather than smaller (SPEC §5), and the clerk is told. A scale chosen to
    // hold more rows on a page is printed as it is: the widths were made for it.
    // A page break (the end of the table kept with its legend) is honoured only at a set scale:
    // Excel ignores manual breaks on a page fitted to its width.
    ...(fit.tooWide || keep !== null || (fit.scale < 100 && !fit.fitToPagesWide) ? {} : { fitToPagesWide: 1 as const }),
    scale: fit.scale,
    ...(keep !== null && keep.breakAt !== null ? { rowBreaks: [keep.breakAt] } : {}),
    printArea: cellRect(0, 0, lastRow, n),
    centerHorizontally: true,
  };
}

/** Every row of the document gets a height (an empty one a line of the body text), so no host sizes one itself. */
export function fillRowHeights(heights: Map<number, number>, lastRow: number): void {
  const blank = rowHeightPt(1, DOCUMENT_FONT_PT);
  for (let r = 0; r < lastRow; r++) if (!heights.has(r)) heights.set(r, blank);
}

/**
 * Points of rows a printed A4 page holds between the decree's margins at `scale` percent, less a
 * little kept in hand (hosts round row heights).
 */
export function printedPagePt(orientation: 'portrait' | 'landscape', scale: number): number {
  const heightCm =
    (orientation === 'landscape' ? A4.widthCm : A4.heightCm) - DECREE_MARGINS.top - DECREE_MARGINS.bottom;
  return ((heightCm / 2.54) * 72 * 100) / scale - PAGE_SLACK_PT;
}

/** Body rows kept on the last page with the legend and the signatures, so neither starts a page alone. */
const KEEP_ROWS = 2;
/** Points of a printed page kept in hand when pages are counted ahead (hosts round row heights). */
const PAGE_SLACK_PT = 24;

/**
 * Where a document that runs past one page must break so that its last table rows, the legend
 * under them and the signatures share the last page: pages are counted ahead at the document's
 * scale with its measured heights (the repeated header on each page after the first). `breakAt`
 * is null when they already share one; the result is null for a document of one page.
 */
export function keepEndTogether(
  heights: ReadonlyMap<number, number>,
  headerRow: number,
  bodyStart: number,
  bodyEnd: number,
  lastRow: number,
  fit: TableFit,
): { breakAt: number | null } | null {
  const page = printedPagePt(fit.orientation, fit.scale);
  const h = (r: number): number => heights.get(r) ?? 0;
  let total = 0;
  for (let r = 0; r < lastRow; r++) total += h(r);
  if (total <= page) return null;
  const from = Math.max(bodyStart + 1, bodyEnd - KEEP_ROWS);
  let tail = 0;
  for (let r = from; r < lastRow; r++) tail += h(r);
  // Count pages ahead to the first kept row: does the tail fit under it on that page?
  let used = 0;
  for (let r = 0; r < from; r++) {
    if (used + h(r) > page && r > headerRow) used = h(headerRow);
    used += h(r);
  }
  return { breakAt: used + tail <= page ? null : from };
}
