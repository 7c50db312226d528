// Permission refusals in words (SPEC §7), through the CLI as a process run by an unprivileged user:
// root reads and writes anything, so CI (root) runs the command as "nobody" through setpriv. An
// unreadable input and a folder that cannot be written are each named with what to do, before any
// work, with the exit code of the CLI's other refusals; nothing is written and no input changes.

import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRegister } from '../../src/sample/register';
import { expectWords, hashes, sangkien } from '../support/cli-process';
import { writeRawWorkbook } from '../support/workbook-files';

const NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
const root = process.getuid?.() === 0;

/** Why the unprivileged runs cannot be made here, or null when they can. */
function cannotDropRoot(): string | null {
  if (!root) return null;
  const r = spawnSync(NOBODY[0]!, [...NOBODY.slice(1), process.execPath, '-e', 'process.exit(0)'], {
    encoding: 'utf8',
  });
  return r.status === 0 ? null : `setpriv cannot run node as nobody (${r.error?.message ?? r.stderr.trim()})`;
}

const work = mkdtempSync(join(tmpdir(), 'sangkien-perm-'));
afterAll(() => {
  chmodSync(join(work, 'ro'), 0o755);
  rmSync(work, { recursive: true, force: true });
});

const reason = cannotDropRoot();
if (reason !== null) console.log(`permissions.test.ts: skipped, ${reason}`);
/** Runs the CLI as a user without rights to what the test locked (itself when not root). */
const as = root ? NOBODY : [];

describe.skipIf(reason !== null)('permission refusals through the CLI', () => {
  beforeAll(async () => {
    chmodSync(work, 0o755);
    const register = generateRegister({ count: 8, seed: 6, duplicateShare: 0 });
    await writeRawWorkbook(join(work, 'ds.xlsx'), [
      { name: register.sheet, rows: register.rows, merges: register.merges },
    ]);
    chmodSync(join(work, 'ds.xlsx'), 0o644);
    copyFileSync(join(work, 'ds.xlsx'), join(work, 'locked.xlsx'));
    chmodSync(join(work, 'locked.xlsx'), 0o000);
    mkdirSync(join(work, 'ro'));
    copyFileSync(join(work, 'ds.xlsx'), join(work, 'ro', 'ds.xlsx'));
    chmodSync(join(work, 'ro', 'ds.xlsx'), 0o644);
    chmodSync(join(work, 'ro'), 0o555);
  });

  const inputs = (): string[] => [join(work, 'ds.xlsx'), join(work, 'locked.xlsx'), join(work, 'ro', 'ds.xlsx')];

  it('names an input it may not read, with what to do', () => {
    const before = hashes(inputs());
    for (const command of ['import', 'assign', 'rank']) {
      const r = sangkien(work, [command, 'locked.xlsx'], 'vi_VN.UTF-8', as);
      expect(r.status, command).toBe(1);
      expect(r.stderr).toContain('Không có quyền đọc tệp "locked.xlsx"');
      expect(r.stderr).toContain('chép tệp sang thư mục của bạn');
      expectWords(r);
    }
    const en = sangkien(work, ['import', 'locked.xlsx'], 'en_GB.UTF-8', as);
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('File "locked.xlsx" cannot be read (permission denied)');
    expectWords(en);
    expect(hashes(inputs())).toEqual(before);
    expect(readdirSync(work).sort()).toEqual(['ds.xlsx', 'locked.xlsx', 'ro']);
  });

  it('names a folder it may not write to before doing the work, -o or the default name beside the input', () => {
    const before = hashes(inputs());
    const r = sangkien(work, ['import', 'ds.xlsx', '-o', 'ro/out.xlsx'], 'vi_VN.UTF-8', as);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Không có quyền ghi vào thư mục "ro". Chọn nơi khác với -o');
    expectWords(r);
    const beside = sangkien(work, ['import', 'ro/ds.xlsx'], 'vi_VN.UTF-8', as);
    expect(beside.status).toBe(2);
    expect(beside.stderr).toContain(`Không có quyền ghi vào thư mục "${join(work, 'ro')}"`);
    expectWords(beside);
    const en = sangkien(work, ['import', 'ds.xlsx', '-o', 'ro/out.xlsx'], 'en_GB.UTF-8', as);
    expect(en.stderr).toContain('Folder "ro" cannot be written (permission denied)');
    expect(hashes(inputs())).toEqual(before);
    expect(readdirSync(join(work, 'ro'))).toEqual(['ds.xlsx']);
    expect(readdirSync(work).sort()).toEqual(['ds.xlsx', 'locked.xlsx', 'ro']);
  });
});
