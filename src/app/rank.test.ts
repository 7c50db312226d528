// Rank and tier refuses, in words, to overwrite results when the score sheet cannot be read.
import { describe, expect, it } from 'vitest';
import { createSimulatedExcel } from '../workbench/excel-sim';
import { seedSample } from '../workbench/sample';
import { advanceSample } from '../workbench/stages';
import { createOfficePort } from '../workbook/office';
import { message } from '../core/messages';
import { rankAndTier, rankStatus } from './rank';
import { STALE_TEXT } from './stale-formula';

describe('rank and tier on a score sheet whose header was deleted', () => {
  it('writes nothing and names the problem and what to do', async () => {
    const sim = createSimulatedExcel();
    seedSample(sim.state, { count: 80 });
    const port = createOfficePort((b) => sim.run(b));
    await advanceSample(sim, port, 'ranked');
    const before = sim.state.grid('Xếp hạng');
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('Chấm điểm').getRange('A1:E1').clear('Contents');
      await context.sync();
    });
    const failure = await rankAndTier(port).then(
      () => null,
      (e: unknown) => e as { code: string },
    );
    expect(failure?.code).toBe('ranking.scores.noHeader');
    expect(message('vi', failure!.code)).toMatch(/Không tìm thấy dòng tiêu đề của trang Chấm điểm/);
    // Nothing rewritten: only the live stale check in the stamp row (E2) changed, and it now says so.
    const after = sim.state.grid('Xếp hạng');
    expect(after.map((r, i) => (i === 1 ? r.slice(0, 4) : r))).toEqual(before.map((r, i) => (i === 1 ? r.slice(0, 4) : r)));
    expect(sim.state.cell('Xếp hạng', 'E2').value).toBe(STALE_TEXT);
    expect((await rankStatus(port)).stale).toBe(true);
  });
});

describe('the results right after ranking', () => {
  it('are not stale: the ballot and rulings sheets written with them count as they will be read', async () => {
    const sim = createSimulatedExcel();
    seedSample(sim.state, { count: 80 });
    const port = createOfficePort((b) => sim.run(b));
    await advanceSample(sim, port, 'ranked');
    // The first ranking created "Biểu quyết" (one row per proposal, no vote yet) and "Quyết định".
    expect(sim.state.grid('Biểu quyết').length).toBeGreaterThan(10);
    expect((await rankStatus(port)).stale).toBe(false);
    await rankAndTier(port);
    expect((await rankStatus(port)).stale).toBe(false);
    // A vote typed afterwards is a changed input.
    const grid = sim.state.grid('Biểu quyết');
    const header = grid.findIndex((r) => r.includes('Số phiếu đồng ý'));
    const col = grid[header]!.indexOf('Số phiếu đồng ý');
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('Biểu quyết').getCell(header + 1, col).values = [[5]];
      await context.sync();
    });
    expect((await rankStatus(port)).stale).toBe(true);
  });
});
