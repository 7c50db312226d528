// The floor of the union-files benchmark, as a process of its own as the CLI is: exceljs reads
// every union's file the command read, then writes the workbook the command wrote (loading that
// workbook first is not the command's work: its time is printed, for the caller to take away).
// Plain JavaScript: nothing of ours runs here. Usage: floor-files.mjs <output.xlsx> <scratch.xlsx> <input.xlsx>…
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';

const [output, scratch, ...inputs] = process.argv.slice(2);
for (const input of inputs) await new ExcelJS.Workbook().xlsx.readFile(input);
const out = new ExcelJS.Workbook();
const t0 = performance.now();
await out.xlsx.readFile(output);
const loadMs = performance.now() - t0;
await out.xlsx.writeFile(scratch);
process.stdout.write(JSON.stringify({ load_ms: loadMs }) + '\n');
