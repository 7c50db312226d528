// How wide text prints, in Excel column-width units (the width of a digit of the default font,
// 7 px at 96 dpi). Excel and LibreOffice do not size columns or rows for merged or wrapped cells,
// so the document frame measures text itself, with the advance widths of Times New Roman (a table
// read once from Liberation Serif, which has its metrics: font-widths.ts, scripts/font-widths.mjs).

import { PX_PER_UNIT } from '../sheet/page';
import { BOLD, BOLD_ITALIC, ITALIC, LINE_METRICS, REGULAR, UNITS_PER_EM } from './font-widths';

export { COLUMN_PADDING_PX, PX_PER_UNIT, printableUnits } from '../sheet/page';
const PX_PER_PT = 96 / 72;

/** The four faces of Times New Roman a document uses. */
const FACES = [REGULAR, BOLD, ITALIC, BOLD_ITALIC] as const;
/** Every code point below this is looked up in the width table (Latin, Vietnamese, punctuation, ₫). */
const TABLE_LIMIT = 0x2100;
/** Widths in thousandths of an em per face, from the table, filled on first use; -1 = not yet. */
const cache = FACES.map(() => new Int16Array(TABLE_LIMIT).fill(-1));
const tables = FACES.map((ranges) => {
  const t = new Int16Array(TABLE_LIMIT).fill(-1);
  for (const [first, widths] of ranges) widths.forEach((w, i) => (t[first + i] = w));
  return t;
});

function face(bold: boolean, italic: boolean): number {
  return (bold ? 1 : 0) + (italic ? 2 : 0);
}

function computeMilli(code: number, table: Int16Array): number {
  if (code >= 0x300 && code <= 0x36f) return 0;
  const own = table[code]!;
  if (own >= 0) return Math.round((own * 1000) / UNITS_PER_EM);
  // A letter the table lacks: its base letter.
  const base = String.fromCharCode(code).normalize('NFD').charCodeAt(0);
  if (base !== code && base < TABLE_LIMIT && table[base]! >= 0) return Math.round((table[base]! * 1000) / UNITS_PER_EM);
  const ch = String.fromCharCode(code);
  return ch.toLowerCase() !== ch ? 722 : 500;
}

/** Width of one character in thousandths of an em. */
function charMilli(code: number, bold: boolean, italic = false): number {
  if (code >= TABLE_LIMIT) return 1000;
  const f = face(bold, italic);
  const c = cache[f]!;
  let w = c[code]!;
  if (w < 0) {
    w = computeMilli(code, tables[f]!);
    c[code] = w;
  }
  return w;
}

/** Column-width units of a width in thousandths of an em at `sizePt`. */
function milliToUnits(milli: number, sizePt: number): number {
  return (milli / 1000) * sizePt * (PX_PER_PT / PX_PER_UNIT);
}

/** Ems of a line of text (NFC characters; combining marks count nothing). */
export function textEms(text: string, bold = false, italic = false): number {
  let milli = 0;
  for (let i = 0; i < text.length; i++) milli += charMilli(text.charCodeAt(i), bold, italic);
  return milli / 1000;
}

/** Column-width units a line of text needs at `sizePt`. */
export function textUnits(text: string, sizePt: number, bold = false, italic = false): number {
  return (textEms(text, bold, italic) * sizePt * PX_PER_PT) / PX_PER_UNIT;
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
export function wrappedLines(text: string, units: number, sizePt: number, bold = false, italic = false): number {
  const limit = (units * 1000) / (sizePt * (PX_PER_PT / PX_PER_UNIT));
  const space = charMilli(SPACE, bold, italic);
  let lines = 1;
  let used = 0;
  let word = 0;
  // One step past the end acts as a last break, so the last word is placed like the others.
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : SPACE;
    if (!isBreak(code)) {
      word += charMilli(code, bold, italic);
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

/** Units the widest line of `text` takes when broken by hand onto at most two lines, at its most even. */
export function twoLineUnits(text: string, sizePt: number, bold = false): number {
  const words = text.split(' ').filter((w) => w !== '');
  let best = textUnits(text, sizePt, bold);
  for (let i = 1; i < words.length; i++) {
    const w = Math.max(textUnits(words.slice(0, i).join(' '), sizePt, bold), textUnits(words.slice(i).join(' '), sizePt, bold));
    if (w < best) best = w;
  }
  return best;
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


/** Points per pixel; Excel keeps row heights in whole pixels (0.75 pt at 96 dpi). */
const PT_PER_PX = 0.75;
/** Ems from one line's top to the next: Times New Roman's ascender + descender. */
const LINE_EMS = (LINE_METRICS.ascender - LINE_METRICS.descender) / UNITS_PER_EM;

/**
 * Points one line of wrapped text takes in a row at `sizePt`: Times New Roman's line (ascender +
 * descender) in whole pixels, and the 3 pixels Excel puts around it (Times New Roman 12 → 15.75 pt,
 * Excel's own height of such a row). LibreOffice spaces lines a little tighter (the line alone), so
 * there a row of n lines has n × 3 px to spare and never cuts a line.
 */
export function lineHeightPt(sizePt: number): number {
  return (Math.round(sizePt * PX_PER_PT * LINE_EMS) + 3) * PT_PER_PX;
}

/** Points of row height for `lines` lines of text at `sizePt`: a whole number of pixels, as Excel keeps it. */
export function rowHeightPt(lines: number, sizePt: number): number {
  return Math.max(1, lines) * lineHeightPt(sizePt);
}
