// Column widths and page fit of a document table (SPEC §5): columns sized from their content so
// nothing is cut, long text wrapping instead of spilling, landscape for wide tables, and a page
// never shrunk below 70 %: wrap first (free at full size), scale only while it stays readable.

import { A4, COLUMN_PADDING_PX, DECREE_MARGINS, MIN_SCALE, PX_PER_UNIT, printableUnits } from '../sheet/page';
import { longestWordUnits, measureText } from './measure';

/** What a column holds; decides alignment, number format, wrapping and how far it may narrow. */
export type ColumnKind = 'index' | 'code' | 'name' | 'text' | 'short' | 'longText' | 'money' | 'score' | 'count' | 'box';

/** Width of an empty box a score is written in by hand ("Phiếu chấm"), on paper. */
export const BOX_CM = 2.1;
/** The box in column-width units at full size (7 px a unit, 5 px of padding). */
const BOX_UNITS = ((BOX_CM / 2.54) * 96 - COLUMN_PADDING_PX) / PX_PER_UNIT;

export { A4, DECREE_MARGINS, MIN_SCALE } from '../sheet/page';
/** Tables with more columns than this print landscape. */
export const PORTRAIT_MAX_COLUMNS = 8;
/** Estimates are rough; keep this share of the printable width in hand. */
const SAFETY = 0.96;
export const TABLE_FONT_PT = 12;

interface KindLimits {
  readonly wraps: boolean;
  /** Widest a wrapping column grows for its content (units). */
  readonly cap: number;
  /** Narrowest it is squeezed to before the page is scaled. */
  readonly soft: number;
  /** Narrowest at all (long words then break). */
  readonly hard: number;
  /** Least width even when empty (room for a note written by hand). */
  readonly floor: number;
}

const LIMITS: Readonly<Record<ColumnKind, KindLimits>> = {
  index: { wraps: false, cap: 0, soft: 0, hard: 0, floor: 0 },
  code: { wraps: false, cap: 0, soft: 0, hard: 0, floor: 0 },
  money: { wraps: false, cap: 0, soft: 0, hard: 0, floor: 0 },
  score: { wraps: false, cap: 0, soft: 0, hard: 0, floor: 0 },
  count: { wraps: false, cap: 0, soft: 0, hard: 0, floor: 0 },
  name: { wraps: true, cap: 26, soft: 14, hard: 10, floor: 14 },
  text: { wraps: true, cap: 24, soft: 11, hard: 8, floor: 10 },
  longText: { wraps: true, cap: 44, soft: 20, hard: 12, floor: 18 },
  short: { wraps: true, cap: 16, soft: 8, hard: 6, floor: 0 },
  // Never narrower: a score written by hand needs the room.
  box: { wraps: true, cap: BOX_UNITS, soft: BOX_UNITS, hard: BOX_UNITS, floor: BOX_UNITS },
};

const SCRATCH = { width: 0, word: 0 };

/** Running measure of one column's content, fed value by value (no per-cell objects kept). */
export class ColumnMeasure {
  natural = 0;
  longestWord = 0;
  /** Names column: the widest single name of a list ("Lê Văn A, Trần Thị B"), which never breaks. */
  longestName = 0;
  constructor(
    readonly kind: ColumnKind,
    header: string,
  ) {
    // A header wraps freely but never inside a word.
    this.longestWord = longestWordUnits(header, TABLE_FONT_PT, true);
    this.natural = this.longestWord;
  }

  /** Takes the text as it will print. */
  add(text: string): void {
    if (text === '') return;
    const lim = LIMITS[this.kind];
    if (this.kind === 'name' && this.longestName < lim.cap) {
      for (const name of text.split(/[,;\n]/)) this.longestName = Math.max(this.longestName, measureText(name.trim(), TABLE_FONT_PT, false, SCRATCH).width);
    }
    // Past the cap of a wrapping column more text changes nothing: skip the measuring.
    if (lim.wraps && this.natural >= lim.cap && this.longestWord >= lim.cap) return;
    const m = measureText(text, TABLE_FONT_PT, false, SCRATCH);
    if (m.width > this.natural) this.natural = m.width;
    if (lim.wraps && m.word > this.longestWord) this.longestWord = m.word;
  }
}

export interface TableFit {
  /** Column widths in Excel units (characters of the default font). */
  readonly widths: readonly number[];
  readonly orientation: 'portrait' | 'landscape';
  /** Percent the page prints at (100 when nothing is scaled). */
  readonly scale: number;
  /** Set when the page must be fitted to one page across (then scale ≥ 70). */
  readonly fitToPagesWide?: 1;
  /** True when even at 70 % with every column at its narrowest the table is wider than the page. */
  readonly tooWide: boolean;
}

