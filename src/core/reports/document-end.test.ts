import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../council/rules';
import { documentPage, writeSignatures } from './document-end';
import { DocSheet } from './document-sheet';
import type { DocumentSpec } from './document-spec';
import type { TableFit } from './layout';

const spec: DocumentSpec = {
  name: 'Biên bản',
  role: 'minutes',
  names: DEFAULT_RULES.documents,
  date: { year: 2021, month: 5, day: 5 },
  title: 'Biên bản',
  grid: ['text', 'text'],
  blocks: [],
  recipients: ['- UBND tỉnh;', '- Lưu: VT.'],
  signature: { lines: ['TM. HỘI ĐỒNG', 'CHỦ TỊCH'], name: 'Trần Văn Chủ' },
};

describe('the end of a document', () => {
  it('signs on the right with four rows to sign in, and lists the recipients on the left', () => {
    const sheet = new DocSheet([20, 20], 2);
    const { lastRow, problems } = writeSignatures(sheet, spec, 1, 10);
    expect(sheet.rows[10]).toEqual(['Nơi nhận:', 'TM. HỘI ĐỒNG']);
    expect(sheet.rows[11]).toEqual(['- UBND tỉnh;', 'CHỦ TỊCH']);
    expect(sheet.rows[16]).toEqual([null, 'Trần Văn Chủ']);
    expect(lastRow).toBe(17);
    expect(problems).toEqual([]);
  });

  it('puts a second signer on the left, names on one line, and warns of a signer without a name', () => {
    const sheet = new DocSheet([20, 20], 2);
    const { problems } = writeSignatures(sheet, { ...spec, leftSignature: { lines: ['THƯ KÝ'], name: ' ' } }, 1, 0);
    expect(sheet.rows[0]).toEqual(['THƯ KÝ', 'TM. HỘI ĐỒNG']);
    expect(problems).toEqual([
      {
        code: 'reports.signer.missing',
        severity: 'warning',
        sheet: 'Biên bản',
        row: 7,
        column: null,
        params: { role: 'THƯ KÝ' },
      },
    ]);
  });

  it('prints on A4 with the decree’s margins, one page across unless the table is too wide', () => {
    const fit: TableFit = { widths: [20, 20], orientation: 'landscape', scale: 100, tooWide: false };
    const page = documentPage(fit, { first: 8, last: 8 }, 30, 2);
    expect(page).toMatchObject({
      paperSize: 'A4',
      orientation: 'landscape',
      fitToPagesWide: 1,
      scale: 100,
      printTitleRows: { first: 8, last: 8 },
    });
    expect(page.printArea).toEqual({ row: 0, col: 0, rowCount: 30, colCount: 2 });
    expect(documentPage({ ...fit, scale: 70, tooWide: true }, undefined, 30, 2).fitToPagesWide).toBeUndefined();
  });
});
