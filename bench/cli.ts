// The CLI end to end on .xlsx beside the bare cost of exceljs reading and writing the same
// workbook (the floor no .xlsx tool can beat). Prints one JSON line.

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
const floor = async (path: string): Promise<number> => {
  const t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  await wb.xlsx.writeFile(join(dir, 'floor.xlsx'));
  return (performance.now() - t0) / 1000;
};

const importS = run(['import', 'register.xlsx', '-o', 'imported.xlsx']);
const importFloor = await floor(register);
// A scored book: the imported workbook plus a filled "Chấm điểm", as a clerk would have it before ranking.
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(join(dir, 'imported.xlsx'));
const ws = wb.addWorksheet('Chấm điểm');
for (const row of book.scores.values) ws.addRow(row);
await wb.xlsx.writeFile(join(dir, 'scored.xlsx'));
const rankS = run(['rank', 'scored.xlsx', '-o', 'ranked.xlsx']);
const rankFloor = await floor(join(dir, 'scored.xlsx'));
process.stdout.write(JSON.stringify({ count, import_s: importS, import_floor_s: importFloor, rank_s: rankS, rank_floor_s: rankFloor }) + '\n');
