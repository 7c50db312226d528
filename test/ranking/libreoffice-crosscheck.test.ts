// An independent cross-check of means and ranks: the same scores go into an .xlsx with
// AVERAGEIFS, COUNTIFS and RANK.EQ formulas, LibreOffice recalculates it headless, and its
// figures must match the engine's exactly — on data with ties, invalid reviews and incomplete
// initiatives. Skipped where LibreOffice is absent, unless SANGKIEN_REQUIRE_TOOLS=1 (CI).

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Initiative, ScoreRow } from '../../src/core/model';
import { rank } from '../../src/core/ranking';
import { hasSoffice, recalculateXlsx, toolsRequired as required } from '../support/libreoffice';
import { initiative, members, review, rules, skId } from './builders';

/** The data: hand-made ties and invalid reviews, then pseudo-random initiatives. */
function data(): { initiatives: Initiative[]; scores: ScoreRow[] } {
  const initiatives = Array.from({ length: 30 }, (_, k) => initiative(k + 1));
  const s: ScoreRow[] = [];
  const three = (
    n: number,
    a: [number, number, number],
    b: [number, number, number],
    c: [number, number, number],
  ): void => {
    s.push(review(skId(n), 'TV01', ...a), review(skId(n), 'TV02', ...b), review(skId(n), 'TV03', ...c));
  };
  // SK-1..3 identical (a three-way tie); SK-4 same mean as SK-1 but a lower HQ mean.
  for (const n of [1, 2, 3]) three(n, [25, 33.5, 24], [26, 32, 25], [24.5, 35, 23]);
  three(4, [27, 31.5, 24], [27, 31, 25], [25.5, 33, 23]);
  // SK-5: four reviews whose mean is 50,025 exactly → 50,03 half-up.
  three(5, [15, 20, 15], [15, 20, 15], [15, 20, 15]);
  s.push(review(skId(5), 'TV04', 15, 20.1, 15));
  // SK-6: a conflicted review leaves 2 valid → incomplete.
  three(6, [28, 38, 28], [29, 39, 27], [27, 37, 29]);
  s[s.length - 1] = { ...s[s.length - 1]!, conflict: true };
  // SK-7: one score out of range among four reviews → still 3 valid.
  three(7, [20, 30, 20], [21, 31, 21], [22, 29, 22]);
  s.push(review(skId(7), 'TV04', 31, 30, 20));
  // SK-8: a reviewer who is not a member → 2 valid.
  s.push(review(skId(8), 'TV01', 20, 30, 20), review(skId(8), 'TV02', 20, 30, 20), review(skId(8), 'TV99', 20, 30, 20));
  // SK-9: one review; SK-10: one empty criterion among three.
  s.push(review(skId(9), 'TV01', 29, 39, 29));
  s.push(
    review(skId(10), 'TV01', 20, 30, 20),
    review(skId(10), 'TV02', 20, null, 20),
    review(skId(10), 'TV03', 20, 30, 20),
  );
  let seed = 7;
  const next = (m: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % m;
  };
  for (let n = 11; n <= 30; n++) {
    const base = next(4);
    const t = (max: number): number => Math.min(max, (max * (6 + base)) / 10 + next(5) * 0.5);
    for (const m of ['TV01', 'TV02', 'TV03']) s.push(review(skId(n), m, t(30), t(40), t(30)));
  }
  return { initiatives, scores: s };
}

