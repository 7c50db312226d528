// The second round's rows in "Chấm điểm" work with no add-in, as the first round's do (SPEC §2.3):
// each new score cell carries the same data validation (0..max, the prompt and the error) as the
// rows the assignment wrote, through both adapters — the .xlsx file a CLI run saves, and Excel
// (the simulated one) the pane writes to. A simulated council scores like people (bias ±5, noise ±5).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignReviewers, ensureCouncilSheets } from '../../src/app/council';
import { commitImport, previewImport } from '../../src/app/import';
import { runSecondRound } from '../../src/app/second-round';
import { rectAddress, type CellValue } from '../../src/core/sheet/grid';
import { generateCouncil } from '../../src/sample/council';
import { generateRegister } from '../../src/sample/register';
import type { WorkbookPort } from '../../src/workbook/port';
import { openXlsx } from '../../src/workbook/xlsx';
import { officeSubject, xlsxSubject, type Subject } from '../conformance/subjects';
import { simulatedScorer } from '../support/simulated-council';
import { writeRawWorkbook } from '../support/workbook-files';

const register = generateRegister({ count: 200, seed: 15 });
const council = generateCouncil(12, 4);
const text = (v: CellValue | undefined): string => (typeof v === 'string' ? v : '');

async function xlsxCouncil(): Promise<Subject> {
  const path = join(mkdtempSync(join(tmpdir(), 'sangkien-dv-')), 'dang-ky.xlsx');
  await writeRawWorkbook(path, [
    { name: register.sheet, rows: register.rows, merges: register.merges },
    { name: 'Hội đồng', rows: council.rows },
  ]);
  return xlsxSubject(await openXlsx(path));
}

async function officeCouncil(): Promise<Subject> {
  const s = await officeSubject();
  s.sim.state.addSheet(register.sheet, register.rows, { merges: register.merges.map((m) => rectAddress(m)) });
  s.sim.state.addSheet('Hội đồng', council.rows);
  return s;
}

/** Imports, assigns three reviewers each, and fills every score as the simulated council would. */
async function scoredBook(port: WorkbookPort): Promise<void> {
  await commitImport(port, await previewImport(port));
  await ensureCouncilSheets(port);
  await assignReviewers(port);
  const [grid] = await port.readSheets([{ role: 'scores' }]);
  const header = grid!.values[0]!.map(text);
  const [sk, tv] = [header.indexOf('Mã SK'), header.indexOf('Mã TV')];
  const cols = ['TM', 'HQ', 'AD'].map((c) => header.indexOf(c));
  const scorer = simulatedScorer(21);
  const cells = grid!.values.slice(1).flatMap((r, i) => {
    const s = scorer.score(text(r[sk]), text(r[tv]));
    return cols.map((col, k) => ({ row: i + 1, col, value: s[k]! }));
  });
  await port.apply([{ kind: 'writeCells', sheet: grid!.name, cells }]);
}

describe.each([
  { name: 'the .xlsx file (exceljs)', make: xlsxCouncil },
  { name: 'Excel (simulated, through the Office port)', make: officeCouncil },
])('second-round rows in $name', ({ make }) => {
  it('carry the score validation of the first-round rows on every criterion cell, and no row past them does', async () => {
    const s = await make();
    await scoredBook(s.port);
    const [before] = await s.port.readSheets([{ role: 'scores' }]);
    const outcome = await runSecondRound(s.port);
    expect(outcome.addedRows.length).toBeGreaterThan(0);

    const look = await s.look(outcome.sheet!);
    const header = before!.values[0]!.map(text);
    const criteria = ['TM', 'HQ', 'AD'].map((code) => ({ code, col: header.indexOf(code) }));
    const lastFirstRound = before!.values.length - 1;
    for (const { code, col } of criteria) {
      const first = look.validation(1, col);
      expect(first, code).toMatchObject({ kind: 'decimal', min: 0, max: code === 'HQ' ? 40 : 30 });
      expect(first?.prompt?.title, code).toContain(code);
      expect(look.validation(lastFirstRound, col), code).toEqual(first);
      for (const row of outcome.addedRows)
        expect([code, row, look.validation(row - 1, col)]).toEqual([code, row, first]);
      // The row below the last one added is empty and stays free of any rule.
      expect(look.validation(outcome.addedRows.at(-1)!, col)).toBeNull();
    }
    // Mã SK, Mã TV and the comment take any text: no rule there, old rows or new.
    for (const c of [header.indexOf('Mã SK'), header.indexOf('Mã TV'), header.indexOf('Nhận xét')])
      expect(look.validation(outcome.addedRows[0]! - 1, c)).toBeNull();
  }, 120_000);
});
