// The CLI end to end on .xlsx beside the bare cost of exceljs reading and writing the same
// workbooks: reading the input the command reads, and writing the output it writes (the floor no
// exceljs-based tool can beat, since the output holds every generated sheet). Prints one JSON line.

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
/** exceljs reading `input`, plus exceljs writing the workbook in `output` (loaded beforehand, untimed). */
const floor = async (input: string, output: string): Promise<number> => {
  const t0 = performance.now();
  await new ExcelJS.Workbook().xlsx.readFile(input);
  const read = performance.now() - t0;
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(output);
  const t1 = performance.now();
  await out.xlsx.writeFile(join(dir, 'floor.xlsx'));
  return (read + performance.now() - t1) / 1000;
};

const importS = run(['import', 'register.xlsx', '-o', 'imported.xlsx']);
const importFloor = await floor(register, join(dir, 'imported.xlsx'));
// A scored book: the imported workbook plus a filled "Chấm điểm", as a clerk would have it before ranking.
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(join(dir, 'imported.xlsx'));
const ws = wb.addWorksheet('Chấm điểm');
for (const row of book.scores.values) ws.addRow(row);
await wb.xlsx.writeFile(join(dir, 'scored.xlsx'));
const rankS = run(['rank', 'scored.xlsx', '-o', 'ranked.xlsx']);
const rankFloor = await floor(join(dir, 'scored.xlsx'), join(dir, 'ranked.xlsx'));
process.stdout.write(JSON.stringify({ count, import_s: importS, import_floor_s: importFloor, rank_s: rankS, rank_floor_s: rankFloor }) + '\n');
