import { describe, expect, it } from 'vitest';
import { rowHeightPt, textUnits, wrappedLines } from '../reports/measure';
import { MIN_SCALE } from './page';
import { narrowToFit, printWorkingSheet, workingBudget, WORKING_FONT } from './working';

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('a working sheet on paper', () => {
  it('keeps the screen widths while they fit, else narrows the widest columns first, never below a floor', () => {
    expect(narrowToFit([10, 20], [5, 5], 40)).toEqual([10, 20]);
    const w = narrowToFit([10, 60, 40], [10, 12, 30], 70);
    expect(sum(w)).toBeLessThanOrEqual(70);
    expect(w[0]).toBe(10);
    expect(w[2]).toBeGreaterThanOrEqual(30);
    expect(w[1]).toBeGreaterThanOrEqual(12);
    // Floors wider than the page: the floors, and the page then prints at 70 % over pages across.
    expect(narrowToFit([50, 50], [40, 40], 60)).toEqual([40, 40]);
  });

  it('fits a wide sheet one page across at 70 % or more, the long text wrapped in measured rows', () => {
    const long = 'Cải tiến quy trình sản xuất phân bón hữu cơ vi sinh từ phụ phẩm nông nghiệp tại hợp tác xã';
    const header = ['Mã SK', 'Tên sáng kiến', ...Array.from({ length: 10 }, (_, i) => `Cột ${i + 1}`)];
    const rows = [
      header,
      ['SK-0001', long, ...Array.from({ length: 10 }, () => 'ngắn')],
      ['SK-0002', 'Ngắn', ...Array.from({ length: 10 }, () => '')],
    ];
    const columns = header.map((_, c) => ({ width: c === 1 ? 60 : 24, wraps: c > 0 }));
    const print = printWorkingSheet(rows, 0, columns);
    expect(sum(print.widths)).toBeLessThanOrEqual(workingBudget(header.length));
    expect(print.page).toMatchObject({
      orientation: 'landscape',
      fitToPagesWide: 1,
      printTitleRows: { first: 0, last: 0 },
    });
    expect(print.page.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    // The id column narrows to its id, never inside it.
    expect(print.widths[0]).toBeLessThan(24);
    expect(print.widths[0]).toBeGreaterThanOrEqual(textUnits('SK-0001', WORKING_FONT.size));
    const lines = wrappedLines(long, print.widths[1]! - 0.6, WORKING_FONT.size);
    expect(lines).toBeGreaterThan(1);
    expect(print.rowHeights.get(1)).toBe(rowHeightPt(lines, WORKING_FONT.size));
    expect(print.rowHeights.get(2)).toBe(rowHeightPt(1, WORKING_FONT.size));
    expect(print.rowHeights.get(0)).toBeGreaterThanOrEqual(rowHeightPt(1, WORKING_FONT.size));
  });

  it('never narrows a number below its printed width', () => {
    const rows = [['Giá trị'], [1_500_000_000], [12]];
    const print = printWorkingSheet(rows, 0, [{ width: 30, wraps: false }]);
    expect(print.widths).toEqual([30]);
    const tight = narrowToFit([30, 300], [14, 10], 50);
    expect(tight[0]).toBeGreaterThanOrEqual(14);
  });
});
