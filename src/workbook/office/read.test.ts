import { describe, expect, it } from 'vitest';
import { createSimulatedExcel } from '../../workbench/excel-sim';
import type { ReadOptions } from '../port';
import { RequestBudget } from './batch';
import { readTargets } from './read';

async function read(sim: ReturnType<typeof createSimulatedExcel>, sheet: string, options: ReadOptions) {
  return sim.run(async (context) => {
    const budget = new RequestBudget(context, 4_000_000);
    const [grid] = await readTargets(
      budget,
      [{ sheet: context.workbook.worksheets.getItem(sheet), name: sheet, options }],
      true,
    );
    return { grid: grid!, syncs: budget.syncs };
  });
}

describe('reading sheets through the Excel JavaScript API', () => {
  it('reads a small sheet for its values in the one round trip that learns its size', async () => {
    const sim = createSimulatedExcel();
    sim.state.addSheet('Cấu hình', [
      ['Tham số', 'Giá trị'],
      ['Số giải nhất', 5],
    ]);
    const { grid, syncs } = await read(sim, 'Cấu hình', {});
    expect(grid.values).toEqual([
      ['Tham số', 'Giá trị'],
      ['Số giải nhất', 5],
    ]);
    expect(syncs).toBe(1);
  });

  it('tells the numbers shown as dates by their number format, when asked, in the same round trip', async () => {
    const sim = createSimulatedExcel();
    // A reviewer typed 8 into a cell formatted as a date (Excel shows 08/01/1900), and 7,5 into a plain one.
    sim.state.addSheet(
      'Chấm điểm',
      [
        ['Mã SK', 'TM'],
        ['SK-0001', 8],
        ['SK-0002', 7.5],
        ['SK-0003', 45000],
      ],
      {
        numberFormats: { B2: 'dd/mm/yyyy', B3: '0.0', B4: '[$-409]d-mmm-yy;@' },
      },
    );
    const { grid, syncs } = await read(sim, 'Chấm điểm', { dates: true });
    expect([...(grid.dates ?? [])].sort()).toEqual(['1,1', '3,1']);
    expect(grid.values[1]).toEqual(['SK-0001', 8]);
    expect(syncs).toBe(1);
    const plain = await read(sim, 'Chấm điểm', {});
    expect(plain.grid.dates).toBeUndefined();
  });

  it('sizes its blocks for the number formats too, so a read asking for dates stays within the budget', async () => {
    const sim = createSimulatedExcel();
    const rows = Array.from({ length: 3000 }, (_, r) => [
      `SK-${r}`,
      'Cải tiến quy trình kiểm tra chất lượng',
      r % 7,
      r * 1.5,
      'x',
    ]);
    sim.state.addSheet('Chấm điểm', rows, { numberFormats: { 'C:C': 'dd/mm/yyyy', 'D:D': '#,##0.00' } });
    const limit = 120_000;
    sim.stats.reset();
    const grid = await sim.run(async (context) => {
      const budget = new RequestBudget(context, limit);
      const sheet = context.workbook.worksheets.getItem('Chấm điểm');
      const [g] = await readTargets(
        budget,
        [{ sheet, name: 'Chấm điểm', options: { dates: true, formulas: true } }],
        true,
      );
      return g!;
    });
    expect(grid.dates?.size).toBe(3000);
    expect(sim.stats.syncs).toBeGreaterThan(3);
    expect(sim.stats.maxRequestBytes).toBeLessThanOrEqual(limit);
  });

  it('asks the value type only of text that looks like an error, to tell the two apart', async () => {
    const sim = createSimulatedExcel();
    sim.state.addSheet('DS', [[null, '#N/A', 'x']], { formulas: { A1: '=NA()' }, numberFormats: { B1: '@' } });
    const { grid, syncs } = await read(sim, 'DS', {});
    expect(grid.values[0]).toEqual([{ error: '#N/A' }, '#N/A', 'x']);
    expect(syncs).toBe(2);
  });

  it('reads fonts, hidden rows and columns, and merges when asked', async () => {
    const sim = createSimulatedExcel();
    sim.state.addSheet(
      'DS',
      [
        ['Tên', 'Ẩn'],
        ['Gộp', null],
        ['a', 'b'],
      ],
      {
        merges: ['A2:B2'],
        hiddenColumns: [1],
        hiddenRows: [2],
        fonts: { A3: '.VnTime' },
      },
    );
    const { grid } = await read(sim, 'DS', { fonts: true, hidden: true, merges: true });
    expect(grid.merges).toEqual([{ row: 1, col: 0, rowCount: 1, colCount: 2 }]);
    expect([...grid.hiddenColumns!]).toEqual([1]);
    expect([...grid.hiddenRows!]).toEqual([2]);
    expect(grid.fonts?.get('2,0')).toBe('.VnTime');
  });
});
