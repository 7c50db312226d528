// The official document frame after Nghị định 30/2020 (SPEC §5): the two header blocks, the
// place-and-date line, the title, bordered tables with a bold header, the signature blocks and
// "Nơi nhận", in Times New Roman on A4 with the decree's margins. Every report sheet is this frame
// around its own table; the frame decides widths, orientation, scale, merges and row heights.

import type { DocumentNames } from '../council/rules';
import type { Problem } from '../problems';
import type { CellRect } from '../sheet/grid';
import type { CellStyle, HorizontalAlign, PageSetup, PlanValue, SheetPlan, SheetRole, StyledRect } from '../sheet/plan';
import { placeDateLine, type DocDate } from './date';
import { documentNumber, makeRoomLeft, NATIONAL_MOTTO, NATIONAL_TITLE, ruleColumns, splitColumn } from './header';

export { NATIONAL_MOTTO, NATIONAL_TITLE } from './header';
import { A4, ColumnMeasure, DECREE_MARGINS, MIN_SCALE, TABLE_FONT_PT, fitTable, type ColumnKind, type TableFit } from './layout';
import { balancedBreak, rowHeightPt, textUnits, twoLineUnits, wrappedLines } from './measure';

export const DOCUMENT_FONT = 'Times New Roman';
export const DOCUMENT_FONT_PT = 13;
export const MONEY_FORMAT = '#,##0';
export const SCORE_FORMAT = '0.00';

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

const ROWS_TO_SIGN = 4;
/** Units of a cell lost to its padding when text wraps (about 2 px a side in Excel and LibreOffice). */
const CELL_PAD = 0.6;
const WRAPS: Readonly<Record<ColumnKind, boolean>> = {
  index: false,
  code: false,
  name: true,
  text: true,
  longText: true,
  short: true,
  money: false,
  score: false,
  count: false,
};

function isGroup(row: DocRow): row is { readonly group: string } {
  return !Array.isArray(row);
}

/** Text of a cell as it prints, for measuring: money grouped, scores with two decimals. */
function printed(v: DocCell, kind: ColumnKind): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (kind === 'money') return Math.round(v).toLocaleString('en-US');
  if (kind === 'score') return v.toFixed(2);
  return String(v);
}

/** The grid column where each table column starts. */
function starts(columns: readonly DocColumn[]): number[] {
  const out: number[] = [];
  let c = 0;
  for (const col of columns) {
    out.push(c);
    c += col.span ?? 1;
  }
  return out;
}

/** Columns whose numbers print with a fixed number of decimals: the widest has the most digits. */
const NUMBER_KINDS: ReadonlySet<ColumnKind> = new Set<ColumnKind>(['index', 'money', 'score', 'count']);

function measureGrid(specs: readonly DocumentSpec[]): ColumnMeasure[] {
  const measures = (specs[0]?.grid ?? []).map((kind) => new ColumnMeasure(kind, ''));
  for (const block of specs.flatMap((s) => s.blocks)) {
    if (block.kind !== 'table') continue;
    const at = starts(block.columns);
    block.columns.forEach((col, i) => {
      // A spanning cell shares its width with its neighbours; only single columns size the grid.
      if ((col.span ?? 1) !== 1) return;
      const m = measures[at[i]!];
      if (!m) return;
      // A header wraps between its words; a short column ("Ghi chú", "Trạng thái") keeps it on one line.
      m.add(col.kind === 'short' ? col.header : col.header.split(/\s+/).reduce((a, w) => (w.length > a.length ? w : a), ''));
      // Digits share one width in Times New Roman, so the widest number of a number column (fixed
      // decimals, grouped thousands) prints from its largest or its most negative value: only those
      // two are formatted and measured.
      const numeric = NUMBER_KINDS.has(col.kind);
      let max = -Infinity;
      let min = Infinity;
      for (const row of block.rows) {
        if (isGroup(row)) continue;
        const v = row[i] ?? null;
        if (numeric && typeof v === 'number') {
          if (v > max) max = v;
          if (v < min) min = v;
        } else m.add(printed(v, col.kind));
      }
      if (max !== -Infinity) m.add(printed(max, col.kind));
      if (min < 0) m.add(printed(min, col.kind));
    });
  }
  return measures;
}

const ALIGN: Readonly<Record<ColumnKind, HorizontalAlign>> = {
  index: 'center',
  code: 'center',
  name: 'left',
  text: 'left',
  longText: 'left',
  short: 'left',
  money: 'right',
  score: 'right',
  count: 'center',
};

