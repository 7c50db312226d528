// `bin/sangkien.mjs` as a user runs it: the sources bundled by esbuild into the cache, named by
// content and reused; a real command through the bundle (exceljs found from the cache); and the
// sources through tsx when the cache cannot be written.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCouncil } from '../../src/sample/council';
import { generateRegister } from '../../src/sample/register';
import { writeRawWorkbook } from '../support/workbook-files';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'sangkien.mjs');
// The launcher keeps one folder per checkout (git worktrees may share node_modules).
const CACHE = join(
  ROOT,
  'node_modules',
  '.cache',
  'sangkien',
  createHash('sha256').update(ROOT).digest('hex').slice(0, 8),
);

function sangkien(args: string[], cwd = ROOT): string {
  return execFileSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
}

const bundles = (): string[] =>
  existsSync(CACHE) ? readdirSync(CACHE).filter((f) => /^cli-[0-9a-f]{16}\.mjs$/.test(f)) : [];

describe('the sangkien launcher', () => {
  it('runs one bundle of the sources, named by its content, and reuses it on the next run', () => {
    expect(sangkien(['--help'])).toMatch(/import/);
    const [bundle] = bundles();
    expect(bundles()).toHaveLength(1);
    const written = statSync(join(CACHE, bundle!)).mtimeMs;
    expect(sangkien(['--help'])).toMatch(/import/);
    expect(bundles()).toEqual([bundle]);
    expect(statSync(join(CACHE, bundle!)).mtimeMs).toBe(written);
  });

  it('imports a register through the bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sangkien-bin-'));
    const register = generateRegister({ count: 30, seed: 7 });
    await writeRawWorkbook(join(dir, 'dang-ky.xlsx'), [
      { name: register.sheet, rows: register.rows, merges: register.merges },
      { name: 'Hội đồng', rows: generateCouncil(5).rows },
    ]);
    const out = JSON.parse(sangkien(['import', 'dang-ky.xlsx', '-o', 'b1.xlsx', '--json'], dir)) as {
      initiatives: unknown[];
    };
    expect(out.initiatives.length).toBeGreaterThan(20);
    expect(existsSync(join(dir, 'b1.xlsx'))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the sources through tsx when the cache cannot be written', () => {
    const aside = `${CACHE}.aside-${process.pid}`;
    const had = existsSync(CACHE);
    if (had) renameSync(CACHE, aside);
    // A file where the cache folder should be: the bundle cannot be written there.
    writeFileSync(CACHE, 'not a folder');
    try {
      expect(sangkien(['--help'])).toMatch(/import/);
      expect(statSync(CACHE).isFile()).toBe(true);
    } finally {
      rmSync(CACHE, { force: true });
      if (had) renameSync(aside, CACHE);
    }
  });
});
