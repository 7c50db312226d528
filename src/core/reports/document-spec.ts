// What a document says, before it is laid out: the spec every report builds (header names, title,
// tables and paragraphs, signatures) and what writers other than the sheet (the .docx) take.

import type { DocumentNames } from '../council/rules';
import type { Problem } from '../problems';
import type { CellRect } from '../sheet/grid';
import type { HorizontalAlign, SheetPlan, SheetRole } from '../sheet/plan';
import type { DocDate } from './date';
import type { ColumnKind, TableFit } from './layout';

/** A column of a document table; `span` > 1 lays it over several columns of the sheet's grid. */
export interface DocColumn {
  readonly header: string;
  readonly kind: ColumnKind;
  readonly span?: number;
}

/** One table cell: text (always literal), a number, or empty. */
export type DocCell = string | number | null;

/** A table row: data cells in column order, or a group heading across the table ("GIẢI NHẤT"). */
export type DocRow = readonly DocCell[] | { readonly group: string };

export interface DocTable {
  readonly kind: 'table';
  readonly columns: readonly DocColumn[];
  readonly rows: readonly DocRow[];
  /** Repeat this table's header at the top of every printed page (one table per sheet). */
  readonly repeatHeader?: boolean;
  /** Points each data row is at least (whole pixels): room to write in by hand ("Phiếu chấm"). */
  readonly minRowPt?: number;
}

export interface DocParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: HorizontalAlign;
}

export type DocBlock = DocTable | DocParagraph | { readonly kind: 'blank' };

/** A signature: "TM. HỘI ĐỒNG" / "CHỦ TỊCH", room to sign, then the signer's name. */
export interface Signature {
  readonly lines: readonly string[];
  readonly name: string;
}

export interface DocumentSpec {
  readonly name: string;
  readonly role: SheetRole;
  readonly names: DocumentNames;
  readonly date: DocDate;
  readonly title: string;
  readonly subtitles?: readonly string[];
  /** Kind of document in its number ("DS" list, "BB" minutes, "BC" report): "Số:      /DS-HĐXDSK", the number left for the clerk. */
  readonly kindCode?: string;
  /** Kinds of the sheet's grid columns; tables with spans lay over them. */
  readonly grid: readonly ColumnKind[];
  readonly blocks: readonly DocBlock[];
  /** "Nơi nhận" lines, printed on the left under the last table (when there is no left signature). */
  readonly recipients?: readonly string[];
  readonly signature: Signature;
  /** A second signature on the left (minutes: the secretary). */
  readonly leftSignature?: Signature;
  /** Keep the page portrait whatever the tables (a text document: "Biên bản"). */
  readonly portrait?: boolean;
  /**
   * Rows of the repeated-header table each printed page should hold at least: the page is printed
   * smaller (never below 70 %) until the rows, measured in the widths that scale gives, fit.
   */
  readonly rowsPerPage?: number;
}

/** A document as writers other than the sheet (the .docx) take it: what it says, and how its sheet prints. */
export interface ReportDocument {
  readonly role: SheetRole;
  readonly spec: DocumentSpec;
  readonly orientation: 'portrait' | 'landscape';
  /** Widths of the grid's columns (Excel units): the .docx shares them out over the page. */
  readonly widths: readonly number[];
}

export interface DocumentResult {
  /** What the document says, for writers other than the sheet (the .docx). */
  readonly spec: DocumentSpec;
  readonly plan: SheetPlan;
  /** Where each table landed (header row included), in block order. */
  readonly tables: readonly CellRect[];
  readonly fit: TableFit;
  readonly problems: readonly Problem[];
}

export function isGroup(row: DocRow): row is { readonly group: string } {
  return !Array.isArray(row);
}

/** The grid column where each table column starts. */
export function starts(columns: readonly DocColumn[]): number[] {
  const out: number[] = [];
  let c = 0;
  for (const col of columns) {
    out.push(c);
    c += col.span ?? 1;
  }
  return out;
}

/** How a table column's cells align, in the sheet and in the .docx alike. */
export const COLUMN_ALIGN: Readonly<Record<ColumnKind, HorizontalAlign>> = {
  index: 'center',
  code: 'center',
  name: 'left',
  text: 'left',
  longText: 'left',
  short: 'left',
  box: 'center',
  money: 'right',
  score: 'right',
  count: 'center',
};
