// Step "Hội đồng" as the clerk uses it: create the council and rules sheets on a fresh workbook,
// add a member with a conflict union by keyboard and save it to "Hội đồng", change a rule and see
// it in "Cấu hình", and click a problem of the sheet through to its cell.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { e2e, eventually } from './harness';
import { sheetTexts } from './journey-page';
import { assertEqual, expectText, openWorkbench, pane, stepTabs } from './workbench-page';

async function noSeriousViolations(page: Page): Promise<void> {
  const found = await seriousViolations(new AxeBuilder({ page }).include('aside'));
  if (found.length > 0) throw new Error(`accessibility violations:\n${found.join('\n')}`);
}

e2e(
  'the clerk creates the council sheets, adds a member with a conflict union by keyboard and saves it to Hội đồng',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'imported', count: 200 });
    // A workbook that has only the register: no council, no rules yet.
    await page.evaluate(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Hội đồng').delete();
        context.workbook.worksheets.getItem('Cấu hình').delete();
        await context.sync();
      }),
    );
    await stepTabs(page).nth(1).click();
    const p = pane(page);
    await p.getByText(/Sổ làm việc chưa có sheet "Hội đồng", "Cấu hình"/).waitFor({ timeout: 30_000 });
    await screenshot('missing');
    await noSeriousViolations(page);

    await p.getByRole('button', { name: 'Tạo sheet Hội đồng và Cấu hình' }).click();
    await p
      .getByText('Đã tạo: sheet "Hội đồng" (bảng thành viên trống); sheet "Cấu hình" (mọi quy tắc ở giá trị mặc định).')
      .waitFor({ timeout: 30_000 });
    const sheetTabs = page.getByRole('tablist', { name: 'Trang tính' });
    await sheetTabs.getByRole('tab', { name: 'Hội đồng' }).waitFor();
    await sheetTabs.getByRole('tab', { name: 'Cấu hình' }).waitFor();
    await p.getByText('Chưa có thành viên nào. Bấm "Thêm thành viên" để bắt đầu.').waitFor();

    // Keyboard only: focus "Thêm thành viên", press Enter, type into the labelled fields.
    await p.getByRole('button', { name: 'Thêm thành viên' }).focus();
    await page.keyboard.press('Enter');
    const member = p.getByRole('group', { name: 'Thành viên 1' });
    await member.waitFor();
    assertEqual(
      await member.getByRole('textbox', { name: 'Mã TV', exact: true }).inputValue(),
      'TV01',
      'new member id',
    );
    await member.getByRole('textbox', { name: 'Họ và tên', exact: true }).focus();
    await page.keyboard.type('Lê Văn Mới');
    await member.getByRole('textbox', { name: 'Chức vụ', exact: true }).fill('Phó Chủ tịch');
    await member.getByRole('textbox', { name: 'Đơn vị', exact: true }).fill('LĐLĐ tỉnh');
    // The role dropdown by keyboard: open, move down to "Thư ký", choose.
    const role = member.getByRole('combobox', { name: 'Vai trò' });
    await role.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Thư ký' }).waitFor();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expectText(role, 'Thư ký');
    // One conflict union from the register (a multi-select lists them as checkable menu items).
    const unions = member.getByRole('combobox', { name: /Không chấm đơn vị/ });
    await unions.click();
    const option = page.getByRole('menuitemcheckbox').first();
    const union = (await option.innerText()).trim();
    await option.click();
    await page.keyboard.press('Escape');
    await eventually(async () => assertEqual(await unions.inputValue(), union, 'chosen union shown'));
    await screenshot('member-typed');

    await p.getByRole('button', { name: 'Lưu thành viên' }).click();
    await p.getByText('Đã lưu 1 thành viên vào sheet "Hội đồng".').waitFor({ timeout: 30_000 });
    await eventually(async () => {
      const rows = await sheetTexts(page, 'Hội đồng');
      assertEqual(
        rows[1]?.slice(0, 6),
        ['TV01', 'Lê Văn Mới', 'Phó Chủ tịch', 'LĐLĐ tỉnh', 'Thư ký', union],
        'row 2 of Hội đồng',
      );
    });
    await sheetTabs.getByRole('tab', { name: 'Hội đồng' }).click();
    await page
      .getByRole('grid', { name: 'Trang tính Hội đồng' })
      .getByRole('gridcell', { name: 'Lê Văn Mới' })
      .waitFor();
    await expectText(
      p.getByRole('heading', { name: /Vấn đề trong sheet/ }),
      'Vấn đề trong sheet Hội đồng và Cấu hình (0)',
    );
    await screenshot('member-saved');
    await noSeriousViolations(page);
  },
);

