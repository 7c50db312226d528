// What a clerk checks on the printed documents, for any size of register: written to .xlsx by the
// real adapter, printed to PDF by LibreOffice, read back with poppler. Each test file calls
// describePrinted for its sizes. Skipped only where LibreOffice or poppler is missing and
// SANGKIEN_REQUIRE_TOOLS is unset (CI sets it: there a missing tool fails).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_ROWS_PER_PAGE } from '../../src/core/reports/results';
import { A4, DECREE_MARGINS, MIN_SCALE, printableUnits } from '../../src/core/sheet/page';
import type { SheetPlan, SheetRole } from '../../src/core/sheet/plan';
import { councilAtScale } from './at-scale';
import { hasTool, pdfWords, PRINT_TOOLS, printPlans, type PdfPage, type PdfWord, type PrintedPlan } from './print';

const missing = PRINT_TOOLS.filter((t) => !hasTool(t));
const required = process.env['SANGKIEN_REQUIRE_TOOLS'] === '1';
export const SKIP_PRINT = missing.length > 0 && !required;

const PT_PER_CM = 72 / 2.54;
/** The header cell every page of a document's main table starts with, and the one it ends with. */
const TABLE_EDGES: Partial<Record<SheetRole, readonly [string, string]>> = {
  results: ['Mã SK', 'Ghi chú'],
  ubnd: ['Họ và tên', 'Ghi chú'],
  national: ['Họ và tên', 'Ghi chú'],
  media: ['Họ và tên', 'Ghi chú'],
  forms: ['STT', 'Tổng'],
};
/** The column of each main table whose text tells a page holds body rows (ids, names). */
const KEY_COLUMN: Partial<Record<SheetRole, number>> = { results: 1, ubnd: 1, national: 1, media: 1, forms: 1 };
/** Fewest body rows (on average) a page of the list must hold. */
const ROWS_PER_PAGE: Partial<Record<SheetRole, number>> = {
  results: RESULTS_ROWS_PER_PAGE,
  ubnd: 5,
  national: 2,
  media: 4,
  forms: 8,
};
const LEGEND = 'Ký hiệu ở cột "Ghi chú":';

function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ');
}

/** The body rows of the main (repeated-header) table of a document plan. */
function bodyRows(plan: SheetPlan): (readonly unknown[])[] {
  // The forms write their header again on each page: their rows are those holding an initiative.
  if (plan.role === 'forms') return plan.rows.filter((r) => typeof r[1] === 'string' && /^SK-\d+$/.test(r[1]));
  const head = plan.page?.printTitleRows?.first;
  if (head === undefined) return [];
  const out: (readonly unknown[])[] = [];
  for (let r = head + 1; r < plan.rows.length; r++) {
    const row = plan.rows[r] ?? [];
    if (row.length === 0 || (typeof row[0] !== 'number' && row.slice(1).every((v) => v === null || v === undefined))) {
      if (typeof row[0] === 'string' && /^[IVX]+\. /.test(row[0])) continue; // a group heading
      break;
    }
    out.push(row);
  }
  return out;
}

/** Lines of text a band of words takes: distinct tops, words on one line sharing theirs. */
function lineCount(words: readonly PdfWord[]): number {
  const tops = [...new Set(words.map((w) => Math.round(w.yMin * 2) / 2))].sort((a, b) => a - b);
  let lines = 0;
  let last = -Infinity;
  for (const t of tops) {
    if (t - last > 3) lines++;
    if (t - last > 3) last = t;
  }
  return lines;
}

