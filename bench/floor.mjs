// The floor of the CLI benchmark, run as a process of its own as the CLI is (so both pay node's
// start and loading exceljs): exceljs reads the input the command read, then writes the workbook
// the command wrote. Loading that workbook first is not the command's work, so its time is
// printed, for the caller to take away. Plain JavaScript: nothing of ours runs here.
// Usage: floor.mjs <input.xlsx> <output.xlsx> <scratch.xlsx>
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';

const [input, output, scratch] = process.argv.slice(2);
await new ExcelJS.Workbook().xlsx.readFile(input);
const out = new ExcelJS.Workbook();
const t0 = performance.now();
await out.xlsx.readFile(output);
const loadMs = performance.now() - t0;
await out.xlsx.writeFile(scratch);
process.stdout.write(JSON.stringify({ load_ms: loadMs }) + '\n');
