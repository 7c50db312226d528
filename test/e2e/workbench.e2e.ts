// The workbench itself: the simulated workbook drawn like Excel, files opened into it, selection.
import { AxeBuilder } from '@axe-core/playwright';
import { seriousViolations } from './axe';
import { e2e, eventually } from './harness';
import { assertEqual, expectText, openWorkbench } from './workbench-page';
import { sampleWorkbook } from './xlsx-fixture';

const REGISTER = 'DS đăng ký';

e2e('the workbench opens on the sample register, drawn as a sheet beside the pane', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl);
  await page.getByRole('heading', { level: 1, name: 'Bàn thử — Hội đồng sáng kiến' }).waitFor();
  const sheets = page.getByRole('tablist', { name: 'Trang tính' });
  const selected = sheets.getByRole('tab', { selected: true });
  const sheetName = (await selected.innerText()).trim();
  const grid = page.getByRole('grid', { name: `Trang tính ${sheetName}` });
  await grid.waitFor();
  await grid.getByRole('gridcell', { name: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG' }).waitFor();
  await grid.getByRole('gridcell', { name: 'Tên sáng kiến, giải pháp' }).waitFor();
  await grid.getByRole('columnheader', { name: 'B', exact: true }).waitFor();
  await grid.getByRole('rowheader', { name: '1', exact: true }).waitFor();
  await screenshot('sample');
});

e2e('a long sheet draws only the rows in view and still scrolls to its end', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { count: 10_000 });
  const grid = page.getByRole('grid').first();
  await grid.getByRole('rowheader', { name: '1', exact: true }).waitFor();
  const drawn = await grid.getByRole('row').count();
  if (drawn > 120) throw new Error(`${drawn} rows drawn for one screen of a 10,000-row sheet`);
  const rowCount = Number(await grid.getAttribute('aria-rowcount'));
  if (!(rowCount > 10_000)) throw new Error(`aria-rowcount ${rowCount} does not cover the register`);
  await grid.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await grid.getByRole('rowheader', { name: String(rowCount - 1), exact: true }).waitFor({ timeout: 30_000 });
  await screenshot('end');
});

e2e('clicking a cell selects it and shows its address and contents', async ({ page, baseUrl }) => {
  await openWorkbench(page, baseUrl);
  const grid = page.getByRole('grid').first();
  await grid.getByRole('gridcell', { name: 'Tên sáng kiến, giải pháp' }).click();
  await expectText(page.getByRole('status', { name: 'Ô đang chọn' }), /^B\d+$/);
  await expectText(page.getByRole('status', { name: 'Nội dung ô' }), 'Tên sáng kiến, giải pháp');
});

e2e('an .xlsx file opened in the workbench replaces the workbook with its sheets', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl);
  const file = await sampleWorkbook();
  await page.getByLabel('Chọn tệp .xlsx để mở').setInputFiles({
    name: 'dang-ky.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  await expectText(page.getByRole('status').filter({ hasText: 'dang-ky.xlsx' }), /Đã mở dang-ky\.xlsx: 2 trang tính/, 30_000);
  const tabs = page.getByRole('tablist', { name: 'Trang tính' }).getByRole('tab');
  await eventually(async () => assertEqual(await tabs.allInnerTexts(), [REGISTER, 'Ghi chú'], 'sheet tabs'));
  const grid = page.getByRole('grid', { name: `Trang tính ${REGISTER}` });
  const title = grid.getByRole('gridcell', { name: 'DANH SÁCH SÁNG KIẾN' });
  await title.waitFor();
  assertEqual(await title.getAttribute('aria-colspan'), '4', 'merged title');
  const weight = await title.evaluate((el) => getComputedStyle(el).fontWeight);
  assertEqual(weight, '700', 'bold title');
  // Numbers are shown with their format; money keeps its thousands separators.
  await grid.getByRole('gridcell', { name: '1,250,000,000' }).waitFor();
  await screenshot('register');
  await tabs.nth(1).click();
  await page.getByRole('grid', { name: 'Trang tính Ghi chú' }).getByRole('gridcell', { name: 'Tệp thử' }).waitFor();
});

e2e('a selection the add-in makes through Excel.run shows in the sheet view after the sync', async ({ page, baseUrl }) => {
  await openWorkbench(page, baseUrl);
  await page.evaluate(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Hội đồng').getRange('C5').select();
      await context.sync();
    }),
  );
  await expectText(page.getByRole('status', { name: 'Ô đang chọn' }), 'C5');
  await expectText(page.getByRole('tablist', { name: 'Trang tính' }).getByRole('tab', { selected: true }), 'Hội đồng');
  await page.getByTestId('selection').waitFor();
});

e2e('a sync that does not move the selection leaves the sheet where the user scrolled it', async ({ page, baseUrl }) => {
  await openWorkbench(page, baseUrl);
  const grid = page.getByRole('grid').first();
  await grid.getByRole('rowheader', { name: '1', exact: true }).waitFor();
  await grid.evaluate((el) => el.scrollTo({ top: 8_000 }));
  await grid.getByRole('rowheader', { name: '400', exact: true }).waitFor();
  await page.evaluate(() =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
      range.load('values');
      await context.sync();
    }),
  );
  await page.waitForTimeout(300);
  const top = await grid.evaluate((el) => el.scrollTop);
  if (top < 7_000) throw new Error(`the view jumped back to ${top}px after a sync`);
});

