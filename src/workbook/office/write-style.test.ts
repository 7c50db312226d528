import { describe, expect, it } from 'vitest';
import type { SheetPlan } from '../../core/sheet/plan';
import { createSimulatedExcel } from '../../workbench/excel-sim';
import { RequestBudget } from './batch';
import { queueStyles } from './write-style';

describe('the styles of a plan', () => {
  it('set font, alignment, wrap and borders on each rectangle, later rectangles winning', async () => {
    const sim = createSimulatedExcel();
    sim.state.addSheet('DS', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const plan: SheetPlan = {
      name: 'DS',
      role: 'register',
      rows: [],
      styles: [
        {
          rect: { row: 0, col: 0, rowCount: 2, colCount: 2 },
          style: { border: 'thin', horizontal: 'left', wrap: true },
        },
        {
          rect: { row: 0, col: 0, rowCount: 1, colCount: 2 },
          style: { bold: true, horizontal: 'center', fontSize: 12 },
        },
      ],
    };
    await sim.run(async (context) => {
      const budget = new RequestBudget(context, 4_000_000);
      await queueStyles(context.workbook.worksheets.getItem('DS'), budget, plan);
      await budget.syncIfPending();
      const header = context.workbook.worksheets.getItem('DS').getRange('A1');
      header.load('format/horizontalAlignment,format/wrapText,format/font/bold,format/font/size');
      const body = context.workbook.worksheets.getItem('DS').getRange('B2');
      body.load('format/horizontalAlignment');
      const edge = body.format.borders.getItem('EdgeBottom');
      edge.load('style,weight');
      await context.sync();
      expect([
        header.format.horizontalAlignment,
        header.format.wrapText,
        header.format.font.bold,
        header.format.font.size,
      ]).toEqual(['Center', true, true, 12]);
      expect(body.format.horizontalAlignment).toBe('Left');
      expect([edge.style, edge.weight]).toEqual(['Continuous', 'Thin']);
    });
  });
});
