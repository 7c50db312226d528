// How wide text prints, in Excel column-width units (the width of a digit of the default font,
// 7 px at 96 dpi). Excel and LibreOffice do not size columns or rows for merged or wrapped cells,
// so the document frame measures text itself, with the advance widths of Times New Roman.

/** Pixels of one column-width unit (Calibri 11's digit, exceljs's default workbook font). */
export const PX_PER_UNIT = 7;
/** Pixels of padding Excel adds to every column. */
export const COLUMN_PADDING_PX = 5;
const PX_PER_PT = 96 / 72;

// Advance widths (thousandths of an em) of ASCII 32–126 in Times New Roman, regular and bold
// (read from Liberation Serif, which is metric-compatible with it).
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
  556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500,
  500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
  611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500,
  556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];
/** The horn of ơ and ư widens the letter a little. */
const HORN = 60;
/** Widths of every character below U+2000 (Latin, Vietnamese), filled on first use; -1 = not yet. */
const WIDE_LIMIT = 0x2000;
const widths = [new Int16Array(WIDE_LIMIT).fill(-1), new Int16Array(WIDE_LIMIT).fill(-1)];

function computeMilli(code: number, table: readonly number[]): number {
  if (code >= 32 && code <= 126) return table[code - 32]!;
  if (code >= 0x300 && code <= 0x36f) return 0;
  const ch = String.fromCharCode(code);
  if (ch === 'đ') return table['d'.charCodeAt(0) - 32]!;
  if (ch === 'Đ') return table['D'.charCodeAt(0) - 32]!;
  const parts = ch.normalize('NFD');
  const base = parts.charCodeAt(0);
  if (base >= 32 && base <= 126) return table[base - 32]! + (parts.includes('\u031b') ? HORN : 0);
  return ch.toLowerCase() !== ch ? 722 : 500;
}

/** Width of one character in thousandths of an em; Vietnamese letters take their base letter's width. */
function charMilli(code: number, bold: boolean): number {
  if (code >= WIDE_LIMIT) return 1000;
  const cache = widths[bold ? 1 : 0]!;
  let w = cache[code]!;
  if (w < 0) {
    w = computeMilli(code, bold ? BOLD : REGULAR);
    cache[code] = w;
  }
  return w;
}

/** Column-width units of a width in thousandths of an em at `sizePt`. */
function milliToUnits(milli: number, sizePt: number): number {
  return (milli / 1000) * sizePt * (PX_PER_PT / PX_PER_UNIT);
}

/** Ems of a line of text (NFC characters; combining marks count nothing). */
export function textEms(text: string, bold = false): number {
  let milli = 0;
  for (let i = 0; i < text.length; i++) milli += charMilli(text.charCodeAt(i), bold);
  return milli / 1000;
}

/** Column-width units a line of text needs at `sizePt`. */
export function textUnits(text: string, sizePt: number, bold = false): number {
  return (textEms(text, bold) * sizePt * PX_PER_PT) / PX_PER_UNIT;
}

const SPACE = 32;
const NEWLINE = 10;

function isBreak(code: number): boolean {
  return code === SPACE || code === 9 || code === 13 || code === NEWLINE || code === 0xa0;
}

/** Where measureText puts its results (one object reused: measuring runs once per cell). */
export interface TextMeasure {
  width: number;
  word: number;
}

/** Width of the whole text (longest line) and of its longest word, in one pass, into `out`. */
export function measureText(text: string, sizePt: number, bold: boolean, out: TextMeasure): TextMeasure {
  let line = 0;
  let widest = 0;
  let word = 0;
  let longest = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      if (line > widest) widest = line;
      line = 0;
      word = 0;
      continue;
    }
    const w = charMilli(code, bold);
    line += w;
    if (isBreak(code)) word = 0;
    else if ((word += w) > longest) longest = word;
  }
  if (line > widest) widest = line;
  out.width = milliToUnits(widest, sizePt);
  out.word = milliToUnits(longest, sizePt);
  return out;
}

/** The width in units of the longest word, the least a wrapping column can be. */
export function longestWordUnits(text: string, sizePt: number, bold = false): number {
  return measureText(text, sizePt, bold, { width: 0, word: 0 }).word;
}

/** Lines a text takes when wrapped (greedy, word by word) into `units` of width; at least 1. */
export function wrappedLines(text: string, units: number, sizePt: number, bold = false): number {
  const limit = (units * 1000) / (sizePt * (PX_PER_PT / PX_PER_UNIT));
  const space = charMilli(SPACE, bold);
  let lines = 1;
  let used = 0;
  let word = 0;
  // One step past the end acts as a last break, so the last word is placed like the others.
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : SPACE;
    if (!isBreak(code)) {
      word += charMilli(code, bold);
      continue;
    }
    if (word > 0) {
      if (used > 0 && used + space + word > limit) {
        lines++;
        used = word;
      } else used += (used > 0 ? space : 0) + word;
      // A word longer than the column breaks inside itself.
      while (used > limit && limit > 0) {
        lines++;
        used -= limit;
      }
      word = 0;
    }
    if (code === NEWLINE) {
      lines++;
      used = 0;
    }
  }
  return lines;
}

/**
 * A heading that needs two lines, broken by hand where the two halves are most even ("LIÊN ĐOÀN
 * LAO ĐỘNG / TỈNH KIÊN GIANG" rather than a lone last word); as it was when one line holds it or
 * two lines cannot.
 */
export function balancedBreak(text: string, units: number, sizePt: number, bold = false): string {
  if (text.includes('\n') || wrappedLines(text, units, sizePt, bold) <= 1) return text;
  const words = text.split(' ').filter((w) => w !== '');
  let best = '';
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    const w = Math.max(textUnits(a, sizePt, bold), textUnits(b, sizePt, bold));
    if (w <= units && w < bestWidth) {
      best = `${a}\n${b}`;
      bestWidth = w;
    }
  }
  return best === '' ? text : best;
}

/** Column-width units printable across an A4 page with the given margins (cm), for n columns. */
export function printableUnits(pageWidthCm: number, leftCm: number, rightCm: number, columns: number): number {
  const px = ((pageWidthCm - leftCm - rightCm) / 2.54) * 96;
  return (px - COLUMN_PADDING_PX * columns) / PX_PER_UNIT;
}

/** Points of row height for `lines` lines of text at `sizePt` (Times New Roman line spacing ≈ 1.15 em, plus padding). */
export function rowHeightPt(lines: number, sizePt: number): number {
  return Math.ceil(lines * sizePt * 1.17 + 4);
}
