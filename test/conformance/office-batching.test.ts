// The Office adapter against the simulated Excel's request accounting: big plans are chunked under
// 4 MB, an ordinary sheet takes a handful of syncs, and reads are sized to the response limit.

import { describe, expect, it } from 'vitest';
import type { PlanValue, SheetPlan } from '../../src/core/sheet/plan';
import { createSimulatedExcel, isSimErrorCode } from '../../src/workbench/excel-sim';
import { createOfficePort } from '../../src/workbook/office';

const FOUR_MB = 4_000_000;

function simPort(opts: Parameters<typeof createSimulatedExcel>[0] = {}, maxRequestBytes?: number) {
  const sim = createSimulatedExcel(opts);
  const port = createOfficePort((batch) => sim.run(batch), {
    isSetSupported: (n, v) => sim.isSetSupported(n, v),
    ...(maxRequestBytes !== undefined ? { maxRequestBytes } : {}),
  });
  return { sim, port };
}

const HEADER = [
  'STT',
  'Mã SK',
  'Tên sáng kiến',
  'Tác giả',
  'Đồng tác giả',
  'Chức vụ',
  'Đơn vị công tác',
  'Công đoàn cấp trên',
  'Lĩnh vực',
  'Giá trị làm lợi (đồng)',
  'Tóm tắt',
  'Điện thoại',
];

/** A "Sáng kiến"-like sheet: 12 columns, header style, borders, widths, money format, freeze, table. */
function registerPlan(n: number, summary = 'Giảm thời gian thao tác, tiết kiệm vật tư cho đơn vị.'): SheetPlan {
  const rows: PlanValue[][] = [HEADER];
  for (let i = 1; i <= n; i++) {
    rows.push([
      i,
      `SK-${String(i).padStart(4, '0')}`,
      `Cải tiến quy trình số ${i} tại phân xưởng sửa chữa cơ điện`,
      'Nguyễn Thị Hòa',
      'Trần Văn Ước; Lê Thị Thủy',
      'Kỹ sư',
      'Công ty Điện lực Kiên Giang',
      'LĐLĐ thành phố Rạch Giá',
      'Sản xuất kinh doanh',
      i * 1_000_000,
      summary,
      `09${String(31288125 + i).padStart(8, '0')}`,
    ]);
  }
  const all = { row: 0, col: 0, rowCount: n + 1, colCount: 12 };
  return {
    name: 'Sáng kiến',
    role: 'register',
    rows,
    columns: [6, 10, 48, 22, 22, 12, 28, 24, 18, 16, 40, 14].map((width) => ({ width })),
    styles: [
      { rect: all, style: { border: 'thin', vertical: 'center' } },
      {
        rect: { row: 0, col: 0, rowCount: 1, colCount: 12 },
        style: { bold: true, fill: '#D9E2F3', wrap: true, horizontal: 'center' },
      },
      { rect: { row: 1, col: 9, rowCount: n, colCount: 1 }, style: { numberFormat: '#,##0' } },
    ],
    freeze: { rows: 1, columns: 2 },
    tables: [{ name: 'Bang_SangKien', rect: all, showFilter: true, style: 'TableStyleLight9' }],
    font: { name: 'Times New Roman', size: 12 },
  };
}

