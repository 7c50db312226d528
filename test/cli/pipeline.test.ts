// The whole council on .xlsx files through the CLI, as a federation without the add-in would run
// it: import a messy register, assign reviewers, fill the score sheet, rank, and read the lists.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { openXlsx } from '../../src/workbook/xlsx';
import { generateCouncil, generateScores } from '../../src/sample/council';
import { generateRegister } from '../../src/sample/register';
import { writeRawWorkbook } from '../support/workbook-files';

function io(dir: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), env: { LANG: 'vi_VN.UTF-8' }, cwd: dir, stdout, stderr };
}

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

interface ImportJsonShape {
  initiatives: { id: string; title: string; authors: string[]; workplace: string; unit: string; field: string; benefitVnd: number | null; duplicateOf: string | null; source: { sheet: string; row: number } }[];
  problems: { code: string; sheet: string; row: number | null; column: string | null; message: string }[];
}
interface RankJsonShape {
  initiatives: { id: string; rank: number | null; score: number | null; hq: number | null; reviews: number; status: string; passed: boolean; tier: string | null; flags: string[] }[];
  lists: Record<'ubnd' | 'national' | 'media', { name: string; workplace: string; initiative: string }[]>;
}

describe('the CLI pipeline on a generated register', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sangkien-cli-'));
  const register = generateRegister({ count: 400, seed: 42 });
  const council = generateCouncil(15);
  const source = join(dir, 'dang-ky.xlsx');
  let imported: ImportJsonShape;
  let ranked: RankJsonShape;
  let sourceHash = '';

  beforeAll(async () => {
    await writeRawWorkbook(source, [
      { name: register.sheet, rows: register.rows, merges: register.merges },
      { name: 'Hội đồng', rows: council.rows },
    ]);
    sourceHash = sha(source);

    const a = io(dir);
    expect(await main(['import', 'dang-ky.xlsx', '-o', 'b1.xlsx', '--json'], a)).toBe(0);
    imported = JSON.parse(a.stdout.join('')) as ImportJsonShape;

    expect(await main(['assign', 'b1.xlsx', '-o', 'b2.xlsx'], io(dir))).toBe(0);

    // Reviewers fill every pre-allocated row of "Chấm điểm".
    const book = await openXlsx(join(dir, 'b2.xlsx'));
    const [grid] = await book.readSheets([{ role: 'scores' }]);
    const rows = grid!.values;
    const header = rows[0]!.map((v) => (typeof v === 'string' ? v : ''));
    const sk = header.indexOf('Mã SK');
    const tv = header.indexOf('Mã TV');
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    const pairs = rows.slice(1).filter((r) => text(r[sk]) !== '').map((r) => ({ initiativeId: text(r[sk]), memberId: text(r[tv]) }));
    const filled = generateScores(pairs, { seed: 9 });
    const cols = ['TM', 'HQ', 'AD'].map((c) => header.indexOf(c));
    await book.apply([
      {
        kind: 'writeCells',
        sheet: grid!.name,
        cells: filled.slice(1).flatMap((r, i) => cols.map((col, k) => ({ row: i + 1, col, value: r[2 + k] ?? null }))),
      },
    ]);
    await book.save(join(dir, 'b3.xlsx'));

    const r = io(dir);
    expect(await main(['rank', 'b3.xlsx', '-o', 'b4.xlsx', '--json'], r)).toBe(0);
    ranked = JSON.parse(r.stdout.join('')) as RankJsonShape;
  }, 120_000);

  it('never modifies the input workbook', () => {
    expect(sha(source)).toBe(sourceHash);
  });

  it('imports every initiative with the truth title, lead author and amount', () => {
    expect(imported.initiatives).toHaveLength(register.truth.length);
    const byRow = new Map(imported.initiatives.map((i) => [i.source.row, i]));
    for (const t of register.truth) {
      const got = byRow.get(t.row)!;
      expect(got.title).toBe(t.title);
      expect(got.authors[0]).toBe(t.authors[0]);
      expect(got.benefitVnd).toBe(t.benefitVnd);
    }
  });

  it('links the duplicates the generator made', () => {
    const dupRows = register.truth.filter((t) => t.duplicateOfRow !== null).map((t) => t.row).sort((a, b) => a - b);
    const got = imported.initiatives.filter((i) => i.duplicateOf !== null).map((i) => i.source.row).sort((a, b) => a - b);
    expect(got).toEqual(dupRows);
  });

  it('ranks every complete initiative with the JSON shape of the SPEC', () => {
    const complete = ranked.initiatives.filter((i) => i.status === 'complete');
    expect(complete.length).toBeGreaterThan(300);
    for (const i of ranked.initiatives) {
      expect(Object.keys(i)).toEqual(expect.arrayContaining(['id', 'rank', 'score', 'hq', 'reviews', 'status', 'passed', 'tier', 'flags']));
      if (i.status === 'duplicate') expect(i.rank).toBeNull();
    }
    const ranks = complete.map((i) => i.rank!).sort((a, b) => a - b);
    expect(ranks[0]).toBe(1);
  });

  it('proposes 75 to 120 persons, at most 4 nationally and 3 to 5 for the media', () => {
    expect(ranked.lists.ubnd.length).toBeGreaterThanOrEqual(75);
    expect(ranked.lists.ubnd.length).toBeLessThanOrEqual(120);
    expect(ranked.lists.national.length).toBeLessThanOrEqual(4);
    expect(ranked.lists.media.length).toBeGreaterThanOrEqual(3);
    expect(ranked.lists.media.length).toBeLessThanOrEqual(5);
  });

  it('leaves the working sheet and every document in the output workbook', async () => {
    const out = await openXlsx(join(dir, 'b4.xlsx'));
    const names = (await out.listSheets()).map((s) => s.name);
    for (const n of ['Sáng kiến', 'Hội đồng', 'Chấm điểm', 'Xếp hạng', 'Biểu quyết', 'DS đề nghị UBND', 'DS đề nghị TLĐ', 'DS phóng sự', 'Kết quả xét duyệt', 'Biên bản', 'Thống kê']) {
      expect(names).toContain(n);
    }
  });
});
