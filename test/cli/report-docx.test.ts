// `sangkien report BOOK.xlsx --docx DIR`: the paper score forms as a sheet of the output workbook,
// every document and the forms as Word files, and a Word file edited since it was written kept
// under a new name when the documents are written again (never overwritten).

import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { SHEET_ROLES } from '../../src/core/sheet/plan';
import { isUntouched } from '../../src/workbook/docx';
import { openXlsx } from '../../src/workbook/xlsx';
import { generateCouncil, generateScores } from '../../src/sample/council';
import { generateRegister } from '../../src/sample/register';
import { writeRawWorkbook } from '../support/workbook-files';

function io(dir: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    env: { LANG: 'vi_VN.UTF-8' },
    cwd: dir,
    stdout,
    stderr,
  };
}

const FILES = [
  'DS đề nghị UBND',
  'DS đề nghị TLĐ',
  'DS phóng sự',
  'Kết quả xét duyệt',
  'Biên bản',
  'Thống kê',
  'Phiếu chấm',
].map((n) => `${n}.docx`);

describe('sangkien report --docx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sangkien-docx-cli-'));
  const out = join(dir, 'word');

  beforeAll(async () => {
    const register = generateRegister({ count: 80, seed: 5 });
    await writeRawWorkbook(join(dir, 'dk.xlsx'), [
      { name: register.sheet, rows: register.rows, merges: register.merges },
      { name: 'Hội đồng', rows: generateCouncil(9).rows },
    ]);
    expect(await main(['import', 'dk.xlsx', '-o', 'b1.xlsx'], io(dir))).toBe(0);
    expect(await main(['assign', 'b1.xlsx', '-o', 'b2.xlsx'], io(dir))).toBe(0);
    const book = await openXlsx(join(dir, 'b2.xlsx'));
    const [grid] = await book.readSheets([{ role: 'scores' }]);
    const header = grid!.values[0]!.map((v) => (typeof v === 'string' ? v : ''));
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    const pairs = grid!.values
      .slice(1)
      .map((r) => ({ initiativeId: text(r[header.indexOf('Mã SK')]), memberId: text(r[header.indexOf('Mã TV')]) }));
    const filled = generateScores(pairs, { seed: 3, textShare: 0 });
    const cols = ['TM', 'HQ', 'AD'].map((c) => header.indexOf(c));
    await book.apply([
      {
        kind: 'writeCells',
        sheet: grid!.name,
        cells: filled.slice(1).flatMap((r, i) => cols.map((col, k) => ({ row: i + 1, col, value: r[2 + k] ?? null }))),
      },
    ]);
    await book.save(join(dir, 'b3.xlsx'));
    expect(await main(['rank', 'b3.xlsx', '-o', 'b4.xlsx'], io(dir))).toBe(0);
  }, 180_000);

  it('writes the six documents and the forms as Word files, and the forms as a sheet', async () => {
    const run = io(dir);
    expect(await main(['report', 'b4.xlsx', '-o', 'b5.xlsx', '--docx', 'word'], run)).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...FILES].sort());
    for (const f of FILES) expect(isUntouched(new Uint8Array(readFileSync(join(out, f)))), f).toBe(true);
    expect(run.stdout.join('\n')).toContain('Phiếu chấm giấy: 9 thành viên, sheet "Phiếu chấm"');
    const names = (await (await openXlsx(join(dir, 'b5.xlsx'))).listSheets()).map((s) => s.name);
    expect(names).toContain(SHEET_ROLES.forms.name);
    expect(names).toContain(SHEET_ROLES.minutes.name);
  }, 120_000);

  it('keeps a Word file edited since under a new name, and replaces the untouched ones', async () => {
    const minutes = join(out, 'Biên bản.docx');
    const parts = unzipSync(new Uint8Array(readFileSync(minutes)));
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).toContain('Biên bản đã được đọc lại');
    const edited = xml.replace('Biên bản đã được đọc lại', 'Biên bản đã được thư ký đọc lại');
    writeFileSync(minutes, zipSync({ ...parts, 'word/document.xml': strToU8(edited) }));
    // A file of the clerk's own, not written by sangkien, where the forms go.
    writeFileSync(join(out, 'Phiếu chấm.docx'), 'a note, not a Word file');

    const run = io(dir);
    expect(await main(['report', 'b4.xlsx', '-o', 'b6.xlsx', '--docx', 'word'], run)).toBe(0);
    const said = run.stdout.join('\n');
    expect(said).toContain('Tệp "Biên bản.docx" đã được sửa nên được giữ lại với tên "Biên bản (sửa tay).docx".');
    expect(said).toContain(
      'Tệp "Phiếu chấm.docx" không do sangkien tạo nên được giữ lại với tên "Phiếu chấm (sửa tay).docx".',
    );
    expect(
      strFromU8(unzipSync(new Uint8Array(readFileSync(join(out, 'Biên bản (sửa tay).docx'))))['word/document.xml']!),
    ).toContain('thư ký đọc lại');
    expect(readFileSync(join(out, 'Phiếu chấm (sửa tay).docx'), 'utf8')).toBe('a note, not a Word file');
    expect(isUntouched(new Uint8Array(readFileSync(minutes)))).toBe(true);
    // The untouched lists were simply written again, with no copy beside them.
    expect(existsSync(join(out, 'DS phóng sự (sửa tay).docx'))).toBe(false);
    expect(isUntouched(new Uint8Array(readFileSync(join(out, 'DS phóng sự.docx'))))).toBe(true);
    expect(readdirSync(out)).toHaveLength(FILES.length + 2);
  }, 120_000);
});
