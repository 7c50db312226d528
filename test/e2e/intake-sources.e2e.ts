// Step "Nhập danh sách" with a register sent as one file per union: the clerk adds three .xlsx files
// from disk, sees one line per source (what was read, its layout, its encoding, its problems), drops
// one, writes "Sáng kiến", and "Dòng gốc" names each row's file, sheet and row.
import { AxeBuilder } from '@axe-core/playwright';
import { generateUnionFiles } from '../../src/sample/union-files';
import { writeRawWorkbook } from '../support/workbook-files';
import { seriousViolations } from './axe';
import { e2e } from './harness';
import { assertEqual, expectText, openWorkbench, pane } from './workbench-page';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Three unions' files in three layouts, one typed in TCVN3, each as the picker hands it over. */
async function unionFiles(): Promise<{ name: string; mimeType: string; buffer: Buffer; rows: number }[]> {
  const { files } = generateUnionFiles({ count: 24, files: 4, seed: 5 });
  const dir = mkdtempSync(join(tmpdir(), 'sangkien-e2e-unions-'));
  const out = [];
  for (const f of files.slice(0, 3)) {
    const path = join(dir, f.name);
    await writeRawWorkbook(path, [{ name: f.sheet, rows: f.rows, merges: f.merges, font: f.font }]);
    out.push({ name: f.name, mimeType: XLSX, buffer: readFileSync(path), rows: f.truth.length });
  }
  return out;
}

e2e(
  'the clerk adds three union files, sees one line per source, drops one and writes Sáng kiến with their files named',
  async ({ page, baseUrl, screenshot }) => {
    const files = await unionFiles();
    await openWorkbench(page, baseUrl, { count: 200 });
    const p = pane(page);
    await p.getByText(/Chưa đọc danh sách/).waitFor();
    await p
      .getByLabel('Thêm tệp danh sách (.xlsx) từ máy tính')
      .setInputFiles(files.map(({ name, mimeType, buffer }) => ({ name, mimeType, buffer })));

    // One line per file: what was read, the header row, the money unit, the encoding, the problems.
    const lines = p.getByRole('list', { name: 'Các nguồn đã đọc' });
    await lines.waitFor({ timeout: 60_000 });
    const counts = p.getByRole('region', { name: 'Kết quả đọc 3 nguồn' });
    await expectText(counts, /Sáng kiến\s+18\b/);
    assertEqual(await lines.getByRole('listitem').count(), 3, 'one line per source');
    for (const f of files)
      await expectText(
        lines.getByRole('listitem').filter({ hasText: f.name }),
        new RegExp(`${f.rows} sáng kiến · tiêu đề dòng \\d`),
      );
    await expectText(lines.getByRole('listitem').filter({ hasText: files[1]!.name }), /triệu đồng · TCVN3/);
    await screenshot('three-sources');
    const found = await seriousViolations(new AxeBuilder({ page }).include('aside'));
    if (found.length > 0) throw new Error(`accessibility violations:\n${found.join('\n')}`);

    // A source's columns can be corrected on its own line.
    await p.getByRole('button', { name: `Sửa ghép cột của [${files[0]!.name}]Sheet1` }).click();
    await p
      .getByRole('region', { name: `Ghép cột của [${files[0]!.name}]Sheet1` })
      .getByRole('combobox', { name: 'Tên sáng kiến' })
      .waitFor();
    await p.getByRole('button', { name: 'Đóng phần ghép cột' }).click();

    // Dropping the third file reads the other two again.
    await p
      .getByRole('button', { name: new RegExp(`^Bỏ nguồn \\[${files[2]!.name.replace(/[.]/g, '\\.')}\\]`) })
      .click();
    await p.getByRole('region', { name: 'Kết quả đọc 2 nguồn' }).waitFor({ timeout: 60_000 });
    assertEqual(await lines.getByRole('listitem').count(), 2, 'lines after dropping one');
    const expected = files[0]!.rows + files[1]!.rows;

    // Writing: "Dòng gốc" names file, sheet and row; the workbook's own register sheet is untouched.
    await p.getByRole('button', { name: 'Ghi sheet Sáng kiến' }).click();
    await p.getByText(new RegExp(`Đã ghi ${expected} sáng kiến vào sheet "Sáng kiến"`)).waitFor({ timeout: 60_000 });
    await page
      .getByRole('grid', { name: 'Trang tính Sáng kiến' })
      .getByRole('gridcell', { name: 'SK-0001', exact: true })
      .waitFor();
    const written = await page.evaluate(() =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sáng kiến').getUsedRange();
        range.load('values');
        await context.sync();
        return range.values as (string | number | boolean)[][];
      }),
    );
    const col = written[0]!.indexOf('Dòng gốc');
    const origins = written.slice(1).map((r) => String(r[col]));
    assertEqual(origins.length, expected, 'rows written');
    const named = (f: (typeof files)[number], sheet: string): number =>
      origins.filter((o) => new RegExp(`^\\[${f.name.replace(/[.]/g, '\\.')}\\]${sheet}!\\d+$`).test(o)).length;
    assertEqual(named(files[0]!, 'Sheet1'), files[0]!.rows, `rows naming ${files[0]!.name}`);
    assertEqual(named(files[1]!, 'Danh sách'), files[1]!.rows, `rows naming ${files[1]!.name}`);
    await screenshot('written');
  },
);

