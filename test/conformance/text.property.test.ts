// Any register text, whatever it starts with, comes back from either host exactly as written:
// through a saved and reopened .xlsx file, and through the simulated Excel's typing rules.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openXlsx } from '../../src/workbook/xlsx';
import { officeSubject, xlsxSubject } from './subjects';

/** Characters a register cell may hold: Vietnamese letters, digits, punctuation, spaces, line breaks. */
const CHARS = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ',
  ...'0123456789',
  ...' .,;:/-+=@#%$()"\'\n\t',
];

/** Text that starts the way Excel would misread it: a sign, an equals sign, a zero, a date shape. */
const registerText = fc
  .tuple(
    fc.constantFrom('', '=', '+', '-', '@', "'", '0', '#', '12/', ' '),
    fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 24 }),
  )
  .map(([head, tail]) => (head + tail).normalize('NFC'));

const rowsOf = fc.array(fc.array(registerText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });

describe('register text through both hosts', () => {
  it('reads back exactly from a saved .xlsx file', async () => {
    await fc.assert(
      fc.asyncProperty(rowsOf, async (rows) => {
        const s = xlsxSubject();
        await s.port.apply([{ kind: 'writePlan', plan: { name: 'DS', role: 'meta', rows: rows } }]);
        const again = await openXlsx(await s.port.toBuffer());
        const [grid] = await again.readSheets([{ name: 'DS' }]);
        expect(grid?.values).toEqual(rows);
      }),
      { numRuns: 40 },
    );
  });

  it('reads back exactly from Excel, written as a plan and cell by cell', async () => {
    await fc.assert(
      fc.asyncProperty(rowsOf, async (rows) => {
        const s = await officeSubject();
        await s.port.apply([
          { kind: 'writePlan', plan: { name: 'DS', role: 'meta', rows: rows } },
          { kind: 'writePlan', plan: { name: 'Ô', role: 'config', rows: [] } },
          {
            kind: 'writeCells',
            sheet: 'Ô',
            cells: rows.flatMap((row, r) => row.map((value, c) => ({ row: r, col: c, value }))),
          },
        ]);
        const [plan, cells] = await s.port.readSheets([{ name: 'DS' }, { name: 'Ô' }]);
        expect(plan?.values).toEqual(rows);
        expect(cells?.values).toEqual(rows);
      }),
      { numRuns: 40 },
    );
  });
});
