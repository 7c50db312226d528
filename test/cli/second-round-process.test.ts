// The acceptance check of issue 15, as the integrators will run it: `sangkien` as a process
// (bin/sangkien.mjs) on a simulated council that scores like people (bias ±5, noise ±5), `rank
// --json`, then `assign --second-round`, and every added row checked against the JSON: one new
// reviewer for each pivotal initiative, never one who reviewed it or is conflicted, loads within one,
// and every earlier cell of "Chấm điểm" unchanged in the file (value, formula, type, number format,
// font, fill, border, alignment, data validation), read back with exceljs, not through the port.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJSModule from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCouncil } from '../../src/sample/council';
import { generateRegister } from '../../src/sample/register';
import { simulatedScorer } from '../support/simulated-council';
import { writeRawWorkbook } from '../support/workbook-files';

const ExcelJS: typeof ExcelJSModule =
  (ExcelJSModule as typeof ExcelJSModule & { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'sangkien.mjs');

function sangkien(args: string[], cwd: string): string {
  return execFileSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'vi_VN.UTF-8' },
  });
}

async function scoreSheet(path: string): Promise<ExcelJSModule.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('Chấm điểm');
  if (!ws) throw new Error(`no "Chấm điểm" in ${path}`);
  return ws;
}

const text = (v: ExcelJSModule.CellValue): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

/** A cell as a person at Excel would see it, and the rule on it. */
function cellFacts(ws: ExcelJSModule.Worksheet, r: number, c: number): unknown {
  const cell = ws.getCell(r, c);
  return {
    value: cell.value ?? null,
    type: cell.type,
    numFmt: cell.numFmt ?? null,
    font: cell.font ?? null,
    fill: cell.fill ?? null,
    border: cell.border ?? null,
    alignment: cell.alignment ?? null,
    validation: cell.dataValidation ?? null,
  };
}

describe('sangkien assign --second-round as a process, checked against rank --json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sangkien-round-bin-'));
  const register = generateRegister({ count: 240, seed: 33 });
  const council = generateCouncil(11, 8);
  const scorer = simulatedScorer(5);
  let units = new Map<string, string>();

  beforeAll(async () => {
    await writeRawWorkbook(join(dir, 'dang-ky.xlsx'), [
      { name: register.sheet, rows: register.rows, merges: register.merges },
      { name: 'Hội đồng', rows: council.rows },
    ]);
    const imported = JSON.parse(sangkien(['import', 'dang-ky.xlsx', '-o', 'b1.xlsx', '--json'], dir)) as {
      initiatives: { id: string; unit: string }[];
    };
    units = new Map(imported.initiatives.map((i) => [i.id, i.unit]));
    sangkien(['assign', 'b1.xlsx', '-o', 'b2.xlsx'], dir);
    // The reviewers type their scores into the shared workbook (a clerk's Excel, here exceljs).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'b2.xlsx'));
    const ws = wb.getWorksheet('Chấm điểm')!;
    const head = (ws.getRow(1).values as ExcelJSModule.CellValue[]).map(text);
    const [sk, tv] = [head.indexOf('Mã SK'), head.indexOf('Mã TV')];
    const cols = ['TM', 'HQ', 'AD'].map((c) => head.indexOf(c));
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const id = text(row.getCell(sk).value);
      if (id === '') continue;
      const s = scorer.score(id, text(row.getCell(tv).value));
      cols.forEach((c, k) => (row.getCell(c).value = s[k]!));
    }
    await wb.xlsx.writeFile(join(dir, 'b3.xlsx'));
  }, 180_000);

  it('adds exactly one new, unconflicted reviewer for each pivotal initiative of rank --json, loads within one, every earlier cell as it was', async () => {
    const ranked = JSON.parse(
      sangkien(['rank', 'b3.xlsx', '-o', 'r3.xlsx', '--json'], dir).split('\nĐã xếp hạng')[0]!,
    ) as {
      initiatives: { id: string; flags: string[] }[];
    };
    const pivotal = ranked.initiatives.filter((i) => i.flags.some((f) => f.endsWith('pivotal'))).map((i) => i.id);
    const disagreeing = ranked.initiatives.filter((i) => i.flags.some((f) => f.endsWith('disagreement')));
    // SPEC §4: on a council with realistic bias the pivotal flag marks a few per cent, the disagreement flag far more.
    expect(pivotal.length).toBeGreaterThan(0);
    expect(pivotal.length).toBeLessThan(disagreeing.length);
    for (const id of pivotal) expect(disagreeing.map((i) => i.id)).toContain(id);

    const said = sangkien(['assign', 'b3.xlsx', '--second-round', '-o', 'b4.xlsx'], dir);
    expect(said).toContain(`Vòng 2: đã thêm ${pivotal.length} dòng`);

    const before = await scoreSheet(join(dir, 'b3.xlsx'));
    const after = await scoreSheet(join(dir, 'b4.xlsx'));
    const head = (after.getRow(1).values as ExcelJSModule.CellValue[]).map(text);
    const [sk, tv, round] = [head.indexOf('Mã SK'), head.indexOf('Mã TV'), head.indexOf('Vòng')];
    const width = before.columnCount;
    expect(round).toBeGreaterThan(width);
    for (let r = 1; r <= before.rowCount; r++)
      for (let c = 1; c <= width; c++) expect([r, c, cellFacts(after, r, c)]).toEqual([r, c, cellFacts(before, r, c)]);

    const earlier = new Map<string, string[]>();
    for (let r = 2; r <= before.rowCount; r++) {
      const id = text(before.getCell(r, sk).value);
      earlier.set(id, [...(earlier.get(id) ?? []), text(before.getCell(r, tv).value)]);
    }
    const added: { id: string; member: string }[] = [];
    for (let r = before.rowCount + 1; r <= after.rowCount; r++) {
      expect(after.getCell(r, round).value).toBe(2);
      added.push({ id: text(after.getCell(r, sk).value), member: text(after.getCell(r, tv).value) });
    }
    expect(added.map((a) => a.id)).toEqual(pivotal);
    const loads = new Map(council.memberIds.map((m) => [m, 0]));
    for (const a of added) {
      expect(earlier.get(a.id), `${a.member} on ${a.id}`).not.toContain(a.member);
      expect(council.excluded.get(a.member) ?? [], `${a.member} on ${a.id} (${units.get(a.id)})`).not.toContain(
        units.get(a.id),
      );
      loads.set(a.member, loads.get(a.member)! + 1);
    }
    expect(Math.max(...loads.values()) - Math.min(...loads.values())).toBeLessThanOrEqual(1);
  }, 180_000);

  it('with every reviewer agreeing, says nothing is near a line and writes no file', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'b3.xlsx'));
    const ws = wb.getWorksheet('Chấm điểm')!;
    const head = (ws.getRow(1).values as ExcelJSModule.CellValue[]).map(text);
    const cols = ['TM', 'HQ', 'AD'].map((c) => head.indexOf(c));
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const s = scorer.score(text(row.getCell(head.indexOf('Mã SK')).value), 'TV01');
      cols.forEach((c, k) => (row.getCell(c).value = s[k]!));
    }
    await wb.xlsx.writeFile(join(dir, 'c3.xlsx'));
    const files = readdirSync(dir).sort();
    const said = sangkien(['assign', 'c3.xlsx', '--second-round'], dir);
    expect(said).toContain('Không có sáng kiến nào sát ranh giới');
    expect(readdirSync(dir).sort()).toEqual(files);
  }, 180_000);
});
