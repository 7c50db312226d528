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
