// Step "Báo cáo": the documents with their state, generated all at once, one regenerated, and a
// hand-edited document kept under a new name rather than overwritten.
import { AxeBuilder } from '@axe-core/playwright';
import { seriousViolations } from './axe';
import { e2e } from './harness';
import { expectText, openWorkbench, pane, stepTabs } from './workbench-page';

e2e('the clerk generates the documents, goes to one, and a hand-edited list survives regeneration', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { stage: 'scored' });
  await stepTabs(page).nth(6).click();
  const p = pane(page);
  await p.getByText('Chưa có văn bản nào').waitFor();
  await p.getByRole('button', { name: 'Tạo tất cả văn bản' }).click();
  await expectText(p.getByRole('list', { name: 'Các văn bản gửi Ủy ban' }), /Khớp với dữ liệu/, 60_000);
  await screenshot('generated');

  await p.getByRole('button', { name: 'Đến sheet DS đề nghị UBND' }).click();
  const tabs = page.getByRole('tablist', { name: 'Trang tính' });
  await tabs.getByRole('tab', { name: 'DS đề nghị UBND', selected: true }).waitFor();
  await page.getByRole('grid', { name: 'Trang tính DS đề nghị UBND' }).getByRole('gridcell', { name: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }).waitFor();
  await screenshot('ubnd-sheet');

  // A clerk types over a cell of the generated list; regenerating keeps that copy under a new name.
  await page.evaluate(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem('DS đề nghị UBND').getRange('B20').values = [['sửa tay']];
      await context.sync();
    }),
  );
  await stepTabs(page).nth(5).click();
  await stepTabs(page).nth(6).click();
  await expectText(p.getByRole('list', { name: 'Các văn bản gửi Ủy ban' }), /Đã sửa tay/);
  await p.getByRole('button', { name: 'Tạo lại DS đề nghị UBND' }).click();
  await expectText(p, /được giữ lại với tên "DS đề nghị UBND \(sửa tay\)"/, 60_000);
  await tabs.getByRole('tab', { name: 'DS đề nghị UBND (sửa tay)' }).waitFor();
  await screenshot('kept');
  const violations = await seriousViolations(new AxeBuilder({ page }).include('aside'));
  if (violations.length > 0) throw new Error(violations.join('\n'));
});
