import { describe, expect, it } from 'vitest';
import { createSimulatedExcel } from '../../workbench/excel-sim';
import { RequestBudget } from './batch';
import { queueCells } from './write-cells';

describe('writing single cells', () => {
  it('sends a row of adjacent cells as one range, text with the "@" format so it stays as typed', async () => {
    const sim = createSimulatedExcel();
    sim.state.addSheet('Chấm điểm', [['Mã SK']]);
    await sim.run(async (context) => {
      const budget = new RequestBudget(context, 4_000_000);
      const sheet = context.workbook.worksheets.getItem('Chấm điểm');
      await queueCells(
        sheet,
        [
          { row: 1, col: 2, value: '05/03/2021' },
          { row: 1, col: 3, value: '0931288125' },
          { row: 4, col: 0, value: 7 },
        ],
        false,
        budget,
      );
      await budget.syncIfPending();
    });
    const sheet = sim.state.getSheet('Chấm điểm');
    expect(sim.state.cellAt(sheet, 1, 2)).toMatchObject({ value: '05/03/2021', numberFormat: '@' });
    expect(sim.state.cellAt(sheet, 1, 3)).toMatchObject({ value: '0931288125', numberFormat: '@' });
    expect(sim.state.cellAt(sheet, 4, 0).value).toBe(7);
  });

  it('on a protected sheet writes no formats and keeps text as text by a leading apostrophe', async () => {
    const sim = createSimulatedExcel();
    sim.state.addSheet('Chấm điểm', [['Mã SK', null]]);
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Chấm điểm');
      ws.getRange('B2').format.protection.locked = false;
      ws.protection.protect();
      await context.sync();
      const budget = new RequestBudget(context, 4_000_000);
      await queueCells(ws, [{ row: 1, col: 1, value: '=tốt' }], true, budget);
      await budget.syncIfPending();
    });
    const cell = sim.state.cellAt(sim.state.getSheet('Chấm điểm'), 1, 1);
    expect(cell.value).toBe('=tốt');
    expect(cell.formula ?? null).not.toBe('=tốt');
  });
});
