import { describe, expect, it } from 'vitest';
import { createSimulatedExcel } from '../../workbench/excel-sim';
import { RequestBudget } from './batch';
import { discover, resolveRoles } from './discover';

function withBudget<T>(
  sim: ReturnType<typeof createSimulatedExcel>,
  fn: (c: Excel.RequestContext, b: RequestBudget) => Promise<T>,
) {
  return sim.run(async (context) => {
    const budget = new RequestBudget(context, 4_000_000);
    return { value: await fn(context, budget), syncs: budget.syncs };
  });
}

describe('learning the workbook before writing', () => {
  it('knows every sheet with its position, visibility and protection, the names and the tables, in one round trip', async () => {
    const sim = createSimulatedExcel();
    sim.state.addSheet('DS', [['a']]);
    sim.state.addSheet('SK_Meta', [['b']], { visibility: 'VeryHidden' });
    sim.state.addName('SK_SangKien', "'DS'!$A$1");
    await sim.run(async (context) => {
      const ds = context.workbook.worksheets.getItem('DS');
      ds.tables.add('A1:A1', true).name = 'Bang1';
      ds.protection.protect();
      await context.sync();
    });
    const { value, syncs } = await withBudget(sim, discover);
    expect(syncs).toBe(1);
    expect(value.sheets).toEqual([
      { name: 'DS', position: 0, visibility: 'visible', protected: true },
      { name: 'SK_Meta', position: 1, visibility: 'veryHidden', protected: false },
    ]);
    expect([...value.names]).toEqual(['SK_SangKien']);
    expect(value.tablesBySheet.get('ds')).toEqual(['Bang1']);
  });
});

describe('finding the sheet of a role', () => {
  it('follows the role’s workbook name through a rename, else takes the default sheet name, else none', async () => {
    const sim = createSimulatedExcel();
    sim.state.addSheet('Sáng kiến (cũ)', [['a']]);
    sim.state.addSheet('hội đồng', [['b']]);
    sim.state.addName('SK_SangKien', "'Sáng kiến (cũ)'!$A$1");
    const { value, syncs } = await withBudget(sim, (c, b) =>
      resolveRoles(c, b, ['register', 'council', 'scores', 'council']),
    );
    expect(syncs).toBe(1);
    expect(value.byRole.get('register')).toBe('Sáng kiến (cũ)');
    expect(value.byRole.get('council')).toBe('hội đồng');
    expect(value.byRole.get('scores')).toBeNull();
    expect(value.sheets).toEqual(['Sáng kiến (cũ)', 'hội đồng']);
  });
});
