// The printed page every sheet the add-in writes shares (SPEC §5): A4, the margins of Nghị định
// 30/2020, never printed below 70 %, and for the working sheets ("Sáng kiến", "Chấm điểm",
// "Xếp hạng") their header row repeated at the top of every page.

import type { PageSetup } from './plan';

/** A4 and the margins of Nghị định 30/2020 (cm). */
export const A4 = { widthCm: 21, heightCm: 29.7 } as const;
export const DECREE_MARGINS = { top: 2, bottom: 2, left: 3, right: 1.5 } as const;
/** The smallest print scale a sheet may use (SPEC §5). */
export const MIN_SCALE = 70;
/** Pixels of one column-width unit (the 7 px digit of the workbook's default font). */
export const PX_PER_UNIT = 7;
/** Pixels of padding Excel adds to every column. */
export const COLUMN_PADDING_PX = 5;

/** Column-width units printable across an A4 page with the given margins (cm), for n columns. */
export function printableUnits(pageWidthCm: number, leftCm: number, rightCm: number, columns: number): number {
  const px = ((pageWidthCm - leftCm - rightCm) / 2.54) * 96;
  return (px - COLUMN_PADDING_PX * columns) / PX_PER_UNIT;
}

/**
 * The page of a working sheet whose columns have these widths and whose header is row
 * `headerRow` (0-based): A4, portrait when the columns fit across, else landscape; one page
 * across when that keeps 70 % or more, else 70 % over several pages across, the header repeated
 * on each. The print area is the sheet's `rowCount` rows and its columns, so text running past
 * the last column never prints a page of its own.
 */
export function workingSheetPage(widths: readonly number[], headerRow: number, rowCount: number): PageSetup {
  let total = 0;
  for (const w of widths) total += w;
  const across = (o: 'portrait' | 'landscape'): number =>
    printableUnits(
      o === 'portrait' ? A4.widthCm : A4.heightCm,
      DECREE_MARGINS.left,
      DECREE_MARGINS.right,
      widths.length,
    );
  const orientation = total <= across('portrait') ? 'portrait' : 'landscape';
  const fits = Math.floor((across(orientation) / Math.max(1, total)) * 100);
  return {
    orientation,
    paperSize: 'A4',
    margins: { ...DECREE_MARGINS },
    printTitleRows: { first: headerRow, last: headerRow },
    ...(fits >= MIN_SCALE ? { fitToPagesWide: 1 } : {}),
    scale: Math.max(MIN_SCALE, Math.min(100, fits)),
    printArea: { row: 0, col: 0, rowCount: Math.max(rowCount, headerRow + 1), colCount: Math.max(1, widths.length) },
  };
}
