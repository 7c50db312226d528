// Running `node bin/sangkien.mjs` as a process for the nothing-lost tests (SPEC §7): the run, the
// check that it speaks in words (no stack trace, no library or errno text), and input fingerprints.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'sangkien.mjs');

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in `dir`; `as` runs it through a command first (e.g. setpriv, to drop root). */
export function sangkien(dir: string, args: readonly string[], lang = 'vi_VN.UTF-8', as: readonly string[] = []): Run {
  const [cmd = process.execPath, ...pre] = [...as, process.execPath];
  const r = spawnSync(cmd, [...pre, BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LANG: lang, LC_ALL: '', SANGKIEN_LANG: '' },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** No stack trace, no library or class name, no raw errno: words only. */
export function expectWords(r: Run): void {
  const all = `${r.stdout}\n${r.stderr}`;
  expect(all).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(all).not.toMatch(
    /CliError|NoRegisterError|node:internal|stuk\.github\.io|Invalid string length|\bE[A-Z]{3,}:/,
  );
}

export const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

export function hashes(paths: readonly string[]): Record<string, string> {
  return Object.fromEntries(paths.map((p) => [p, sha(p)]));
}
