// The body of a document: paragraphs across the page and bordered tables with a bold header, group
// rows ("GIẢI NHẤT") across the table, spanning columns, and every row sized for its wrapped text
// (Excel and LibreOffice keep a saved row height).

import type { CellRect } from '../sheet/grid';
import type { CellStyle } from '../sheet/plan';
import { rowLinesOf } from './document-fit';
import { cellRect, type DocSheet } from './document-sheet';
import { COLUMN_ALIGN, isGroup, starts, type DocParagraph, type DocTable } from './document-spec';
import { TABLE_FONT_PT, type ColumnKind } from './layout';
import { rowHeightPt } from './measure';

export const MONEY_FORMAT = '#,##0';
export const SCORE_FORMAT = '0.00';

/** The style of a table column's data cells: bordered, aligned by kind, numbers formatted. */
export function bodyStyle(kind: ColumnKind): CellStyle {
  const base: CellStyle = {
    fontSize: TABLE_FONT_PT,
    border: 'thin',
    vertical: 'top',
    horizontal: COLUMN_ALIGN[kind],
    wrap: true,
  };
  if (kind === 'money') return { ...base, numberFormat: MONEY_FORMAT };
  if (kind === 'score') return { ...base, numberFormat: SCORE_FORMAT };
  if (kind === 'count' || kind === 'index') return { ...base, numberFormat: '0' };
  return base;
}

/** A paragraph across the page at row r (justified unless it says otherwise). */
export function writeParagraph(sheet: DocSheet, block: DocParagraph, r: number): void {
  const s: CellStyle = { horizontal: block.align ?? 'justify' };
  sheet.text(r, 0, sheet.n, block.text, {
    ...s,
    ...(block.bold ? { bold: true } : {}),
    ...(block.italic ? { italic: true } : {}),
  });
}

export interface TableWritten {
  /** The table, header row included. */
  readonly rect: CellRect;
  /** The header row, when it repeats on every printed page. */
  readonly printTitles?: { readonly first: number; readonly last: number };
}

/** A table from row r: its header row, then its rows. */
export function writeTable(sheet: DocSheet, block: DocTable, r: number): TableWritten {
  const { n, widths } = sheet;
  const at = starts(block.columns);
  const head = r;
  block.columns.forEach((col, i) => {
    const c = at[i]!;
    const span = col.span ?? 1;
    sheet.text(head, c, Math.min(n, c + span), col.header, {
      bold: true,
      fontSize: TABLE_FONT_PT,
      horizontal: 'center',
    });
  });
  sheet.style(cellRect(head, 0, 1, n), { border: 'thin', vertical: 'center' });
  r++;
  const bodyStart = r;
  const groupRows: number[] = [];
  const linesOf = rowLinesOf(block, widths);
  const oneLine = rowHeightPt(1, TABLE_FONT_PT);
  for (const row of block.rows) {
    const lines = linesOf(row);
    const h = lines === null || lines === 1 ? oneLine : rowHeightPt(lines, TABLE_FONT_PT);
    sheet.heights.set(r, lines === null ? h : Math.max(h, block.minRowPt ?? 0));
    if (isGroup(row)) {
      sheet.put(r, 0, row.group);
      sheet.merges.push(cellRect(r, 0, 1, n));
      groupRows.push(r);
    } else if (at.every((c, i) => c === i) && at.length === n) {
      // The common case: the row already is the sheet row (no copy per row).
      sheet.setRow(r, row);
    } else {
      block.columns.forEach((col, i) => {
        sheet.put(r, at[i]!, row[i] ?? null);
        if ((col.span ?? 1) > 1) sheet.merges.push(cellRect(r, at[i]!, 1, Math.min(n - at[i]!, col.span ?? 1)));
      });
    }
    r++;
  }
  const bodyRows = r - bodyStart;
  if (bodyRows > 0) {
    block.columns.forEach((col, i) => {
      const span = Math.min(n - at[i]!, col.span ?? 1);
      sheet.style(cellRect(bodyStart, at[i]!, bodyRows, span), bodyStyle(col.kind));
    });
    for (const g of groupRows)
      sheet.style(cellRect(g, 0, 1, n), { bold: true, horizontal: 'left', vertical: 'center', wrap: false });
  }
  return {
    rect: cellRect(head, 0, bodyRows + 1, n),
    ...(block.repeatHeader ? { printTitles: { first: head, last: head } } : {}),
  };
}
