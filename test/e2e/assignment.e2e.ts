// Step "Phân công" as the clerk uses it: assign three reviewers to every initiative with progress,
// read the loads and problems, see "Chấm điểm", go on to scoring; and re-assign over entered scores
// after a confirmation, every score kept.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { e2e, eventually } from './harness';
import { assertEqual, expectText, openWorkbench, pane, stepTabs } from './workbench-page';

async function noSeriousViolations(page: Page): Promise<void> {
  const found = await seriousViolations(new AxeBuilder({ page }).include('aside'));
  if (found.length > 0) throw new Error(`accessibility violations:\n${found.join('\n')}`);
}

/** Every scored pair of "Chấm điểm" as "SK|TV" → the row's criterion scores joined. */
async function scoredPairs(page: Page): Promise<Map<string, string>> {
  const rows = await page.evaluate(() =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Chấm điểm').getUsedRange();
      range.load('values');
      await context.sync();
      return (range.values as unknown[][]).map((row) =>
        row.map((v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')),
      );
    }),
  );
  const header = rows[0] ?? [];
  const cols = header.map((h, i) => (/^[A-Z]{2,}$/.test(h) && i > 1 ? i : -1)).filter((i) => i >= 0);
  const out = new Map<string, string>();
  for (const r of rows.slice(1)) {
    const scores = cols.map((c) => r[c] ?? '');
    if (scores.some((s) => s !== '')) out.set(`${r[0] ?? ''}|${r[1] ?? ''}`, scores.join(' '));
  }
  return out;
}

e2e(
  'the clerk assigns three reviewers per initiative, reads the loads and goes on to scoring',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'imported', count: 200 });
    await stepTabs(page).nth(2).click();
    const p = pane(page);
    const perInitiative = p.getByRole('spinbutton', { name: 'Số người chấm mỗi sáng kiến' });
    await perInitiative.waitFor({ timeout: 30_000 });
    assertEqual(await perInitiative.inputValue(), '3', 'default from Cấu hình');
    await expectText(p.getByText(/sáng kiến · \d+ thành viên Hội đồng/), /^200 sáng kiến · 9 thành viên Hội đồng$/);
    await screenshot('before');
    await noSeriousViolations(page);

    // An impossible count is refused where it is typed.
    await perInitiative.fill('0');
    await p.getByText('Nhập một số nguyên từ 1 đến 9 (số thành viên Hội đồng).').waitFor();
    assertEqual(await p.getByRole('button', { name: 'Phân công' }).isDisabled(), true, 'assign disabled');
    await perInitiative.fill('3');

    // Keyboard: focus the button and press Enter.
    await p.getByRole('button', { name: 'Phân công' }).focus();
    await page.keyboard.press('Enter');
    // Duplicates of the register are not assigned, so the pairs are three per distinct initiative.
    const done = p.getByText(/^Đã phân công \d+ cặp \(3 người chấm mỗi sáng kiến\) vào sheet "Chấm điểm"\.$/);
    await done.waitFor({ timeout: 60_000 });
    const pairs = Number(/(\d+) cặp/.exec(await done.innerText())?.[1]);
    if (!(pairs > 500 && pairs <= 600 && pairs % 3 === 0)) throw new Error(`unexpected pair count ${pairs}`);
    const loads = p.getByRole('table', { name: 'Số sáng kiến mỗi thành viên chấm' });
    await loads.waitFor();
    assertEqual(await loads.getByRole('row').count(), 10, 'header and one row per member');
    let total = 0;
    for (const cell of await loads.getByRole('row').locator('td:last-child').allInnerTexts())
      total += Number(cell.trim());
    assertEqual(total, pairs, 'loads add up to the pairs');
    await p.getByRole('heading', { name: /^Vấn đề khi phân công \(\d+\)$/ }).waitFor();
    const sheetTabs = page.getByRole('tablist', { name: 'Trang tính' });
    await sheetTabs.getByRole('tab', { name: 'Chấm điểm' }).click();
    await page.getByRole('grid', { name: 'Trang tính Chấm điểm' }).waitFor();
    await screenshot('assigned');
    await noSeriousViolations(page);

    await p.getByRole('button', { name: 'Sang bước Chấm điểm' }).click();
    await expectText(p.getByRole('heading', { level: 2 }), 'Chấm điểm');
  },
);

e2e('re-assigning over entered scores asks first and keeps every score', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { stage: 'scored', count: 200 });
  const before = await scoredPairs(page);
  if (before.size === 0) throw new Error('the scored stage has no scores');
  await stepTabs(page).nth(2).click();
  const p = pane(page);
  await p.getByText(/Đã có \d+ phiếu được nhập điểm/).waitFor({ timeout: 30_000 });
  await p.getByText(/Phân công lại giữ nguyên mọi điểm đã nhập/).waitFor();

  // Cancel first: nothing is written.
  await p.getByRole('button', { name: 'Phân công lại' }).click();
  const dialog = page.getByRole('dialog', { name: 'Phân công lại?' });
  await dialog.waitFor();
  await screenshot('confirm');
  const dialogViolations = await seriousViolations(new AxeBuilder({ page }).include('[role="dialog"]'));
  if (dialogViolations.length > 0) throw new Error(dialogViolations.join('\n'));
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await dialog.waitFor({ state: 'hidden' });

  await p.getByRole('button', { name: 'Phân công lại' }).click();
  await dialog.getByRole('button', { name: 'Phân công lại' }).click();
  await p.getByText(/^Đã phân công \d+ cặp/).waitFor({ timeout: 60_000 });
  await eventually(async () => {
    const after = await scoredPairs(page);
    for (const [pair, scores] of before) assertEqual(after.get(pair), scores, `scores of ${pair}`);
  });
  await screenshot('reassigned');
  await noSeriousViolations(page);
});

e2e('the assignment step speaks English with lang=en', async ({ page, baseUrl }) => {
  await openWorkbench(page, baseUrl, { stage: 'imported', count: 200, lang: 'en' });
  await stepTabs(page, 'en').nth(2).click();
  const p = pane(page, 'en');
  await p.getByRole('spinbutton', { name: 'Reviewers per initiative' }).waitFor({ timeout: 30_000 });
  await p.getByRole('button', { name: 'Assign' }).waitFor();
});