export function describePrinted(count: number, options: { timeoutMs: number; workingSheets: boolean }): void {
  describe.skipIf(SKIP_PRINT)(
    `the documents printed by LibreOffice (${count} initiatives)`,
    { timeout: options.timeoutMs },
    () => {
      let dir = '';
      let working: SheetPlan[] = [];
      const printed = new Map<SheetRole, PrintedPlan>();
      const boxes = new Map<SheetRole, PdfPage[]>();

      beforeAll(async () => {
        dir = mkdtempSync(join(tmpdir(), `sangkien-print-${count}-`));
        const council = councilAtScale(count);
        working = council.working;
        const plans = [...council.documents, council.forms.plan, ...(options.workingSheets ? council.working : [])];
        for (const p of await printPlans(plans, dir, '', options.timeoutMs)) {
          printed.set(p.plan.role, p);
          boxes.set(p.plan.role, pdfWords(p.pdf));
        }
      }, options.timeoutMs);

      afterAll(() => {
        if (dir) rmSync(dir, { recursive: true, force: true });
      });

      const get = (role: SheetRole): PrintedPlan => {
        const p = printed.get(role);
        if (!p) throw new Error(`${role} was not printed`);
        return p;
      };
      const documents = (): PrintedPlan[] =>
        [...printed.values()].filter((p) => !['register', 'scores', 'ranking'].includes(p.plan.role));

      it('prints every page on A4 in the orientation the plan asks, "Biên bản" portrait', () => {
        expect(get('minutes').plan.page?.orientation).toBe('portrait');
        for (const { plan, sizes } of printed.values()) {
          expect(sizes.length, plan.name).toBeGreaterThan(0);
          const [w, h] = plan.page?.orientation === 'landscape' ? [842, 595] : [595, 842];
          for (const [pw, ph] of sizes) expect([Math.round(pw), Math.round(ph)], plan.name).toEqual([w, h]);
        }
      });

      it(`holds at least ${RESULTS_ROWS_PER_PAGE} initiatives to a page of "Kết quả xét duyệt", and each list its rows, never below 70 %`, () => {
        for (const p of documents()) {
          const min = ROWS_PER_PAGE[p.plan.role];
          expect(p.plan.page?.scale ?? 100, p.plan.name).toBeGreaterThanOrEqual(MIN_SCALE);
          if (min === undefined) {
            expect(p.pages.length, p.plan.name).toBeLessThanOrEqual(3);
            continue;
          }
          const rows = bodyRows(p.plan).length;
          // The first page carries the header blocks and the title, the last the signatures (of each member's form).
          const signed = Math.max(1, p.plan.rows.filter((r) => r.includes('NGƯỜI CHẤM')).length);
          expect(p.pages.length, `${p.plan.name}: ${rows} rows`).toBeLessThanOrEqual(Math.ceil(rows / min) + signed);
        }
        // The ids printed are the initiatives: none lost to the density.
        const ids =
          get('results')
            .pages.join('\n')
            .match(/SK-\d{4,}/g) ?? [];
        expect(new Set(ids).size).toBe(count);
        // Text of a 12 pt table at 70 % is at least 70 % as tall as at full size (Liberation Serif's box is 1.3 em).
        let smallest = Infinity;
        for (const page of boxes.get('results') ?? []) {
          for (const w of page.words) if (/^SK-\d+$/.test(w.text)) smallest = Math.min(smallest, w.yMax - w.yMin);
        }
        expect(smallest).toBeGreaterThanOrEqual(12 * 1.299 * (MIN_SCALE / 100) - 0.05);
      });

      it('cuts nothing at the right edge: every word inside the printable width, the last column on every page of a table', () => {
        for (const p of printed.values()) {
          const pages = boxes.get(p.plan.role) ?? [];
          const outside: string[] = [];
          pages.forEach((page, i) => {
            const right = page.width - DECREE_MARGINS.right * PT_PER_CM + 1;
            const left = DECREE_MARGINS.left * PT_PER_CM - 1;
            for (const w of page.words) {
              if (w.xMax > right || w.xMin < left)
                outside.push(`page ${i + 1}: "${w.text}" at ${w.xMin.toFixed(1)}–${w.xMax.toFixed(1)}`);
            }
          });
          expect(outside, p.plan.name).toEqual([]);
        }
      });

      it('repeats the header row on every page that holds rows of a table', () => {
        for (const [role, [first, last]] of Object.entries(TABLE_EDGES) as [SheetRole, readonly [string, string]][]) {
          const p = get(role);
          const keys = bodyRows(p.plan)
            .map((r) => r[KEY_COLUMN[role]!])
            .filter((v): v is string => typeof v === 'string' && v !== '')
            .map(squash);
          let withRows = 0;
          p.pages.forEach((page, i) => {
            const text = squash(page);
            if (!keys.some((k) => text.includes(k))) return;
            withRows++;
            expect(text, `${p.plan.name} page ${i + 1}`).toContain(first);
            expect(text, `${p.plan.name} page ${i + 1}`).toContain(last);
          });
          if (keys.length > 0) expect(withRows, p.plan.name).toBeGreaterThan(0);
        }
      });

      it('explains the short marks once, in the legend on the last page with the end of the table and the signatures, and writes no sentence in "Ghi chú"', () => {
        let legends = 0;
        for (const p of documents()) {
          const legend = p.plan.rows.flat().filter((v): v is string => typeof v === 'string' && v.startsWith(LEGEND));
          expect(legend.length, p.plan.name).toBeLessThanOrEqual(1);
          if (legend.length === 0) continue;
          legends++;
          // Once, right under the table, after which only the signature block and "Nơi nhận" follow,
          // all on the last page.
          const at = p.pages.findIndex((page) => squash(page).includes(LEGEND));
          expect(at, p.plan.name).toBeGreaterThanOrEqual(0);
          expect(
            p.pages.filter((page) => squash(page).includes(LEGEND)),
            p.plan.name,
          ).toHaveLength(1);
          const rows = bodyRows(p.plan);
          const lastKey = rows.at(-1)?.[KEY_COLUMN[p.plan.role] ?? 1];
          if (typeof lastKey === 'string') {
            const lastRowPage = p.pages.findLastIndex((page) => squash(page).includes(squash(lastKey)));
            // On the page of the last row, never starting a page of its own.
            expect(at, `${p.plan.name}: legend on page ${at + 1}, last row on ${lastRowPage + 1}`).toBe(lastRowPage);
          }
          expect(at, p.plan.name).toBe(p.pages.length - 1);
          const signer = squash(String(p.plan.rows.flat().find((v) => v === 'TM. HỘI ĐỒNG') ?? 'TM. HỘI ĐỒNG'));
          const sigPage = p.pages.findIndex((page) => squash(page).includes(signer));
          expect(sigPage, p.plan.name).toBe(at);
        }
        const notes = bodyRows(get('results').plan).map((r) => r[13]);
        for (const n of notes)
          if (typeof n === 'string' && n !== '') expect(n).toMatch(/^[A-ZĐ*]{1,3}(, [A-ZĐ*]{1,3})*$/);
        if (notes.some((n) => typeof n === 'string' && n !== '')) expect(legends).toBeGreaterThan(0);
      });

      it.each(
        options.workingSheets
          ? ([
              ['results', 1],
              ['register', 0],
            ] as const)
          : ([['results', 1]] as const),
      )('gives each row of %s the lines LibreOffice lays its text in, never fewer, at most one more', (role, idCol) => {
        const { plan } = get(role);
        const rowOf = new Map<string, number>();
        plan.rows.forEach((row, r) => {
          const id = row[idCol];
          if (typeof id === 'string' && /^SK-\d+$/.test(id)) rowOf.set(id, r);
        });
        const line = 15.75;
        let checked = 0;
        for (const page of boxes.get(role) ?? []) {
          // Ids in the "Mã SK" column (centred, so all at one x), not those quoted in "Trạng thái".
          const ids = page.words.filter((w) => /^SK-\d+$/.test(w.text) && rowOf.has(w.text));
          const x = Math.min(...ids.map((w) => w.xMin));
          const anchors = ids.filter((w) => w.xMin < x + 3).sort((a, b) => a.yMin - b.yMin);
          for (let i = 0; i + 1 < anchors.length; i++) {
            const [a, b] = [anchors[i]!, anchors[i + 1]!];
            const band = page.words.filter((w) => w.yMin >= a.yMin - 1 && w.yMin < b.yMin - 1);
            const laid = lineCount(band);
            const planned = Math.round(plan.rowHeights!.get(rowOf.get(a.text)!)! / line);
            expect(planned, `${a.text}: planned ${planned} lines, LibreOffice laid ${laid}`).toBeGreaterThanOrEqual(
              laid,
            );
            expect(planned - laid, `${a.text}: planned ${planned} lines, LibreOffice laid ${laid}`).toBeLessThanOrEqual(
              1,
            );
            checked++;
          }
        }
        expect(checked).toBeGreaterThan(Math.min(count, 20) / 2);
      });

      it('sets the working sheets up to print one page across A4 at 70 % or more, header repeated, every row measured', () => {
        for (const plan of working) {
          const page = plan.page!;
          const head = page.printTitleRows?.first;
          expect(head, plan.name).toBeDefined();
          expect(page.fitToPagesWide, plan.name).toBe(1);
          expect(page.scale, plan.name).toBeGreaterThanOrEqual(MIN_SCALE);
          expect(page.margins, plan.name).toEqual(DECREE_MARGINS);
          const widths = (plan.columns ?? []).map((c) => c.width ?? 0);
          const across = page.orientation === 'landscape' ? A4.heightCm : A4.widthCm;
          const room = printableUnits(across, DECREE_MARGINS.left, DECREE_MARGINS.right, widths.length);
          expect((widths.reduce((a, b) => a + b, 0) * page.scale!) / 100, plan.name).toBeLessThanOrEqual(room);
          for (let r = head!; r < plan.rows.length; r++)
            expect(plan.rowHeights?.get(r), `${plan.name} row ${r + 1}`).toBeGreaterThan(0);
        }
      });

      if (options.workingSheets) {
        it('prints the working sheets on A4, one page across at 70 % or more, with their whole header row on every page', () => {
          for (const role of ['register', 'scores', 'ranking'] as const) {
            const p = get(role);
            const page = p.plan.page;
            const head = page?.printTitleRows?.first;
            expect(head, p.plan.name).toBeDefined();
            expect(page?.fitToPagesWide, p.plan.name).toBe(1);
            expect(page?.scale, p.plan.name).toBeGreaterThanOrEqual(MIN_SCALE);
            expect(page?.margins, p.plan.name).toEqual(DECREE_MARGINS);
            const headers = (p.plan.rows[head!] ?? []).filter((v): v is string => typeof v === 'string').map(squash);
            // A header may wrap inside its cell: its first word stands for it.
            const first = headers[0]!.split(' ')[0]!;
            const last = headers.at(-1)!.split(' ')[0]!;
            expect(p.pages.length, p.plan.name).toBeGreaterThan(0);
            // No page holds only the left or only the right-hand columns: each has the first and the last header.
            p.pages.forEach((onPaper, i) => {
              const text = squash(onPaper);
              expect(
                text.includes(first) && text.includes(last),
                `${p.plan.name} page ${i + 1}: ${text.slice(0, 80)}`,
              ).toBe(true);
            });
            // Every initiative of the sheet printed: none lost to a cut page.
            const ids = new Set(p.pages.join('\n').match(/SK-\d{4,}/g) ?? []);
            const planned = new Set(
              p.plan.rows
                .map((r) => r[role === 'ranking' ? 1 : 0])
                .filter((v) => typeof v === 'string' && /^SK-\d+$/.test(v)),
            );
            expect(planned.size, p.plan.name).toBeGreaterThan(0);
            expect(
              [...planned].filter((id) => !ids.has(id as string)),
              p.plan.name,
            ).toEqual([]);
          }
        });
      }
    },
  );
}
