// The official document frame after Nghị định 30/2020 (SPEC §5): the two header blocks, the
// place-and-date line, the title, bordered tables with a bold header, the signature blocks and
// "Nơi nhận", in Times New Roman on A4 with the decree's margins. Every report sheet is this frame
// around its own table; the frame decides widths, orientation, scale, merges and row heights.
// `buildDocument` runs its stages: fit (document-fit) → header blocks and title (document-head) →
// paragraphs and tables (document-body) → signatures and page setup (document-end).

import type { SheetPlan } from '../sheet/plan';
import type { CellRect } from '../sheet/grid';
import type { Problem } from '../problems';
import { writeParagraph, writeTable } from './document-body';
import { documentPage, fillRowHeights, keepEndTogether, writeSignatures } from './document-end';
import { fitDocuments } from './document-fit';
import { writeHeaderBlocks, writeTitle } from './document-head';
import { DOCUMENT_FONT, DOCUMENT_FONT_PT, DocSheet } from './document-sheet';
import type { DocumentResult, DocumentSpec } from './document-spec';
import type { TableFit } from './layout';

export { NATIONAL_MOTTO, NATIONAL_TITLE } from './header';
export { DOCUMENT_FONT, DOCUMENT_FONT_PT } from './document-sheet';
export { MONEY_FORMAT, SCORE_FORMAT } from './document-body';
export { estimatedRowsPerPage, fitDocuments } from './document-fit';
export { COLUMN_ALIGN } from './document-spec';
export type {
  DocBlock,
  DocCell,
  DocColumn,
  DocParagraph,
  DocRow,
  DocTable,
  DocumentResult,
  DocumentSpec,
  ReportDocument,
  Signature,
} from './document-spec';

/** Builds the sheet plan of a document; `fit` lays it out like others of its grid (default: its own). */
export function buildDocument(spec: DocumentSpec, fit: TableFit = fitDocuments([spec])): DocumentResult {
  const n = spec.grid.length;
  const sheet = new DocSheet([...fit.widths], n);
  const tables: CellRect[] = [];
  let printTitles: { first: number; last: number } | undefined;
  /** The repeated-header table's body rows [start, end), and whether a paragraph (the legend) follows it. */
  let mainBody: { start: number; end: number; noted: boolean } | undefined;

  const k = writeHeaderBlocks(sheet, spec);
  let r = writeTitle(sheet, spec, 5);
  for (const block of spec.blocks) {
    if (mainBody && mainBody.end === r && block.kind === 'paragraph') mainBody.noted = true;
    if (block.kind === 'blank') r++;
    else if (block.kind === 'paragraph') writeParagraph(sheet, block, r++);
    else {
      const table = writeTable(sheet, block, r);
      if (table.printTitles) printTitles = table.printTitles;
      if (table.printTitles && table.rect.rowCount > 1)
        mainBody = { start: table.rect.row + 1, end: table.rect.row + table.rect.rowCount, noted: false };
      tables.push(table.rect);
      r += table.rect.rowCount;
    }
  }
  const { lastRow, problems } = writeSignatures(sheet, spec, k, r + 1);
  fillRowHeights(sheet.heights, lastRow);
  // The table's last rows keep the legend under them and the signatures company on the last page.
  const keep =
    mainBody?.noted && printTitles && !fit.tooWide
      ? keepEndTogether(sheet.heights, printTitles.first, mainBody.start, mainBody.end, lastRow, fit)
      : null;
  const allProblems: Problem[] = [...problems];
  if (fit.tooWide)
    allProblems.push({
      code: 'reports.page.tooWide',
      severity: 'warning',
      sheet: spec.name,
      row: null,
      column: null,
      params: { columns: n },
    });

  const rows = sheet.rows;
  for (let i = 0; i < lastRow; i++) rows[i] ??= [];
  const plan: SheetPlan = {
    name: spec.name,
    role: spec.role,
    rows,
    columns: sheet.widths.map((width) => ({ width })),
    styles: sheet.styles,
    merges: sheet.merges,
    rowHeights: sheet.heights,
    page: documentPage(fit, printTitles, lastRow, n, keep),
    font: { name: DOCUMENT_FONT, size: DOCUMENT_FONT_PT },
  };
  return { spec, plan, tables, fit, problems: allProblems };
}
