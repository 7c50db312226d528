import { describe, expect, it } from 'vitest';
import { bodyStyle, writeParagraph, writeTable } from './document-body';
import { cellRect, DocSheet } from './document-sheet';
import type { DocTable } from './document-spec';

const table: DocTable = {
  kind: 'table',
  columns: [
    { header: 'STT', kind: 'index' },
    { header: 'Tên', kind: 'name' },
    { header: 'Ghi chú', kind: 'short', span: 2 },
  ],
  rows: [{ group: 'GIẢI NHẤT' }, [1, 'Lê Văn A', 'CL'], [2, 'Trần Thị B', null]],
};

describe('the body of a document', () => {
  it('styles data cells by their kind: money grouped and right, scores with two decimals, names left', () => {
    expect(bodyStyle('money')).toMatchObject({ numberFormat: '#,##0', horizontal: 'right', border: 'thin' });
    expect(bodyStyle('score')).toMatchObject({ numberFormat: '0.00', horizontal: 'right' });
    expect(bodyStyle('name')).toMatchObject({ horizontal: 'left', wrap: true });
    expect(bodyStyle('index').numberFormat).toBe('0');
  });

  it('writes a paragraph across the page, justified unless it says otherwise', () => {
    const sheet = new DocSheet([10, 10], 2);
    writeParagraph(sheet, { kind: 'paragraph', text: 'Hội đồng họp.', italic: true }, 4);
    expect(sheet.rows[4]?.[0]).toBe('Hội đồng họp.');
    expect(sheet.styles[0]?.style).toMatchObject({ horizontal: 'justify', italic: true });
  });

  it('writes a table: the header row, a group row across the table, spanning columns merged', () => {
    const sheet = new DocSheet([5, 20, 8, 8], 4);
    const written = writeTable(sheet, table, 10);
    expect(written.rect).toEqual(cellRect(10, 0, 4, 4));
    expect(written.printTitles).toBeUndefined();
    expect(sheet.rows[10]).toEqual(['STT', 'Tên', 'Ghi chú']);
    expect(sheet.rows[11]).toEqual(['GIẢI NHẤT']);
    expect(sheet.rows[12]).toEqual([1, 'Lê Văn A', 'CL']);
    expect(sheet.merges).toContainEqual(cellRect(11, 0, 1, 4));
    expect(sheet.merges).toContainEqual(cellRect(12, 2, 1, 2));
    expect([11, 12, 13].every((r) => (sheet.heights.get(r) ?? 0) > 0)).toBe(true);
  });

  it('repeats the header of a table that asks for it, and uses a plain row as it is', () => {
    const sheet = new DocSheet([5, 20], 2);
    const row = [1, 'Lê Văn A'] as const;
    const written = writeTable(
      sheet,
      {
        kind: 'table',
        columns: [
          { header: 'STT', kind: 'index' },
          { header: 'Tên', kind: 'name' },
        ],
        rows: [row],
        repeatHeader: true,
      },
      0,
    );
    expect(written.printTitles).toEqual({ first: 0, last: 0 });
    expect(sheet.rows[1]).toBe(row);
  });
});
