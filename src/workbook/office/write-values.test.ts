import { describe, expect, it } from 'vitest';
import type { SheetPlan } from '../../core/sheet/plan';
import { createSimulatedExcel } from '../../workbench/excel-sim';
import { RequestBudget } from './batch';
import { officeValue, queueValues } from './write-values';

describe('the values of a plan', () => {
  it('go to office.js as Excel takes them: formulas as "=…", nothing for a number that is not finite', () => {
    expect(officeValue({ formula: 'SUM(A1:A3)' })).toBe('=SUM(A1:A3)');
    expect(officeValue({ formula: '=1+1' })).toBe('=1+1');
    expect(officeValue(Number.NaN)).toBeNull();
    expect(officeValue(undefined)).toBeNull();
    expect(officeValue('=1+1')).toBe('=1+1');
  });

  it('keep text as typed ("@" before the value), numbers with their planned format, formulas computed', async () => {
    const sim = createSimulatedExcel();
    sim.state.addSheet('DS', []);
    const plan: SheetPlan = {
      name: 'DS',
      role: 'register',
      rows: [['0931288125', 1250000, { formula: 'B1*2' }, '=1+1']],
      styles: [{ rect: { row: 0, col: 1, rowCount: 1, colCount: 2 }, style: { numberFormat: '#,##0' } }],
    };
    const rows: number[] = [];
    await sim.run(async (context) => {
      const budget = new RequestBudget(context, 4_000_000);
      await queueValues(context.workbook.worksheets.getItem('DS'), budget, plan, 1, 4, (n) => rows.push(n));
      await budget.syncIfPending();
    });
    const sheet = sim.state.getSheet('DS');
    expect(sim.state.cellAt(sheet, 0, 0)).toMatchObject({ value: '0931288125', numberFormat: '@' });
    expect(sim.state.cellAt(sheet, 0, 1)).toMatchObject({ value: 1250000, numberFormat: '#,##0' });
    expect(sim.state.cellAt(sheet, 0, 2).value).toBe(2500000);
    expect(sim.state.cellAt(sheet, 0, 3)).toMatchObject({ value: '=1+1', numberFormat: '@' });
    expect(rows).toEqual([1]);
  });

  it('go in several row blocks when the rows outgrow one request, every row once', async () => {
    const sim = createSimulatedExcel();
    sim.state.addSheet('DS', []);
    const plan: SheetPlan = {
      name: 'DS',
      role: 'register',
      rows: Array.from({ length: 200 }, (_, i) => [`Sáng kiến số ${i} `.repeat(10)]),
    };
    const rows: number[] = [];
    const syncs = await sim.run(async (context) => {
      const budget = new RequestBudget(context, 20_000);
      await queueValues(context.workbook.worksheets.getItem('DS'), budget, plan, 200, 1, (n) => rows.push(n));
      await budget.syncIfPending();
      return budget.syncs;
    });
    expect(syncs).toBeGreaterThan(1);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(200);
    expect(sim.state.cellAt(sim.state.getSheet('DS'), 199, 0).value).toBe('Sáng kiến số 199 '.repeat(10));
  });
});
