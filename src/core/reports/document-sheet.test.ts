import { describe, expect, it } from 'vitest';
import { cellRect, DocSheet } from './document-sheet';

describe('the sheet a document is written into', () => {
  it('puts values where asked, padding the row with empty cells', () => {
    const sheet = new DocSheet([10, 10, 10], 3);
    sheet.put(1, 2, 'x');
    sheet.put(1, 0, 7);
    expect(sheet.rows[1]).toEqual([7, null, 'x']);
  });

  it('merges text over a span, centres it vertically, and sizes the row for its wrapped lines', () => {
    const sheet = new DocSheet([8, 8, 8], 3);
    sheet.text(0, 0, 3, 'HỘI ĐỒNG', { bold: true });
    sheet.text(1, 0, 1, 'Một đoạn văn khá dài cần xuống dòng nhiều lần trong một cột hẹp', {});
    expect(sheet.merges).toEqual([cellRect(0, 0, 1, 3)]);
    expect(sheet.styles[0]).toEqual({
      rect: cellRect(0, 0, 1, 3),
      style: { wrap: true, vertical: 'center', bold: true },
    });
    expect(sheet.heights.get(1)!).toBeGreaterThan(2 * sheet.heights.get(0)!);
  });

  it('keeps the tallest height of a row written twice', () => {
    const sheet = new DocSheet([8, 8], 2);
    sheet.text(0, 0, 1, 'Một đoạn văn khá dài cần xuống dòng nhiều lần', {});
    const tall = sheet.heights.get(0);
    sheet.text(0, 1, 2, 'Ngắn', {});
    expect(sheet.heights.get(0)).toBe(tall);
  });

  it('measures spans over the grid widths', () => {
    expect(new DocSheet([4, 5.5, 6], 3).spanWidth(1, 3)).toBe(11.5);
  });
});
