import { describe, expect, it } from 'vitest';
import type { CellValue, SheetGrid } from '../core/sheet/grid';
import { createSimulatedExcel } from '../workbench/excel-sim';
import { seedSample } from '../workbench/sample';
import { advanceSample } from '../workbench/stages';
import { createOfficePort } from '../workbook/office';
import { loadCouncilWork } from './ballot';
import { saveDecisions } from './decisions';
import { decisionCellWrites, locateDecisions, RULINGS } from '../core/sheets/decisions';
import { rankAndTier } from './rank';

function grid(values: CellValue[][]): SheetGrid {
  return { name: 'Quyết định', values };
}

const SHEET: CellValue[][] = [
  ['QUYẾT ĐỊNH CỦA HỘI ĐỒNG'],
  ['Ghi ở cột "Quyết định"…'],
  [],
  ['Mã SK', 'Quyết định', 'Ghi chú', 'Tên sáng kiến'],
  ['SK-0004', 'Nhì', 'bỏ phiếu 6/9', 'Máy A'],
  ['SK-0010', null, null, 'Máy B'],
  ['SK-0004', 'Ba', null, 'Máy A (chép lại)'],
];

describe('locating the decisions cells', () => {
  it('finds the header, the note column and the first free row below the table', () => {
    const layout = locateDecisions(grid(SHEET))!;
    expect([layout.headerRow, layout.idCol, layout.rulingCol, layout.noteCol, layout.hasNoteHeader, layout.nextRow]).toEqual([3, 0, 1, 2, true, 7]);
    expect(layout.rowsById.get('SK-0004')).toEqual([4, 6]);
  });

  it('gives no layout without a Quyết định column', () => {
    expect(locateDecisions(grid([['Mã SK', 'Ghi chú']]))).toBeNull();
  });

  it('writes a ruling and note on the listed row, only where they change, and clears a repeated row', () => {
    const cells = decisionCellWrites(grid(SHEET), [
      { initiativeId: 'SK-0010', ruling: 'Khuyến khích', note: 'đồng hạng' },
      { initiativeId: 'sk-4', ruling: 'Nhì', note: 'bỏ phiếu 6/9' },
    ]);
    expect(cells).toEqual([
      { row: 5, col: 1, value: 'Khuyến khích' },
      { row: 5, col: 2, value: 'đồng hạng' },
      { row: 6, col: 1, value: null },
    ]);
  });

  it('clears a ruling by emptying its cell and adds a new row for an initiative not listed', () => {
    const cells = decisionCellWrites(grid(SHEET), [
      { initiativeId: 'SK-0004', ruling: null, note: '' },
      { initiativeId: 'SK-0042', ruling: 'Không xếp giải', note: '' },
      // Nothing to record for an unlisted initiative without a ruling or a note.
      { initiativeId: 'SK-0043', ruling: null, note: '' },
    ]);
    expect(cells).toEqual([
      { row: 4, col: 1, value: null },
      { row: 4, col: 2, value: null },
      { row: 6, col: 1, value: null },
      { row: 7, col: 0, value: 'SK-0042', numberFormat: '@' },
      { row: 7, col: 1, value: 'Không xếp giải' },
    ]);
  });

  it('puts the note header back beside the table when its column was deleted', () => {
    const cells = decisionCellWrites(grid([['Mã SK', 'Quyết định'], ['SK-0001', null]]), [{ initiativeId: 'SK-0001', ruling: 'Ba', note: 'x' }]);
    expect(cells).toEqual([
      { row: 1, col: 1, value: 'Ba' },
      { row: 1, col: 2, value: 'x' },
      { row: 0, col: 2, value: 'Ghi chú' },
    ]);
  });

  it('offers the four tiers and no prize', () => {
    expect(RULINGS).toEqual(['Nhất', 'Nhì', 'Ba', 'Khuyến khích', 'Không xếp giải']);
  });
});

describe('rulings round trip on the simulated Excel', () => {
  it('records a ruling the next ranking applies, and clearing it gives the walk tier back', async () => {
    const sim = createSimulatedExcel();
    seedSample(sim.state, { count: 60 });
    const port = createOfficePort((batch) => sim.run(batch));
    await advanceSample(sim, port, 'ranked');
    const work = await loadCouncilWork(port);
    // A ranked initiative: the first flagged one when there is one, otherwise the top one.
    const first = (await rankAndTier(port)).result.initiatives.find((r) => r.rank !== null)!;
    const target = work.cases[0]?.initiativeId ?? first.initiative.id;
    const ruling = work.cases[0]?.walkTier === 'Ba' || first.tier === 'Ba' ? 'Khuyến khích' : 'Ba';

    const saved = await saveDecisions(port, [{ initiativeId: target, ruling, note: 'Hội đồng biểu quyết' }]);
    expect(saved).toMatchObject({ status: 'saved', created: false });
    const ranked = await rankAndTier(port);
    const r = ranked.result.initiatives.find((i) => i.initiative.id === target)!;
    expect(r.decision?.ruling).toBe(ruling);
    expect(r.tier).toBe(ruling);
    const read = await loadCouncilWork(port);
    expect(read.cases.find((c) => c.initiativeId === target)).toMatchObject({ ruling, note: 'Hội đồng biểu quyết' });

    await saveDecisions(port, [{ initiativeId: target, ruling: null, note: '' }]);
    const cleared = (await rankAndTier(port)).result.initiatives.find((i) => i.initiative.id === target)!;
    expect(cleared.decision).toBeNull();
    expect(cleared.tier).toBe(cleared.walkTier);
  });
});
