// A score typed into a cell Excel shows as a date is no score, in Excel as in an .xlsx file: the
// Office adapter learns dates from the number format and the book says so, naming the cell.
import { describe, expect, it } from 'vitest';
import { createSimulatedExcel } from '../workbench/excel-sim';
import { seedSample } from '../workbench/sample';
import { advanceSample } from '../workbench/stages';
import { createOfficePort } from '../workbook/office';
import { message } from '../core/messages';
import { loadBook } from './book';

describe('a score cell formatted as a date, read through Excel', () => {
  it('is an invalid review naming the cell and the date Excel shows, not a score', async () => {
    const sim = createSimulatedExcel();
    seedSample(sim.state, { count: 40 });
    const port = createOfficePort((b) => sim.run(b));
    await advanceSample(sim, port, 'scored');
    const grid = sim.state.grid('Chấm điểm');
    const header = grid.findIndex((r) => r.includes('TM'));
    const col = grid[header]!.indexOf('TM');
    const address = `${String.fromCharCode(65 + col)}${header + 2}`;
    await sim.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Chấm điểm').getRange(address);
      cell.numberFormat = [['dd/mm/yyyy']];
      cell.values = [[8]];
      await context.sync();
    });
    const book = await loadBook(port);
    const problem = book.problems.find((p) => p.code === 'ranking.scores.date');
    expect(problem).toMatchObject({ row: header + 2, column: String.fromCharCode(65 + col) });
    expect(message('vi', problem!.code, problem!.params)).toContain('08/01/1900');
  });
});
