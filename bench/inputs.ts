// Writes one size's inputs as the grids a host hands the core (register, council, a filled
// "Chấm điểm"), one JSON file each, in their own process: the core benchmark then reads them as a
// host's grids arrive (flat strings, as from Excel or exceljs), and its peak memory holds none of
// the generator's own work. Usage: inputs.ts <count> <dir>.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fullBook } from './fixtures';

const count = Number(process.argv[2] ?? 1000);
const dir = process.argv[3] ?? join(import.meta.dirname, 'out', 'inputs', String(count));
mkdirSync(dir, { recursive: true });
const book = fullBook(count);
for (const [name, grid] of Object.entries(book)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(grid));
process.stdout.write(JSON.stringify({ count, dir }) + '\n');
