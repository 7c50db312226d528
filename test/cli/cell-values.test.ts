// Quiet wrong readings (SPEC §7, nothing lost), through the CLI as a process: a score cell holding
// a date is no score, and a score or benefit formula never calculated (written by a program that
// does not calculate) is not an empty cell; each review is invalid or each value unread with a
// problem naming the cell and what to do, the inputs' bytes unchanged.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { generateCouncil, generateScores } from '../../src/sample/council';
import { generateRegister } from '../../src/sample/register';
import { openXlsx } from '../../src/workbook/xlsx';
import { expectWords, hashes, sangkien } from '../support/cli-process';
import { writeRawWorkbook } from '../support/workbook-files';

const work = mkdtempSync(join(tmpdir(), 'sangkien-cells-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function inProcess(dir: string): CliIo {
  return { out: () => undefined, err: () => undefined, env: { LANG: 'vi_VN.UTF-8' }, cwd: dir };
}

interface RankedInitiative {
  readonly id: string;
  readonly reviews: number;
}

function reviewsOf(stdout: string): Map<string, number> {
  const json = JSON.parse(stdout) as { initiatives: RankedInitiative[] };
  return new Map(json.initiatives.map((i) => [i.id, i.reviews]));
}

/** Edits cells of "Chấm điểm" with exceljs itself, as another program would write them. */
async function editScores(from: string, to: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  edit(wb.getWorksheet('Chấm điểm')!);
  await wb.xlsx.writeFile(to);
}

describe('cells that are not what they seem', () => {
  const dir = join(work, 'book');
  let first = '';

  beforeAll(async () => {
    mkdirSync(dir);
    const register = generateRegister({ count: 12, seed: 3, duplicateShare: 0 });
    await writeRawWorkbook(join(dir, 'ds.xlsx'), [
      { name: register.sheet, rows: register.rows, merges: register.merges },
      { name: 'Hội đồng', rows: generateCouncil(6).rows },
    ]);
    expect(await main(['import', 'ds.xlsx', '-o', 'imported.xlsx'], inProcess(dir))).toBe(0);
    expect(await main(['assign', 'imported.xlsx', '-o', 'assigned.xlsx'], inProcess(dir))).toBe(0);
    const book = await openXlsx(join(dir, 'assigned.xlsx'));
    const [grid] = await book.readSheets([{ role: 'scores' }]);
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    const pairs = grid!.values.slice(1).map((r) => ({ initiativeId: text(r[0]), memberId: text(r[1]) }));
    const filled = generateScores(pairs, { seed: 9, textShare: 0 });
    await book.apply([
      {
        kind: 'writeCells',
        sheet: grid!.name,
        cells: filled.slice(1).flatMap((r, i) => [2, 3, 4].map((col) => ({ row: i + 1, col, value: r[col] ?? null }))),
      },
    ]);
    await book.save(join(dir, 'scored.xlsx'));
    first = pairs[0]!.initiativeId;
  }, 120_000);

  it('takes no date for a score: the review is invalid, the cell named, in Vietnamese and English', async () => {
    const c = join(work, 'date');
    mkdirSync(c);
    // 8 typed into a cell formatted as a date: Excel shows 08/01/1900 and stores 8.
    await editScores(join(dir, 'scored.xlsx'), join(c, 'b.xlsx'), (ws) => {
      const cell = ws.getCell('C2');
      cell.value = 8;
      cell.style = { ...cell.style, numFmt: 'dd/mm/yyyy' };
    });
    const before = hashes([join(c, 'b.xlsx')]);
    const scored = reviewsOf(sangkien(dir, ['rank', 'scored.xlsx', '-o', 'r0.xlsx', '--json']).stdout);
    const r = sangkien(c, ['rank', 'b.xlsx', '-o', 'r.xlsx', '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Chấm điểm!C2: Điểm TM là ngày 08/01/1900, không phải điểm');
    expect(r.stderr).toContain('Đặt định dạng ô là Số (Number)');
    expect(reviewsOf(r.stdout).get(first)).toBe(scored.get(first)! - 1);
    expectWords(r);
    const en = sangkien(c, ['rank', 'b.xlsx', '-o', 'r-en.xlsx'], 'en_GB.UTF-8');
    expect(en.stdout).toContain('Chấm điểm!C2: Score TM is the date 08/01/1900, not a score');
    expect(hashes([join(c, 'b.xlsx')])).toEqual(before);

    // Re-assigning keeps the date as it showed, as text: never a number read as a score next time.
    const again = sangkien(c, ['assign', 'b.xlsx', '-o', 'a.xlsx']);
    expect(again.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(c, 'a.xlsx'));
    expect(wb.getWorksheet('Chấm điểm')!.getCell('C2').value).toBe('08/01/1900');
    const ranked = sangkien(c, ['rank', 'a.xlsx', '-o', 'ra.xlsx', '--json']);
    expect(ranked.stderr).toContain('Chấm điểm!C2: Điểm TM "08/01/1900" không đọc được');
    expect(reviewsOf(ranked.stdout).get(first)).toBe(scored.get(first)! - 1);
  });

  it('says a score formula was never calculated instead of reading it as empty', async () => {
    const c = join(work, 'formula');
    mkdirSync(c);
    await editScores(join(dir, 'scored.xlsx'), join(c, 'b.xlsx'), (ws) => {
      ws.getCell('D3').value = { formula: 'C3/2' };
    });
    const before = hashes([join(c, 'b.xlsx')]);
    const r = sangkien(c, ['rank', 'b.xlsx', '-o', 'r.xlsx']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Chấm điểm!D3: Điểm');
    expect(r.stdout).toContain('là công thức =C3/2 chưa được tính');
    expect(r.stdout).toContain('Mở tệp bằng Excel, bấm Lưu');
    expectWords(r);
    expect(hashes([join(c, 'b.xlsx')])).toEqual(before);
  });

  it('says a benefit formula was never calculated, and a benefit date is no amount, naming each cell', async () => {
    const c = join(work, 'benefit');
    mkdirSync(c);
    const register = generateRegister({ count: 6, seed: 4, duplicateShare: 0 });
    await writeRawWorkbook(join(c, 'plain.xlsx'), [
      { name: register.sheet, rows: register.rows, merges: register.merges },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(c, 'plain.xlsx'));
    const ws = wb.getWorksheet(register.sheet)!;
    // The benefit column and the first two data rows, found by the header's words.
    let col = 0;
    let headerRow = 0;
    ws.eachRow((row, r) =>
      row.eachCell((cell, k) => {
        if (headerRow === 0 && typeof cell.value === 'string' && /làm lợi/i.test(cell.value)) [headerRow, col] = [r, k];
      }),
    );
    expect(col).toBeGreaterThan(0);
    // Two initiatives' rows: numbered in column A (STT), below the header.
    const rows: number[] = [];
    ws.eachRow((row, r) => {
      if (r > headerRow && typeof row.getCell(1).value === 'number') rows.push(r);
    });
    const [data, next] = [rows[0]!, rows[1]!];
    const letter = ws.getColumn(col).letter;
    ws.getCell(data, col).value = { formula: `${letter}${next}*2` };
    const date = ws.getCell(next, col);
    date.value = new Date(Date.UTC(2026, 2, 12));
    date.style = { ...date.style, numFmt: 'dd/mm/yyyy' };
    await wb.xlsx.writeFile(join(c, 'ds.xlsx'));
    const before = hashes([join(c, 'ds.xlsx')]);
    const r = sangkien(c, ['import', 'ds.xlsx', '-o', 'b.xlsx']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      `${register.sheet}!${letter}${data}: Giá trị làm lợi là công thức =${letter}${next}*2 chưa được tính`,
    );
    expect(r.stdout).toContain(
      `${register.sheet}!${letter}${next}: Giá trị làm lợi là ngày 12/03/2026, không phải số tiền`,
    );
    expectWords(r);
    expect(hashes([join(c, 'ds.xlsx')])).toEqual(before);
  });
});
