// A clerk's own sheet named "Sáng kiến" or "Chấm điểm" in the pane (SPEC §7, nothing lost): the
// register on a sheet named "Sáng kiến" is read and never written (ours goes beside it), and notes
// on either name are kept under a free name when import or assignment writes its sheet, said in words.
import type { Page } from 'playwright-core';
import { e2e } from './harness';
import { sheetTexts } from './journey-page';
import { assertEqual, expectText, openWorkbench, pane, stepTabs } from './workbench-page';

/** Adds a sheet holding a clerk's notes. */
async function addNotes(page: Page, name: string): Promise<void> {
  await page.evaluate(
    (sheetName) =>
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.add(sheetName);
        ws.getRange('A1:A2').values = [['Ghi chú của thư ký'], ['Gọi anh Nam trước thứ Năm']];
        await context.sync();
      }),
    name,
  );
}

const NOTES = [['Ghi chú của thư ký'], ['Gọi anh Nam trước thứ Năm']];

e2e(
  'a register on a sheet named "Sáng kiến" is read and the normalised register written beside it, the source untouched',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { count: 200 });
    await page.evaluate(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Tong hop').name = 'Sáng kiến';
        await context.sync();
      }),
    );
    const before = await sheetTexts(page, 'Sáng kiến');
    const p = pane(page);
    await p.getByText(/Chưa đọc danh sách/).waitFor();
    await p.getByRole('button', { name: 'Đọc danh sách' }).click();
    const counts = p.getByRole('region', { name: 'Kết quả đọc trang "Sáng kiến"' });
    await counts.waitFor({ timeout: 60_000 });
    await expectText(counts, /Sáng kiến\s+200\b/);
    await p.getByRole('button', { name: 'Ghi sheet Sáng kiến' }).click();
    await p.getByText(/^Đã ghi \d+ sáng kiến vào sheet "Sáng kiến \(chuẩn hóa\)"\./).waitFor({ timeout: 60_000 });
    await p
      .getByText(
        'Sheet "Sáng kiến" là danh sách gốc nên không bị ghi; danh sách đã chuẩn hóa được ghi vào sheet "Sáng kiến (chuẩn hóa)".',
      )
      .waitFor();
    const sheetTabs = page.getByRole('tablist', { name: 'Trang tính' });
    await sheetTabs.getByRole('tab', { name: 'Sáng kiến (chuẩn hóa)', selected: true }).waitFor();
    await screenshot('written-beside');
    assertEqual(
      JSON.stringify(await sheetTexts(page, 'Sáng kiến')),
      JSON.stringify(before),
      'the source sheet unchanged',
    );

    // Assignment works from the normalised register.
    await stepTabs(page).nth(2).click();
    await p.getByRole('button', { name: 'Phân công' }).click();
    await p
      .getByText(/^Đã phân công \d+ cặp \(3 người chấm mỗi sáng kiến\) vào sheet "Chấm điểm"\.$/)
      .waitFor({ timeout: 60_000 });
    assertEqual(
      JSON.stringify(await sheetTexts(page, 'Sáng kiến')),
      JSON.stringify(before),
      'the source sheet still unchanged',
    );
  },
);

e2e(
  'notes on sheets named "Sáng kiến" and "Chấm điểm" are kept under new names when import and assignment write theirs',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { count: 200 });
    await addNotes(page, 'Sáng kiến');
    await addNotes(page, 'Chấm điểm');
    const p = pane(page);
    await p.getByText(/Chưa đọc danh sách/).waitFor();
    await p.getByRole('button', { name: 'Đọc danh sách' }).click();
    await p.getByRole('region', { name: 'Kết quả đọc trang "Tong hop"' }).waitFor({ timeout: 60_000 });
    await p.getByRole('button', { name: 'Ghi sheet Sáng kiến' }).click();
    await p.getByText(/^Đã ghi \d+ sáng kiến vào sheet "Sáng kiến"\./).waitFor({ timeout: 60_000 });
    await p
      .getByText('Sheet "Sáng kiến" không do tiện ích tạo nên được giữ lại với tên "Sáng kiến (bản của bạn)".')
      .waitFor();
    await screenshot('register-notes-kept');
    assertEqual(
      JSON.stringify(await sheetTexts(page, 'Sáng kiến (bản của bạn)')),
      JSON.stringify(NOTES),
      'the notes kept',
    );

    await p.getByRole('button', { name: 'Sang bước Hội đồng' }).click();
    await stepTabs(page).nth(2).click();
    await p.getByRole('button', { name: 'Phân công' }).click();
    await p
      .getByText(/^Đã phân công \d+ cặp \(3 người chấm mỗi sáng kiến\) vào sheet "Chấm điểm"\.$/)
      .waitFor({ timeout: 60_000 });
    await p
      .getByText(/Sheet "Chấm điểm" không do tiện ích tạo nên được giữ lại với tên "Chấm điểm \(bản của bạn\)"\./)
      .waitFor();
    await screenshot('score-notes-kept');
    assertEqual(
      JSON.stringify(await sheetTexts(page, 'Chấm điểm (bản của bạn)')),
      JSON.stringify(NOTES),
      'the score-sheet notes kept',
    );
    assertEqual(
      JSON.stringify((await sheetTexts(page, 'Chấm điểm'))[0]?.slice(0, 2)),
      JSON.stringify(['Mã SK', 'Mã TV']),
      'a fresh Chấm điểm',
    );
  },
);
