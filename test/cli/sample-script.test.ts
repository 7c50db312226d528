// `npm run sample` as a user runs it: a workbook with the generated register and council, which
// `sangkien import` reads back to the initiatives it was generated with.

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../src/app/import';
import { generateRegister } from '../../src/sample/register';
import { openXlsx } from '../../src/workbook/xlsx';

const ROOT = join(import.meta.dirname, '..', '..');

describe('npm run sample', () => {
  it('writes the generated register and council as an .xlsx that imports to the same initiatives', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sangkien-sample-')), 'mau.xlsx');
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'write-sample.ts'), file, '40', '5'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const book = await openXlsx(file);
    const names = (await book.listSheets()).map((s) => s.name);
    const register = generateRegister({ count: 40, seed: 5 });
    expect(names).toEqual([register.sheet, 'Hội đồng']);
    const preview = await previewImport(book);
    expect(preview.result.initiatives.map((i) => i.title)).toEqual(register.truth.map((t) => t.title));
  });

  it('refuses a count that is not a whole number, with the usage', () => {
    expect(() =>
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'write-sample.ts'), 'x.xlsx', 'many'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    ).toThrow(/Usage: npm run sample/);
  });
});
