// The whole rank-and-tier use case, on both hosts, with register text that Excel would turn into a
// formula, a number or a date if written carelessly: every generated sheet must show it as typed.

import { describe, expect, it } from 'vitest';
import { assignReviewers } from '../../src/app/council';
import { commitImport, previewImport } from '../../src/app/import';
import { rankAndTier } from '../../src/app/rank';
import { isCellError, type CellValue } from '../../src/core/sheet/grid';
import { SHEET_ROLES } from '../../src/core/sheet/plan';
import { createSimulatedExcel } from '../../src/workbench/excel-sim';
import { createOfficePort } from '../../src/workbook/office';
import type { WorkbookPort } from '../../src/workbook/port';
import { openXlsx } from '../../src/workbook/xlsx';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCouncil } from '../../src/sample/council';
import { writeRawWorkbook } from '../support/workbook-files';
import { columnLetter } from '../../src/core/sheet/grid';

const HOSTILE_TITLES = ['=HYPERLINK("http://x.invalid","Bấm")', '+84 931 288 125', '@SUM(A1:A9)', '-5 giải pháp', '12/2019', '0931288125'];
const HOSTILE_AUTHORS = ['=1+1', '+Nguyễn Văn A', '@Trần Thị B', '-Lê Văn C', '=Phạm Văn D', '@Võ Thị E'];
/** As a clerk reads them: a leading "+" or "-" in an author cell is a list bullet (registers write "- Nguyễn Văn A"). */
const READ_AUTHORS = ['=1+1', 'Nguyễn Văn A', '@Trần Thị B', 'Lê Văn C', '=Phạm Văn D', '@Võ Thị E'];

function register(): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [['STT', 'Tên sáng kiến', 'Họ và tên tác giả', 'Chức vụ', 'Đơn vị công tác', 'Công đoàn cấp trên', 'Lĩnh vực', 'Giá trị làm lợi (đồng)']];
  // Six hostile initiatives scored highest, so they reach every list and document; forty ordinary ones beside them.
  HOSTILE_TITLES.forEach((t, i) => rows.push([i + 1, t, HOSTILE_AUTHORS[i]!, 'Kỹ sư', `Công ty số ${i + 1}`, 'LĐLĐ thành phố Rạch Giá', 'Sản xuất kinh doanh', 100_000_000 * (i + 1)]));
  for (let i = 0; i < 40; i++) rows.push([i + 7, `Sáng kiến thường số ${i + 1}`, `Người Thứ ${i + 1}`, 'Công nhân', `Xí nghiệp ${i + 1}`, 'LĐLĐ huyện Tân Hiệp', 'Khác', 1_000_000]);
  return rows;
}

/** Imports, assigns, fills scores (hostile ones high), ranks; returns every generated sheet's text. */
async function runOn(port: WorkbookPort): Promise<Map<string, Set<string>>> {
  await commitImport(port, await previewImport(port));
  await assignReviewers(port);
  const [grid] = await port.readSheets([{ role: 'scores' }]);
  const header = grid!.values[0]!.map((v) => (typeof v === 'string' ? v : ''));
  const text = (v: CellValue | undefined): string => (typeof v === 'string' ? v : '');
  const cols = ['TM', 'HQ', 'AD'].map((c) => header.indexOf(c));
  const cells: { row: number; col: number; value: number }[] = [];
  grid!.values.slice(1).forEach((r, i) => {
    const id = text(r[0]);
    if (id === '') return;
    const hostile = Number(id.slice(3)) <= HOSTILE_TITLES.length;
    const [tm, hq, ad] = hostile ? [28, 38, 28] : [18, 25, 18];
    cols.forEach((col, k) => cells.push({ row: i + 1, col, value: [tm, hq, ad][k]! }));
  });
  await port.apply([{ kind: 'writeCells', sheet: grid!.name, cells }]);
  await rankAndTier(port, { now: new Date(2021, 4, 5, 9, 0) });
  const roles = ['ranking', 'ubnd', 'national', 'media', 'results', 'minutes', 'stats'] as const;
  const grids = await port.readSheets(roles.map((role) => ({ role, formulas: true })));
  const out = new Map<string, Set<string>>();
  grids.forEach((g, i) => {
    const texts = new Set<string>();
    for (const row of g?.values ?? []) for (const v of row) if (typeof v === 'string') texts.add(v);
    // No formula may have been made from register text, and no cell may hold an error.
    for (const [key, f] of g?.formulas ?? []) expect(HOSTILE_TITLES.concat(HOSTILE_AUTHORS).includes(f), `${roles[i]} ${key}: ${f}`).toBe(false);
    for (const row of g?.values ?? []) for (const v of row) expect(isCellError(v)).toBe(false);
    out.set(roles[i]!, texts);
  });
  return out;
}

function expectLiteral(texts: Map<string, Set<string>>): void {
  const has = (role: string, s: string): boolean => [...(texts.get(role) ?? [])].some((t) => t === s || t.includes(s));
  for (const t of HOSTILE_TITLES) {
    expect(has('ranking', t), `Xếp hạng: ${t}`).toBe(true);
    expect(has('results', t), `Kết quả xét duyệt: ${t}`).toBe(true);
    expect(has('ubnd', t), `DS đề nghị UBND: ${t}`).toBe(true);
  }
  for (const a of READ_AUTHORS) {
    expect(has('ubnd', a), `DS đề nghị UBND: ${a}`).toBe(true);
    expect(has('ranking', a), `Xếp hạng: ${a}`).toBe(true);
  }
  // The national list takes the 4 best prize winners: hostile ones, by construction.
  expect(READ_AUTHORS.filter((a) => has('national', a)).length).toBe(4);
}

describe('register text that looks like a formula, through the whole rank and tier', () => {
  it('shows as typed in every generated sheet through the Office adapter on the simulated Excel', async () => {
    const sim = createSimulatedExcel();
    for (const [name, rows] of [['DS', register()], ['Hội đồng', generateCouncil(9).rows]] as const) {
      // Typed by a clerk into text-formatted cells, so Excel kept them as written.
      const formats: Record<string, string> = {};
      rows.forEach((r, i) => r.forEach((v, c) => typeof v === 'string' && (formats[`${columnLetter(c)}${i + 1}`] = '@')));
      sim.state.addSheet(name, rows, { numberFormats: formats });
    }
    const port = createOfficePort((b) => sim.run(b), { isSetSupported: (n, v) => sim.isSetSupported(n, v) });
    expectLiteral(await runOn(port));
  }, 120_000);

  it('shows as typed in every generated sheet through the .xlsx adapter', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sangkien-inject-')), 'book.xlsx');
    await writeRawWorkbook(path, [
      { name: 'DS', rows: register() },
      { name: 'Hội đồng', rows: generateCouncil(9).rows },
    ]);
    const book = await openXlsx(path);
    expectLiteral(await runOn(book));
    // The source register is untouched: still the sheet the clerk handed in.
    const [source] = await book.readSheets([{ name: 'DS' }]);
    expect(source!.values[1]![1]).toBe(HOSTILE_TITLES[0]);
    expect((await book.listSheets()).map((s) => s.name)).toContain(SHEET_ROLES.stats.name);
  }, 120_000);
});