function bodyStyle(kind: ColumnKind): CellStyle {
  const base: CellStyle = { fontSize: TABLE_FONT_PT, border: 'thin', vertical: 'top', horizontal: ALIGN[kind], wrap: true };
  if (kind === 'money') return { ...base, numberFormat: MONEY_FORMAT };
  if (kind === 'score') return { ...base, numberFormat: SCORE_FORMAT };
  if (kind === 'count' || kind === 'index') return { ...base, numberFormat: '0' };
  return base;
}

/** Lines the tallest wrapping cell of each data row takes in the given grid widths (null for a group row). */
function rowLinesOf(block: DocTable, widths: readonly number[]): (row: DocRow) => number | null {
  const at = starts(block.columns);
  const wrapCols: number[] = [];
  const wrapWidths: number[] = [];
  block.columns.forEach((col, i) => {
    if (!WRAPS[col.kind]) return;
    let w = 0;
    for (let c = at[i]!; c < Math.min(widths.length, at[i]! + (col.span ?? 1)); c++) w += widths[c] ?? 0;
    wrapCols.push(i);
    wrapWidths.push(w - CELL_PAD);
  });
  return (row) => {
    if (isGroup(row)) return null;
    let lines = 1;
    for (let w = 0; w < wrapCols.length; w++) {
      const v = row[wrapCols[w]!];
      if (typeof v === 'string' && v !== '') {
        const l = wrappedLines(v, wrapWidths[w]!, TABLE_FONT_PT);
        if (l > lines) lines = l;
      }
    }
    return lines;
  };
}

/** Lines of a table's header row in the given grid widths (bold headers wrap between words). */
function headerLines(block: DocTable, widths: readonly number[]): number {
  const at = starts(block.columns);
  let lines = 1;
  block.columns.forEach((col, i) => {
    let w = 0;
    for (let c = at[i]!; c < Math.min(widths.length, at[i]! + (col.span ?? 1)); c++) w += widths[c] ?? 0;
    lines = Math.max(lines, wrappedLines(col.header, w - CELL_PAD, TABLE_FONT_PT, true));
  });
  return lines;
}

/** Points of table a printed page holds at a scale, under the repeated header. */
function pageBodyPt(fit: TableFit, headerPt: number): number {
  const heightCm = (fit.orientation === 'landscape' ? A4.widthCm : A4.heightCm) - DECREE_MARGINS.top - DECREE_MARGINS.bottom;
  return ((heightCm / 2.54) * 72 * 100) / fit.scale - headerPt;
}

/** At most this many rows are measured to estimate a page (evenly spread over the table). */
const SAMPLE_ROWS = 2000;

/** Average data rows of `block` a printed page holds with this fit (rows measured, never guessed). */
export function estimatedRowsPerPage(block: DocTable, fit: TableFit): number {
  const lines = rowLinesOf(block, fit.widths);
  const step = Math.max(1, Math.floor(block.rows.length / SAMPLE_ROWS));
  let total = 0;
  let count = 0;
  for (let i = 0; i < block.rows.length; i += step) {
    const l = lines(block.rows[i]!);
    if (l === null) continue;
    total += rowHeightPt(l, TABLE_FONT_PT);
    count++;
  }
  if (count === 0) return Infinity;
  // A page ends on a whole row: on average half a row's room is left over.
  return pageBodyPt(fit, rowHeightPt(headerLines(block, fit.widths), TABLE_FONT_PT)) / (total / count) - 0.5;
}

/**
 * The fit of documents of one grid (usually one; the paper forms, one per member, stacked on a
 * sheet): the largest scale (100 down to 70 %) at which the main table holds `rowsPerPage`.
 */
export function fitDocuments(specs: readonly DocumentSpec[]): TableFit {
  const spec = specs[0]!;
  const measures = measureGrid(specs);
  const options = spec.portrait ? { orientation: 'portrait' as const } : {};
  const first = fitTable(measures, options);
  const main = spec.blocks.find((b): b is DocTable => b.kind === 'table' && b.repeatHeader === true);
  if (!spec.rowsPerPage || !main || first.tooWide) return first;
  let fit = first;
  for (let scale = first.scale; scale >= MIN_SCALE; scale--) {
    fit = fitTable(measures, { ...options, scale });
    // One row to spare: the first page carries the header blocks, the last the signatures.
    if (estimatedRowsPerPage(main, fit) >= spec.rowsPerPage + 1) break;
  }
  return fit;
}

