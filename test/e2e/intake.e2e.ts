// Step "Nhập danh sách" as a clerk uses it: read the raw register, see what was understood and its
// problems, click a problem through to its cell, correct a column, write "Sáng kiến", go on.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { e2e } from './harness';
import { assertEqual, expectText, openWorkbench, pane } from './workbench-page';

async function noSeriousViolations(page: Page): Promise<void> {
  const found = await seriousViolations(new AxeBuilder({ page }).include('aside'));
  if (found.length > 0) throw new Error(`accessibility violations:\n${found.join('\n')}`);
}

e2e('the clerk reads the raw register, clicks a problem to its cell, corrects a column and writes Sáng kiến', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl);
  const p = pane(page);
  await p.getByText(/Chưa đọc danh sách/).waitFor();
  await screenshot('empty');
  await noSeriousViolations(page);

  // The sheet dropdown offers the register; reading writes nothing.
  const sheetPicker = p.getByRole('combobox', { name: 'Trang chứa danh sách' });
  await sheetPicker.getByRole('option', { name: 'Tong hop' }).waitFor({ state: 'attached' });
  await p.getByRole('button', { name: 'Đọc danh sách' }).click();
  const counts = p.getByRole('region', { name: 'Kết quả đọc trang "Tong hop"' });
  await counts.waitFor({ timeout: 60_000 });
  await expectText(counts, /Sáng kiến\s+1000\b/);
  await expectText(counts, /Trùng lặp\s+[1-9]\d*/);
  assertEqual(await sheetPicker.inputValue(), 'Tong hop', 'sheet chosen by intake');
  const sheetTabs = page.getByRole('tablist', { name: 'Trang tính' });
  assertEqual(await sheetTabs.getByRole('tab', { name: 'Sáng kiến' }).count(), 0, '"Sáng kiến" tabs before writing');

  // Problems come grouped with a count; a row selects its place in the source sheet.
  const group = p.getByRole('button', { name: /^Ghi chú: Trùng lặp \(\d+\)$/ });
  await group.click();
  assertEqual(await group.getAttribute('aria-expanded'), 'true', 'group opened');
  const firstProblem = p.getByRole('button', { name: /^Tong hop!\d+: Trùng với SK-\d+/ }).first();
  const row = /^Tong hop!(\d+)/.exec((await firstProblem.innerText()).trim())?.[1] ?? '';
  await firstProblem.click();
  await expectText(page.getByRole('status', { name: 'Ô đang chọn' }), new RegExp(`^[A-Z]*${row}(:[A-Z]*${row})?$`));
  await sheetTabs.getByRole('tab', { name: 'Tong hop', selected: true }).waitFor();
  await screenshot('problem-selected');

  // The mapping says how sure it is; a correction reads the register again at once.
  await p.getByRole('button', { name: /^Ghép cột \(9\/11\)$/ }).click();
  const summary = p.getByRole('combobox', { name: 'Tóm tắt' });
  await expectText(p, /Cột J, chắc chắn \(100 %\)/);
  await summary.selectOption({ label: 'Không có' });
  await p.getByRole('button', { name: /^Ghép cột \(8\/11\)$/ }).waitFor();
  await p.getByText('Cách ghép cột đã được sửa; sẽ được ghi nhớ khi ghi sheet "Sáng kiến".').waitFor();
  await summary.selectOption({ label: 'Cột J: Tóm tắt nội dung, hiệu quả' });
  await p.getByRole('button', { name: /^Ghép cột \(9\/11\)$/ }).waitFor();
  await expectText(p, /Cột J, do bạn chọn/);
  await screenshot('mapping-corrected');
  await noSeriousViolations(page);

  // Writing makes the sheet, says how many, remembers the correction and offers the next step.
  await p.getByRole('button', { name: 'Ghi sheet Sáng kiến' }).click();
  await p.getByText(/Đã ghi 1000 sáng kiến vào sheet "Sáng kiến"\. Cách ghép cột đã được ghi nhớ cho trang "Tong hop"\./).waitFor({ timeout: 60_000 });
  await sheetTabs.getByRole('tab', { name: 'Sáng kiến', selected: true }).waitFor();
  await page.getByRole('grid', { name: 'Trang tính Sáng kiến' }).getByRole('gridcell', { name: 'SK-0001', exact: true }).waitFor();
  await screenshot('written');
  await noSeriousViolations(page);
  await p.getByRole('button', { name: 'Sang bước Hội đồng' }).click();
  await expectText(p.getByRole('heading', { level: 2 }), 'Hội đồng');
});

