// A register sent as 30 files, one per union, in mixed layouts and encodings (src/sample/union-files.ts):
// `sangkien import` of all of them at once beside the floor, exceljs alone reading the same files
// and writing the same output (floor-files.mjs). Both timed as whole processes, each twice, the
// better time kept. Usage: union-files.ts <initiatives>. Prints one JSON line.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateUnionFiles } from '../src/sample/union-files';
import { writeUnionFiles } from '../test/support/union-files';

const count = Number(process.argv[2] ?? 75_000);
const dir = mkdtempSync(join(tmpdir(), 'sangkien-bench-unions-'));
const { files } = generateUnionFiles({ count, files: 30, seed: 2021 });
const paths = await writeUnionFiles(dir, files);
const bin = join(import.meta.dirname, '..', 'bin', 'sangkien.mjs');
const out = join(dir, 'tong-hop.xlsx');
const timed = (script: string, args: string[]): { s: number; stdout: string } => {
  const t0 = performance.now();
  const stdout = execFileSync(process.execPath, [script, ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 256 * 1024 * 1024,
  });
  return { s: (performance.now() - t0) / 1000, stdout };
};
const best = (fn: () => number): number => Math.min(fn(), fn());
const importS = best(() => timed(bin, ['import', ...files.map((f) => f.name), '-o', out, '--force']).s);
const floorS = best(() => {
  const r = timed(join(import.meta.dirname, 'floor-files.mjs'), [out, join(dir, 'floor.xlsx'), ...paths]);
  return r.s - (JSON.parse(r.stdout.trim()) as { load_ms: number }).load_ms / 1000;
});
process.stdout.write(JSON.stringify({ count, files: files.length, import_s: importS, floor_s: floorS }) + '\n');
rmSync(dir, { recursive: true, force: true });
