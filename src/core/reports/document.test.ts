import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../council/rules';
import { buildDocument, NATIONAL_MOTTO, NATIONAL_TITLE, type DocumentSpec } from './document';

const spec: DocumentSpec = {
  name: 'DS thử',
  role: 'ubnd',
  names: DEFAULT_RULES.documents,
  date: { year: 2021, month: 5, day: 5 },
  title: 'Danh sách đề nghị khen thưởng',
  subtitles: ['Năm 2021'],
  grid: ['index', 'name', 'money'],
  blocks: [
    {
      kind: 'table',
      columns: [
        { header: 'STT', kind: 'index' },
        { header: 'Họ và tên', kind: 'name' },
        { header: 'Giá trị làm lợi (đồng)', kind: 'money' },
      ],
      rows: [{ group: 'I. GIẢI NHẤT' }, [1, 'Nguyễn Thị Hòa', 1_250_000_000], [2, 'Lê Văn Tám', null]],
      repeatHeader: true,
    },
  ],
  recipients: ['- UBND tỉnh;', '- Lưu: VT.'],
  signature: { lines: ['TM. HỘI ĐỒNG', 'CHỦ TỊCH'], name: 'Trần Văn Chủ' },
};

function find(rows: readonly (readonly unknown[])[], text: unknown): [number, number] {
  for (let r = 0; r < rows.length; r++) {
    const c = rows[r]!.indexOf(text);
    if (c >= 0) return [r, c];
  }
  return [-1, -1];
}

describe('the document frame', () => {
  const { plan, problems } = buildDocument(spec);

  function styleAt(r: number, c: number): Record<string, unknown> {
    let s: Record<string, unknown> = {};
    for (const x of plan.styles ?? []) {
      if (r >= x.rect.row && r < x.rect.row + x.rect.rowCount && c >= x.rect.col && c < x.rect.col + x.rect.colCount) s = { ...s, ...x.style };
    }
    return s;
  }

  it('puts the federation and the council on the left and the national title and motto on the right, bold', () => {
    const [fr, fc] = find(plan.rows, 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG');
    const [cr, cc] = find(plan.rows, 'HỘI ĐỒNG XÉT DUYỆT SÁNG KIẾN');
    const [nr, nc] = find(plan.rows, NATIONAL_TITLE);
    const [mr, mc] = find(plan.rows, NATIONAL_MOTTO);
    expect([fr, fc, cr, cc]).toEqual([0, 0, 1, 0]);
    expect([nr, mr]).toEqual([0, 1]);
    expect(nc).toBeGreaterThan(0);
    expect(mc).toBe(nc);
    for (const [r, c] of [[fr, fc], [cr, cc], [nr, nc], [mr, mc]] as const) expect(styleAt(r, c)).toMatchObject({ bold: true, horizontal: 'center' });
  });

  it('draws a short rule under the council name and under the motto', () => {
    const ruled = (plan.styles ?? []).filter((s) => s.style.borderBottom === 'thin' && s.rect.row === 2);
    expect(ruled).toHaveLength(2);
  });

  it('dates the document in italics on the right, as the decree writes the date', () => {
    const [r, c] = find(plan.rows, 'Kiên Giang, ngày 05 tháng 5 năm 2021');
    expect(r).toBe(3);
    expect(styleAt(r, c)).toMatchObject({ italic: true });
  });

  it('leaves the document number for the clerk on the left of the date line, with the council\'s initials', () => {
    const r = buildDocument({ ...spec, kindCode: 'DS' });
    expect(r.plan.rows[3]?.[0]).toBe('Số:        /DS-HĐXDSK');
  });

  it('writes the title in capitals, bold, centred over the whole width', () => {
    const [r, c] = find(plan.rows, 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(c).toBe(0);
    expect(styleAt(r, c)).toMatchObject({ bold: true, horizontal: 'center' });
    expect(plan.merges).toContainEqual({ row: r, col: 0, rowCount: 1, colCount: 3 });
  });

  it('borders the table, bolds and wraps its header, repeats the header on every page, formats money', () => {
    const [h] = find(plan.rows, 'STT');
    expect(styleAt(h, 1)).toMatchObject({ bold: true, wrap: true, border: 'thin' });
    expect(plan.page?.printTitleRows).toEqual({ first: h, last: h });
    expect(styleAt(h + 2, 2)).toMatchObject({ numberFormat: '#,##0', border: 'thin', horizontal: 'right' });
    expect(plan.rows[h + 2]).toEqual([1, 'Nguyễn Thị Hòa', 1_250_000_000]);
  });

  it('lays a group heading across the table in bold', () => {
    const [g] = find(plan.rows, 'I. GIẢI NHẤT');
    expect(plan.merges).toContainEqual({ row: g, col: 0, rowCount: 1, colCount: 3 });
    expect(styleAt(g, 0)).toMatchObject({ bold: true, border: 'thin' });
  });

  it('signs on the right with room for the signature and lists the recipients on the left', () => {
    const [t, tc] = find(plan.rows, 'TM. HỘI ĐỒNG');
    const [c] = find(plan.rows, 'CHỦ TỊCH');
    const [n, nc] = find(plan.rows, 'Trần Văn Chủ');
    const [nn, nnc] = find(plan.rows, 'Nơi nhận:');
    expect(c).toBe(t + 1);
    expect(n - c).toBeGreaterThanOrEqual(4);
    expect(nc).toBe(tc);
    expect([nn, nnc]).toEqual([t, 0]);
    expect(styleAt(n, nc)).toMatchObject({ bold: true });
  });

  it('sets A4, the decree margins, Times New Roman 13 and a print area over the document', () => {
    expect(plan.font).toEqual({ name: 'Times New Roman', size: 13 });
    expect(plan.page).toMatchObject({ paperSize: 'A4', orientation: 'portrait', margins: { top: 2, bottom: 2, left: 3, right: 1.5 } });
    expect(plan.page?.scale).toBeGreaterThanOrEqual(70);
    expect(plan.page?.printArea).toMatchObject({ row: 0, col: 0, colCount: 3 });
    expect(plan.page!.printArea!.rowCount).toBeGreaterThanOrEqual(plan.rows.length);
    expect(problems).toEqual([]);
  });

  it('gives every column a width and every wrapped table row a height', () => {
    expect(plan.columns?.every((c) => (c.width ?? 0) > 0)).toBe(true);
    const [h] = find(plan.rows, 'STT');
    expect(plan.rowHeights?.get(h + 2)).toBeGreaterThan(0);
  });

  it('reports a missing signer instead of inventing a name', () => {
    const r = buildDocument({ ...spec, signature: { lines: ['TM. HỘI ĐỒNG', 'CHỦ TỊCH'], name: ' ' } });
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'reports.signer.missing', severity: 'warning', sheet: 'DS thử', params: { role: 'TM. HỘI ĐỒNG CHỦ TỊCH' } }),
    ]);
  });

  it('lays a spanning column over several grid columns and merges its cells', () => {
    const r = buildDocument({
      ...spec,
      grid: ['index', 'text', 'text', 'count'],
      blocks: [{ kind: 'table', columns: [{ header: 'STT', kind: 'index' }, { header: 'Nội dung', kind: 'longText', span: 2 }, { header: 'Số', kind: 'count' }], rows: [[1, 'Số sáng kiến đăng ký', 120]] }],
    });
    const [h] = find(r.plan.rows, 'STT');
    expect(r.plan.rows[h + 1]).toEqual([1, 'Số sáng kiến đăng ký', null, 120]);
    expect(r.plan.merges).toContainEqual({ row: h + 1, col: 1, rowCount: 1, colCount: 2 });
  });
});

