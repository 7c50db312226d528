// Step "Biểu quyết" on a large council (100+ proposals) at the pane's narrow width: the summary
// first, the persons grouped by list a page at a time with their counts, the save button in view
// without scrolling; votes typed, the clerk visits another step and comes back to find them, with
// the count of unsaved votes; a cell changed in the sheet meanwhile is not overwritten until the
// clerk chooses; saving writes "Biểu quyết". The same in English.
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { e2e } from './harness';
import { headerRow, sheetValues, type Cell } from './journey-page';
import { assertEqual, expectInView, expectText, openWorkbench, pane, stepTabs } from './workbench-page';

/** The value in `column` of the row whose "Họ và tên" is `name`, in "Biểu quyết". */
async function ballotCell(page: Page, name: string, column: string): Promise<Cell | undefined> {
  const values = await sheetValues(page, 'Biểu quyết');
  const h = headerRow(values, 'Họ và tên');
  const head = values[h]!;
  return values.slice(h + 1).find((r) => r[head.indexOf('Họ và tên')] === name)?.[head.indexOf(column)];
}

/** Writes `yes` in the "Số phiếu đồng ý" cell of `name`, as a person editing the sheet in Excel would. */
async function editBallotCell(page: Page, name: string, yes: number): Promise<void> {
  await page.evaluate(
    ([who, value]) =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Biểu quyết').getUsedRange();
        range.load('values');
        await context.sync();
        const values = range.values as unknown[][];
        const h = values.findIndex((r) => r.includes('Họ và tên'));
        const nameCol = values[h]!.indexOf('Họ và tên');
        const yesCol = values[h]!.indexOf('Số phiếu đồng ý');
        const r = values.findIndex((row, i) => i > h && row[nameCol] === who);
        range.getCell(r, yesCol).values = [[value]];
        await context.sync();
      }),
    [name, yes] as const,
  );
}

/** The person a yes-votes box belongs to (its label reads "Số phiếu đồng ý (<person>)"). */
async function personOf(box: Locator): Promise<string> {
  const label = await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
  return /\((.*)\)\s*$/.exec(label)?.[1]?.trim() ?? '';
}

async function expectAxeClean(page: Page): Promise<void> {
  const violations = await seriousViolations(new AxeBuilder({ page }).include('aside'));
  if (violations.length > 0) throw new Error(violations.join('\n'));
}

