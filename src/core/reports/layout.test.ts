import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnMeasure, MIN_SCALE, availableUnits, fitTable, type ColumnKind } from './layout';
import { balancedBreak, longestWordUnits, rowHeightPt, textUnits, wrappedLines } from './measure';

function measured(kind: ColumnKind, header: string, values: readonly string[]): ColumnMeasure {
  const m = new ColumnMeasure(kind, header);
  for (const v of values) m.add(v);
  return m;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('text measure', () => {
  it('finds capitals wider than small letters and bold wider than regular', () => {
    expect(textUnits('HỘI ĐỒNG', 13)).toBeGreaterThan(textUnits('hội đồng', 13));
    expect(textUnits('Hội đồng', 13, true)).toBeGreaterThan(textUnits('Hội đồng', 13));
  });

  it('measures a Vietnamese letter from the table, never narrower than its base letter', () => {
    for (const [letter, base] of [['ệ', 'e'], ['Đ', 'D'], ['ơ', 'o'], ['Ư', 'U'], ['ạ', 'a'], ['ỹ', 'y']] as const) {
      expect(textUnits(letter, 12), letter).toBeGreaterThanOrEqual(textUnits(base, 12) - 1e-9);
    }
    expect(textUnits('Đ', 12)).toBeCloseTo(textUnits('D', 12), 5);
  });

  it('measures italic text from its own widths', () => {
    expect(textUnits('Hội đồng xét duyệt', 12, false, true)).not.toBeCloseTo(textUnits('Hội đồng xét duyệt', 12), 3);
  });

  it('makes a row of n lines n times one line, in whole pixels', () => {
    expect(rowHeightPt(1, 12)).toBe(15.75);
    for (let n = 1; n <= 6; n++) {
      expect(rowHeightPt(n, 12)).toBeCloseTo(n * rowHeightPt(1, 12), 9);
      expect((rowHeightPt(n, 13) / 0.75) % 1).toBe(0);
    }
  });

  it('wraps a long title onto more lines in a narrower column', () => {
    const title = 'Giải pháp cải tiến quy trình vận hành hệ thống xử lý nước thải nhằm tiết kiệm chi phí';
    expect(wrappedLines(title, 20, 12)).toBeGreaterThan(wrappedLines(title, 40, 12));
    expect(wrappedLines('ngắn', 20, 12)).toBe(1);
  });
});

describe('a heading on two lines', () => {
  const federation = 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG';

  it('breaks where the halves are most even', () => {
    expect(balancedBreak(federation, 32, 12, true)).toBe('LIÊN ĐOÀN LAO ĐỘNG\nTỈNH KIÊN GIANG');
  });

  it('stays as it is when one line holds it', () => {
    expect(balancedBreak(federation, 80, 12, true)).toBe(federation);
  });
});

describe('fitting a table to the page', () => {
  it('prints a narrow table portrait at full size', () => {
    const fit = fitTable([measured('index', 'STT', ['1', '2']), measured('name', 'Họ và tên', ['Nguyễn Văn An']), measured('count', 'Số', ['3'])]);
    expect(fit).toMatchObject({ orientation: 'portrait', scale: 100, tooWide: false });
  });

  it('prints a table of more than 8 columns landscape', () => {
    const fit = fitTable(Array.from({ length: 9 }, (_, i) => measured('count', `C${i}`, ['12'])));
    expect(fit.orientation).toBe('landscape');
  });

  it('wraps long titles rather than shrinking the page', () => {
    const long = 'Giải pháp cải tiến quy trình vận hành hệ thống xử lý nước thải nhằm tiết kiệm chi phí '.repeat(3);
    const fit = fitTable([measured('index', 'STT', ['120']), measured('longText', 'Tên sáng kiến', [long]), measured('money', 'Giá trị', ['1,250,000,000'])]);
    expect(fit.scale).toBe(100);
    expect(sum(fit.widths)).toBeLessThanOrEqual(availableUnits(fit.orientation, 3) + 0.5);
  });

  it('keeps every number column wide enough for its widest value', () => {
    const fit = fitTable([measured('money', 'Giá trị làm lợi (đồng)', ['1,250,000,000']), measured('longText', 'Tên', ['x'])]);
    expect(fit.widths[0]!).toBeGreaterThan(textUnits('1,250,000,000', 12));
  });

  const kinds: readonly ColumnKind[] = ['index', 'code', 'name', 'text', 'short', 'longText', 'money', 'score', 'count'];
  const column = fc.record({
    kind: fc.constantFrom(...kinds),
    header: fc.string({ maxLength: 30 }),
    values: fc.array(fc.string({ maxLength: 120 }), { maxLength: 6 }),
  });

  it('never prints below 70 %, and unless flagged too wide every column fits across one page at that scale', () => {
    fc.assert(
      fc.property(fc.array(column, { minLength: 1, maxLength: 20 }), (cols) => {
        const fit = fitTable(cols.map((c) => measured(c.kind, c.header, c.values)));
        expect(fit.scale).toBeGreaterThanOrEqual(MIN_SCALE);
        expect(fit.scale).toBeLessThanOrEqual(100);
        if (!fit.tooWide) expect((sum(fit.widths) * fit.scale) / 100).toBeLessThanOrEqual(availableUnits(fit.orientation, cols.length) + 0.5);
      }),
    );
  });

  it('never makes a wrapping column narrower than its longest word while the page still has room', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zà-ỹ]{1,12}( [a-zà-ỹ]{1,12}){0,12}$/), { minLength: 1, maxLength: 5 }), (values) => {
        const fit = fitTable([measured('index', 'STT', ['1']), measured('longText', 'Tên sáng kiến', values)]);
        const word = Math.max(...values.map((v) => longestWordUnits(v, 12)));
        expect(fit.widths[1]!).toBeGreaterThanOrEqual(Math.min(word, 44));
      }),
    );
  });
});
