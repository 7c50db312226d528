// `sangkien assign BOOK.xlsx --second-round` on a simulated council (bias ±5, noise ±5): every
// pivotal initiative of `rank --json` gets exactly one new reviewer row, none conflicted, loads
// within one, every earlier row unchanged; after scoring and ranking again the next run is round 3;
// with nothing pivotal it says so and writes nothing.

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import type { CellValue } from '../../src/core/sheet/grid';
import { generateCouncil } from '../../src/sample/council';
import { generateRegister } from '../../src/sample/register';
import { openXlsx } from '../../src/workbook/xlsx';
import { simulatedScorer, type Scorer } from '../support/simulated-council';
import { writeRawWorkbook } from '../support/workbook-files';

function io(dir: string): CliIo & { stdout: string[] } {
  const stdout: string[] = [];
  return { out: (t) => stdout.push(t), err: () => undefined, env: { LANG: 'vi_VN.UTF-8' }, cwd: dir, stdout };
}

const text = (v: CellValue | undefined): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

interface Sheet {
  readonly values: CellValue[][];
  readonly col: (name: string) => number;
}

async function scoreSheet(path: string): Promise<Sheet> {
  const book = await openXlsx(path);
  const [grid] = await book.readSheets([{ role: 'scores', formulas: true }]);
  const values = grid!.values.map((r) => [...r]);
  const header = values[0]!.map(text);
  return { values, col: (name) => header.indexOf(name) };
}

/** Fills every empty criterion cell of "Chấm điểm" as the simulated reviewers would, saved as `to`. */
async function fill(dir: string, from: string, to: string, scorer: Scorer): Promise<void> {
  const book = await openXlsx(join(dir, from));
  const [grid] = await book.readSheets([{ role: 'scores' }]);
  const header = grid!.values[0]!.map(text);
  const [sk, tv] = [header.indexOf('Mã SK'), header.indexOf('Mã TV')];
  const cols = ['TM', 'HQ', 'AD'].map((c) => header.indexOf(c));
  const cells = grid!.values.slice(1).flatMap((r, i) => {
    if (text(r[sk]) === '' || r[cols[0]!] !== null) return [];
    const s = scorer.score(text(r[sk]), text(r[tv]));
    return cols.map((col, k) => ({ row: i + 1, col, value: s[k]! }));
  });
  await book.apply([{ kind: 'writeCells', sheet: grid!.name, cells }]);
  await book.save(join(dir, to));
}

async function pivotal(dir: string, book: string): Promise<string[]> {
  const r = io(dir);
  expect(await main(['rank', book, '-o', `ranked-${book}`, '--json'], r)).toBe(0);
  const json = JSON.parse(r.stdout.join('')) as { initiatives: { id: string; flags: string[] }[] };
  return json.initiatives.filter((i) => i.flags.some((f) => f.endsWith('pivotal'))).map((i) => i.id);
}

