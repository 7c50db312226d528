// Step "Xếp hạng" as the clerk and the chair use it: one click ranks and tiers, the summary and the
// picture of the cut come first, the council's questions follow grouped by what is at stake, a
// page at a time, each clicking through to its row; the run and next-step buttons stay in reach;
// the last results stay on screen (marked stale only when an input really changed).
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { e2e } from './harness';
import { headerRow, sheetValues } from './journey-page';
import { assertEqual, expectInView, expectText, openWorkbench, pane, stepTabs } from './workbench-page';

async function expectAxeClean(page: Page): Promise<void> {
  const violations = await seriousViolations(new AxeBuilder({ page }).include('aside'));
  if (violations.length > 0) throw new Error(violations.join('\n'));
}

e2e(
  'the clerk ranks a scored council, reads the summary and the cut, and clicks a decision through to its row',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'scored' });
    await stepTabs(page).nth(4).click();
    const p = pane(page);
    await p.getByText('Chưa xếp hạng lần nào').waitFor();
    await p.getByRole('button', { name: 'Xếp hạng và xếp giải' }).click();
    await p.getByRole('heading', { name: 'Tóm tắt' }).waitFor({ timeout: 60_000 });
    await expectText(p, /Giải Nhất \d+ · Nhì \d+ · Ba \d+ · Khuyến khích \d+/);
    await expectText(p, /Đề nghị UBND tỉnh (7[5-9]|[89]\d|1[01]\d|120) người/);

    // Every generated sheet is now in the workbook.
    const tabs = page.getByRole('tablist', { name: 'Trang tính' });
    for (const name of ['Xếp hạng', 'Biểu quyết', 'DS đề nghị UBND', 'Kết quả xét duyệt', 'Biên bản']) {
      await tabs.getByRole('tab', { name }).waitFor();
    }

    // The cut: a chart, and its facts in words (the lines with their scores, the count ranked).
    const cut = p.getByRole('region', { name: 'Ranh giới giải và danh sách' });
    await cut.locator('svg').first().waitFor({ timeout: 30_000 });
    await expectText(cut, /Giải Nhất: (từ|tối thiểu) \d+,\d\d/);
    await expectText(cut, /Đề nghị UBND: từ \d+,\d\d/);
    await expectText(cut, /Biểu đồ vẽ \d+\/\d+ sáng kiến được xếp hạng đầu tiên, điểm từ \d+,\d\d xuống \d+,\d\d/);
    // Order: the summary and the cut come before the decisions.
    const order = await p.getByRole('heading', { level: 3 }).allInnerTexts();
    if (order.indexOf('Tóm tắt') !== 0 || order.indexOf('Ranh giới giải và danh sách') !== 1)
      throw new Error(`headings out of order: ${order.join(' | ')}`);
    await screenshot('summary');

    const decisions = p.getByRole('region', { name: /Việc Hội đồng cần quyết định \(\d+\)/ });
    await decisions.waitFor();
    const first = decisions.getByRole('button', { name: /^SK-\d+/ }).first();
    if ((await first.count()) > 0) {
      const id = /^SK-\d+/.exec((await first.innerText()).trim())?.[0];
      await first.click();
      await tabs.getByRole('tab', { name: 'Xếp hạng', selected: true }).waitFor();
      await expectText(page.getByRole('status', { name: 'Ô đang chọn' }), /^A\d+$/);
      if (id)
        await page
          .getByRole('grid', { name: 'Trang tính Xếp hạng' })
          .getByRole('gridcell', { name: id })
          .first()
          .waitFor();
      await screenshot('flag-selected');
    }
    await expectAxeClean(page);
  },
);

