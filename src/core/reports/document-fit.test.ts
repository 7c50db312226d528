import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../council/rules';
import { estimatedRowsPerPage, fitDocuments, measureGrid, printed, rowLinesOf } from './document-fit';
import type { DocTable, DocumentSpec } from './document-spec';

const table = (rows: DocTable['rows']): DocTable => ({
  kind: 'table',
  columns: [
    { header: 'STT', kind: 'index' },
    { header: 'Tên sáng kiến', kind: 'text' },
    { header: 'Giá trị làm lợi', kind: 'money' },
  ],
  rows,
  repeatHeader: true,
});

const spec = (rows: DocTable['rows'], more: Partial<DocumentSpec> = {}): DocumentSpec => ({
  name: 'Thử',
  role: 'results',
  names: DEFAULT_RULES.documents,
  date: { year: 2021, month: 5, day: 5 },
  title: 'Kết quả',
  grid: ['index', 'text', 'money'],
  blocks: [table(rows)],
  signature: { lines: ['CHỦ TỊCH'], name: 'A' },
  ...more,
});

describe('fitting a document to the page', () => {
  it('measures cells as they print: money grouped, scores with two decimals', () => {
    expect(printed(1_250_000, 'money')).toBe('1,250,000');
    expect(printed(41.5, 'score')).toBe('41.50');
    expect(printed(null, 'text')).toBe('');
  });

  it('sizes a number column by its widest value, a text column by its longest text', () => {
    const narrow = measureGrid([spec([[1, 'Máy', 5]])]);
    const wide = measureGrid([spec([[1, 'Máy sấy lúa liên hoàn dùng năng lượng mặt trời', 1_250_000_000]])]);
    expect(wide[1]!.natural).toBeGreaterThan(narrow[1]!.natural);
    expect(wide[2]!.natural).toBeGreaterThan(narrow[2]!.natural);
  });

  it('counts a row as tall as its longest wrapping cell, and a group row as no data', () => {
    const long = 'Giải pháp '.repeat(30);
    const lines = rowLinesOf(table([]), [5, 20, 15]);
    expect(lines([1, 'Ngắn', 5])).toBe(1);
    expect(lines([1, long, 5])).toBeGreaterThan(3);
    expect(lines({ group: 'GIẢI NHẤT' })).toBeNull();
  });

  it('holds fewer rows on a page when the rows wrap', () => {
    const fit = fitDocuments([spec([[1, 'Ngắn', 5]])]);
    const short = estimatedRowsPerPage(table(Array.from({ length: 40 }, (_, i) => [i, 'Ngắn', 5])), fit);
    const tall = estimatedRowsPerPage(
      table(Array.from({ length: 40 }, (_, i) => [i, 'Giải pháp '.repeat(40), 5])),
      fit,
    );
    expect(tall).toBeLessThan(short);
    expect(estimatedRowsPerPage(table([{ group: 'A' }]), fit)).toBe(Infinity);
  });

  it('prints smaller, never below 70 %, until a page holds the rows asked for', () => {
    const rows = Array.from({ length: 60 }, (_, i) => [i, 'Giải pháp nâng cao '.repeat(6), 1000]);
    const plain = fitDocuments([spec(rows)]);
    const asked = fitDocuments([spec(rows, { rowsPerPage: 40 })]);
    expect(plain.scale).toBe(100);
    expect(asked.scale).toBeLessThan(100);
    expect(asked.scale).toBeGreaterThanOrEqual(70);
  });
});
