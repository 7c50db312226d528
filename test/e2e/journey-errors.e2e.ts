// What a clerk meets when the workbook is not as the add-in left it: a protected score sheet, a
// generated sheet renamed, the register deleted, an old Excel, a workbook with no register, a score
// sheet whose header was deleted. Each must end in words that say what to do, never a crash (the
// harness fails a test on any uncaught error or console.error).
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { e2e, eventually } from './harness';
import { expectAccessible, sheetNames, sheetValues } from './journey-page';
import { assertEqual, expectText, openWorkbench, pane, stepTabs } from './workbench-page';

// Steps word it in two ways today; both say what to do first.
const NO_REGISTER = /(Chưa có danh sách sáng kiến|Chưa có sheet "Sáng kiến")\. Hãy nhập danh sách (sáng kiến )?ở bước/;

/** Protects or unprotects a sheet as a clerk would on Xem lại; a password makes it stay locked to the add-in too. */
async function protect(page: Page, sheet: string, on: boolean, password = ''): Promise<void> {
  await page.evaluate(
    ({ name, lock, pw }) =>
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(name);
        if (lock) ws.protection.protect(undefined, pw === '' ? undefined : pw);
        else ws.protection.unprotect(pw === '' ? undefined : pw);
        await context.sync();
      }),
    { name: sheet, lock: on, pw: password },
  );
}

e2e('journey errors: saving scores into a protected "Chấm điểm" says it is protected and how to unprotect, then retries', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { stage: 'assigned', count: 100 });
  await protect(page, 'Chấm điểm', true);
  const p = pane(page);
  await stepTabs(page).nth(3).click();
  await p.getByRole('combobox', { name: 'Thành viên chấm' }).click({ timeout: 30_000 });
  await page.getByRole('option').first().click();
  const card = p.getByRole('region', { name: /^SK-\d+ — / });
  await card.getByRole('textbox', { name: /^TM — / }).fill('20');
  await card.getByRole('textbox', { name: /^HQ — / }).fill('30');
  await card.getByRole('textbox', { name: /^AD — / }).fill('20');
  await card.getByRole('button', { name: 'Lưu và sang tiếp' }).click();
  await expectText(card, /Sheet "Chấm điểm" đang được bảo vệ nên không ghi được\. Vào Xem lại → Bỏ bảo vệ trang tính, rồi thử lại\./, 30_000);
  await expectText(card, /Bản nháp được giữ trên máy này/);
  await screenshot('protected');
  await expectAccessible(page, 'a protected score sheet');

  // The clerk unprotects the sheet and retries: the draft is written.
  await protect(page, 'Chấm điểm', false);
  await card.getByRole('button', { name: 'Thử lưu lại' }).click();
  await p.getByText(/^Đã chấm 1\/\d+$/).waitFor({ timeout: 30_000 });
});

// Without a password the add-in reopens a generated sheet itself (src/workbook/office/port.ts); a
// password it cannot know must end in the clerk's sentence.
e2e('journey errors: ranking into a password-protected "Xếp hạng" says which sheet and what to do', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { stage: 'ranked', count: 100 });
  await protect(page, 'Xếp hạng', true, 'hd2024');
  const p = pane(page);
  await stepTabs(page).nth(4).click();
  await p.getByRole('button', { name: 'Xếp hạng và xếp giải' }).click();
  await expectText(p, /"Xếp hạng" đang được bảo vệ.*Bỏ bảo vệ trang tính/s, 60_000);
  await screenshot('protected-ranking');
});

e2e('journey errors: a renamed "Xếp hạng" is found by its role and ranked into, with no second sheet', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { stage: 'ranked', count: 100 });
  await page.evaluate(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Xếp hạng').name = 'Xếp hạng đợt 1';
      await context.sync();
    }),
  );
  const p = pane(page);
  await stepTabs(page).nth(4).click();
  await p.getByRole('button', { name: 'Xếp hạng và xếp giải' }).click();
  await p.getByRole('heading', { name: 'Tóm tắt' }).waitFor({ timeout: 60_000 });
  await eventually(async () => {
    const ranking = (await sheetNames(page)).filter((n) => n.startsWith('Xếp hạng'));
    assertEqual(ranking, ['Xếp hạng đợt 1'], 'ranking sheets after ranking again');
  }, 30_000);
  // The renamed sheet holds the new results (its stamp is fresh, so nothing is stale).
  const values = await sheetValues(page, 'Xếp hạng đợt 1');
  if (!values.some((r) => r.some((v) => typeof v === 'string' && /^SK-\d+$/.test(v)))) throw new Error('the renamed sheet holds no initiative');
  if ((await p.getByText(/Kết quả đã cũ/).count()) > 0) throw new Error('results shown as stale right after ranking');
  await screenshot('renamed');
});

