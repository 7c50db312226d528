// The end of a document: the signature blocks (the chair on the right; "Nơi nhận" or a second
// signer on the left) and the page setup (A4, the decree's margins, the fitted scale).

import type { Problem } from '../problems';
import type { PageSetup } from '../sheet/plan';
import type { DocSheet } from './document-sheet';
import type { DocumentSpec, Signature } from './document-spec';
import { DECREE_MARGINS, type TableFit } from './layout';
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
    ...(fit.tooWide || (fit.scale < 100 && !fit.fitToPagesWide) ? {} : { fitToPagesWide: 1 as const }),
    scale: fit.scale,
    printArea: cellRect(0, 0, lastRow, n),
    centerHorizontally: true,
  };
}