async function writeWorkbook(
  path: string,
  scores: readonly ScoreRow[],
  ids: readonly string[],
  memberIds: readonly string[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const mem = wb.addWorksheet('Members');
  memberIds.forEach((id, k) => (mem.getCell(k + 1, 1).value = id));
  const sc = wb.addWorksheet('Scores');
  sc.addRow(['Mã SK', 'Mã TV', 'TM', 'HQ', 'AD', 'Xung đột', 'Tổng', 'Hợp lệ']);
  scores.forEach((row, k) => {
    const r = k + 2;
    const v = (code: string): number | null => {
      const x = row.scores[code];
      return typeof x === 'number' ? x / 10 : null;
    };
    sc.addRow([row.initiativeId, row.memberId, v('TM'), v('HQ'), v('AD'), row.conflict ? 'x' : null]);
    sc.getCell(r, 7).value = { formula: `C${r}+D${r}+E${r}` };
    sc.getCell(r, 8).value = {
      formula:
        `IF(AND(COUNT(C${r}:E${r})=3,C${r}>=0,C${r}<=30,D${r}>=0,D${r}<=40,E${r}>=0,E${r}<=30,` +
        `F${r}="",COUNTIF(Members!$A$1:$A$${memberIds.length},B${r})>0),1,0)`,
    };
  });
  const last = scores.length + 1;
  const sum = wb.addWorksheet('Summary');
  sum.addRow(['Mã SK', 'Phiếu', 'Điểm', 'HQ', 'Khóa', 'Hạng']);
  const end = ids.length + 1;
  ids.forEach((id, k) => {
    const r = k + 2;
    const range = (col: string): string => `Scores!$${col}$2:$${col}$${last}`;
    sum.getCell(r, 1).value = id;
    sum.getCell(r, 2).value = { formula: `COUNTIFS(${range('A')},A${r},${range('H')},1)` };
    sum.getCell(r, 3).value = {
      formula: `IF(B${r}>0,ROUND(AVERAGEIFS(${range('G')},${range('A')},A${r},${range('H')},1),2),"")`,
    };
    sum.getCell(r, 4).value = {
      formula: `IF(B${r}>0,ROUND(AVERAGEIFS(${range('D')},${range('A')},A${r},${range('H')},1),2),"")`,
    };
    sum.getCell(r, 5).value = { formula: `IF(B${r}>=3,ROUND(C${r}*100,0)*100000+ROUND(D${r}*100,0),"")` };
    sum.getCell(r, 6).value = { formula: `IF(B${r}>=3,_xlfn.RANK.EQ(E${r},$E$2:$E$${end},0),"")` };
  });
  // A sentinel with a wrong cached value: if LibreOffice did not recalculate, it stays 999.
  sum.getCell('H1').value = { formula: '1+1', result: 999 };
  await wb.xlsx.writeFile(path);
}

const work = mkdtempSync(join(tmpdir(), 'sangkien-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cellNumber = (v: ExcelJS.CellValue): number | null => {
  const x = typeof v === 'object' && v !== null && 'result' in v ? v.result : v;
  return typeof x === 'number' ? x : null;
};

describe.skipIf(!hasSoffice && !required)('LibreOffice cross-check', () => {
  it('recalculates the same valid counts, official scores, HQ means and ranks as the engine', async () => {
    expect(hasSoffice, 'LibreOffice (soffice) is required when SANGKIEN_REQUIRE_TOOLS=1').toBe(true);
    const { initiatives, scores } = data();
    const tv = members(4);
    const ids = initiatives.map((x) => x.id);
    const input = join(work, 'crosscheck.xlsx');
    await writeWorkbook(
      input,
      scores,
      ids,
      tv.map((m) => m.id),
    );
    const outDir = join(work, 'out');
    const run = recalculateXlsx(work, [input], outDir);
    expect(run.status, run.stderr).toBe(0);
    const out = join(outDir, 'crosscheck.xlsx');
    expect(existsSync(out)).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sum = wb.getWorksheet('Summary')!;
    expect(cellNumber(sum.getCell('H1').value), 'LibreOffice did not recalculate').toBe(2);

    const result = rank({ initiatives, members: tv, rules: rules(), scores });
    const byId = new Map(result.initiatives.map((r) => [r.initiative.id, r]));
    let ranked = 0;
    ids.forEach((id, k) => {
      const r = k + 2;
      const engine = byId.get(id)!;
      const count = cellNumber(sum.getCell(r, 2).value);
      const mean = cellNumber(sum.getCell(r, 3).value);
      const hq = cellNumber(sum.getCell(r, 4).value);
      const place = cellNumber(sum.getCell(r, 6).value);
      expect(count, id).toBe(engine.reviews.length);
      expect(mean === null ? null : Math.round(mean * 100), id).toBe(engine.official);
      expect(hq === null ? null : Math.round(hq * 100), id).toBe(engine.tieBreak);
      expect(place, id).toBe(engine.rank);
      if (place !== null) ranked++;
    });
    // The data really exercise ties, invalid reviews and incomplete initiatives.
    expect(ranked).toBeGreaterThan(20);
    expect(result.invalidReviews.length).toBe(4);
    expect(result.initiatives.filter((r) => r.status === 'incomplete').map((r) => r.initiative.id)).toEqual([
      skId(6),
      skId(8),
      skId(9),
      skId(10),
    ]);
    expect(byId.get(skId(1))!.rank).toBe(byId.get(skId(3))!.rank);
    expect(byId.get(skId(5))!.official).toBe(5003);
  }, 180_000);
});