e2e(
  'Biểu quyết on 100+ proposals at 320 px: summary first, groups paged with counts, save in reach, typed votes kept across a step switch, a sheet edit not overwritten',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'ranked', count: 2000, pane: 320 });
    await stepTabs(page).nth(5).click();
    const p = pane(page);
    await p.getByRole('heading', { name: 'Tóm tắt biểu quyết' }).waitFor({ timeout: 60_000 });
    // The summary comes first and says what the council needs: the votes needed, the lists, the tally.
    const order = await p.getByRole('heading', { level: 3 }).allInnerTexts();
    assertEqual(order.slice(0, 2), ['Tóm tắt biểu quyết', 'Biểu quyết đề nghị khen thưởng'], 'the first headings');
    await expectText(p, /Cần ít nhất \d+\/\d+ phiếu đồng ý \(tỉ lệ 2\/3\)/);
    await expectText(p, /Đề nghị UBND tỉnh \d+ người · Tổng Liên đoàn \d+ · Phóng sự \d+/);
    const tally = await p.getByText(/^Đã nhập 0\/\d+ · Thông qua 0 · Không thông qua 0$/).innerText();
    const total = Number(/\/(\d+)/.exec(tally)![1]);
    if (total < 100) throw new Error(`only ${total} proposals: the test needs a large ballot`);

    // The save button is in view before any scrolling, at the pane's narrow width.
    const save = p.getByRole('button', { name: 'Lưu số phiếu' });
    await expectInView(page, save, 'the save button before scrolling');
    await screenshot('summary-320');

    // Groups by list, each with its count; together they hold every proposal once.
    const ballot = p.getByRole('region', { name: 'Biểu quyết đề nghị khen thưởng' });
    const groups = await ballot.getByRole('heading', { level: 4 }).allInnerTexts();
    const known = /^(Đề nghị Tổng Liên đoàn|Phóng sự|Chỉ đề nghị UBND tỉnh|Không còn được đề nghị) \((\d+)\)$/;
    let sum = 0;
    for (const g of groups) {
      const m = known.exec(g.trim());
      if (!m) throw new Error(`unexpected group "${g}"`);
      sum += Number(m[2]);
    }
    assertEqual(sum, total, 'persons in the groups');
    const ubndTitle = groups.find((g) => g.startsWith('Chỉ đề nghị UBND tỉnh'))!.trim();
    const ubnd = ballot.getByRole('region', { name: ubndTitle, exact: true });
    const ubndCount = Number(/\((\d+)\)$/.exec(ubndTitle)![1]);
    // A page at a time, with which persons are shown.
    await expectText(ubnd.getByText(/^Đang hiện /), `Đang hiện 1–10/${ubndCount}`);
    assertEqual(await ubnd.getByRole('spinbutton').count(), 10, 'boxes on the first page');
    await ubnd.getByRole('button', { name: 'Trang sau' }).click();
    await expectText(ubnd.getByText(/^Đang hiện /), `Đang hiện 11–20/${ubndCount}`);
    assertEqual(await ubnd.getByRole('spinbutton').count(), 10, 'boxes on the second page');
    // The new page is shown from its first person: the group's heading is brought into view.
    await expectInView(page, ubnd.getByRole('heading', { level: 4 }), 'the group heading after turning the page');

    // Three votes typed: two on this page, one in the first group.
    const boxes = p.getByRole('spinbutton', { name: /^Số phiếu đồng ý \(/ });
    const rule = await p.getByText(/Cần ít nhất \d+\/\d+ phiếu đồng ý/).innerText();
    const [, need, members] = /(\d+)\/(\d+)/.exec(rule)!.map(Number) as [number, number, number];
    const first = boxes.first();
    const a = ubnd.getByRole('spinbutton').nth(0);
    const b = ubnd.getByRole('spinbutton').nth(3);
    const typed = [
      { name: await personOf(first), value: need },
      { name: await personOf(a), value: need - 1 },
      { name: await personOf(b), value: members },
    ];
    await first.fill(String(need));
    await a.fill(String(need - 1));
    await b.fill(String(members));
    await expectText(p.getByText(/phiếu chưa lưu/), '3 phiếu chưa lưu');
    // Scrolled to the middle of the list, the save button is still in reach.
    await b.scrollIntoViewIfNeeded();
    await expectInView(page, save, 'the save button with the list scrolled');
    await screenshot('typed-320');

    // The clerk looks at the ranking, and meanwhile someone enters a vote for the second person in Excel.
    await stepTabs(page).nth(4).click();
    await p.getByRole('heading', { name: 'Tóm tắt' }).waitFor({ timeout: 60_000 });
    await editBallotCell(page, typed[1]!.name, 1);
    await stepTabs(page).nth(5).click();
    await p.getByRole('heading', { name: 'Tóm tắt biểu quyết' }).waitFor({ timeout: 60_000 });
    // Back: the typed votes are in their boxes, the page as left, the count of unsaved votes shown.
    const box = (name: string): Locator => p.getByRole('spinbutton', { name: `Số phiếu đồng ý (${name})` });
    for (const v of typed) {
      const value = await box(v.name).inputValue({ timeout: 60_000 });
      assertEqual(value, String(v.value), `the box of ${v.name} after a step switch`);
    }
    await expectText(ubnd.getByText(/^Đang hiện /), `Đang hiện 11–20/${ubndCount}`);
    await expectText(p.getByText(/phiếu chưa lưu/), '3 phiếu chưa lưu', 30_000);
    // The sheet's new value is not silently overwritten: the box is marked, the clerk chooses.
    const changed = p
      .getByRole('listitem')
      .filter({ has: page.getByRole('spinbutton', { name: `Số phiếu đồng ý (${typed[1]!.name})` }) });
    await expectText(changed, /Ô này trong trang Biểu quyết đã đổi thành 1 sau khi bạn nhập \d+/, 30_000);
    await expectText(p, /1 ô đã bị sửa trong sổ tính sau khi bạn nhập/);
    await screenshot('conflict-320');
    await save.click();
    await p.getByText(/Chưa lưu: 1 ô đã bị sửa trong sổ tính/).waitFor({ timeout: 30_000 });
    assertEqual(await ballotCell(page, typed[0]!.name, 'Số phiếu đồng ý'), '', 'nothing saved while a conflict stands');
    assertEqual(await ballotCell(page, typed[1]!.name, 'Số phiếu đồng ý'), 1, 'the value entered in Excel');
    await changed.getByRole('button', { name: new RegExp(`^Dùng ${typed[1]!.value} vừa nhập`) }).click();

    await save.click();
    await p.getByText('Đã lưu 3 ô số phiếu vào trang Biểu quyết.', { exact: false }).waitFor({ timeout: 30_000 });
    for (const v of typed)
      assertEqual(await ballotCell(page, v.name, 'Số phiếu đồng ý'), v.value, `the vote of ${v.name} in "Biểu quyết"`);
    if ((await p.getByText(/phiếu chưa lưu/).count()) > 0) throw new Error('votes still counted unsaved after saving');
    await expectText(p.getByText(/^Đã nhập /), `Đã nhập 3/${total} · Thông qua 2 · Không thông qua 1`);
    await expectText(changed, /Không thông qua/);
    await screenshot('saved-320');
    await expectAxeClean(page);
  },
  { timeoutMs: 300_000 },
);