e2e('reading again after an import keeps every id and says so', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { stage: 'imported', count: 200 });
  const p = pane(page);
  await p.getByText(/Sổ tính đã có sheet "Sáng kiến"/).waitFor();
  await p.getByRole('button', { name: 'Đọc danh sách' }).click();
  await p.getByText('So với sheet "Sáng kiến" hiện có: giữ mã 200, mới 0, không còn trong danh sách 0.').waitFor({ timeout: 60_000 });
  await screenshot('reimport');
});

e2e('the import step speaks English with lang=en', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { lang: 'en', count: 200 });
  const p = pane(page, 'en');
  await p.getByText(/The register has not been read yet/).waitFor();
  await p.getByRole('button', { name: 'Read register' }).click();
  const counts = p.getByRole('region', { name: 'What was read from "Tong hop"' });
  await counts.waitFor({ timeout: 60_000 });
  await expectText(counts, /Initiatives\s+200\b/);
  await p.getByRole('button', { name: /^Column mapping \(9\/11\)$/ }).waitFor();
  await p.getByRole('button', { name: 'Write the Sáng kiến sheet' }).waitFor();
  await screenshot('en');
  await noSeriousViolations(page);
});

e2e('a register with a two-row header and VNI-typed cells is read, its conversions shown before writing', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { count: 50 });
  // Pasted in while the pane is open, as a clerk brings in a union's file.
  await page.evaluate(() =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('DS hai dòng');
      sheet.getRange('A1:G7').values = [
        ['DANH SÁCH SÁNG KIẾN NĂM 2024', '', '', '', '', '', ''],
        ['', '', '', '', '', '', ''],
        ['STT', 'Tên sáng kiến', 'Tác giả', '', '', 'Lĩnh vực', 'Giá trị làm lợi (triệu đồng)'],
        ['', '', 'Họ và tên', 'Chức vụ', 'Đơn vị công tác', '', ''],
        [1, 'Cải tiến khuôn ép', 'Nguyễn Văn An', 'Tổ trưởng', 'Công ty Cơ khí Rạch Giá', 'SXKD', '85,5'],
        [2, 'Söû duïng maùy tính', 'Nguyeãn Vaên Hoøa', 'Giaùo vieân', 'Tröôøng THPT Caàn Thô', 'GD-ĐT', ''],
        [3, 'Phần mềm quản lý kho', '', 'Kế toán', 'Kho bạc Rạch Giá', 'CCHC', '1.390'],
      ];
      for (const area of ['A3:A4', 'B3:B4', 'C3:E3', 'F3:F4', 'G3:G4']) sheet.getRange(area).merge();
      await context.sync();
    }),
  );
  const p = pane(page);
  const picker = p.getByRole('combobox', { name: 'Trang chứa danh sách' });
  await picker.focus();
  await picker.getByRole('option', { name: 'DS hai dòng' }).waitFor({ state: 'attached' });
  await picker.selectOption('DS hai dòng');
  await p.getByRole('button', { name: 'Đọc danh sách' }).click();
  const counts = p.getByRole('region', { name: 'Kết quả đọc trang "DS hai dòng"' });
  await counts.waitFor({ timeout: 60_000 });
  await expectText(counts, /Dòng tiêu đề\s+3–4/);
  await expectText(counts, /Sáng kiến\s+3\b/);
  // B6, C6, E6 by their VNI-only marks; D6 ("Giaùo vieân") because, as written, it is no Vietnamese and VNI makes it so.
  await expectText(counts, /Ô chuyển bảng mã\s+4\b/);

  // Each conversion is listed with its cell, and clicking it shows the cell in the source sheet.
  await p.getByRole('button', { name: 'Chuyển bảng mã cũ sang Unicode (4)', expanded: true }).waitFor();
  await p.getByRole('button', { name: 'D6 (VNI): "Giaùo vieân" → "Giáo viên"' }).waitFor();
  await p.getByRole('button', { name: 'B6 (VNI): "Söû duïng maùy tính" → "Sử dụng máy tính"' }).click();
  await expectText(page.getByRole('status', { name: 'Ô đang chọn' }), 'B6');
  await page.getByRole('tablist', { name: 'Trang tính' }).getByRole('tab', { name: 'DS hai dòng', selected: true }).waitFor();

  await p.getByRole('button', { name: /Cảnh báo: Thiếu tác giả \(1\)$/ }).click();
  await p.getByRole('button', { name: /^DS hai dòng!C7: / }).click();
  await expectText(page.getByRole('status', { name: 'Ô đang chọn' }), 'C7');

  // The group header's words are part of the column's name in the mapping.
  await p.getByRole('button', { name: /^Ghép cột \(7\/11\)$/ }).click();
  const author = p.getByRole('combobox', { name: 'Tác giả', exact: true });
  assertEqual(await author.inputValue(), '2', 'author column index');
  await expectText(author.locator('option:checked'), 'Cột C: Tác giả – Họ và tên');
  await screenshot('two-row-header');
  await noSeriousViolations(page);
});