describe('writing through the Office adapter', () => {
  it('writes the plan of a 1,000-initiative register in at most 3 syncs', async () => {
    const { sim, port } = simPort();
    sim.stats.reset();
    await port.apply([{ kind: 'writePlan', plan: registerPlan(1000) }]);
    expect(port.lastSyncCount).toBeLessThanOrEqual(3);
    expect(sim.stats.syncs).toBe(port.lastSyncCount);
    const sheet = sim.state.getSheet('Sáng kiến');
    expect(sim.state.cellAt(sheet, 1000, 11).value).toBe('0931289125');
    expect(sim.state.cellAt(sheet, 1000, 9)).toMatchObject({ value: 1_000_000_000, numberFormat: '#,##0' });
    expect(sheet.freeze).toEqual({ rows: 1, cols: 2 });
    expect(sim.state.findTable('Bang_SangKien')).toBeDefined();
  });

  it('rewrites that register in place, with its table, still in at most 3 syncs', async () => {
    const { sim, port } = simPort();
    await port.apply([{ kind: 'writePlan', plan: registerPlan(1000) }]);
    sim.stats.reset();
    await port.apply([{ kind: 'writePlan', plan: registerPlan(400) }]);
    expect(port.lastSyncCount).toBeLessThanOrEqual(3);
    const [grid] = await port.readSheets([{ role: 'register' }]);
    expect(grid?.values.length).toBe(401);
  });

  it('refuses a 6 MB plan sent naively in one request, and the adapter writes it in chunks of at most 4 MB', async () => {
    const plan = registerPlan(16_000, 'Tóm tắt dài: '.padEnd(200, 'ư'));
    const values = plan.rows.map((r) => r.map((v) => (v === null || typeof v === 'object' ? null : v)));

    const naive = createSimulatedExcel();
    const attempt = naive.run(async (context) => {
      const ws = context.workbook.worksheets.add('Sáng kiến');
      ws.getRangeByIndexes(0, 0, values.length, 12).values = values;
      await context.sync();
    });
    await expect(attempt).rejects.toSatisfy((e) => isSimErrorCode(e, 'RequestPayloadSizeLimitExceeded'));
    expect(naive.stats.maxRequestBytes).toBeGreaterThan(6_000_000);

    const { sim, port } = simPort();
    sim.stats.reset();
    await port.apply([{ kind: 'writePlan', plan }]);
    expect(sim.stats.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    const total = sim.stats.requestBytes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(6_000_000);
    expect(port.lastSyncCount).toBeLessThanOrEqual(Math.ceil(total / FOUR_MB) + 2);
    const sheet = sim.state.getSheet('Sáng kiến');
    expect(sim.state.cellAt(sheet, 16_000, 10).value).toBe(values[16_000]?.[10]);
    expect(sim.state.cellAt(sheet, 9_999, 11).value).toBe(values[9_999]?.[11]);
  });

  it('keeps every request under a smaller limit too, with the table and styles intact', async () => {
    const { sim, port } = simPort({}, 200_000);
    sim.stats.reset();
    const steps: [number, number][] = [];
    await port.apply([{ kind: 'writePlan', plan: registerPlan(3000) }], (done, total) => steps.push([done, total]));
    // The progress bar moves with the rows sent, never backwards, and ends full.
    expect(steps.length).toBeGreaterThan(3);
    expect(steps.every(([d], i) => i === 0 || d >= steps[i - 1]![0])).toBe(true);
    expect(steps[steps.length - 1]).toEqual([3001, 3001]);
    expect(sim.stats.maxRequestBytes).toBeLessThanOrEqual(200_000);
    expect(port.lastSyncCount).toBeGreaterThan(3);
    const [grid] = await port.readSheets([{ role: 'register' }]);
    expect(grid?.values).toEqual(registerPlan(3000).rows);
    const sheet = sim.state.getSheet('Sáng kiến');
    expect(sim.state.cellAt(sheet, 0, 3).style.bold).toBe(true);
    expect(sim.state.cellAt(sheet, 2999, 3).style.bottom).not.toBeNull();
  });
});

describe('reading through the Office adapter', () => {
  it('reads a sheet larger than one response in blocks, each request and response within the limit', async () => {
    const { sim, port } = simPort();
    await port.apply([{ kind: 'writePlan', plan: registerPlan(16_000, 'Tóm tắt dài: '.padEnd(200, 'ư')) }]);
    sim.stats.reset();
    const [grid] = await port.readSheets([{ role: 'register', formulas: true, fonts: true, hidden: true }]);
    expect(sim.stats.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    expect(port.lastSyncCount).toBeGreaterThan(2);
    expect(grid?.values.length).toBe(16_001);
    expect(grid?.values[16_000]?.[11]).toBe('0931304125');
    expect(grid?.defaultFont).toBe('Times New Roman');
    expect(grid?.fonts?.size).toBe(0);
  });

  it('reads rows of every length in round trips that grow with the bytes, about one per 4 MB', async () => {
    const { sim } = simPort();
    // Summaries from a line to a paragraph, in no order: the longest row is ten times the shortest.
    const rows: (string | number)[][] = [HEADER];
    for (let i = 1; i <= 24_000; i++) {
      const summary = 'Tiết kiệm vật tư, giảm thời gian thao tác. '.repeat(1 + ((i * 7919) % 10));
      rows.push([i, `SK-${i}`, `Cải tiến số ${i}`, 'Nguyễn Thị Hòa', 'Trần Văn Ước', 'Kỹ sư', 'Công ty Điện lực', 'LĐLĐ Rạch Giá', 'Sản xuất', i * 1000, summary, '0931304125']);
    }
    sim.state.addSheet('DS', rows);
    const port = createOfficePort((batch) => sim.run(batch), { isSetSupported: (n, v) => sim.isSetSupported(n, v) });
    sim.stats.reset();
    const [grid] = await port.readSheets([{ name: 'DS', formulas: true, fonts: true, hidden: true }]);
    const total = sim.stats.requestBytes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(20_000_000);
    expect(sim.stats.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    // Sized on the longest row, blocks held half of that and took twice the round trips.
    expect(sim.stats.syncs).toBeLessThanOrEqual(Math.ceil(total / FOUR_MB) + 5);
    expect(grid?.values).toEqual(rows);
  });

  it('reads again, in smaller blocks, a stretch of rows far longer than those before it', async () => {
    const { sim, port } = simPort({ maxRequestBytes: 200_000 }, 160_000);
    const rows = Array.from({ length: 3000 }, (_, i) => [`SK-${i}`, i < 2000 ? 'ngắn' : `dài ${'ư'.repeat(400)}`]);
    sim.state.addSheet('DS', rows);
    sim.stats.reset();
    const [grid] = await port.readSheets([{ name: 'DS' }]);
    expect(grid?.values).toEqual(rows);
    // Blocks sized on the short rows were refused, each retry halving them, and nothing was lost.
    const refused = sim.stats.requestBytes.filter((b) => b > 200_000).length;
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(refused).toBeLessThanOrEqual(5);
  });

  it('reads a small register in a few syncs with merges, hidden rows and columns, fonts and formulas', async () => {
    const { sim, port } = simPort();
    sim.state.addSheet(
      'DS',
      [
        ['DANH SÁCH', null, null],
        ['Tên', 'Tác giả', 'Tiền'],
        ['Sáng kiến A', 'Nguyễn Văn A', 5],
        ['Sáng kiến B', 'Lª V¨n B', 7],
      ],
      {
        merges: ['A1:C1'],
        hiddenColumns: [1],
        hiddenRows: [2],
        fonts: { B4: '.VnTime' },
        formulas: { D3: '=C3*2' },
      },
    );
    sim.stats.reset();
    const [grid] = await port.readSheets([{ name: 'DS', merges: true, hidden: true, fonts: true, formulas: true }]);
    expect(port.lastSyncCount).toBeLessThanOrEqual(3);
    expect(grid?.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 3 }]);
    expect([...(grid?.hiddenColumns ?? [])]).toEqual([1]);
    expect([...(grid?.hiddenRows ?? [])]).toEqual([2]);
    expect(grid?.fonts?.get('3,1')).toBe('.VnTime');
    expect(grid?.formulas?.get('2,3')).toBe('=C3*2');
    expect(grid?.values[2]).toEqual(['Sáng kiến A', 'Nguyễn Văn A', 5, 10]);
  });

  it('reads small sheets by role, values and formulas, in 2 round trips: names, then sizes with the values', async () => {
    const { sim, port } = simPort();
    sim.state.addSheet('Hội đồng', [
      ['Mã TV', 'Họ và tên', 'Vai trò'],
      ['TV01', 'Nguyễn Văn An', 'Chủ tịch'],
      ['TV02', 'Trần Thị Bình', 'Thư ký'],
    ]);
    sim.state.addSheet('Cấu hình', [
      [null, null],
      [null, 'Khóa', 'Giá trị'],
      [null, 'min_reviews', 3],
    ]);
    sim.state.addSheet('Trống', []);
    sim.stats.reset();
    const grids = await port.readSheets([{ role: 'council' }, { role: 'config', formulas: true }, { name: 'Trống' }]);
    expect(port.lastSyncCount).toBe(2);
    expect(grids[0]?.values[2]).toEqual(['TV02', 'Trần Thị Bình', 'Thư ký']);
    expect(grids[1]?.values).toEqual([[], [null, 'Khóa', 'Giá trị'], [null, 'min_reviews', 3]]);
    expect(grids[2]?.values).toEqual([]);
  });

  it('recovers when a sheet is far wider than guessed: the speculative first block is refused, then read in blocks', async () => {
    const { sim, port } = simPort({ maxRequestBytes: 100_000 }, 100_000);
    const wide = Array.from({ length: 120 }, (_, r) =>
      Array.from({ length: 200 }, (_, c) => `ô ${r}-${c} ${'x'.repeat(12)}`),
    );
    sim.state.addSheet('Rộng', wide);
    const [grid] = await port.readSheets([{ name: 'Rộng' }]);
    expect(grid?.values).toEqual(wide);
  });

  it('finds the few cells of a large sheet typed in another font, reading cell fonts only where a column mixes them', async () => {
    const { sim, port } = simPort();
    const rows = Array.from({ length: 3000 }, (_, i) => [`SK-${i}`, `Tên ${i}`, i]);
    sim.state.addSheet('DS', rows, { fonts: { B1500: '.VnTime', B1501: '.VnTime' } });
    sim.stats.reset();
    const [grid] = await port.readSheets([{ name: 'DS', fonts: true }]);
    expect(grid?.defaultFont).toBe('Calibri');
    expect(grid?.fonts).toEqual(
      new Map([
        ['1499,1', '.VnTime'],
        ['1500,1', '.VnTime'],
      ]),
    );
    expect(port.lastSyncCount).toBeLessThanOrEqual(5);
  });

  it('leaves merges undefined on Excel without ExcelApi 1.13, so intake can warn', async () => {
    const { sim, port } = simPort({ apiVersion: '1.12' });
    sim.state.addSheet('DS', [['Gộp', null]], { merges: ['A1:B1'] });
    const [grid] = await port.readSheets([{ name: 'DS', merges: true }]);
    expect(grid?.merges).toBeUndefined();
    expect(grid?.values).toEqual([['Gộp']]);
  });

  it('tells a formula error from text that looks like one', async () => {
    const { sim, port } = simPort();
    sim.state.addSheet('DS', [[null, '#DIV/0!']], { formulas: { A1: '=1/0' }, numberFormats: { B1: '@' } });
    const [grid] = await port.readSheets([{ name: 'DS' }]);
    expect(grid?.values[0]).toEqual([{ error: '#DIV/0!' }, '#DIV/0!']);
  });

  it('throws in the simulator when a property is read before it is loaded', async () => {
    const { sim } = simPort();
    sim.state.addSheet('DS', [['x']]);
    const read = sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem('DS').getRange('A1');
      await context.sync();
      return range.values;
    });
    await expect(read).rejects.toSatisfy((e) => isSimErrorCode(e, 'PropertyNotLoaded'));
  });
});