e2e(
  'Biểu quyết in English: the summary, groups, paging, the unsaved count, a cell edited in Excel before the save kept until the clerk chooses, saving',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'ranked', count: 2000, lang: 'en', pane: 320 });
    await stepTabs(page, 'en').nth(5).click();
    const p = pane(page, 'en');
    await p.getByRole('heading', { name: 'Ballot summary' }).waitFor({ timeout: 60_000 });
    await expectText(p, /At least \d+ of \d+ yes votes needed \(fraction 2\/3\)/);
    await expectText(p, /Proposed to the Provincial Committee: \d+ · Confederation: \d+ · Media: \d+/);
    const group = p.getByRole('region', { name: /^Provincial Committee list only \(\d+\)$/ });
    await expectText(group.getByText(/^Showing /), /^Showing 1–10 of \d+$/);
    await group.getByRole('button', { name: 'Next page' }).click();
    await expectText(group.getByText(/^Showing /), /^Showing 11–20 of \d+$/);
    const box = group.getByRole('spinbutton', { name: /^Yes votes \(/ }).first();
    const name = await personOf(box);
    await box.fill('0');
    await expectText(p.getByText(/^Unsaved votes/), 'Unsaved votes: 1');
    const save = p.getByRole('button', { name: 'Save votes' });
    await expectInView(page, save, 'the save button');
    await screenshot('typed-en-320');
    // Someone enters this person's votes in Excel while the pane is open: the save reads the sheet
    // first and writes nothing over it until the clerk chooses.
    await editBallotCell(page, name, 3);
    await save.click();
    await p.getByText(/Not saved: 1 cells were changed in the workbook after you typed/).waitFor({ timeout: 30_000 });
    assertEqual(await ballotCell(page, name, 'Số phiếu đồng ý'), 3, 'the value entered in Excel, kept');
    const item = p.getByRole('listitem').filter({ has: page.getByRole('spinbutton', { name: `Yes votes (${name})` }) });
    await expectText(item, /This cell of the ballot sheet changed to 3 after you typed 0/);
    await item.getByRole('button', { name: /^Use 0 you typed/ }).click();
    await save.click();
    await p.getByText(/Saved 1 vote cells in the ballot sheet/).waitFor({ timeout: 30_000 });
    assertEqual(await ballotCell(page, name, 'Số phiếu đồng ý'), 0, `the vote of ${name} in "Biểu quyết"`);
    await expectText(item, /Not passed/);
    await p.getByRole('button', { name: 'Go to Reports' }).waitFor();
    await expectAxeClean(page);
  },
);
