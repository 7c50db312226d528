// Fitting a document to the page: each grid column measured from the texts it will print, then
// the largest scale (100 down to 70 %) at which the main table holds the rows a page should.

import {
  A4,
  ColumnMeasure,
  DECREE_MARGINS,
  MIN_SCALE,
  TABLE_FONT_PT,
  fitTable,
  type ColumnKind,
  type TableFit,
} from './layout';
import { rowHeightPt, wrappedLines } from './measure';
import { isGroup, starts, type DocCell, type DocRow, type DocTable, type DocumentSpec } from './document-spec';

/** Units of a cell lost to its padding when text wraps (about 2 px a side in Excel and LibreOffice). */
export const CELL_PAD = 0.6;

const WRAPS: Readonly<Record<ColumnKind, boolean>> = {
  index: false,
  code: false,
  name: true,
  text: true,
  longText: true,
  short: true,
  box: true,
  money: false,
  score: false,
  count: false,
};

/** Text of a cell as it prints, for measuring: money grouped, scores with two decimals. */
export function printed(v: DocCell, kind: ColumnKind): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (kind === 'money') return Math.round(v).toLocaleString('en-US');
  if (kind === 'score') return v.toFixed(2);
  return String(v);
}

/** Columns whose numbers print with a fixed number of decimals: the widest has the most digits. */
const NUMBER_KINDS: ReadonlySet<ColumnKind> = new Set<ColumnKind>(['index', 'money', 'score', 'count']);

export function measureGrid(specs: readonly DocumentSpec[]): ColumnMeasure[] {
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
      m.add(
        col.kind === 'short' ? col.header : col.header.split(/\s+/).reduce((a, w) => (w.length > a.length ? w : a), ''),
      );
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

/** Width in units of a table column over the grid widths (its span), less the padding. */
function columnWidth(widths: readonly number[], from: number, span: number): number {
  let w = 0;
  for (let c = from; c < Math.min(widths.length, from + span); c++) w += widths[c] ?? 0;
  return w - CELL_PAD;
}

/** Lines the tallest wrapping cell of each data row takes in the given grid widths (null for a group row). */
export function rowLinesOf(block: DocTable, widths: readonly number[]): (row: DocRow) => number | null {
  const at = starts(block.columns);
  const wrapCols: number[] = [];
  const wrapWidths: number[] = [];
  block.columns.forEach((col, i) => {
    if (!WRAPS[col.kind]) return;
    wrapCols.push(i);
    wrapWidths.push(columnWidth(widths, at[i]!, col.span ?? 1));
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
export function headerLines(block: DocTable, widths: readonly number[]): number {
  const at = starts(block.columns);
  let lines = 1;
  block.columns.forEach((col, i) => {
    lines = Math.max(lines, wrappedLines(col.header, columnWidth(widths, at[i]!, col.span ?? 1), TABLE_FONT_PT, true));
  });
  return lines;
}

/** Points of table a printed page holds at a scale, under the repeated header. */
function pageBodyPt(fit: TableFit, headerPt: number): number {
  const heightCm =
    (fit.orientation === 'landscape' ? A4.widthCm : A4.heightCm) - DECREE_MARGINS.top - DECREE_MARGINS.bottom;
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
