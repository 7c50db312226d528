// The working sheets on paper ("Sáng kiến", "Chấm điểm", "Xếp hạng", SPEC §5): Times New Roman,
// A4 landscape when wide, one page across at 70 % or more. Columns keep their screen width while
// the page has room; past it the widest wrapping columns narrow first (never below their longest
// word, a number's printed width, or the least the caller allows), and every row gets the height
// its wrapped text takes in those widths, measured (Excel and LibreOffice size no wrapped row of a
// written file on their own: LibreOffice then draws lines over the next row).

import { measureText, rowHeightPt, textUnits, wrappedLines } from '../reports/measure';
import { A4, DECREE_MARGINS, MIN_SCALE, printableUnits, workingSheetPage } from './page';
import type { PageSetup, PlanValue } from './plan';

/** The font of every working sheet (the documents' face, so a printed sheet measures as it prints). */
export const WORKING_FONT = { name: 'Times New Roman', size: 12 } as const;

/** Units kept clear inside a cell around its text (Excel's own padding is outside the width). */
const CELL_PAD = 0.6;
/** Share of the page's width used: LibreOffice and Excel round widths and scale a little differently. */
const SAFETY = 0.97;

export interface WorkingColumn {
  /** Width on screen, and on paper while the page has room (units). */
  readonly width: number;
  /** Whether its text wraps; else it keeps the width of its widest value. */
  readonly wraps: boolean;
  /** Narrowest it may become (units), e.g. a title kept readable. */
  readonly min?: number;
}

/** Font sizes (points) of a sheet's table when not the working font's: its body and its header row. */
export interface WorkingSizes {
  readonly body?: number;
  readonly header?: number;
}

export interface WorkingPrint {
  readonly widths: number[];
  readonly rowHeights: Map<number, number>;
  readonly page: PageSetup;
}

const SCRATCH = { width: 0, word: 0 };

/** A value as it prints, near enough to measure: money grouped, scores with two decimals. */
function printed(v: PlanValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'object') return '100.00';
  if (Number.isInteger(v)) return Math.abs(v) >= 1000 ? v.toLocaleString('en-US') : String(v);
  return v.toFixed(2);
}

/** Units across a landscape A4 page at 70 % for n columns, with the safety share. */
export function workingBudget(columns: number): number {
  return (printableUnits(A4.heightCm, DECREE_MARGINS.left, DECREE_MARGINS.right, columns) * SAFETY * 100) / MIN_SCALE;
}

/**
 * Widths from the screen widths narrowed (widest wrapping columns first, down to each floor) until
 * they fit `budget` units, as far as the floors allow.
 */
export function narrowToFit(widths: readonly number[], floors: readonly number[], budget: number): number[] {
  const total = (cap: number): number => widths.reduce((s, w, i) => s + Math.min(w, Math.max(cap, floors[i]!)), 0);
  if (total(Infinity) <= budget) return [...widths];
  let lo = 0;
  let hi = Math.max(...widths);
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    if (total(mid) <= budget) lo = mid;
    else hi = mid;
  }
  return widths.map((w, i) => Math.floor(Math.min(w, Math.max(lo, floors[i]!)) * 10) / 10);
}

/**
 * The narrowest each column may print: its header's longest word (bold), its longest word where
 * it wraps, else its widest value; at most its screen width, at least its `min`.
 */
export function columnFloors(
  rows: readonly (readonly PlanValue[])[],
  headerRow: number,
  columns: readonly WorkingColumn[],
  sizes: WorkingSizes = {},
): number[] {
  const size = sizes.body ?? WORKING_FONT.size;
  const headSize = sizes.header ?? size;
  return columns.map((c, i) => {
    const head = rows[headerRow]?.[i];
    let floor = typeof head === 'string' ? measureText(head, headSize, true, SCRATCH).word : 0;
    const seen = new Set<string>();
    for (let r = headerRow + 1; r < rows.length; r++) {
      const text = printed(rows[r]?.[i]);
      if (text === '' || seen.has(text)) continue;
      seen.add(text);
      const m = measureText(text, size, false, SCRATCH);
      const need = c.wraps ? m.word : m.width;
      if (need > floor) floor = need;
      if (floor >= c.width) break;
    }
    return Math.min(c.width, Math.max(c.min ?? 0, floor + CELL_PAD));
  });
}

/**
 * The print layout of a working sheet whose table header is `headerRow` (bold, wrapping): its
 * column widths, a measured height for every row from the header down, and its page. Rows above
 * the header are the caller's (titles, notes).
 */
export function printWorkingSheet(
  rows: readonly (readonly PlanValue[])[],
  headerRow: number,
  columns: readonly WorkingColumn[],
  sizes: WorkingSizes = {},
): WorkingPrint {
  const size = sizes.body ?? WORKING_FONT.size;
  const headSize = sizes.header ?? size;
  const n = columns.length;
  const floors = columnFloors(rows, headerRow, columns, sizes);
  const widths = narrowToFit(
    columns.map((c) => c.width),
    floors,
    workingBudget(n),
  );
  const rowHeights = new Map<number, number>();
  const one = rowHeightPt(1, size);
  // Lines per text, per column: a title or a name repeats on many rows (three reviews each).
  const seen = columns.map(() => new Map<string, number>());
  for (let r = headerRow; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const bold = r === headerRow;
    const pt = bold ? headSize : size;
    let lines = 1;
    for (let c = 0; c < Math.min(n, row.length); c++) {
      const v = row[c];
      if (typeof v !== 'string' || v === '') continue;
      if (!bold && !columns[c]!.wraps) {
        if (v.includes('\n')) lines = Math.max(lines, v.split('\n').length);
        continue;
      }
      const known = bold ? undefined : seen[c]!.get(v);
      const l = known ?? linesIn(v, widths[c]! - CELL_PAD, pt, bold);
      if (known === undefined && !bold) seen[c]!.set(v, l);
      if (l > lines) lines = l;
    }
    rowHeights.set(r, bold ? Math.max(one, rowHeightPt(lines, pt)) : lines === 1 ? one : rowHeightPt(lines, size));
  }
  return { widths, rowHeights, page: workingSheetPage(widths, headerRow, rows.length) };
}

/** Lines of a text wrapped into `units`; most cells are one short line, measured whole first. */
function linesIn(text: string, units: number, sizePt: number, bold: boolean): number {
  if (!text.includes('\n') && textUnits(text, sizePt, bold) <= units) return 1;
  return wrappedLines(text, units, sizePt, bold);
}

/** Height of a row holding `text` wrapped across `units` (a title or note merged over columns). */
export function wrappedRowHeight(text: string, units: number, sizePt: number, bold = false): number {
  return rowHeightPt(wrappedLines(text, units - CELL_PAD, sizePt, bold), sizePt);
}
