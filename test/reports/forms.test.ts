// "Phiếu chấm", the paper score forms, on both hosts: one form per member with exactly the
// initiatives "Chấm điểm" assigns them, never an author's name, a page break before every member
// after the first, and a hand-edited forms sheet kept under a new name when the forms are written again.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadBook } from '../../src/app/book';
import { assignReviewers } from '../../src/app/council';
import { writePaperForms } from '../../src/app/documents';
import { commitImport, previewImport } from '../../src/app/import';
import { columnLetter, type CellValue, type SheetGrid } from '../../src/core/sheet/grid';
import { SHEET_ROLES } from '../../src/core/sheet/plan';
import { createSimulatedExcel } from '../../src/workbench/excel-sim';
import { createOfficePort } from '../../src/workbook/office';
import type { WorkbookPort } from '../../src/workbook/port';
import { openXlsx } from '../../src/workbook/xlsx';
import { generateCouncil } from '../../src/sample/council';
import { generateRegister } from '../../src/sample/register';
import { writeRawWorkbook } from '../support/workbook-files';

const register = generateRegister({ count: 90, seed: 14 });
const council = generateCouncil(9, 3);

const MEMBER_LINE = /^Thành viên Hội đồng: .*\(mã (.+)\)$/;
const ID = /^SK-\d+$/;

interface ReadForm {
  readonly memberId: string;
  /** 0-based row of the form's first line (its header block). */
  readonly start: number;
  readonly ids: string[];
}

/** The forms on the sheet: each begins at its header block; its member line names whose it is. */
function readForms(grid: SheetGrid): ReadForm[] {
  const forms: ReadForm[] = [];
  const starts: number[] = [];
  grid.values.forEach((row, r) => {
    if (row.some((v) => v === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) starts.push(r);
  });
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? grid.values.length;
    let memberId = '';
    const ids: string[] = [];
    for (let r = start; r < end; r++) {
      for (const v of grid.values[r] ?? []) {
        if (typeof v !== 'string') continue;
        const m = MEMBER_LINE.exec(v);
        if (m) memberId = m[1]!;
        if (ID.test(v)) ids.push(v);
      }
    }
    forms.push({ memberId, start, ids });
  });
  return forms;
}

async function prepare(port: WorkbookPort): Promise<void> {
  await commitImport(port, await previewImport(port));
  await assignReviewers(port);
}

/**
 * Checks the forms sheet against "Chấm điểm" and the register; returns where each form starts and
 * the rows holding a form's table header (its own, and its copies at the top of later pages).
 */
async function expectForms(port: WorkbookPort): Promise<{ starts: number[]; headers: number[] }> {
  const book = await loadBook(port, { extra: ['forms'] });
  const grid = book.grids.forms;
  expect(grid?.name).toBe(SHEET_ROLES.forms.name);
  const forms = readForms(grid!);
  const assigned = new Map<string, Set<string>>();
  for (const s of book.scores!) {
    if (!assigned.has(s.memberId)) assigned.set(s.memberId, new Set());
    assigned.get(s.memberId)!.add(s.initiativeId);
  }
  // One form per member with work, in the council's order, each with exactly their initiatives.
  expect(forms.map((f) => f.memberId)).toEqual(book.members.filter((m) => assigned.has(m.id)).map((m) => m.id));
  expect(forms.length).toBeGreaterThan(5);
  for (const f of forms) {
    expect(f.ids.length, f.memberId).toBe(new Set(f.ids).size);
    expect([...f.ids].sort(), f.memberId).toEqual([...assigned.get(f.memberId)!].sort());
  }
  // No author's name anywhere (an author who also sits on the council is named as a member only).
  const memberNames = new Set(book.members.map((m) => m.name));
  const authors = new Set(
    book.register!.initiatives.flatMap((i) => i.authors).filter((a) => a.length > 3 && !memberNames.has(a)),
  );
  expect(authors.size).toBeGreaterThan(50);
  const texts = grid!.values.flat().filter((v): v is string => typeof v === 'string');
  for (const t of texts) for (const a of authors) expect(t.includes(a), `"${a}" in "${t}"`).toBe(false);
  // Every form has its boxes headed by the criterion's maximum, a total, and the member's signature.
  const headers = grid!.values.flatMap((row, r) => (row[0] === 'STT' ? [r] : []));
  expect(headers.length).toBeGreaterThan(forms.length);
  for (const r of headers) {
    expect(grid!.values[r]).toContain('TM (tối đa 30)');
    expect(grid!.values[r]).toContain('Tổng điểm (tối đa 100)');
  }
  expect(texts.filter((t) => t === 'NGƯỜI CHẤM').length).toBe(forms.length);
  for (const f of forms) expect(texts).toContain(book.members.find((m) => m.id === f.memberId)!.name);
  return { starts: forms.map((f) => f.start), headers };
}