/** Builds the sheet plan of a document; `fit` lays it out like others of its grid (default: its own). */
export function buildDocument(spec: DocumentSpec, fit: TableFit = fitDocuments([spec])): DocumentResult {
  const n = spec.grid.length;
  const widths = [...fit.widths];
  const rows: (readonly PlanValue[])[] = [];
  // Lines this function builds cell by cell; table rows given whole are used as they are.
  const built = new Map<number, PlanValue[]>();
  const styles: StyledRect[] = [];
  const merges: CellRect[] = [];
  const heights = new Map<number, number>();
  const tables: CellRect[] = [];
  const problems: Problem[] = [];
  let printTitles: { first: number; last: number } | undefined;

  const spanWidth = (from: number, to: number): number => {
    let w = 0;
    for (let c = from; c < to; c++) w += widths[c] ?? 0;
    return w;
  };
  const rect = (row: number, col: number, rowCount: number, colCount: number): CellRect => ({ row, col, rowCount, colCount });
  const put = (r: number, c: number, v: PlanValue): void => {
    let line = built.get(r);
    if (!line) {
      line = [];
      built.set(r, line);
      rows[r] = line;
    }
    while (line.length < c) line.push(null);
    line[c] = v;
  };
  const style = (r: CellRect, s: CellStyle): void => {
    styles.push({ rect: r, style: s });
  };
  /** Writes merged text over [from, to) of row r, sizing the row for its wrapped lines. */
  const text = (r: number, from: number, to: number, value: string, s: CellStyle): void => {
    put(r, from, value);
    const area = rect(r, from, 1, to - from);
    if (to - from > 1) merges.push(area);
    style(area, { wrap: true, vertical: 'center', ...s });
    const size = s.fontSize ?? DOCUMENT_FONT_PT;
    const lines = wrappedLines(value, spanWidth(from, to) - CELL_PAD, size, s.bold ?? false, s.italic ?? false);
    const h = rowHeightPt(lines, size);
    if (h > (heights.get(r) ?? 0)) heights.set(r, h);
  };

  // Header blocks: issuing body on the left, the national title and motto on the right.
  const k = splitColumn(widths);
  makeRoomLeft(
    widths,
    k,
    Math.max(twoLineUnits(spec.names.federation.toUpperCase(), 12, true), twoLineUnits(spec.names.council.toUpperCase(), DOCUMENT_FONT_PT, true)) + CELL_PAD + 0.5,
  );
  const heading = (value: string, from: number, to: number, size: number): string =>
    balancedBreak(value, spanWidth(from, to) - CELL_PAD, size, true);
  text(0, 0, k, heading(spec.names.federation.toUpperCase(), 0, k, 12), { bold: true, fontSize: 12, horizontal: 'center' });
  text(0, k, n, NATIONAL_TITLE, { bold: true, fontSize: 12, horizontal: 'center' });
  text(1, 0, k, heading(spec.names.council.toUpperCase(), 0, k, DOCUMENT_FONT_PT), { bold: true, fontSize: DOCUMENT_FONT_PT, horizontal: 'center' });
  text(1, k, n, NATIONAL_MOTTO, { bold: true, fontSize: DOCUMENT_FONT_PT, horizontal: 'center' });
  // The short rules under the issuing body and under the motto, on a thin row of their own.
  const leftRule = ruleColumns(widths, 0, k, 0.5);
  const mottoShare = Math.min(1, (textUnits(NATIONAL_MOTTO, DOCUMENT_FONT_PT, true) + 1) / Math.max(1, spanWidth(k, n)));
  const rightRule = ruleColumns(widths, k, n, mottoShare);
  // Row 2 is not merged, so a border on some of its cells draws a rule shorter than the block.
  style(rect(2, leftRule.col, 1, leftRule.colCount), { borderBottom: 'thin' });
  style(rect(2, rightRule.col, 1, rightRule.colCount), { borderBottom: 'thin' });
  heights.set(2, 3.75);
  if (spec.kindCode) text(3, 0, k, documentNumber(spec.kindCode, spec.names.council), { horizontal: 'center', fontSize: DOCUMENT_FONT_PT });
  text(3, k, n, placeDateLine(spec.names.place, spec.date), { italic: true, horizontal: 'center' });

  let r = 5;
  text(r++, 0, n, heading(spec.title.toUpperCase(), 0, n, 14), { bold: true, fontSize: 14, horizontal: 'center' });
  for (const sub of spec.subtitles ?? []) text(r++, 0, n, sub, { bold: true, horizontal: 'center' });
  r++;

  for (const block of spec.blocks) {
    if (block.kind === 'blank') {
      r++;
      continue;
    }
    if (block.kind === 'paragraph') {
      const s: CellStyle = { horizontal: block.align ?? 'justify' };
      text(r++, 0, n, block.text, {
        ...s,
        ...(block.bold ? { bold: true } : {}),
        ...(block.italic ? { italic: true } : {}),
      });
      continue;
    }
    const at = starts(block.columns);
    const head = r;
    block.columns.forEach((col, i) => {
      const c = at[i]!;
      const span = col.span ?? 1;
      text(head, c, Math.min(n, c + span), col.header, { bold: true, fontSize: TABLE_FONT_PT, horizontal: 'center' });
    });
    style(rect(head, 0, 1, n), { border: 'thin', vertical: 'center' });
    if (block.repeatHeader) printTitles = { first: head, last: head };
    r++;
    const bodyStart = r;
    const groupRows: number[] = [];
    // Excel and LibreOffice keep a saved row height, so rows are sized here for their wrapped text.
    const linesOf = rowLinesOf(block, widths);
    const oneLine = rowHeightPt(1, TABLE_FONT_PT);
    for (const row of block.rows) {
      const lines = linesOf(row);
      heights.set(r, lines === null || lines === 1 ? oneLine : rowHeightPt(lines, TABLE_FONT_PT));
      if (isGroup(row)) {
        put(r, 0, row.group);
        merges.push(rect(r, 0, 1, n));
        groupRows.push(r);
      } else if (at.every((c, i) => c === i) && at.length === n) {
        // The common case: the row already is the sheet row (no copy per row).
        rows[r] = row;
      } else {
        block.columns.forEach((col, i) => {
          put(r, at[i]!, row[i] ?? null);
          if ((col.span ?? 1) > 1) merges.push(rect(r, at[i]!, 1, Math.min(n - at[i]!, col.span ?? 1)));
        });
      }
      r++;
    }
    const bodyRows = r - bodyStart;
    if (bodyRows > 0) {
      block.columns.forEach((col, i) => {
        const span = Math.min(n - at[i]!, col.span ?? 1);
        style(rect(bodyStart, at[i]!, bodyRows, span), bodyStyle(col.kind));
      });
      for (const g of groupRows) style(rect(g, 0, 1, n), { bold: true, horizontal: 'left', vertical: 'center', wrap: false });
    }
    tables.push(rect(head, 0, bodyRows + 1, n));
  }

  // Signatures: the chair on the right; "Nơi nhận" or a second signer on the left.
  r++;
  const sigTop = r;
  // Both signers' names sit on one line, under the taller of the two title blocks.
  const titleLines = Math.max(spec.signature.lines.length, spec.leftSignature?.lines.length ?? 0);
  const signer = (sig: Signature, from: number, to: number, role: string): void => {
    let s = sigTop;
    for (const line of sig.lines) text(s++, from, to, line.toUpperCase(), { bold: true, horizontal: 'center' });
    s = sigTop + titleLines + ROWS_TO_SIGN;
    if (sig.name.trim() === '') {
      problems.push({ code: 'reports.signer.missing', severity: 'warning', sheet: spec.name, row: s + 1, column: null, params: { role } });
    } else text(s, from, to, sig.name, { bold: true, horizontal: 'center' });
  };
  signer(spec.signature, k, n, spec.signature.lines.join(' '));
  if (spec.leftSignature) signer(spec.leftSignature, 0, k, spec.leftSignature.lines.join(' '));
  else if (spec.recipients && spec.recipients.length > 0) {
    text(sigTop, 0, k, 'Nơi nhận:', { bold: true, italic: true, fontSize: 12, horizontal: 'left', vertical: 'top' });
    spec.recipients.forEach((line, i) => text(sigTop + 1 + i, 0, k, line, { fontSize: 11, horizontal: 'left', vertical: 'top' }));
  }
  const lastRow = Math.max(rows.length, sigTop + titleLines + ROWS_TO_SIGN + 1);

  if (fit.tooWide) problems.push({ code: 'reports.page.tooWide', severity: 'warning', sheet: spec.name, row: null, column: null, params: { columns: n } });

  const page: PageSetup = {
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
    printArea: rect(0, 0, lastRow, n),
    centerHorizontally: true,
  };
  for (let i = 0; i < lastRow; i++) rows[i] ??= [];
  const plan: SheetPlan = {
    name: spec.name,
    role: spec.role,
    rows,
    columns: widths.map((width) => ({ width })),
    styles,
    merges,
    rowHeights: heights,
    page,
    font: { name: DOCUMENT_FONT, size: DOCUMENT_FONT_PT },
  };
  return { spec, plan, tables, fit, problems };
}
