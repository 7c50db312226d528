// The "Xếp hạng" sheet says by itself, through an Excel formula, when its inputs changed after ranking.
import { describe, expect, it } from 'vitest';
import { createSimulatedExcel, type SimulatedExcel } from '../workbench/excel-sim';
import { seedSample } from '../workbench/sample';
import { advanceSample } from '../workbench/stages';
import { createOfficePort } from '../workbook/office';
import { rankAndTier } from './rank';
import { FRESH_TEXT, STALE_TEXT } from './stale-formula';

async function rankedBook(): Promise<SimulatedExcel> {
  const sim = createSimulatedExcel();
  seedSample(sim.state, { count: 120 });
  const port = createOfficePort((b) => sim.run(b));
  await advanceSample(sim, port, 'scored');
  await rankAndTier(port, { now: new Date(2021, 4, 5, 9, 0) });
  return sim;
}

const stamp = (sim: SimulatedExcel): unknown => sim.state.cell('Xếp hạng', 'E2').value;

async function edit(sim: SimulatedExcel, sheet: string, address: string, value: string | number): Promise<void> {
  await sim.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

describe('the stamp line of "Xếp hạng"', () => {
  it('says the results match right after ranking', async () => {
    expect(stamp(await rankedBook())).toBe(FRESH_TEXT);
  });

  it('says the results are stale once a score changes', async () => {
    const sim = await rankedBook();
    await edit(sim, 'Chấm điểm', 'C2', 1);
    expect(stamp(sim)).toBe(STALE_TEXT);
  });

  it('says so when a member is added, a rule is changed or a ruling is recorded', async () => {
    for (const [sheet, address, value] of [
      ['Hội đồng', 'A30', 'TV99'],
      ['Cấu hình', 'C3', 35],
      ['Quyết định', 'A40', 'SK-0001'],
    ] as const) {
      const sim = await rankedBook();
      await edit(sim, sheet, address, value);
      expect(stamp(sim), `${sheet}!${address}`).toBe(STALE_TEXT);
    }
  });

  it('does not count as a hand edit of the generated sheet when it changes', async () => {
    const sim = await rankedBook();
    await edit(sim, 'Chấm điểm', 'C2', 1);
    const port = createOfficePort((b) => sim.run(b));
    const again = await rankAndTier(port, { now: new Date(2021, 4, 5, 10, 0) });
    expect(again.kept).toEqual([]);
    expect(stamp(sim)).toBe(FRESH_TEXT);
  });
});