e2e(
  'a file the pane cannot read is named with what to do, and the others are still read',
  async ({ page, baseUrl, screenshot }) => {
    const [good] = await unionFiles();
    await openWorkbench(page, baseUrl, { count: 200 });
    const p = pane(page);
    await p.getByLabel('Thêm tệp danh sách (.xlsx) từ máy tính').setInputFiles([
      { name: good!.name, mimeType: XLSX, buffer: good!.buffer },
      {
        name: 'bao-cao-cu.xls',
        mimeType: 'application/vnd.ms-excel',
        buffer: Buffer.from([
          0xd0,
          0xcf,
          0x11,
          0xe0,
          0xa1,
          0xb1,
          0x1a,
          0xe1,
          ...Buffer.from('W\0o\0r\0k\0b\0o\0o\0k\0'),
        ]),
      },
      { name: 'trong.xlsx', mimeType: XLSX, buffer: Buffer.alloc(0) },
    ]);
    const lines = p.getByRole('list', { name: 'Các nguồn đã đọc' });
    await lines.waitFor({ timeout: 60_000 });
    await expectText(
      lines.getByRole('listitem').filter({ hasText: 'bao-cao-cu.xls' }),
      /mở bằng Excel và lưu thành \.xlsx/,
    );
    await expectText(lines.getByRole('listitem').filter({ hasText: 'trong.xlsx' }), /trống \(0 byte\)/);
    await expectText(
      lines.getByRole('listitem').filter({ hasText: good!.name }),
      new RegExp(`${good!.rows} sáng kiến`),
    );
    await screenshot('bad-files');
  },
);

e2e(
  'the clerk ticks the workbook register sheet and drops a union file onto the pane: both are read as one',
  async ({ page, baseUrl, screenshot }) => {
    const [file] = await unionFiles();
    await openWorkbench(page, baseUrl, { count: 200 });
    const p = pane(page);
    await p
      .getByRole('group', { name: 'Đọc cùng các trang khác của sổ này' })
      .getByRole('checkbox', { name: 'Tong hop' })
      .check();
    // Drag and drop: a DataTransfer holding the file, dropped on the zone under the "add files" button.
    const transfer = await page.evaluateHandle(
      ({ name, bytes }) => {
        const dt = new DataTransfer();
        dt.items.add(
          new File([new Uint8Array(bytes)], name, {
            type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          }),
        );
        return dt;
      },
      { name: file!.name, bytes: [...file!.buffer] },
    );
    await p.getByText('Hoặc kéo thả các tệp .xlsx vào đây').dispatchEvent('drop', { dataTransfer: transfer });
    const lines = p.getByRole('list', { name: 'Các nguồn đã đọc' });
    await p.getByRole('region', { name: 'Kết quả đọc 2 nguồn' }).waitFor({ timeout: 60_000 });
    await expectText(
      lines.getByRole('listitem').filter({ hasText: /^Tong hop:/ }),
      /200 sáng kiến · tiêu đề dòng 7 · tiền: đồng · Unicode/,
    );
    await expectText(
      lines.getByRole('listitem').filter({ hasText: file!.name }),
      new RegExp(`${file!.rows} sáng kiến`),
    );
    await expectText(
      p.getByRole('region', { name: 'Kết quả đọc 2 nguồn' }),
      new RegExp(`Sáng kiến\\s+${200 + file!.rows}\\b`),
    );
    await screenshot('sheet-and-dropped-file');
  },
);
