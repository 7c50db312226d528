// Unit conversions between plans (characters, centimetres) and the Excel JavaScript API (points).

/** Pixels of one character of the default font (Calibri 11 / Times New Roman 13 both measure ~7 px). */
const PX_PER_CHAR = 7;
/** Excel adds cell padding to every column: 5 px at 96 dpi. */
const PX_PADDING = 5;
/** 96 px = 72 pt. */
const PT_PER_PX = 0.75;

/** Column width in characters (Excel's unit, used by plans) → points (what `format.columnWidth` takes). */
export function charsToPoints(chars: number): number {
  if (chars <= 0) return 0;
  return Math.round((chars * PX_PER_CHAR + PX_PADDING) * PT_PER_PX * 100) / 100;
}

/** Points → characters, the inverse of charsToPoints (for reading widths back). */
export function pointsToChars(points: number): number {
  if (points <= 0) return 0;
  return Math.round(((points / PT_PER_PX - PX_PADDING) / PX_PER_CHAR) * 100) / 100;
}

/** Centimetres → points (page margins: plans use cm, `pageLayout` margins are points). */
export function cmToPoints(cm: number): number {
  return Math.round((cm / 2.54) * 72 * 100) / 100;
}
