// Nothing lost under every clerk mistake (SPEC §7), through `node bin/sangkien.mjs` as a process:
// each case checks the exit code, the words said, that every input's bytes are unchanged, that no
// stack trace is printed and that nothing is left under the final name when the command refuses.

import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { readPacket } from '../../src/core/council';
import { readScoreSheet } from '../../src/core/sheets/scores';
import { DEFAULT_RUBRIC } from '../../src/core/council/rules';
import { openXlsx } from '../../src/workbook/xlsx';
import { generateCouncil, generateScores } from '../../src/sample/council';
import { generateRegister } from '../../src/sample/register';
import { writeRawWorkbook } from '../support/workbook-files';
import { BIN, expectWords, hashes, sangkien, sha } from '../support/cli-process';

function inProcess(dir: string): CliIo {
  return { out: () => undefined, err: () => undefined, env: { LANG: 'vi_VN.UTF-8' }, cwd: dir };
}

/** The scores in "Chấm điểm" of a workbook as "SK|TV|code" → tenths. */
async function scoresOf(path: string): Promise<Map<string, number>> {
  const book = await openXlsx(path);
  const [grid] = await book.readSheets([{ role: 'scores', formulas: true }]);
  const out = new Map<string, number>();
  if (!grid) return out;
  for (const r of readScoreSheet(grid, DEFAULT_RUBRIC).rows) {
    for (const [code, v] of Object.entries(r.scores))
      if (typeof v === 'number') out.set(`${r.initiativeId}|${r.memberId}|${code}`, v);
  }
  return out;
}

const work = mkdtempSync(join(tmpdir(), 'sangkien-lost-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh folder holding the fixtures a case needs, by name. */
function caseDir(name: string, files: readonly string[]): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const f of files) copyFileSync(join(work, 'fixtures', f), join(dir, f));
  return dir;
}