describe('the width of a number column', () => {
  type Line = readonly [money: number | string | null, score: number | string | null];
  const widths = (lines: readonly Line[]): readonly number[] =>
    buildDocument({
      ...spec,
      grid: ['index', 'money', 'score'],
      blocks: [
        {
          kind: 'table',
          columns: [
            { header: 'STT', kind: 'index' },
            { header: 'Tiền', kind: 'money' },
            { header: 'Điểm', kind: 'score' },
          ],
          rows: lines.map(([m, sc], i) => [i + 1, m, sc]),
        },
      ],
    }).fit.widths;

  it('is what measuring every printed cell gives, though only its extremes are measured', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.option(fc.integer({ min: -5_000_000_000, max: 5_000_000_000 }), { nil: null }),
            fc.option(fc.integer({ min: -10_000, max: 10_000 }).map((h) => h / 100), { nil: null }),
          ),
          { minLength: 1, maxLength: 40 },
        ),
        (lines) => {
          // Text is always measured cell by cell: the same numbers as they print are the oracle.
          const printed = lines.map(([m, sc]): Line => [m === null ? null : m.toLocaleString('en-US'), sc === null ? null : sc.toFixed(2)]);
          expect(widths(lines)).toEqual(widths(printed));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('grows with the digits and the sign', () => {
    expect(widths([[1_250_000_000, null]])[1]).toBeGreaterThan(widths([[999, null]])[1]!);
    expect(widths([[null, -12.5]])[2]).toBeGreaterThan(widths([[null, 12.5]])[2]!);
  });
});
