// Excel fails getMergedAreasOrNullObject on a range with more than 512 merged areas
// (@types/office-js, Range.getMergedAreasOrNullObject). A register laid out with merged-down cells
// easily has thousands: the Office adapter reads them in row blocks, and intake sees exactly what
// it sees through the xlsx adapter.

import * as ExcelJSModule from 'exceljs';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../src/app/import';
import { readRegister } from '../../src/core/intake';
import { rectAddress, type CellRect } from '../../src/core/sheet/grid';
import { createSimulatedExcel, isSimErrorCode } from '../../src/workbench/excel-sim';
import { createOfficePort } from '../../src/workbook/office';
import { openXlsx } from '../../src/workbook/xlsx';
import { generateRegister, type GridCell } from '../../src/sample/register';

const ExcelJS: typeof ExcelJSModule =
  (ExcelJSModule as typeof ExcelJSModule & { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

/** Columns merged down over an initiative's two rows: all but the author and position. */
const MERGED_DOWN = [0, 1, 4, 5, 6, 7, 8, 9, 10, 11];

/**
 * The generated register with every initiative on two rows: the second row holds a co-author and
 * their position, every other cell is merged down from the first row (10 areas per initiative).
 */
function mergedDownRegister(count: number): { sheet: string; rows: GridCell[][]; merges: CellRect[] } {
  const g = generateRegister({ count, seed: 17, mess: 0.1 });
  const header = g.headerRow;
  const rows: GridCell[][] = g.rows.slice(0, header).map((r) => [...r]);
  const merges: CellRect[] = g.merges.filter((m) => m.row < header);
  const initiativeRows = new Set(g.truth.map((t) => t.row));
  const sections = new Map(g.merges.filter((m) => m.row >= header).map((m) => [m.row, m]));
  for (let i = header; i < g.rows.length; i++) {
    const src = g.rows[i]!;
    const r = rows.length;
    rows.push([...src]);
    // Section, column-number and subtotal rows stay one row each.
    const section = sections.get(i);
    if (section) merges.push({ ...section, row: r });
    if (!initiativeRows.has(i + 1)) continue;
    rows.push(src.map((_, c) => (c === 2 ? `Đồng tác giả ${i}` : c === 3 ? 'Kỹ sư' : null)));
    for (const c of MERGED_DOWN) if (c < src.length) merges.push({ row: r, col: c, rowCount: 2, colCount: 1 });
  }
  return { sheet: g.sheet, rows, merges };
}

async function xlsxBytes(reg: ReturnType<typeof mergedDownRegister>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(reg.sheet);
  reg.rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  for (const m of reg.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rowCount, m.col + m.colCount);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function simWith(reg: ReturnType<typeof mergedDownRegister>, opts: Parameters<typeof createSimulatedExcel>[0] = {}) {
  const sim = createSimulatedExcel(opts);
  sim.state.addSheet(reg.sheet, reg.rows, { merges: reg.merges.map((m) => rectAddress(m)) });
  const port = createOfficePort((batch) => sim.run(batch), { isSetSupported: (n, v) => sim.isSetSupported(n, v) });
  return { sim, port };
}

describe('more than 512 merged areas', () => {
  it('the simulated Excel refuses them in one call, as Excel does, and gives up to 512', async () => {
    const reg = mergedDownRegister(60);
    const { sim } = simWith(reg);
    expect(reg.merges.length).toBeGreaterThan(512);
    const err = await sim
      .run(async (context) => {
        const areas = context.workbook.worksheets.getItem(reg.sheet).getRange().getMergedAreasOrNullObject();
        areas.load('areaCount');
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(isSimErrorCode(err, 'GeneralException')).toBe(true);
    const count = await sim.run(async (context) => {
      // 51 initiatives of 10 areas each, plus the title rows': at most 512.
      const areas = context.workbook.worksheets.getItem(reg.sheet).getRange('A1:L100').getMergedAreasOrNullObject();
      areas.load('areaCount');
      await context.sync();
      return areas.areaCount;
    });
    expect(count).toBeGreaterThan(400);
    expect(count).toBeLessThanOrEqual(512);
  });

  it('a register with 3,000 merged areas reads through the Office adapter as through the xlsx adapter', async () => {
    const reg = mergedDownRegister(300);
    expect(reg.merges.length).toBeGreaterThanOrEqual(3000);
    const { sim, port } = simWith(reg);
    const [grid] = await port.readSheets([{ name: reg.sheet, merges: true }]);
    const key = (m: CellRect): string => rectAddress(m);
    expect(new Set(grid?.merges?.map(key))).toEqual(new Set(reg.merges.map(key)));
    expect(grid?.merges?.length).toBe(reg.merges.length);
    expect(sim.stats.maxRequestBytes).toBeLessThanOrEqual(4_000_000);

    const officeIntake = await previewImport(port);
    const xlsxIntake = await previewImport(await openXlsx(await xlsxBytes(reg)));
    expect(officeIntake.result).toEqual(xlsxIntake.result);
    // Merges were read: the co-author rows belong to their initiative, and intake has no reason to warn.
    const flat = generateRegister({ count: 300, seed: 17, mess: 0.1 });
    const oneRowEach = readRegister([{ name: flat.sheet, values: flat.rows, merges: flat.merges }]);
    expect(officeIntake.result.initiatives.length).toBe(oneRowEach.initiatives.length);
    expect(officeIntake.result.problems.some((p) => p.code === 'intake.merges.unknown')).toBe(false);
  });

  it('leaves merges unknown, so intake warns, when Excel refuses even a single row’s merged areas', async () => {
    const reg = mergedDownRegister(80);
    const { port } = simWith(reg, { breaks: ['merges512'] });
    const [grid] = await port.readSheets([{ name: reg.sheet, merges: true }]);
    expect(grid?.merges).toBeUndefined();
    expect(grid?.values.length).toBe(reg.rows.length);
  });
});