e2e(
  'a council with disagreeing reviewers: decisions grouped by consequence, each with its reviews, a page at a time, and a red mark on the chart goes to its row',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'scored', pane: 320 });
    // Reviewers who disagree: the first reviewer of every third initiative scores 25 points lower.
    await page.evaluate(() =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Chấm điểm').getUsedRange();
        range.load('values');
        await context.sync();
        const values = range.values as unknown[][];
        const head = values[0]!.map(String);
        const cols = head.flatMap((c, i) => (/^[A-Z]{2,}$/.test(c) ? [i] : []));
        const seen = new Set<string>();
        values.forEach((row, r) => {
          const id = String(row[0]);
          if (r === 0 || seen.has(id) || Number(/\d+/.exec(id)?.[0] ?? 1) % 3 !== 0) return;
          seen.add(id);
          for (const c of cols) range.getCell(r, c).values = [[Math.max(0, Math.round(Number(row[c]) * 0.7))]];
        });
        await context.sync();
      }),
    );
    await stepTabs(page).nth(4).click();
    const p = pane(page);
    await p.getByRole('button', { name: 'Xếp hạng và xếp giải' }).click();
    const decisions = p.getByRole('region', { name: /Việc Hội đồng cần quyết định \(\d+\)/ });
    await decisions.waitFor({ timeout: 60_000 });
    // Groups by what is at stake, the prize first when there is one; each item shows every review.
    const groups = await decisions.getByRole('heading', { level: 4 }).allInnerTexts();
    if (groups.length === 0) throw new Error('no group of decisions');
    const known =
      /^(Ảnh hưởng đến giải|Ảnh hưởng đến đề nghị Tổng Liên đoàn|Ảnh hưởng đến danh sách đề nghị UBND|Ảnh hưởng đến danh sách phóng sự|Việc khác) \(\d+\)$/;
    for (const g of groups) if (!known.test(g)) throw new Error(`unexpected group "${g}"`);
    const item = decisions
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: /^SK-\d+/ }) })
      .first();
    await expectText(item, /Điểm từng người chấm: TV\d+/);
    // Long groups are paged with their counts.
    const more = decisions.getByRole('button', { name: /^Xem thêm \d+$/ }).first();
    if ((await more.count()) > 0) {
      // The group the button belongs to: its items grow by a page, its count says so.
      const found = decisions
        .getByRole('region')
        .filter({ has: page.getByRole('button', { name: /^Xem thêm \d+$/ }) })
        .first();
      const title = (await found.getByRole('heading', { level: 4 }).innerText()).trim();
      const group = decisions.getByRole('region', { name: title, exact: true });
      const items = group.getByRole('listitem');
      const total = Number(/\((\d+)\)$/.exec(title)![1]);
      await expectText(group.getByText(/^Đang hiện \d+\/\d+$/), `Đang hiện 10/${total}`);
      assertEqual(await items.count(), 10, 'items on the first page');
      await more.click();
      assertEqual(await items.count(), Math.min(20, total), 'items after "Xem thêm"');
    }
    // The run and next-step buttons stay in view with the list scrolled to its middle.
    await decisions.getByRole('listitem').last().scrollIntoViewIfNeeded();
    await expectInView(page, p.getByRole('button', { name: 'Sang bước Biểu quyết' }), 'the next-step button');
    await expectInView(page, p.getByRole('button', { name: 'Xếp hạng và xếp giải' }), 'the run button');
    await screenshot('decisions-320');

    // A red mark on the chart is a flagged initiative: clicking it selects its row in "Xếp hạng".
    const cut = p.getByRole('region', { name: 'Ranh giới giải và danh sách' });
    await cut.scrollIntoViewIfNeeded();
    const box = await cut.locator('svg').first().boundingBox();
    if (box === null || box.width > 300) throw new Error(`the chart is ${box?.width}px wide in a 320 px pane`);
    const mark = cut.getByRole('img', { name: /^SK-\d+: hạng \d+, \d+,\d\d điểm$/ }).last();
    await mark.waitFor();
    const id = /^SK-\d+/.exec((await mark.getAttribute('aria-label')) ?? '')![0];
    await screenshot('cut-320');
    await mark.click();
    await page
      .getByRole('tablist', { name: 'Trang tính' })
      .getByRole('tab', { name: 'Xếp hạng', selected: true })
      .waitFor();
    const cell = await page.getByRole('status', { name: 'Ô đang chọn' }).innerText();
    const row = Number(/^A(\d+)$/.exec(cell.trim())?.[1] ?? NaN);
    const ranking = await sheetValues(page, 'Xếp hạng');
    const idCol = ranking[headerRow(ranking, 'Mã SK')]!.indexOf('Mã SK');
    assertEqual(ranking[row - 1]?.[idCol], id, `the row selected by the mark of ${id}`);
    await expectAxeClean(page);
  },
);