describe('assign --second-round on a simulated council', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sangkien-round-'));
  const register = generateRegister({ count: 200, seed: 15 });
  const council = generateCouncil(12, 4);
  const scorer = simulatedScorer(21);
  let units = new Map<string, string>();

  beforeAll(async () => {
    await writeRawWorkbook(join(dir, 'dang-ky.xlsx'), [
      { name: register.sheet, rows: register.rows, merges: register.merges },
      { name: 'Hội đồng', rows: council.rows },
    ]);
    const a = io(dir);
    expect(await main(['import', 'dang-ky.xlsx', '-o', 'b1.xlsx', '--json'], a)).toBe(0);
    const imported = JSON.parse(a.stdout.join('')) as { initiatives: { id: string; unit: string }[] };
    units = new Map(imported.initiatives.map((i) => [i.id, i.unit]));
    expect(await main(['assign', 'b1.xlsx', '-o', 'b2.xlsx'], io(dir))).toBe(0);
    await fill(dir, 'b2.xlsx', 'b3.xlsx', scorer);
  }, 120_000);

  it('adds one row per pivotal initiative, never a reviewer it had or a conflicted one, and changes nothing else', async () => {
    const targets = await pivotal(dir, 'b3.xlsx');
    expect(targets.length).toBeGreaterThan(0);
    const run = io(dir);
    expect(await main(['assign', 'b3.xlsx', '--second-round', '-o', 'b4.xlsx'], run)).toBe(0);
    expect(run.stdout.join('\n')).toMatch(/Vòng 2: đã thêm \d+ dòng/);

    const before = await scoreSheet(join(dir, 'b3.xlsx'));
    const after = await scoreSheet(join(dir, 'b4.xlsx'));
    const n = before.values.length;
    // Every earlier row, cell for cell; the header only gains "Vòng" to the right.
    for (let r = 0; r < n; r++) {
      const was = before.values[r]!;
      const now = after.values[r]!;
      for (let c = 0; c < Math.max(was.length, now.length); c++) {
        if (r === 0 && c === after.col('Vòng')) continue;
        expect([r, c, now[c] ?? null]).toEqual([r, c, was[c] ?? null]);
      }
    }
    expect(after.col('Vòng')).toBeGreaterThanOrEqual(before.values[0]!.length);

    const added = after.values.slice(n);
    const [sk, tv, round] = [after.col('Mã SK'), after.col('Mã TV'), after.col('Vòng')];
    expect(added.map((r) => text(r[sk]))).toEqual(targets);
    const excluded = council.excluded;
    const loads = new Map(council.memberIds.map((m) => [m, 0]));
    for (const r of added) {
      const id = text(r[sk]);
      const member = text(r[tv]);
      expect(r[round]).toBe(2);
      const earlier = before.values
        .slice(1)
        .filter((x) => text(x[sk]) === id)
        .map((x) => text(x[tv]));
      expect(earlier).not.toContain(member);
      expect(excluded.get(member) ?? []).not.toContain(units.get(id));
      loads.set(member, loads.get(member)! + 1);
    }
    expect(Math.max(...loads.values()) - Math.min(...loads.values())).toBeLessThanOrEqual(1);
  });

  it('after the new rows are scored and ranked again, the next run is round 3 with other reviewers', async () => {
    await fill(dir, 'b4.xlsx', 'b5.xlsx', scorer);
    const still = await pivotal(dir, 'b5.xlsx');
    const run = io(dir);
    expect(await main(['assign', 'b5.xlsx', '--second-round', '-o', 'b6.xlsx'], run)).toBe(0);
    // Seeded: 9 pivotal in round 1, 7 still pivotal with a fourth review each.
    expect(still.length).toBeGreaterThan(0);
    const before = await scoreSheet(join(dir, 'b5.xlsx'));
    const after = await scoreSheet(join(dir, 'b6.xlsx'));
    const [sk, tv, round] = [after.col('Mã SK'), after.col('Mã TV'), after.col('Vòng')];
    const added = after.values.slice(before.values.length);
    expect(added.map((r) => text(r[sk]))).toEqual(still);
    for (const r of added) {
      expect(r[round]).toBe(3);
      const earlier = before.values
        .slice(1)
        .filter((x) => text(x[sk]) === text(r[sk]))
        .map((x) => text(x[tv]));
      expect(earlier).not.toContain(text(r[tv]));
    }
  });

  it('with nothing pivotal says so and writes no file', async () => {
    // Everyone agrees: every review of an initiative is the same.
    const same: Scorer = { score: (id) => scorer.score(id, 'TV01') };
    await fill(dir, 'b2.xlsx', 'c3.xlsx', same);
    const run = io(dir);
    expect(await main(['assign', 'c3.xlsx', '--second-round', '-o', 'c4.xlsx'], run)).toBe(0);
    expect(run.stdout.join('\n')).toContain('Không có sáng kiến nào sát ranh giới');
    expect(existsSync(join(dir, 'c4.xlsx'))).toBe(false);
  });
});
