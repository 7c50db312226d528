// Step "Biểu quyết" as the clerk works it after a ranking: type the yes votes of two proposed
// persons (one reaching the threshold, one short of it), save, rank again and see who passed in the
// pane, in "Biểu quyết" and in the list to the province; then record a ruling on a flagged
// initiative and see the next ranking apply it in "Xếp hạng".
import { AxeBuilder } from '@axe-core/playwright';
import { seriousViolations } from './axe';
import { e2e } from './harness';
import { headerRow, sheetValues, type Cell } from './journey-page';
import { assertEqual, expectText, openWorkbench, pane, stepTabs } from './workbench-page';

/** The value in `column` of the first row below the header whose `keyColumn` holds `key`. */
function lookup(values: Cell[][], keyColumn: string, key: string, column: string): Cell | undefined {
  const h = headerRow(values, keyColumn);
  const head = values[h]!;
  const k = head.indexOf(keyColumn);
  const c = head.indexOf(column);
  return values.slice(h + 1).find((r) => r[k] === key)?.[c];
}

e2e(
  'the council votes on two proposals and rules on a flagged initiative, and ranking again applies both',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'ranked' });
    // The sample's reviewers agree on every prize winner and leave the council nothing to rule on:
    // one reviewer of the top initiative now scores it lower, so the ranking has a case for the council.
    const top = await page.evaluate(() =>
      Excel.run(async (context) => {
        const ranking = context.workbook.worksheets.getItem('Xếp hạng').getUsedRange();
        const scores = context.workbook.worksheets.getItem('Chấm điểm').getUsedRange();
        ranking.load('values');
        scores.load('values');
        await context.sync();
        const rv = ranking.values as unknown[][];
        const h = rv.findIndex((r) => r.includes('Mã SK'));
        const id = String(rv[h + 1]![rv[h]!.indexOf('Mã SK')]);
        const sv = scores.values as unknown[][];
        const head = sv[0]!.map(String);
        const row = sv.findIndex((r) => r[0] === id);
        const cols = head.flatMap((c, i) => (/^[A-Z]{2,}$/.test(c) ? [i] : []));
        const line = sv[row]!;
        for (const c of cols) scores.getCell(row, c).values = [[Math.floor(Number(line[c]) * 0.78)]];
        await context.sync();
        return id;
      }),
    );
    await stepTabs(page).nth(5).click();
    const p = pane(page);
    await p.getByRole('heading', { name: 'Biểu quyết đề nghị khen thưởng' }).waitFor({ timeout: 60_000 });
    const rule = await p.getByText(/Cần ít nhất \d+\/\d+ phiếu đồng ý/).innerText();
    const [, need, members] = /(\d+)\/(\d+)/.exec(rule)!.map(Number) as [number, number, number];
    if (!(need > 0 && need <= members)) throw new Error(`odd threshold: ${rule}`);

    const boxes = p.getByRole('spinbutton', { name: /^Số phiếu đồng ý \(/ });
    // Each box is labelled "Số phiếu đồng ý (<person>)" (the name read by screen readers, hidden on screen).
    const nameOf = async (i: number): Promise<string> =>
      /\((.*)\)\s*$/.exec(await boxes.nth(i).evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ''))?.[1]?.trim() ?? '';
    // Two persons next to each other whose proposal does not rest on the initiative changed above.
    const items = p.getByRole('listitem').filter({ has: page.getByRole('spinbutton', { name: /^Số phiếu đồng ý \(/ }) });
    let first = 0;
    while ((await items.nth(first).innerText()).includes(top) || (await items.nth(first + 1).innerText()).includes(top)) first++;
    const passing = await nameOf(first);
    const failing = await nameOf(first + 1);
    if (passing === '' || failing === '') throw new Error('the yes-votes boxes do not name their person');

    // A value above the number of members is refused with a message, and nothing is saved.
    await boxes.nth(first).fill(String(members + 1));
    await p.getByText(`Hội đồng chỉ có ${members} thành viên`).first().waitFor();
    // By keyboard: the first box typed into, Tab on to the second.
    await boxes.nth(first).fill('');
    await boxes.nth(first).focus();
    await page.keyboard.type(String(need));
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(need - 1));
    await screenshot('votes-typed');
    await p.getByRole('button', { name: 'Lưu số phiếu' }).click();
    await p.getByText(/Đã lưu 2 ô số phiếu vào trang Biểu quyết/).waitFor({ timeout: 30_000 });
    const item = (name: string) => p.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
    await item(passing).getByText('Thông qua', { exact: true }).waitFor();
    await item(failing).getByText('Không thông qua', { exact: true }).waitFor();

    // Only the votes cells of "Biểu quyết" were written.
    const ballot = await sheetValues(page, 'Biểu quyết');
    assertEqual(lookup(ballot, 'Họ và tên', passing, 'Số phiếu đồng ý'), need, 'votes of the passing person in the sheet');
    assertEqual(lookup(ballot, 'Họ và tên', failing, 'Số phiếu đồng ý'), need - 1, 'votes of the failing person in the sheet');

    await p.getByRole('button', { name: 'Xếp hạng lại để áp dụng' }).click();
    await p.getByText(/Đã xếp hạng lại lúc .*: [1-9]\d* đề nghị được thông qua, [1-9]\d* không được thông qua/).waitFor({ timeout: 60_000 });
    const after = await sheetValues(page, 'Biểu quyết');
    assertEqual(lookup(after, 'Họ và tên', passing, 'Kết quả'), 'Thông qua', 'verdict of the passing person');
    assertEqual(lookup(after, 'Họ và tên', failing, 'Kết quả'), 'Không thông qua', 'verdict of the failing person');
    // The list to the province now leaves out whoever did not pass.
    const ubnd = (await sheetValues(page, 'DS đề nghị UBND')).flat();
    if (ubnd.includes(failing)) throw new Error(`${failing} failed the ballot but is still on the province's list`);
    await screenshot('votes-applied');

    // A ruling on the first initiative the council must decide, chosen by keyboard from the dropdown.
    const flagged = p.getByRole('listitem').filter({ has: page.getByRole('combobox', { name: /^Quyết định SK-/ }) }).first();
    await flagged.waitFor();
    const id = /SK-\d+/.exec(await flagged.innerText())?.[0];
    if (!id) throw new Error('a flagged initiative is shown without its Mã SK');
    const ruling = flagged.getByRole('combobox', { name: `Quyết định ${id}` });
    await ruling.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Không xếp giải' }).waitFor();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expectText(ruling, 'Không xếp giải');
    await p.getByRole('textbox', { name: `Ghi chú ${id}` }).fill('Hội đồng biểu quyết 9/9');
    // Leaving the step and coming back keeps the unsaved ruling and note, and says they are unsaved.
    await stepTabs(page).nth(4).click();
    await stepTabs(page).nth(5).click();
    await expectText(p.getByRole('combobox', { name: `Quyết định ${id}` }), 'Không xếp giải', 60_000);
    assertEqual(await p.getByRole('textbox', { name: `Ghi chú ${id}` }).inputValue(), 'Hội đồng biểu quyết 9/9', 'the note after a step switch');
    await p.getByText('1 quyết định chưa lưu').waitFor();
    await p.getByRole('button', { name: 'Lưu quyết định' }).click();
    await p.getByText(/Đã ghi \d+ ô vào trang Quyết định/).waitFor({ timeout: 30_000 });
    const decisions = await sheetValues(page, 'Quyết định');
    assertEqual(lookup(decisions, 'Mã SK', id, 'Quyết định'), 'Không xếp giải', 'ruling in "Quyết định"');
    assertEqual(lookup(decisions, 'Mã SK', id, 'Ghi chú'), 'Hội đồng biểu quyết 9/9', 'note in "Quyết định"');

    await p.getByRole('button', { name: 'Xếp hạng lại để áp dụng' }).click();
    await p.getByText(/Đã xếp hạng lại lúc .* [1-9]\d* quyết định của Hội đồng được áp dụng/).waitFor({ timeout: 60_000 });
    const ranking = await sheetValues(page, 'Xếp hạng');
    assertEqual(lookup(ranking, 'Mã SK', id, 'Quyết định HĐ'), 'Không xếp giải', 'the ruling applied in "Xếp hạng"');
    await p.getByRole('listitem').filter({ hasText: id }).getByText(/Giải đang áp dụng/).first().waitFor();
    await screenshot('ruling-applied');

    const violations = await seriousViolations(new AxeBuilder({ page }).include('aside'));
    if (violations.length > 0) throw new Error(violations.join('\n'));
  },
  { timeoutMs: 240_000 },
);

e2e('before any ranking the ballot step says to rank first and leads there', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { stage: 'scored', lang: 'en' });
  await stepTabs(page, 'en').nth(5).click();
  const p = pane(page, 'en');
  await p.getByText(/There is no "Biểu quyết" \(ballot\) sheet yet/).waitFor({ timeout: 60_000 });
  await screenshot('empty');
  const violations = await seriousViolations(new AxeBuilder({ page }).include('aside'));
  if (violations.length > 0) throw new Error(violations.join('\n'));
  await p.getByRole('button', { name: 'Go to Ranking' }).click();
  await stepTabs(page, 'en').filter({ hasText: 'Ranking' }).and(page.locator('[aria-selected="true"]')).waitFor();
});