e2e(
  'results stay on screen and fresh when the clerk visits other steps and comes back',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'ranked' });
    const p = pane(page);
    await stepTabs(page).nth(4).click();
    // Ranked by the sample: the results are read back from the workbook, not hidden behind a button.
    await p.getByRole('heading', { name: 'Tóm tắt' }).waitFor({ timeout: 60_000 });
    await p.getByText(/Kết quả đang khớp với dữ liệu/).waitFor();
    for (const step of [3, 5, 1]) {
      await stepTabs(page).nth(step).click();
      await p.getByRole('tabpanel').getByRole('button').first().waitFor({ timeout: 60_000 });
      await stepTabs(page).nth(4).click();
      await p.getByRole('heading', { name: 'Tóm tắt' }).waitFor({ timeout: 60_000 });
      await p.getByText(/Kết quả đang khớp với dữ liệu/).waitFor();
      if ((await p.getByText(/Kết quả đã cũ/).count()) > 0)
        throw new Error(`"Kết quả đã cũ" after visiting step ${step + 1}`);
    }
    await screenshot('fresh-after-visits');
  },
);

e2e(
  'results go stale when an input changes after ranking, and the last results stay on screen marked so',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'scored' });
    const p = pane(page);
    await stepTabs(page).nth(4).click();
    await p.getByRole('button', { name: 'Xếp hạng và xếp giải' }).click();
    await p.getByRole('heading', { name: 'Tóm tắt' }).waitFor({ timeout: 60_000 });
    const tiers = (await p.getByText(/Giải Nhất \d+ · Nhì/).innerText()).trim();
    // A member is added by hand after the ranking: the inputs no longer match the stamp.
    await page.evaluate(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Hội đồng');
        sheet.getRange('A40:E40').values = [['TV99', 'Người Mới', 'Ủy viên', 'LĐLĐ tỉnh', 'Ủy viên']];
        await context.sync();
      }),
    );
    await stepTabs(page).nth(5).click();
    await stepTabs(page).nth(4).click();
    await p.getByText(/Kết quả đã cũ/).waitFor({ timeout: 60_000 });
    await p.getByText(/Dưới đây là kết quả lần xếp hạng trước/).waitFor();
    await expectText(p.getByText(/Giải Nhất \d+ · Nhì/), tiers);
    await p.getByRole('region', { name: 'Ranh giới giải và danh sách' }).waitFor();
    await screenshot('stale-kept');
  },
);

e2e(
  'each finished step gets a tick on its tab, said in words to screen readers',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'ranked', pane: 320 });
    const tabs = stepTabs(page);
    await expectText(tabs.nth(4), /5\. Xếp hạng\s*\(đã xong\)/, 30_000);
    for (const i of [0, 1, 2, 3]) await expectText(tabs.nth(i), /\(đã xong\)$/);
    // No vote yet: the ballot and the documents are not finished.
    for (const i of [5, 6]) {
      const text = (await tabs.nth(i).innerText()).trim();
      if (text.includes('đã xong')) throw new Error(`tab "${text}" is ticked before any vote`);
    }
    const named = await tabs.nth(4).getAttribute('aria-label');
    if (named !== null) throw new Error('the tab hides its text behind an aria-label');
    await screenshot('ticks-320');
    await expectAxeClean(page);
  },
);
