// A clerk's own sheet named "Sáng kiến" or "Chấm điểm" (SPEC §7, nothing lost), through the CLI as
// a process: the register sitting on "Sáng kiến" is read and never written (the normalised one goes
// beside it), a notes sheet of either name is kept under a free name, and each is said in words.

import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SheetGrid } from '../../src/core/sheet/grid';
import { generateCouncil } from '../../src/sample/council';
import { generateRegister } from '../../src/sample/register';
import { openXlsx } from '../../src/workbook/xlsx';
import { expectWords, hashes, sangkien } from '../support/cli-process';
import { writeRawWorkbook } from '../support/workbook-files';

const work = mkdtempSync(join(tmpdir(), 'sangkien-clerk-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const register = generateRegister({ count: 12, seed: 16, duplicateShare: 0 });
const council = generateCouncil(6).rows;
const NOTES = [['Ghi chú của thư ký'], ['Gọi anh Nam trước thứ Năm'], [42]];

async function sheetsOf(path: string): Promise<Map<string, SheetGrid>> {
  const book = await openXlsx(path);
  const names = (await book.listSheets()).map((s) => s.name);
  const grids = await book.readSheets(names.map((name) => ({ name })));
  return new Map(grids.map((g, i) => [names[i]!, g!]));
}

const flat = (g: SheetGrid | undefined): unknown[] => (g ? g.values.flat().filter((v) => v !== null) : []);

function folder(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir);
  return dir;
}

describe('a clerk\'s own "Sáng kiến" or "Chấm điểm" sheet', () => {
  it('reads a register that sits on a sheet named "Sáng kiến" and writes the normalised one beside it, never over it', async () => {
    const dir = folder('register-named');
    await writeRawWorkbook(join(dir, 'ds.xlsx'), [
      { name: 'Sáng kiến', rows: register.rows, merges: register.merges },
      { name: 'Hội đồng', rows: council },
    ]);
    const before = hashes([join(dir, 'ds.xlsx')]);
    const r = sangkien(dir, ['import', 'ds.xlsx', '-o', 'book.xlsx']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã đọc 12 sáng kiến từ "Sáng kiến"');
    expect(r.stderr).toContain(
      'Sheet "Sáng kiến" là danh sách gốc nên không bị ghi; danh sách đã chuẩn hóa được ghi vào sheet "Sáng kiến (chuẩn hóa)".',
    );
    expectWords(r);
    expect(hashes([join(dir, 'ds.xlsx')])).toEqual(before);
    const source = (await sheetsOf(join(dir, 'ds.xlsx'))).get('Sáng kiến');
    const out = await sheetsOf(join(dir, 'book.xlsx'));
    expect(flat(out.get('Sáng kiến'))).toEqual(flat(source));
    expect(flat(out.get('Sáng kiến (chuẩn hóa)'))).toContain('SK-0012');

    // The next commands work from the normalised register; importing again still reads the source.
    const assigned = sangkien(dir, ['assign', 'book.xlsx', '-o', 'assigned.xlsx']);
    expect(assigned.status).toBe(0);
    expect(assigned.stdout).toMatch(/Đã phân công 36 lượt chấm/);
    const again = sangkien(dir, ['import', 'assigned.xlsx', '-o', 'again.xlsx']);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Đã đọc 12 sáng kiến từ "Sáng kiến"');
    const third = await sheetsOf(join(dir, 'again.xlsx'));
    expect(flat(third.get('Sáng kiến'))).toEqual(flat(source));
    expect([...third.keys()].filter((n) => n.startsWith('Sáng kiến'))).toEqual(['Sáng kiến', 'Sáng kiến (chuẩn hóa)']);
  });

  it('keeps notes on sheets named "Sáng kiến" and "Chấm điểm" under free names when import and assign write theirs', async () => {
    const dir = folder('notes');
    await writeRawWorkbook(join(dir, 'ds.xlsx'), [
      { name: register.sheet, rows: register.rows, merges: register.merges },
      { name: 'Sáng kiến', rows: NOTES },
      { name: 'Chấm điểm', rows: NOTES },
      { name: 'Hội đồng', rows: council },
    ]);
    const before = hashes([join(dir, 'ds.xlsx')]);
    // Before any import, the notes on "Sáng kiến" are no register to assign from.
    const early = sangkien(dir, ['assign', 'ds.xlsx']);
    expect(early.status).toBe(1);
    expect(early.stderr).toContain('Hãy nhập danh sách sáng kiến');
    expectWords(early);
    expect(readdirSync(dir)).toEqual(['ds.xlsx']);
    const r = sangkien(dir, ['import', 'ds.xlsx']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Đã đọc 12 sáng kiến từ "${register.sheet}"`);
    expect(r.stderr).toContain(
      'Sheet "Sáng kiến" không do tiện ích tạo nên được giữ lại với tên "Sáng kiến (bản của bạn)".',
    );
    expectWords(r);
    const imported = await sheetsOf(join(dir, 'ds-sangkien.xlsx'));
    expect(flat(imported.get('Sáng kiến (bản của bạn)'))).toEqual(NOTES.flat());
    expect(flat(imported.get('Sáng kiến'))).toContain('SK-0001');

    const a = sangkien(dir, ['assign', 'ds-sangkien.xlsx']);
    expect(a.status).toBe(0);
    expect(a.stdout).toContain(
      'Sheet "Chấm điểm" không do tiện ích tạo nên được giữ lại với tên "Chấm điểm (bản của bạn)".',
    );
    expect(a.stdout).not.toMatch(/tiêu đề của trang Chấm điểm/);
    expectWords(a);
    const assigned = await sheetsOf(join(dir, 'ds-sangkien-phancong.xlsx'));
    expect(flat(assigned.get('Chấm điểm (bản của bạn)'))).toEqual(NOTES.flat());
    expect(flat(assigned.get('Sáng kiến (bản của bạn)'))).toEqual(NOTES.flat());
    expect(assigned.get('Chấm điểm')!.values[0]!.slice(0, 2)).toEqual(['Mã SK', 'Mã TV']);
    expect(hashes([join(dir, 'ds.xlsx')])).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['ds-sangkien-phancong.xlsx', 'ds-sangkien.xlsx', 'ds.xlsx']);
  });

  it('says so in English with LANG=en', async () => {
    const dir = folder('english');
    await writeRawWorkbook(join(dir, 'ds.xlsx'), [
      { name: register.sheet, rows: register.rows, merges: register.merges },
      { name: 'Sáng kiến', rows: NOTES },
    ]);
    const r = sangkien(dir, ['import', 'ds.xlsx'], 'en_GB.UTF-8');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Sheet "Sáng kiến" was not made by the add-in, so it was kept as "Sáng kiến (yours)".');
    expectWords(r);
  });
});