e2e('a large register is read and written with the keyboard alone, saying while it writes', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { count: 20_000 });
  const p = pane(page);
  await p.getByRole('combobox', { name: 'Trang chứa danh sách' }).focus();
  // Tab past the other sources (the workbook's other sheets, adding files) to the read button.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent ?? '')) === 'Đọc danh sách') break;
  }
  assertEqual(await page.evaluate(() => document.activeElement?.textContent ?? ''), 'Đọc danh sách', 'focused control');
  await page.keyboard.press('Enter');
  await expectText(p.getByRole('status'), /^Đọc được 20000 sáng kiến; \d+ vấn đề, trong đó \d+ lỗi\.$/, 120_000);
  // Focus stayed on the read button, so the next Tab reaches "Ghi sheet Sáng kiến".
  await page.keyboard.press('Tab');
  assertEqual(await page.evaluate(() => document.activeElement?.textContent ?? ''), 'Ghi sheet Sáng kiến', 'focused control');
  // Watch the pane while it writes: the button says at once that it is writing.
  await page.evaluate(() => {
    const seen = { writing: false };
    Object.assign(window, { intakeSeen: seen });
    const aside = document.querySelector('aside');
    if (!aside) return;
    new MutationObserver(() => {
      if ((aside.textContent ?? '').includes('Đang ghi…')) seen.writing = true;
    }).observe(aside, { subtree: true, childList: true, characterData: true });
  });
  const started = Date.now();
  await page.keyboard.press('Enter');
  await p.getByText(/Đã ghi 20000 sáng kiến vào sheet "Sáng kiến"\./).waitFor({ timeout: 180_000 });
  const elapsed = Date.now() - started;
  const seen = await page.evaluate(() => (window as unknown as { intakeSeen: { writing: boolean } }).intakeSeen);
  if (!seen.writing) throw new Error(`the write button never said it was writing (write took ${elapsed} ms)`);
  // The bar itself is not asserted: the simulated Excel syncs without yielding to the browser, so a
  // timer-delayed bar cannot paint mid-write here (in Excel each sync is a real round trip).
  await screenshot('written');
}, { timeoutMs: 300_000 });

e2e('the read register with its mapping open fits a 320 px pane without scrolling sideways', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { pane: 320, count: 200 });
  const p = pane(page);
  await p.getByRole('button', { name: 'Đọc danh sách' }).click();
  await p.getByRole('region', { name: 'Kết quả đọc trang "Tong hop"' }).waitFor({ timeout: 60_000 });
  await p.getByRole('button', { name: /^Ghép cột/ }).click();
  await p.getByRole('button', { name: /Ghi chú: Trùng lặp/ }).click();
  await p.getByRole('combobox', { name: 'Tóm tắt' }).waitFor();
  const overflow = await p.evaluate((el) => el.scrollWidth - el.clientWidth);
  if (overflow > 0) throw new Error(`the pane scrolls sideways by ${overflow}px`);
  await screenshot('320');
});