/** Cell padding (units) so text does not touch the borders. */
const PAD = 1.6;

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** Available units across a page of the given orientation for n columns. */
export function availableUnits(orientation: 'portrait' | 'landscape', columns: number): number {
  const width = orientation === 'portrait' ? A4.widthCm : A4.heightCm;
  return printableUnits(width, DECREE_MARGINS.left, DECREE_MARGINS.right, columns) * SAFETY;
}

/**
 * Shrinks the wrapping columns of `from` toward `to`, sharing the cut in proportion to the room
 * each has, until the total is `target` (or every column reached `to`).
 */
function squeeze(from: readonly number[], to: readonly number[], target: number): number[] {
  const excess = sum(from) - target;
  const room = sum(from) - sum(to);
  if (excess <= 0) return [...from];
  if (room <= 0) return [...from];
  const share = Math.min(1, excess / room);
  return from.map((w, i) => w - (w - to[i]!) * share);
}

export interface FitOptions {
  /** Print at this scale (70–100): the page holds 100/scale times the units across, and rows. */
  readonly scale?: number;
  /** A text document stays portrait whatever its tables (SPEC §5: "Biên bản"). */
  readonly orientation?: 'portrait' | 'landscape';
}

/** Widths, orientation and scale for a table whose columns were measured. */
export function fitTable(measures: readonly ColumnMeasure[], options: FitOptions = {}): TableFit {
  const n = measures.length;
  const asked = Math.max(MIN_SCALE, Math.min(100, options.scale ?? 100));
  const ideal: number[] = [];
  const soft: number[] = [];
  const hard: number[] = [];
  for (const m of measures) {
    const lim = LIMITS[m.kind];
    const natural = m.natural + PAD;
    if (!lim.wraps) {
      ideal.push(natural);
      soft.push(natural);
      hard.push(natural);
      continue;
    }
    const word = m.longestWord + PAD;
    const i = Math.max(Math.min(natural, lim.cap), Math.min(word, lim.cap), lim.floor);
    // A person's name is read as one line: a list of names wraps between names, never inside one.
    const s = m.kind === 'name' ? Math.min(i, Math.max(lim.soft, m.longestName + PAD)) : Math.min(i, Math.max(lim.soft, Math.min(word, lim.cap)));
    ideal.push(i);
    soft.push(s);
    hard.push(Math.min(s, lim.hard));
  }

  const portrait = availableUnits('portrait', n);
  const orientation = options.orientation ?? (n > PORTRAIT_MAX_COLUMNS || sum(ideal) > portrait ? 'landscape' : 'portrait');
  const base = availableUnits(orientation, n);
  // Printed smaller, the page holds more units across; the scale then is fixed, not fitted.
  const avail = (base * 100) / asked;

  if (sum(ideal) <= avail) {
    // Room to spare widens every column, the wrapping ones most, so the table spans the page as a
    // document does.
    const spare = avail - sum(ideal);
    const weight = ideal.map((w, i) => (LIMITS[measures[i]!.kind].wraps ? 3 * w : w));
    const total = sum(weight);
    // A column grows at most to its kind's cap (wrapping) or by half (numbers); the rest of the
    // page stays margin, the table centred.
    const widths =
      total > 0
        ? ideal.map((w, i) => {
            const lim = LIMITS[measures[i]!.kind];
            return Math.min(w + (spare * weight[i]!) / total, Math.max(w, lim.wraps ? lim.cap * 1.2 : w * 1.5));
          })
        : ideal;
    return { widths: widths.map(round1), orientation, scale: asked, tooWide: false };
  }
  if (sum(soft) <= avail) {
    return { widths: squeeze(ideal, soft, avail).map(round1), orientation, scale: asked, tooWide: false };
  }
  const softScale = Math.floor((base / sum(soft)) * 100);
  if (softScale >= MIN_SCALE) {
    return { widths: soft.map(round1), orientation, scale: softScale, fitToPagesWide: 1, tooWide: false };
  }
  // Wrap more rather than print smaller than 70 %.
  const atMin = base / (MIN_SCALE / 100);
  const widths = squeeze(soft, hard, atMin);
  const scale = Math.max(MIN_SCALE, Math.min(100, Math.floor((base / sum(widths)) * 100)));
  return {
    widths: widths.map(round1),
    orientation,
    scale,
    fitToPagesWide: 1,
    tooWide: sum(widths) * (MIN_SCALE / 100) > base + 0.01,
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
