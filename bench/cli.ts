// The CLI end to end on .xlsx beside the bare cost of exceljs reading and writing the same
// workbooks: a process reading the input the command reads and writing the output it writes (the
// floor no exceljs-based tool can beat, since the output holds every generated sheet). Both are
// timed as whole processes from here. Prints one JSON line.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJSModule from 'exceljs';
import { writeRawWorkbook } from '../test/support/workbook-files';
import { fullBook } from './fixtures';

const ExcelJS: typeof ExcelJSModule = (ExcelJSModule as typeof ExcelJSModule & { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;
const count = Number(process.argv[2] ?? 10000);
const dir = mkdtempSync(join(tmpdir(), 'sangkien-bench-'));
const book = fullBook(count);
const register = join(dir, 'register.xlsx');
await writeRawWorkbook(register, [
  { name: book.register.name, rows: book.register.values as (string | number | null)[][] },
  { name: 'Hội đồng', rows: book.council.values as (string | number | null)[][] },
]);
const bin = join(import.meta.dirname, '..', 'bin', 'sangkien.mjs');
const run = (args: string[]): number => {
  const t0 = performance.now();
  execFileSync(process.execPath, [bin, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return (performance.now() - t0) / 1000;
};
/** The floor: a process of exceljs reading `input` and writing the workbook in `output`, less its loading `output`. */
const floor = (input: string, output: string): number => {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, [join(import.meta.dirname, 'floor.mjs'), input, output, join(dir, 'floor.xlsx')], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const wall = performance.now() - t0;
  const { load_ms: load } = JSON.parse(out.trim()) as { load_ms: number };
  return (wall - load) / 1000;
};

// Each side is timed twice and its better time kept, so one stall of this shared machine weighs on neither.
const best = (fn: () => number): number => Math.min(fn(), fn());
const importS = best(() => run(['import', 'register.xlsx', '-o', 'imported.xlsx', '--force']));
const importFloor = best(() => floor(register, join(dir, 'imported.xlsx')));
// A scored book: the imported workbook plus a filled "Chấm điểm", as a clerk would have it before ranking.
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(join(dir, 'imported.xlsx'));
const ws = wb.addWorksheet('Chấm điểm');
for (const row of book.scores.values) ws.addRow(row);
await wb.xlsx.writeFile(join(dir, 'scored.xlsx'));
const rankS = best(() => run(['rank', 'scored.xlsx', '-o', 'ranked.xlsx', '--force']));
const rankFloor = best(() => floor(join(dir, 'scored.xlsx'), join(dir, 'ranked.xlsx')));
process.stdout.write(JSON.stringify({ count, import_s: importS, import_floor_s: importFloor, rank_s: rankS, rank_floor_s: rankFloor }) + '\n');
rmSync(dir, { recursive: true, force: true });