e2e(
  'the clerk changes the pass mark, is stopped by a bad value, and sees the rule in Cấu hình',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'imported', count: 200 });
    await stepTabs(page).nth(1).click();
    const p = pane(page);
    await p.getByRole('heading', { name: 'Quy tắc chấm và xét giải' }).waitFor({ timeout: 30_000 });
    await p.getByRole('button', { name: 'Chấm điểm và phân công' }).click();
    const passMark = p.getByLabel('Điểm chính thức từ mức này trở lên là "Đạt".');
    assertEqual(await passMark.inputValue(), '50', 'default pass mark');
    await passMark.fill('55');

    // A value the sheet's reader refuses shows on its field and blocks saving.
    const reviewers = p.getByLabel('Số thành viên chấm mỗi sáng kiến khi phân công.');
    await reviewers.fill('ba');
    await p.getByText(/Còn 1 lỗi cần sửa trước khi lưu/).waitFor();
    const save = p.getByRole('button', { name: 'Lưu quy tắc' });
    assertEqual(await save.isDisabled(), true, 'save disabled with an error');
    await screenshot('rule-error');
    await reviewers.fill('4');

    await save.click();
    await p.getByText('Đã lưu quy tắc vào sheet "Cấu hình".').waitFor({ timeout: 30_000 });
    await eventually(async () => {
      const rows = await sheetTexts(page, 'Cấu hình');
      assertEqual(rows.find((r) => r[0] === 'diem_dat')?.[1], '55', 'diem_dat in Cấu hình');
      assertEqual(rows.find((r) => r[0] === 'so_nguoi_cham')?.[1], '4', 'so_nguoi_cham in Cấu hình');
    });
    // Read again from the sheet: the form shows what the sheet now holds.
    await p.getByRole('button', { name: 'Đọc lại từ sheet' }).click();
    await eventually(async () =>
      assertEqual(
        await p.getByLabel('Điểm chính thức từ mức này trở lên là "Đạt".').inputValue(),
        '55',
        'pass mark after reading again',
      ),
    );
    await screenshot('rule-saved');
    await noSeriousViolations(page);
  },
);

e2e(
  'a problem typed by hand into Hội đồng is listed and clicks through to its cell',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'imported', count: 200 });
    const rows = await sheetTexts(page, 'Hội đồng');
    const row = rows.length + 1;
    await page.evaluate(
      (r) =>
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Hội đồng').getRange(`A${r}:E${r}`).values = [
            ['TV98', 'Người Tay', '', '', 'Trưởng ban'],
          ];
          await context.sync();
        }),
      row,
    );
    await stepTabs(page).nth(1).click();
    const p = pane(page);
    const problem = p.getByRole('button', { name: new RegExp(`^Hội đồng!E${row}: `) });
    await problem.waitFor({ timeout: 30_000 });
    await problem.click();
    await expectText(page.getByRole('status', { name: 'Ô đang chọn' }), `E${row}`);
    await screenshot('problem-selected');
  },
);

e2e(
  'the council step speaks English with lang=en and fits the narrowest pane',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'imported', count: 200, lang: 'en', pane: 320 });
    await stepTabs(page, 'en').nth(1).click();
    const p = pane(page, 'en');
    await p.getByRole('heading', { name: /^Council members \(\d+\)$/ }).waitFor({ timeout: 30_000 });
    await p.getByRole('heading', { name: 'Scoring and prize rules' }).waitFor();
    await p.getByRole('button', { name: 'Save members' }).waitFor();
    await p.getByRole('button', { name: /^TV01 — / }).click();
    const member = p.getByRole('group', { name: 'Member 1' });
    // Nothing in the member's form reaches past the pane's right edge.
    const paneBox = await p.boundingBox();
    for (const box of await member
      .getByRole('textbox')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) {
      if (paneBox && box > paneBox.x + paneBox.width + 1)
        throw new Error(`a field ends at ${box}, past the pane at ${paneBox.x + paneBox.width}`);
    }
    await screenshot('english');
    await noSeriousViolations(page);
  },
);
