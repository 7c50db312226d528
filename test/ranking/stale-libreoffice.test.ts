// The stamp line of "Xếp hạng" as LibreOffice computes it from the .xlsx the CLI writes: it says
// the results match on untouched data, even where sums land on a rounding half (0.00015: rounded to
// 4 places, JavaScript gives 0.0001 and LibreOffice 0.0002, so an exact compare of rounded sums showed
// "KẾT QUẢ ĐÃ CŨ" on data nobody changed), and it still says stale once a score moves by 0.1.
// Skipped where LibreOffice is absent, unless SANGKIEN_REQUIRE_TOOLS=1 (CI).

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { FRESH_TEXT, STALE_TEXT } from '../../src/app/stale-formula';
import { openXlsx } from '../../src/workbook/xlsx';
import { generateCouncil, generateScores } from '../../src/sample/council';
import { generateRegister } from '../../src/sample/register';
import { hasSoffice, recalculateXlsx, toolsRequired as required } from '../support/libreoffice';
import { writeRawWorkbook } from '../support/workbook-files';

const work = mkdtempSync(join(tmpdir(), 'sangkien-stale-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const io: CliIo = { out: () => undefined, err: () => undefined, env: { LANG: 'vi_VN.UTF-8' }, cwd: work };

/** "Xếp hạng"!E2 of each file once LibreOffice has recalculated it. */
async function stampsAfterRecalc(files: readonly string[]): Promise<string[]> {
  const outDir = join(work, 'recalc');
  const run = recalculateXlsx(
    work,
    files.map((f) => join(work, f)),
    outDir,
  );
  expect(run.status, run.stderr).toBe(0);
  const out: string[] = [];
  for (const f of files) {
    expect(existsSync(join(outDir, f))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(outDir, f));
    const v = wb.getWorksheet('Xếp hạng')!.getCell('E2').value;
    const result: unknown = typeof v === 'object' && v !== null && 'result' in v ? v.result : v;
    out.push(typeof result === 'string' ? result : JSON.stringify(result));
  }
  return out;
}

describe.skipIf(!hasSoffice && !required)('the stale check recalculated by LibreOffice', () => {
  it('matches on untouched data whose sums land on a rounding half, and goes stale when a score moves by 0.1', async () => {
    expect(hasSoffice, 'LibreOffice (soffice) is required when SANGKIEN_REQUIRE_TOOLS=1').toBe(true);
    const register = generateRegister({ count: 20, seed: 3, duplicateShare: 0 });
    await writeRawWorkbook(join(work, 'src.xlsx'), [
      { name: register.sheet, rows: register.rows, merges: register.merges },
      { name: 'Hội đồng', rows: generateCouncil(6).rows },
    ]);
    expect(await main(['import', 'src.xlsx', '-o', 'b1.xlsx'], io)).toBe(0);
    expect(await main(['assign', 'b1.xlsx', '-o', 'b2.xlsx'], io)).toBe(0);
    const book = await openXlsx(join(work, 'b2.xlsx'));
    const [scores, reg] = await book.readSheets([{ role: 'scores' }, { role: 'register' }]);
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    const pairs = scores!.values.slice(1).map((r) => ({ initiativeId: text(r[0]), memberId: text(r[1]) }));
    const filled = generateScores(pairs, { seed: 4, textShare: 0 });
    const benefit = reg!.values[0]!.indexOf('Giá trị làm lợi (đồng)');
    expect(benefit).toBeGreaterThan(0);
    await book.apply([
      {
        kind: 'writeCells',
        sheet: scores!.name,
        cells: filled.slice(1).flatMap((r, i) => [2, 3, 4].map((col) => ({ row: i + 1, col, value: r[col] ?? null }))),
      },
      // The register's only numbers: a benefit column summing to 0.00015.
      {
        kind: 'writeCells',
        sheet: reg!.name,
        cells: reg!.values.slice(1).map((_, i) => ({ row: i + 1, col: benefit, value: i === 0 ? 0.00015 : null })),
      },
    ]);
    await book.save(join(work, 'scored.xlsx'));
    expect(await main(['rank', 'scored.xlsx', '-o', 'fresh.xlsx'], io)).toBe(0);

    const edited = await openXlsx(join(work, 'fresh.xlsx'));
    const [grid] = await edited.readSheets([{ role: 'scores' }]);
    const before = grid!.values[1]![2];
    expect(typeof before).toBe('number');
    await edited.apply([
      { kind: 'writeCells', sheet: grid!.name, cells: [{ row: 1, col: 2, value: (before as number) - 0.1 }] },
    ]);
    await edited.save(join(work, 'stale.xlsx'));

    expect(await stampsAfterRecalc(['fresh.xlsx', 'stale.xlsx'])).toEqual([FRESH_TEXT, STALE_TEXT]);
  }, 240_000);
});