e2e('journey errors: with "Sáng kiến" deleted every later step says to import first', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { stage: 'imported', count: 100 });
  await page.evaluate(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sáng kiến').delete();
      await context.sync();
    }),
  );
  const p = pane(page);
  for (const [i, name] of [[3, 'Chấm điểm'], [4, 'Xếp hạng'], [6, 'Báo cáo']] as const) {
    await stepTabs(page).nth(i).click();
    await expectText(p.getByRole('heading', { level: 2 }), name);
    // The ranking step says so only when asked to rank (its empty state speaks of scores).
    if (name === 'Xếp hạng') await p.getByRole('button', { name: 'Xếp hạng và xếp giải' }).click();
    await expectText(p.getByRole('tabpanel'), NO_REGISTER, 30_000);
    await screenshot(`no-register-${i + 1}`);
  }
  // The scoring step offers the way back to step 1.
  await stepTabs(page).nth(3).click();
  await p.getByRole('button', { name: 'Sang bước Nhập danh sách' }).click();
  await expectText(p.getByRole('heading', { level: 2 }), 'Nhập danh sách');
});

for (const lang of ['vi', 'en'] as const) {
  e2e(`journey errors: an Excel without ExcelApi 1.9 says what to update instead of showing steps (${lang})`, async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { api: '1.8', lang });
    const alert = pane(page, lang).getByRole('alert');
    await alert.waitFor();
    await expectText(alert, lang === 'vi' ? /ExcelApi 1\.9 trở lên.*Hãy cập nhật Excel/s : /ExcelApi 1\.9 or newer.*Update Excel/s);
    assertEqual(await pane(page, lang).getByRole('tablist').count(), 0, 'step tabs on an old Excel');
    await screenshot(`old-excel-${lang}`);
    await expectAccessible(page, `old Excel (${lang})`);
  });
}

async function blankWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

e2e('journey errors: a blank workbook gets words at step 1 and "import first" at the later steps', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { count: 50 });
  await page.getByLabel('Chọn tệp .xlsx để mở').setInputFiles({
    name: 'trong.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await blankWorkbook(),
  });
  await expectText(page.getByRole('status').filter({ hasText: 'trong.xlsx' }), /Đã mở trong\.xlsx/, 30_000);
  const p = pane(page);
  // Step 1 is re-entered so it looks at the new workbook.
  await stepTabs(page).nth(1).click();
  await stepTabs(page).nth(0).click();
  await expectText(p.getByRole('tabpanel'), /Sổ tính chưa có trang nào có dữ liệu|Sổ tính không có trang nào để đọc/, 30_000);
  await screenshot('blank-step1');
  await expectAccessible(page, 'step 1 on a blank workbook');
  for (const i of [3, 4, 6]) {
    await stepTabs(page).nth(i).click();
    if (i === 4) await p.getByRole('button', { name: 'Xếp hạng và xếp giải' }).click();
    await expectText(p.getByRole('tabpanel'), NO_REGISTER, 30_000);
  }
});

e2e('journey errors: a score sheet whose header was deleted is reported in words by ranking and scoring', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { stage: 'scored', count: 100 });
  await page.evaluate(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Chấm điểm').getRange('A1:E1').clear('Contents');
      await context.sync();
    }),
  );
  const p = pane(page);
  await stepTabs(page).nth(4).click();
  await p.getByRole('button', { name: 'Xếp hạng và xếp giải' }).click();
  await expectText(p.getByRole('tabpanel'), /Không tìm thấy dòng tiêu đề của trang Chấm điểm.*Hãy thêm lại dòng tiêu đề/s, 60_000);
  await screenshot('odd-score-sheet-ranking');
  await expectAccessible(page, 'ranking with a headerless score sheet');
  // The scoring step says the header cannot be read and lists where, rather than sending the clerk to re-assign.
  await stepTabs(page).nth(3).click();
  await expectText(p.getByRole('tabpanel'), /Không đọc được tiêu đề sheet "Chấm điểm"/, 30_000);
  await screenshot('odd-score-sheet-scoring');
});

e2e('journey errors: assigning into a protected "Chấm điểm" says it is protected and how to unprotect', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { stage: 'assigned', count: 100 });
  await protect(page, 'Chấm điểm', true, 'hd2024');
  const p = pane(page);
  await stepTabs(page).nth(2).click();
  await p.getByRole('button', { name: /^Phân công( lại)?$/ }).click({ timeout: 30_000 });
  // Re-assigning asks first when the sheet already exists.
  const dialog = page.getByRole('dialog');
  if (await dialog.isVisible().catch(() => false)) await dialog.getByRole('button', { name: 'Phân công lại' }).click();
  await expectText(p.getByRole('tabpanel'), /"Chấm điểm" đang được bảo vệ.*Bỏ bảo vệ trang tính/s, 60_000);
  await screenshot('protected-assignment');
  await expectAccessible(page, 'assignment into a protected sheet');
});
