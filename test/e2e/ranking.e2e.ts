// Step "Xếp hạng" as the clerk and the chair use it: one click ranks and tiers, the summary shows
// the prizes and lists, a flag clicks through to its row, and the generated sheets appear.
import { AxeBuilder } from '@axe-core/playwright';
import { seriousViolations } from './axe';
import { e2e } from './harness';
import { expectText, openWorkbench, pane, stepTabs } from './workbench-page';

e2e('the clerk ranks a scored council, reads the summary and clicks a flag through to its row', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { stage: 'scored' });
  await stepTabs(page).nth(4).click();
  const p = pane(page);
  await p.getByText('Chưa xếp hạng lần nào').waitFor();
  await p.getByRole('button', { name: 'Xếp hạng và xếp giải' }).click();
  await p.getByRole('heading', { name: 'Tóm tắt' }).waitFor({ timeout: 60_000 });
  await expectText(p, /Giải Nhất \d+ · Nhì \d+ · Ba \d+ · Khuyến khích \d+/);
  await expectText(p, /Đề nghị UBND tỉnh (7[5-9]|[89]\d|1[01]\d|120) người/);
  await screenshot('summary');

  // Every generated sheet is now in the workbook.
  const tabs = page.getByRole('tablist', { name: 'Trang tính' });
  for (const name of ['Xếp hạng', 'Biểu quyết', 'DS đề nghị UBND', 'Kết quả xét duyệt', 'Biên bản']) {
    await tabs.getByRole('tab', { name }).waitFor();
  }

  const decisions = p.getByRole('heading', { name: /Việc Hội đồng cần quyết định \(\d+\)/ });
  await decisions.waitFor();
  const first = p.getByRole('list').last().getByRole('button').first();
  if ((await first.count()) > 0) {
    const label = (await first.innerText()).trim();
    const id = /^SK-\d+/.exec(label)?.[0];
    await first.click();
    await tabs.getByRole('tab', { name: 'Xếp hạng', selected: true }).waitFor();
    await expectText(page.getByRole('status', { name: 'Ô đang chọn' }), /^A\d+$/);
    if (id) await page.getByRole('grid', { name: 'Trang tính Xếp hạng' }).getByRole('gridcell', { name: id }).first().waitFor();
    await screenshot('flag-selected');
  }
  const violations = await seriousViolations(new AxeBuilder({ page }).include('aside'));
  if (violations.length > 0) throw new Error(violations.join('\n'));
});

e2e('results go stale when an input changes after ranking', async ({ page, baseUrl }) => {
  await openWorkbench(page, baseUrl, { stage: 'ranked' });
  // A member is added by hand after the ranking: the inputs no longer match the stamp.
  await page.evaluate(() =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Hội đồng');
      sheet.getRange('A40:E40').values = [['TV99', 'Người Mới', 'Ủy viên', 'LĐLĐ tỉnh', 'Ủy viên']];
      await context.sync();
    }),
  );
  await stepTabs(page).nth(4).click();
  await pane(page).getByText(/Kết quả đã cũ/).waitFor();
});
