import { describe, expect, it } from 'vitest';
import { MIN_SCALE, printableUnits, workingSheetPage, A4, DECREE_MARGINS } from './page';

describe('the printed page of a working sheet', () => {
  it('is A4 with the decree margins and the header row repeated', () => {
    const page = workingSheetPage([10, 20, 30], 4, 9);
    expect(page).toMatchObject({ paperSize: 'A4', margins: DECREE_MARGINS, printTitleRows: { first: 4, last: 4 } });
    expect(page.orientation).toBe('portrait');
    expect(page.printArea).toEqual({ row: 0, col: 0, rowCount: 9, colCount: 3 });
  });

  it('turns landscape for wide sheets and fits them one page across while that keeps 70 %', () => {
    const across = printableUnits(A4.heightCm, DECREE_MARGINS.left, DECREE_MARGINS.right, 6);
    const page = workingSheetPage([30, 30, 30, 30, 20, 10], 0, 5);
    expect(page.orientation).toBe('landscape');
    expect(page.fitToPagesWide).toBe(1);
    expect(page.scale).toBe(Math.floor((across / 150) * 100));
  });

  it('prints a sheet too wide for 70 % at 70 % over several pages across, never smaller', () => {
    const page = workingSheetPage(
      Array.from({ length: 13 }, () => 40),
      0,
      3,
    );
    expect(page.fitToPagesWide).toBeUndefined();
    expect(page.scale).toBe(MIN_SCALE);
  });
});