e2e('the arrow keys move the selection in the sheet, as in Excel', async ({ page, baseUrl }) => {
  await openWorkbench(page, baseUrl);
  const grid = page.getByRole('grid').first();
  const nameBox = page.getByRole('status', { name: 'Ô đang chọn' });
  await grid.getByRole('gridcell', { name: 'Tên sáng kiến, giải pháp' }).click();
  const start = (await nameBox.innerText()).trim();
  const row = Number(start.slice(1));
  await page.keyboard.press('ArrowDown');
  await expectText(nameBox, `B${row + 1}`);
  await page.keyboard.press('ArrowRight');
  await expectText(nameBox, `C${row + 1}`);
  const active = await grid.getAttribute('aria-activedescendant');
  if (active === null) throw new Error('the grid names no active cell');
  assertEqual(await page.locator(`[id="${active}"]`).getAttribute('aria-selected'), 'true', 'active cell selected');
  await page.keyboard.press('Control+Home');
  await expectText(nameBox, 'A1');
});

e2e('a workbook the add-in creates can be downloaded from the workbench', async ({ page, baseUrl }) => {
  await openWorkbench(page, baseUrl);
  const base64 = (await sampleWorkbook()).toString('base64');
  await page.evaluate((b) => Excel.createWorkbook(b), base64);
  await page.getByRole('button', { name: 'Sổ đã tạo (1)' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Tải về sổ mới 1' }).click()]);
  assertEqual(download.suggestedFilename(), 'so-moi-1.xlsx', 'file name');
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  assertEqual(readFileSync(path).toString('base64'), base64, 'downloaded bytes');
});

e2e('the formula bar shows a formula the add-in wrote, and the cell its result', async ({ page, baseUrl }) => {
  await openWorkbench(page, baseUrl);
  await page.evaluate(() =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Hội đồng');
      sheet.getRange('H2:I2').values = [[2, 3]];
      sheet.getRange('J2').formulas = [['=H2*I2']];
      sheet.getRange('J2').select();
      await context.sync();
    }),
  );
  await expectText(page.getByRole('status', { name: 'Nội dung ô' }), '=H2*I2');
  await page.getByRole('grid', { name: 'Trang tính Hội đồng' }).getByRole('gridcell', { name: '6', exact: true }).waitFor();
});

e2e('a chart the add-in adds is drawn over its sheet as a labelled frame', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl);
  await page.evaluate(() =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Hội đồng');
      const chart = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange('A1:B5'), Excel.ChartSeriesBy.auto);
      chart.title.text = 'Thành viên theo vai trò';
      chart.setPosition('B13', 'D26');
      sheet.activate();
      await context.sync();
    }),
  );
  await page.getByRole('img', { name: 'Biểu đồ Thành viên theo vai trò (ColumnClustered)' }).waitFor();
  const found = await seriousViolations(new AxeBuilder({ page }).include('main'));
  if (found.length > 0) throw new Error(found.join('\n'));
  await screenshot('chart');
});

e2e('frozen header rows and columns stay on screen while the sheet scrolls', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl);
  await page.evaluate(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().freezePanes.freezeAt('A1:B8');
      await context.sync();
    }),
  );
  const grid = page.getByRole('grid').first();
  await grid.evaluate((el) => el.scrollTo({ top: 6_000, left: 600 }));
  await grid.getByRole('rowheader', { name: '330', exact: true }).waitFor();
  // The header row (row 7) and the title column (B) are still drawn, and in view.
  const header = grid.getByRole('gridcell', { name: 'Tên sáng kiến, giải pháp' });
  await header.waitFor();
  const box = await header.boundingBox();
  const gridBox = await grid.boundingBox();
  if (box === null || gridBox === null || box.y < gridBox.y || box.y > gridBox.y + 250) {
    throw new Error(`the frozen header is not at the top of the grid: ${JSON.stringify(box)}`);
  }
  await screenshot('frozen');
});

e2e('long text runs on into the empty cells to its right, as in Excel', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl);
  const long = 'TM. HỘI ĐỒNG — CHỦ TỊCH (ký, ghi rõ họ tên và đóng dấu)';
  await page.evaluate(
    (text) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Hội đồng');
        sheet.getRange('A13').values = [[text]];
        sheet.activate();
        await context.sync();
      }),
    long,
  );
  const cell = page.getByRole('grid', { name: 'Trang tính Hội đồng' }).getByRole('gridcell', { name: long });
  await cell.waitFor();
  const widths = await cell.evaluate((el) => ({ cell: el.getBoundingClientRect().width, text: (el.firstElementChild as HTMLElement).getBoundingClientRect().width }));
  if (!(widths.text > widths.cell)) throw new Error(`the text stays inside its cell: ${JSON.stringify(widths)}`);
  await screenshot('spill');
});