describe('nothing lost through the CLI', () => {
  let scoreCount = 0;

  beforeAll(async () => {
    const dir = join(work, 'fixtures');
    mkdirSync(dir);
    const register = generateRegister({ count: 24, seed: 16, duplicateShare: 0 });
    await writeRawWorkbook(join(dir, 'dang-ky.xlsx'), [
      { name: register.sheet, rows: register.rows, merges: register.merges },
      { name: 'Hội đồng', rows: generateCouncil(6).rows },
    ]);
    expect(await main(['import', 'dang-ky.xlsx', '-o', 'imported.xlsx'], inProcess(dir))).toBe(0);
    expect(await main(['assign', 'imported.xlsx', '-o', 'assigned.xlsx'], inProcess(dir))).toBe(0);
    const book = await openXlsx(join(dir, 'assigned.xlsx'));
    const [grid] = await book.readSheets([{ role: 'scores' }]);
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    const pairs = grid!.values.slice(1).map((r) => ({ initiativeId: text(r[0]), memberId: text(r[1]) }));
    const filled = generateScores(pairs, { seed: 5, textShare: 0 });
    await book.apply([
      {
        kind: 'writeCells',
        sheet: grid!.name,
        cells: filled.slice(1).flatMap((r, i) => [2, 3, 4].map((col) => ({ row: i + 1, col, value: r[col] ?? null }))),
      },
    ]);
    await book.save(join(dir, 'scored.xlsx'));
    scoreCount = (await scoresOf(join(dir, 'scored.xlsx'))).size;
    expect(await main(['packets', 'assigned.xlsx', '--out', 'packets'], inProcess(dir))).toBe(0);
  }, 180_000);

  describe('scores and hand-entered data', () => {
    it('refuses to re-assign a book whose "Chấm điểm" header was edited, naming the cell', async () => {
      const dir = caseDir('header', ['scored.xlsx']);
      const book = await openXlsx(join(dir, 'scored.xlsx'));
      await book.apply([
        { kind: 'writeCells', sheet: 'Chấm điểm', cells: [{ row: 0, col: 0, value: 'Mã sáng kiến cũ' }] },
      ]);
      await book.save(join(dir, 'edited.xlsx'));
      const before = hashes([join(dir, 'edited.xlsx')]);
      const r = sangkien(dir, ['assign', 'edited.xlsx']);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('A1');
      expect(r.stderr).toContain('Mã SK');
      expect(r.stderr).toContain('không bị ghi');
      expectWords(r);
      expect(hashes([join(dir, 'edited.xlsx')])).toEqual(before);
      expect(existsSync(join(dir, 'edited-phancong.xlsx'))).toBe(false);
    });

    it('never overwrites an earlier -phancong output: the next run takes a free name and says so', async () => {
      const dir = caseDir('again', ['scored.xlsx']);
      expect(sangkien(dir, ['assign', 'scored.xlsx']).status).toBe(0);
      const first = join(dir, 'scored-phancong.xlsx');
      // Scores typed into the first output afterwards must survive the second run.
      const book = await openXlsx(first);
      await book.apply([{ kind: 'writeCells', sheet: 'Chấm điểm', cells: [{ row: 1, col: 2, value: 1.5 }] }]);
      await book.save(first);
      const before = hashes([first, join(dir, 'scored.xlsx')]);
      const r = sangkien(dir, ['assign', 'scored.xlsx']);
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('scored-phancong-2.xlsx');
      expect(r.stdout).toContain('scored-phancong-2.xlsx');
      expect(hashes([first, join(dir, 'scored.xlsx')])).toEqual(before);
      expectWords(r);
    });

    it('refuses an existing file named with -o unless --force, and --force never reaches an input', () => {
      const dir = caseDir('force', ['scored.xlsx', 'assigned.xlsx']);
      const before = hashes([join(dir, 'scored.xlsx'), join(dir, 'assigned.xlsx')]);
      const r = sangkien(dir, ['rank', 'scored.xlsx', '-o', 'assigned.xlsx']);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--force');
      expectWords(r);
      expect(hashes([join(dir, 'scored.xlsx'), join(dir, 'assigned.xlsx')])).toEqual(before);
      const forced = sangkien(dir, ['rank', 'scored.xlsx', '-o', 'assigned.xlsx', '--force']);
      expect(forced.status).toBe(0);
      expect(sha(join(dir, 'assigned.xlsx'))).not.toBe(before[join(dir, 'assigned.xlsx')]);
      const self = sangkien(dir, ['rank', 'scored.xlsx', '-o', 'scored.xlsx', '--force']);
      expect(self.status).toBe(2);
      expect(sha(join(dir, 'scored.xlsx'))).toBe(before[join(dir, 'scored.xlsx')]);
    });

    it('keeps packets already in the folder: new ones take free names', () => {
      const dir = caseDir('packets', ['assigned.xlsx']);
      expect(sangkien(dir, ['packets', 'assigned.xlsx', '--out', 'out']).status).toBe(0);
      const first = readdirSync(join(dir, 'out')).sort();
      const before = hashes(first.map((f) => join(dir, 'out', f)));
      const r = sangkien(dir, ['packets', 'assigned.xlsx', '--out', 'out']);
      expect(r.status).toBe(0);
      expect(hashes(first.map((f) => join(dir, 'out', f)))).toEqual(before);
      expect(readdirSync(join(dir, 'out')).length).toBe(first.length * 2);
      expect(r.stderr).toMatch(/-2\.xlsx/);
      expectWords(r);
    });

    it("meets a second version of one reviewer's packet in the same run as conflicts, never overwriting the first", async () => {
      const dir = caseDir('twice', ['assigned.xlsx']);
      const packet = readdirSync(join(work, 'fixtures', 'packets')).sort()[0]!;
      const fill = async (value: number, name: string): Promise<void> => {
        const wb = await openXlsx(join(work, 'fixtures', 'packets', packet));
        const sheets = await wb.listSheets();
        const read = readPacket(await wb.readSheets(sheets.map((s) => ({ name: s.name }))));
        const p = read.packet!;
        await wb.apply([
          {
            kind: 'writeCells',
            sheet: p.sheet,
            cells: p.rows.flatMap((row) => Object.values(p.columns).map((col) => ({ row: row.row - 1, col, value }))),
          },
        ]);
        await wb.save(join(dir, name));
      };
      await fill(7, 'a.xlsx');
      await fill(8, 'b.xlsx');
      const inputs = ['assigned.xlsx', 'a.xlsx', 'b.xlsx'].map((f) => join(dir, f));
      const before = hashes(inputs);
      const r = sangkien(dir, ['collect', 'assigned.xlsx', 'a.xlsx', 'b.xlsx', '-o', 'out.xlsx']);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/không ghi đè/);
      expect(hashes(inputs)).toEqual(before);
      const scores = await scoresOf(join(dir, 'out.xlsx'));
      expect(scores.size).toBeGreaterThan(0);
      expect([...scores.values()].every((v) => v === 70)).toBe(true);
    });
  });

  describe('inputs never written, outputs never half-written', () => {
    it('refuses -o reaching the input through a symlink or a hard link, and a packet named as output', () => {
      const dir = caseDir('links', ['scored.xlsx']);
      symlinkSync(join(dir, 'scored.xlsx'), join(dir, 'soft.xlsx'));
      linkSync(join(dir, 'scored.xlsx'), join(dir, 'hard.xlsx'));
      mkdirSync(join(dir, 'sub'));
      symlinkSync(join(dir, 'scored.xlsx'), join(dir, 'sub', 'input.xlsx'));
      const before = hashes([join(dir, 'scored.xlsx')]);
      for (const args of [
        ['rank', 'scored.xlsx', '-o', 'soft.xlsx', '--force'],
        ['rank', 'scored.xlsx', '-o', 'hard.xlsx', '--force'],
        ['rank', 'sub/input.xlsx', '-o', 'scored.xlsx', '--force'],
        ['rank', 'soft.xlsx', '-o', 'hard.xlsx', '--force'],
      ]) {
        const r = sangkien(dir, args);
        expect(r.status, args.join(' ')).toBe(2);
        expect(r.stderr).toMatch(/tệp đầu vào/);
        expectWords(r);
      }
      expect(hashes([join(dir, 'scored.xlsx')])).toEqual(before);
      const packets = caseDir('links-packet', ['assigned.xlsx']);
      const p = readdirSync(join(work, 'fixtures', 'packets'))[0]!;
      copyFileSync(join(work, 'fixtures', 'packets', p), join(packets, 'P.xlsx'));
      const pBefore = hashes([join(packets, 'P.xlsx'), join(packets, 'assigned.xlsx')]);
      const r = sangkien(packets, ['collect', 'assigned.xlsx', 'P.xlsx', '-o', 'P.xlsx', '--force']);
      expect(r.status).toBe(2);
      expect(hashes([join(packets, 'P.xlsx'), join(packets, 'assigned.xlsx')])).toEqual(pBefore);
    });

    it('two runs writing one -o at once: one whole workbook, the other refused', async () => {
      const dir = caseDir('race', ['scored.xlsx']);
      const runOne = (): Promise<number | null> =>
        new Promise((done) => {
          const child = spawn(process.execPath, [BIN, 'rank', 'scored.xlsx', '-o', 'same.xlsx'], {
            cwd: dir,
            stdio: 'ignore',
            env: { ...process.env, LANG: 'vi_VN.UTF-8' },
          });
          child.on('exit', (code) => done(code));
        });
      const codes = await Promise.all([runOne(), runOne()]);
      expect(codes.sort()).toEqual([0, 2]);
      await expect((await openXlsx(join(dir, 'same.xlsx'))).listSheets()).resolves.toContainEqual(
        expect.objectContaining({ name: 'Xếp hạng' }),
      );
      expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
    });

    it('a run stopped while it works leaves no file, or a whole one, under the output name', async () => {
      const dir = caseDir('killed', ['scored.xlsx']);
      for (const delay of [150, 400, 800, 1200]) {
        const out = `k${delay}.xlsx`;
        await new Promise<void>((done) => {
          const child = spawn(process.execPath, [BIN, 'rank', 'scored.xlsx', '-o', out], { cwd: dir, stdio: 'ignore' });
          const timer = setTimeout(() => child.kill('SIGTERM'), delay);
          child.on('exit', () => {
            clearTimeout(timer);
            done();
          });
        });
        if (existsSync(join(dir, out))) expect((await scoresOf(join(dir, out))).size, out).toBe(scoreCount);
      }
      expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
    });

    it('keeps writing the workbook when stdout is closed early (| head), and says so when stdout fails (full disk)', async () => {
      const dir = caseDir('stdout', ['scored.xlsx']);
      const r = spawnSync(
        '/bin/sh',
        ['-c', `"${process.execPath}" "${BIN}" rank scored.xlsx -o piped.xlsx --json | head -c 20 >/dev/null`],
        { cwd: dir, encoding: 'utf8' },
      );
      expect(r.status).toBe(0);
      expect((await scoresOf(join(dir, 'piped.xlsx'))).size).toBe(scoreCount);
      expectWords({ status: r.status, stdout: r.stdout, stderr: r.stderr });
      if (existsSync('/dev/full')) {
        const full = spawnSync(
          '/bin/sh',
          ['-c', `"${process.execPath}" "${BIN}" rank scored.xlsx -o full.xlsx --json >/dev/full`],
          { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'vi_VN.UTF-8' } },
        );
        expect(full.status).not.toBe(0);
        expect(full.stderr).toContain('đầu ra chuẩn');
        expectWords({ status: full.status, stdout: full.stdout, stderr: full.stderr });
      }
    });
    it('lists a text past 32,767 characters it had to cut instead of writing a file Excel cannot open', async () => {
      const dir = caseDir('long', []);
      const register = generateRegister({ count: 8, seed: 2, duplicateShare: 0 });
      const rows = register.rows.map((r) => [...r]);
      const isTitle = (v: unknown): boolean => typeof v === 'string' && /tên sáng kiến/i.test(v);
      const header = rows.findIndex((r) => r.some(isTitle));
      const col = rows[header]!.findIndex(isTitle);
      expect(col).toBeGreaterThanOrEqual(0);
      rows[header + 1]![col] = `Cải tiến ${'quy trình '.repeat(4000)}`;
      await writeRawWorkbook(join(dir, 'dk.xlsx'), [{ name: register.sheet, rows, merges: register.merges }]);
      const before = hashes([join(dir, 'dk.xlsx')]);
      const r = sangkien(dir, ['import', 'dk.xlsx', '-o', 'b.xlsx']);
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/Ô [A-Z]+\d+ của sheet "Sáng kiến" dài 40008 ký tự, quá giới hạn 32\.767/);
      expectWords(r);
      expect(hashes([join(dir, 'dk.xlsx')])).toEqual(before);
      const [grid] = await (await openXlsx(join(dir, 'b.xlsx'))).readSheets([{ role: 'register' }]);
      expect(Math.max(...grid!.values.flat().map((v) => (typeof v === 'string' ? v.length : 0)))).toBe(32_767);
    });
  });

  describe('refusals in words', () => {
    const cases: { name: string; bytes: () => Uint8Array; says: RegExp }[] = [
      {
        name: 'an Excel 97-2003 file',
        // A compound file (the .xls container) holding a "Workbook" stream.
        bytes: () => compoundFile('Workbook'),
        says: /mở bằng Excel và lưu thành \.xlsx/,
      },
      { name: 'a password-protected workbook', bytes: () => compoundFile('EncryptionInfo'), says: /mật khẩu/ },
      { name: 'an empty file', bytes: () => new Uint8Array(0), says: /trống \(0 byte\)/ },
      {
        name: 'a workbook cut short',
        bytes: () => readFileSync(join(work, 'fixtures', 'scored.xlsx')).subarray(0, 5000),
        says: /bị hỏng hoặc chưa tải về trọn vẹn/,
      },
      {
        name: 'a CSV named .xlsx',
        bytes: () => new TextEncoder().encode('Mã SK;Tên\nSK-1;Máy\n'),
        says: /không phải bảng tính Excel \(\.xlsx\)/,
      },
    ];
    for (const c of cases) {
      it(`says what to do with ${c.name}`, () => {
        const dir = join(work, `kind-${cases.indexOf(c)}`);
        mkdirSync(dir);
        writeFileSync(join(dir, 'in.xlsx'), c.bytes());
        const before = hashes([join(dir, 'in.xlsx')]);
        for (const command of ['import', 'assign', 'rank']) {
          const r = sangkien(dir, [command, 'in.xlsx']);
          expect(r.status, command).toBe(1);
          expect(r.stderr).toMatch(c.says);
          expect(r.stderr).toContain('in.xlsx');
          expectWords(r);
        }
        expect(hashes([join(dir, 'in.xlsx')])).toEqual(before);
        expect(readdirSync(dir)).toEqual(['in.xlsx']);
      });
    }

    it('names a missing file, a missing folder and a folder given as a file', () => {
      const dir = caseDir('missing', []);
      mkdirSync(join(dir, 'folder.xlsx'));
      for (const [args, says] of [
        [['rank', 'khong-co.xlsx'], /Không tìm thấy tệp "khong-co\.xlsx"/],
        [['rank', 'khong-co/b.xlsx'], /Thư mục "khong-co" không tồn tại/],
        [['rank', 'folder.xlsx'], /là một thư mục/],
      ] as const) {
        const r = sangkien(dir, args);
        expect(r.status, args.join(' ')).toBe(1);
        expect(r.stderr).toMatch(says);
        expectWords(r);
      }
      const out = caseDir('missing-out', ['scored.xlsx']);
      const r = sangkien(out, ['rank', 'scored.xlsx', '-o', 'nowhere/out.xlsx']);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/Thư mục "nowhere" không tồn tại/);
    });

    it('speaks English with LANG=en', () => {
      const dir = caseDir('english', []);
      writeFileSync(join(dir, 'old.xlsx'), compoundFile('Workbook'));
      const r = sangkien(dir, ['import', 'old.xlsx'], 'en_GB.UTF-8');
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/open it in Excel and save it as \.xlsx/i);
      expectWords(r);
    });

    it('lists the sheets a workbook has when --sheet names one it does not', () => {
      const dir = caseDir('sheet', ['dang-ky.xlsx']);
      const r = sangkien(dir, ['import', 'dang-ky.xlsx', '--sheet', 'Sheet9']);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('"Sheet9"');
      expect(r.stderr).toContain('"Hội đồng"');
      expectWords(r);
    });

    it('says no score has been entered instead of ranking zeros', () => {
      const dir = caseDir('unscored', ['assigned.xlsx']);
      const r = sangkien(dir, ['rank', 'assigned.xlsx']);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/chưa có điểm hợp lệ/);
      expectWords(r);
      expect(existsSync(join(dir, 'assigned-xephang.xlsx'))).toBe(false);
    });

    it('says so when ranking a book without a register', async () => {
      const dir = caseDir('noreg', []);
      await writeRawWorkbook(join(dir, 'b.xlsx'), [{ name: 'Trang 1', rows: [['x']] }]);
      const r = sangkien(dir, ['rank', 'b.xlsx']);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/Sáng kiến/);
      expectWords(r);
    });

    it("refuses a sheet past Excel's row limit before loading it", async () => {
      const dir = caseDir('rows', []);
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Tong hop');
      ws.getCell('A1').value = 'Mã SK';
      ws.getCell(1_048_577, 1).value = 'x';
      await wb.xlsx.writeFile(join(dir, 'big.xlsx'));
      const r = sangkien(dir, ['import', 'big.xlsx']);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/Tong hop.*1048577 dòng.*giới hạn của Excel/);
      expectWords(r);
    });

    it('refuses a workbook too large for the memory the command may use, in words', async () => {
      const dir = caseDir('heap', []);
      // 30 MB of sheet text; with node's heap held to 112 MB the command may take about 11 MB.
      const text = 'Sáng kiến cải tiến quy trình '.repeat(700);
      await writeRawWorkbook(join(dir, 'big.xlsx'), [
        { name: 'Tong hop', rows: Array.from({ length: 1200 }, (_, i) => [`${i} ${text}`]) },
      ]);
      const before = sha(join(dir, 'big.xlsx'));
      const r = spawnSync(process.execPath, ['--max-old-space-size=64', BIN, 'import', 'big.xlsx'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'vi_VN.UTF-8' },
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/quá lớn để xử lý/);
      expect(r.stderr).toContain('--max-old-space-size');
      expectWords({ status: r.status, stdout: r.stdout, stderr: r.stderr });
      expect(sha(join(dir, 'big.xlsx'))).toBe(before);
      expect(readdirSync(dir)).toEqual(['big.xlsx']);
    });
  });
});

/** A minimal compound-file (OLE2) header with one directory entry named `stream` (UTF-16LE). */
function compoundFile(stream: string): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  for (let i = 0; i < stream.length; i++) bytes[1024 + 2 * i] = stream.charCodeAt(i);
  return bytes;
}