describe('protection and selection through the Office adapter', () => {
  it('reports a password-protected sheet as SheetProtectedError before writing anything', async () => {
    const { sim, port } = simPort();
    sim.state.addSheet('Sáng kiến', [['giữ nguyên']]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('Sáng kiến').protection.protect({}, 'mật khẩu');
      await context.sync();
    });
    await expect(port.apply([{ kind: 'writePlan', plan: registerPlan(3) }])).rejects.toMatchObject({
      name: 'SheetProtectedError',
      sheet: 'Sáng kiến',
    });
    expect(sim.state.cellAt(sim.state.getSheet('Sáng kiến'), 0, 0).value).toBe('giữ nguyên');
    await expect(
      port.apply([{ kind: 'writeCells', sheet: 'Sáng kiến', cells: [{ row: 0, col: 0, value: 'x' }] }]),
    ).rejects.toMatchObject({ name: 'SheetProtectedError' });
  });

  it('writes a reviewer’s unlocked cells on a protected score sheet, text kept as text', async () => {
    const { port } = simPort();
    await port.apply([
      {
        kind: 'writePlan',
        plan: {
          name: 'Chấm điểm',
          role: 'scores',
          rows: [['Mã SK', 'Mã TV', 'TM', 'Nhận xét']],
          protection: { unlocked: [{ row: 1, col: 2, rowCount: 10, colCount: 2 }] },
        },
      },
    ]);
    await port.apply([
      {
        kind: 'writeCells',
        sheet: 'Chấm điểm',
        cells: [
          { row: 1, col: 2, value: 25.5 },
          { row: 1, col: 3, value: '=tốt' },
          { row: 2, col: 3, value: '05/03/2021' },
        ],
      },
    ]);
    // Tried as on an open sheet, refused, then written knowing the sheet is protected.
    expect(port.lastSyncCount).toBeLessThanOrEqual(4);
    const [grid] = await port.readSheets([{ role: 'scores' }]);
    expect(grid?.values.slice(1)).toEqual([
      [null, null, 25.5, '=tốt'],
      [null, null, null, '05/03/2021'],
    ]);
    await expect(
      port.apply([{ kind: 'writeCells', sheet: 'Chấm điểm', cells: [{ row: 1, col: 0, value: 'SK-9' }] }]),
    ).rejects.toMatchObject({ name: 'SheetProtectedError', sheet: 'Chấm điểm' });
  });

  it('saves a reviewer’s cells on an open sheet in one round trip', async () => {
    const { sim, port } = simPort();
    await port.apply([{ kind: 'writePlan', plan: registerPlan(50) }]);
    sim.stats.reset();
    await port.apply([
      {
        kind: 'writeCells',
        sheet: 'Sáng kiến',
        cells: [
          { row: 5, col: 9, value: 1_500_000 },
          { row: 5, col: 10, value: '=điều chỉnh' },
          { row: 5, col: 11, value: '0912345678' },
        ],
      },
    ]);
    expect(port.lastSyncCount).toBe(1);
    expect(sim.stats.syncs).toBe(1);
    const [grid] = await port.readSheets([{ role: 'register' }]);
    expect(grid?.values[5]?.slice(9)).toEqual([1_500_000, '=điều chỉnh', '0912345678']);
  });

  it('rewrites a sheet it protected itself', async () => {
    const { port } = simPort();
    const plan: SheetPlan = {
      name: 'Chấm điểm',
      role: 'scores',
      rows: [['a']],
      protection: { unlocked: [] },
    };
    await port.apply([{ kind: 'writePlan', plan }]);
    await port.apply([{ kind: 'writePlan', plan: { ...plan, rows: [['b']] } }]);
    const [grid] = await port.readSheets([{ role: 'scores' }]);
    expect(grid?.values).toEqual([['b']]);
  });

  it('selects a cell and shows its sheet', async () => {
    const { sim, port } = simPort();
    await port.apply([
      { kind: 'writePlan', plan: { name: 'Một', role: 'meta', rows: [['a']] } },
      { kind: 'writePlan', plan: { name: 'Hai', role: 'config', rows: [['b']] } },
    ]);
    await port.select('Một', 'C12');
    const active = await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load('name');
      const sel = context.workbook.getSelectedRange();
      sel.load('address');
      await context.sync();
      // Excel may quote a non-ASCII sheet name in an address or not; the cell is what matters.
      return [ws.name, sel.address.replace(/'/g, '')];
    });
    expect(active).toEqual(['Một', 'Một!C12']);
    await expect(port.select('Không có', 'A1')).rejects.toMatchObject({ name: 'SheetMissingError' });
  });
});

describe('charts through the Office adapter', () => {
  it('adds a plan’s charts and replaces them when the sheet is rewritten', async () => {
    const { sim, port } = simPort();
    const plan: SheetPlan = {
      name: 'Thống kê',
      role: 'stats',
      rows: [
        ['Lĩnh vực', 'Số sáng kiến'],
        ['Giáo dục', 12],
        ['Y tế', 7],
      ],
      charts: [
        {
          kind: 'columnClustered',
          title: 'Sáng kiến theo lĩnh vực',
          source: { row: 0, col: 0, rowCount: 3, colCount: 2 },
          anchor: { row: 4, col: 0, rowCount: 15, colCount: 8 },
        },
      ],
    };
    await port.apply([{ kind: 'writePlan', plan }]);
    await port.apply([
      { kind: 'writePlan', plan: { ...plan, charts: [{ ...plan.charts![0]!, kind: 'pie', title: 'Tỷ lệ' }] } },
    ]);
    const charts = sim.state.getSheet('Thống kê').charts;
    expect(charts.map((c) => [c.type, c.title])).toEqual([['Pie', 'Tỷ lệ']]);
  });
});
