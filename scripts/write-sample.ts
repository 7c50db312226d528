// `npm run sample [-- FILE [COUNT [SEED]]]`: writes the workbench's sample workbook as an .xlsx — a
// generated provincial register (title block, sections, messy values, duplicates) and a council
// ("Hội đồng") — so anyone can try `sangkien import` or the add-in without a real register.
// Default: sample.xlsx, 1,000 initiatives, seed 2021 (the workbench's defaults).

import * as ExcelJSModule from 'exceljs';
import { rectAddress } from '../src/core/sheet/grid';
import { generateCouncil } from '../src/sample/council';
import { generateRegister } from '../src/sample/register';

// exceljs is CommonJS: under Node's ESM loader its exports sit under `default` only.
const ExcelJS: typeof ExcelJSModule =
  (ExcelJSModule as typeof ExcelJSModule & { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

const USAGE = 'Usage: npm run sample -- [FILE.xlsx] [COUNT] [SEED]   (default: sample.xlsx 1000 2021)';

function positiveInteger(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`"${text}" is not a positive whole number.\n${USAGE}`);
  return n;
}

async function main(args: readonly string[]): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const file = args[0] ?? 'sample.xlsx';
  const count = positiveInteger(args[1], 1000);
  const seed = positiveInteger(args[2], 2021);
  const register = generateRegister({ count, seed });
  const council = generateCouncil(9);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(register.sheet);
  register.rows.forEach((row, r) => row.forEach((v, c) => v !== null && (sheet.getCell(r + 1, c + 1).value = v)));
  for (const m of register.merges) sheet.mergeCells(rectAddress(m));
  const members = wb.addWorksheet('Hội đồng');
  council.rows.forEach((row) => members.addRow(row));
  await wb.xlsx.writeFile(file);
  console.log(`${file}: "${register.sheet}" (${count} initiatives, seed ${seed}) and "Hội đồng" (9 members).`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