/** Edits a cell of the forms sheet by hand, writes the forms again: the edited copy is kept. */
async function expectEditedKept(port: WorkbookPort): Promise<void> {
  const [grid] = await port.readSheets([{ role: 'forms' }]);
  await port.apply([{ kind: 'writeCells', sheet: grid!.name, cells: [{ row: 12, col: 5, value: 27 }] }]);
  const again = await writePaperForms(port, 'vi', new Date(2021, 4, 5));
  expect(again.kept).toEqual([
    { role: 'forms', sheet: 'Phiếu chấm', keptAs: 'Phiếu chấm (sửa tay)', reason: 'edited' },
  ]);
  const names = (await port.listSheets()).map((s) => s.name);
  expect(names).toContain('Phiếu chấm');
  expect(names).toContain('Phiếu chấm (sửa tay)');
  const [kept] = await port.readSheets([{ name: 'Phiếu chấm (sửa tay)' }]);
  expect(kept!.values[12]![5]).toBe(27);
  // Written again untouched, the fresh sheet is simply replaced.
  const third = await writePaperForms(port, 'vi', new Date(2021, 4, 5));
  expect(third.kept).toEqual([]);
}

/**
 * A break before each member's form, and before each copy of a form's table header that starts a
 * later page of a long form (a sheet repeats one header only, and each form has its own).
 */
function expectBreaks(breaks: readonly number[], { starts, headers }: { starts: number[]; headers: number[] }): void {
  expect(breaks.filter((b) => starts.includes(b))).toEqual(starts.slice(1));
  const inside = breaks.filter((b) => !starts.includes(b));
  expect(inside.length).toBeGreaterThan(0);
  for (const b of inside) expect(headers, `break before row ${b + 1}`).toContain(b);
  // Every header but a form's first starts a page.
  const firsts = starts.map((s) => headers.find((h) => h > s));
  for (const h of headers) if (!firsts.includes(h)) expect(breaks, `header row ${h + 1}`).toContain(h);
}

describe('paper score forms ("Phiếu chấm")', () => {
  it('through the Office adapter on the simulated Excel: one form a member, a page break before each', async () => {
    const sim = createSimulatedExcel();
    for (const [name, rows] of [
      [register.sheet, register.rows],
      ['Hội đồng', council.rows],
    ] as const) {
      const formats: Record<string, string> = {};
      rows.forEach((r, i) =>
        r.forEach((v: CellValue, c) => typeof v === 'string' && (formats[`${columnLetter(c)}${i + 1}`] = '@')),
      );
      sim.state.addSheet(name, rows, { numberFormats: formats });
    }
    const port = createOfficePort((b) => sim.run(b), { isSetSupported: (n, v) => sim.isSetSupported(n, v) });
    await prepare(port);
    const written = await writePaperForms(port, 'vi', new Date(2021, 4, 5));
    expect(written.sheet).toBe('Phiếu chấm');
    const found = await expectForms(port);
    const sheet = sim.state.getSheet('Phiếu chấm');
    expectBreaks(sheet.pageLayout.rowBreaks, found);
    expect(sheet.pageLayout.paperSize).toBe('A4');
    await expectEditedKept(port);
  }, 120_000);

  it('through the .xlsx adapter: the same forms, the breaks saved in the file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sangkien-forms-')), 'book.xlsx');
    await writeRawWorkbook(path, [
      { name: register.sheet, rows: register.rows, merges: register.merges },
      { name: 'Hội đồng', rows: council.rows },
    ]);
    const book = await openXlsx(path);
    await prepare(book);
    await writePaperForms(book, 'vi', new Date(2021, 4, 5));
    const found = await expectForms(book);
    // <brk id="n"> breaks below row n (1-based): the row before each form's first.
    const files = unzipSync(new Uint8Array(await book.toBuffer()));
    const sheets = Object.entries(files).filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    const withBreaks = sheets.map(([, bytes]) => strFromU8(bytes)).filter((xml) => xml.includes('<rowBreaks'));
    expect(withBreaks.length).toBe(1);
    const ids = [...withBreaks[0]!.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expectBreaks(ids, found);
    await expectEditedKept(book);
  }, 120_000);
});
