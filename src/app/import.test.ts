// Re-importing keeps ids by content, adds new initiatives, and marks (never drops) the vanished ones.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeRawWorkbook } from '../../test/support/workbook-files';
import { openXlsx, type XlsxWorkbook } from '../workbook/xlsx';
import { message } from '../core/messages';
import { loadBook } from './book';
import { commitImport, previewImport } from './import';

const HEADER = ['STT', 'Tên sáng kiến', 'Họ và tên tác giả', 'Đơn vị công tác', 'Công đoàn cấp trên', 'Lĩnh vực'];
const ROWS = [
  [1, 'Máy gặt cải tiến', 'Nguyễn Văn An', 'HTX Minh Hòa', 'LĐLĐ huyện Tân Hiệp', 'Nông nghiệp'],
  [2, 'Số hóa hồ sơ', 'Trần Thị Bình', 'Kho bạc Rạch Giá', 'LĐLĐ thành phố Rạch Giá', 'CCHC'],
  [3, 'Lò đốt rác', 'Lê Văn Cường', 'Công ty Môi trường', 'LĐLĐ thành phố Rạch Giá', 'Môi trường'],
];

async function importRows(book: XlsxWorkbook, rows: (string | number)[][]): Promise<void> {
  // The office's register, retyped: the clerk replaces the source sheet's content and imports again.
  await book.apply([{ kind: 'writeCells', sheet: 'DS', cells: Array.from({ length: 5 }, (_, r) => HEADER.map((_, c) => ({ row: r, col: c, value: null }))).flat() }]);
  await book.apply([{ kind: 'writeCells', sheet: 'DS', cells: [HEADER, ...rows].flatMap((row, r) => row.map((value, c) => ({ row: r, col: c, value }))) }]);
  await commitImport(book, await previewImport(book, { sheet: 'DS' }));
}

describe('importing the register again', () => {
  it('keeps ids by content, marks the initiative that left, and leaves it out of the council work', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sangkien-reimport-')), 'book.xlsx');
    await writeRawWorkbook(path, [{ name: 'DS', rows: [HEADER, ...ROWS] }]);
    const book = await openXlsx(path);
    await commitImport(book, await previewImport(book, { sheet: 'DS' }));
    const first = (await loadBook(book)).register!.initiatives.map((i) => [i.id, i.title]);
    expect(first).toEqual([['SK-0001', 'Máy gặt cải tiến'], ['SK-0002', 'Số hóa hồ sơ'], ['SK-0003', 'Lò đốt rác']]);

    // "Số hóa hồ sơ" leaves; a new initiative arrives; the order changes.
    await importRows(book, [ROWS[2]!, [4, 'Đèn tiết kiệm điện', 'Phạm Thị Dung', 'Điện lực', 'LĐLĐ huyện Tân Hiệp', 'SXKD'], ROWS[0]!]);
    const [sheet] = await book.readSheets([{ role: 'register' }]);
    const rows = sheet!.values.slice(1).map((r) => [r[0], r[1], r[12]]);
    expect(rows).toContainEqual(['SK-0002', 'Số hóa hồ sơ', message('vi', 'intake.vanished')]);
    const after = (await loadBook(book)).register!.initiatives.map((i) => [i.id, i.title]);
    expect(after).toEqual(expect.arrayContaining([['SK-0001', 'Máy gặt cải tiến'], ['SK-0003', 'Lò đốt rác'], ['SK-0004', 'Đèn tiết kiệm điện']]));
    expect(after.map((a) => a[0])).not.toContain('SK-0002');

    // It comes back: its old id, no longer marked.
    await importRows(book, ROWS);
    const back = (await loadBook(book)).register!.initiatives.find((i) => i.title === 'Số hóa hồ sơ');
    expect(back?.id).toBe('SK-0002');
    expect(back?.checks).not.toContain('intake.vanished');
  });
});
