// Packets out and back through the CLI: blind, refused when tampered or for the wrong reviewer,
// and a score that differs from the book is listed, never overwritten.

import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJSModule from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { readPacket } from '../../src/core/council';
import { readScoreSheet } from '../../src/core/sheets/scores';
import { DEFAULT_RUBRIC } from '../../src/core/council/rules';
import { openXlsx } from '../../src/workbook/xlsx';
import { generateCouncil } from '../../src/sample/council';
import { generateRegister } from '../../src/sample/register';
import { writeRawWorkbook } from '../support/workbook-files';

const ExcelJS: typeof ExcelJSModule = (ExcelJSModule as typeof ExcelJSModule & { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

function io(dir: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), env: { LANG: 'en_US.UTF-8' }, cwd: dir, stdout, stderr };
}

/** Fills every score cell of a packet file with `value` and saves it under a new name. */
async function fillPacket(path: string, out: string, value: number): Promise<string> {
  const wb = await openXlsx(path);
  const sheets = await wb.listSheets();
  const grids = await wb.readSheets(sheets.map((s) => ({ name: s.name })));
  const { packet } = readPacket(grids);
  if (!packet) throw new Error('not a packet');
  const cells = packet.rows.flatMap((r) => Object.values(packet.columns).map((col) => ({ row: r.row - 1, col, value })));
  await wb.apply([{ kind: 'writeCells', sheet: packet.sheet, cells }]);
  await wb.save(out);
  return out;
}

describe('reviewer packets through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sangkien-packets-'));
  const register = generateRegister({ count: 60, seed: 8, duplicateShare: 0 });
  const council = generateCouncil(9);
  let files: string[] = [];

  beforeAll(async () => {
    await writeRawWorkbook(join(dir, 'src.xlsx'), [
      { name: register.sheet, rows: register.rows, merges: register.merges },
      { name: 'Hội đồng', rows: council.rows },
    ]);
    expect(await main(['import', 'src.xlsx', '-o', 'b1.xlsx'], io(dir))).toBe(0);
    expect(await main(['assign', 'b1.xlsx', '-o', 'book.xlsx'], io(dir))).toBe(0);
    expect(await main(['packets', 'book.xlsx', '--out', 'packets'], io(dir))).toBe(0);
    files = readdirSync(join(dir, 'packets')).map((f) => join(dir, 'packets', f));
  }, 120_000);

  it('writes one packet per reviewer, with no author name or workplace in any cell', async () => {
    expect(files.length).toBe(9);
    const authors = new Set(register.truth.flatMap((t) => t.authors));
    const workplaces = new Set(register.truth.map((t) => t.workplace));
    for (const f of files) {
      const wb = await openXlsx(f);
      const sheets = await wb.listSheets();
      for (const g of await wb.readSheets(sheets.map((s) => ({ name: s.name })))) {
        for (const row of g!.values) {
          for (const v of row) {
            if (typeof v !== 'string') continue;
            for (const a of authors) expect(v.includes(a), `${f}: ${v}`).toBe(false);
            // Titles stay as written even when they name a workplace (SPEC §2.4); any other cell must not.
            if (!register.truth.some((t) => t.title === v)) for (const w of workplaces) expect(v === w, `${f}: ${v}`).toBe(false);
          }
        }
      }
    }
  });

  it('brings a filled packet back so the book holds exactly its scores', async () => {
    const filled = await fillPacket(files[0]!, join(dir, 'filled.xlsx'), 20);
    const out = io(dir);
    expect(await main(['collect', 'book.xlsx', filled, '-o', 'book2.xlsx'], out)).toBe(0);
    const book = await openXlsx(join(dir, 'book2.xlsx'));
    const [grid] = await book.readSheets([{ role: 'scores' }]);
    const rows = readScoreSheet(grid!, DEFAULT_RUBRIC).rows;
    const wb = await openXlsx(files[0]!);
    const { packet } = readPacket(await wb.readSheets((await wb.listSheets()).map((s) => ({ name: s.name }))));
    const mine = rows.filter((r) => r.memberId === packet!.memberId);
    expect(mine.length).toBe(packet!.rows.length);
    for (const r of mine) expect(Object.values(r.scores)).toEqual([200, 200, 200]);
  });

  it('lists a score that differs from the book instead of overwriting it', async () => {
    const again = await fillPacket(files[0]!, join(dir, 'again.xlsx'), 25);
    const out = io(dir);
    await main(['collect', 'book2.xlsx', again, '-o', 'book3.xlsx'], out);
    expect(out.stdout.join('\n')).toMatch(/book has 20, packet has 25 — not overwritten/);
    const book = await openXlsx(join(dir, 'book3.xlsx'));
    const rows = readScoreSheet((await book.readSheets([{ role: 'scores' }]))[0]!, DEFAULT_RUBRIC).rows;
    expect(rows.filter((r) => Object.values(r.scores).includes(250))).toHaveLength(0);
  });

  it('refuses a packet whose ids were changed, writing nothing', async () => {
    const filled = await fillPacket(files[1]!, join(dir, 'filled2.xlsx'), 15);
    // A reviewer who unprotects the sheet and retypes an id: edit the file directly, as Excel would.
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(filled);
    const ws = raw.getWorksheet('Phiếu chấm')!;
    let done = false;
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (!done && typeof cell.value === 'string' && /^SK-\d+$/.test(cell.value)) {
          cell.value = 'SK-9999';
          done = true;
        }
      });
    });
    const tampered = join(dir, 'tampered.xlsx');
    await raw.xlsx.writeFile(tampered);
    const out = io(dir);
    expect(await main(['collect', 'book.xlsx', tampered, '-o', 'book4.xlsx'], out)).toBe(1);
    expect(out.stderr.join('\n')).toContain('refused');
    const book = await openXlsx(join(dir, 'book4.xlsx'));
    const rows = readScoreSheet((await book.readSheets([{ role: 'scores' }]))[0]!, DEFAULT_RUBRIC).rows;
    expect(rows.filter((r) => Object.values(r.scores).includes(150))).toHaveLength(0);
  });
});
