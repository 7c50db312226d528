// How wide text prints, in Excel column-width units (the width of a digit of the default font,
// 7 px at 96 dpi). Excel and LibreOffice do not size columns for merged or wrapped cells, so the
// document frame estimates it from the font: Times New Roman averages about half an em a letter,
// capitals and diacritic capitals about two thirds.

/** Pixels of one column-width unit (Calibri 11's digit, exceljs's default workbook font). */
export const PX_PER_UNIT = 7;
/** Pixels of padding Excel adds to every column. */
export const COLUMN_PADDING_PX = 5;
const PX_PER_PT = 96 / 72;
const BOLD_FACTOR = 1.08;

/** Width of one character in ems of Times New Roman (rough classes are enough for sizing). */
function charEm(code: number): number {
  if (code === 32) return 0.25;
  if (code >= 48 && code <= 57) return 0.5;
  if (code === 77 || code === 87 || code === 109 || code === 119) return 0.85; // M W m w
  if (code === 73 || code === 105 || code === 106 || code === 108 || code === 116 || code === 102) return 0.3; // I i j l t f
  if (code < 128) {
    if (code >= 65 && code <= 90) return 0.68;
    if (code >= 97 && code <= 122) return 0.48;
    return 0.33; // punctuation
  }
  // Vietnamese letters: decide case by the base letter, ignoring the combining marks.
  const ch = String.fromCharCode(code);
  if (code >= 0x300 && code <= 0x36f) return 0;
  return ch.toLowerCase() !== ch ? 0.7 : 0.5;
}

/** Ems of a line of text (NFC characters; combining marks count nothing). */
export function textEms(text: string): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) em += charEm(text.charCodeAt(i));
  return em;
}

/** Column-width units a line of text needs at `sizePt` (bold a little wider). */
export function textUnits(text: string, sizePt: number, bold = false): number {
  return (textEms(text) * sizePt * PX_PER_PT * (bold ? BOLD_FACTOR : 1)) / PX_PER_UNIT;
}

/** The width in units of the longest word, the least a wrapping column can be. */
export function longestWordUnits(text: string, sizePt: number, bold = false): number {
  let best = 0;
  for (const w of text.split(/\s+/)) {
    const u = textUnits(w, sizePt, bold);
    if (u > best) best = u;
  }
  return best;
}

/** Lines a text takes when wrapped (greedy, word by word) into `units` of width; at least 1. */
export function wrappedLines(text: string, units: number, sizePt: number, bold = false): number {
  let lines = 0;
  for (const para of text.split('\n')) {
    lines++;
    let used = 0;
    const space = textUnits(' ', sizePt, bold);
    for (const w of para.split(/\s+/)) {
      if (w === '') continue;
      const u = textUnits(w, sizePt, bold);
      if (used > 0 && used + space + u > units) {
        lines++;
        used = u;
      } else used += (used > 0 ? space : 0) + u;
      // A word longer than the column breaks inside itself.
      while (used > units && units > 0) {
        lines++;
        used -= units;
      }
    }
  }
  return Math.max(1, lines);
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
