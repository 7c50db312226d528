// Step "Chấm điểm" in the real pane over the simulated Excel, started with reviewers assigned:
// a reviewer scores by keyboard, flags a conflict, a clerk types a paper sheet, packets go out.
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { eventually } from './harness';
import { e2e } from './harness';
import { assertEqual, expectText, openWorkbench, pane, stepTabs } from './workbench-page';

type Cell = string | number | boolean;

async function openScoring(page: Page, baseUrl: string, lang: 'vi' | 'en' = 'vi', width?: number): Promise<Locator> {
  await openWorkbench(page, baseUrl, { stage: 'assigned', count: 30, lang, ...(width === undefined ? {} : { pane: width }) });
  await stepTabs(page, lang).nth(3).click();
  const p = pane(page, lang);
  await p.getByRole('combobox', { name: lang === 'vi' ? 'Thành viên chấm' : 'Reviewer' }).waitFor({ timeout: 30_000 });
  return p;
}

/** Picks the n-th reviewer (0-based) with the keyboard; returns their Mã TV. */
async function pickReviewer(page: Page, p: Locator, n: number, lang: 'vi' | 'en' = 'vi'): Promise<string> {
  const picker = p.getByRole('combobox', { name: lang === 'vi' ? 'Thành viên chấm' : 'Reviewer' });
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < n; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const text = await eventually(async () => {
    const t = (await picker.innerText()).trim();
    if (!/^TV\d+ — /.test(t)) throw new Error(`no reviewer picked: "${t}"`);
    return t;
  });
  return text.split(' — ')[0]!;
}

/** "Chấm điểm" as the workbook holds it, read through the simulated Excel. */
async function scoreSheet(page: Page): Promise<Cell[][]> {
  return page.evaluate(() =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Chấm điểm').getUsedRange();
      range.load('values');
      await context.sync();
      return range.values as (string | number | boolean)[][];
    }),
  );
}

function rowOf(sheet: Cell[][], initiativeId: string, memberId: string): Record<string, Cell> {
  const header = (sheet[0] ?? []).map(String);
  const row = sheet.find((r) => r[0] === initiativeId && r[1] === memberId);
  if (!row) throw new Error(`no row for ${initiativeId}/${memberId}`);
  return Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']));
}

async function cardId(p: Locator): Promise<string> {
  const heading = (await p.getByRole('heading', { level: 3 }).first().innerText()).trim();
  return heading.split(' — ')[0]!;
}

e2e('a reviewer picks their name and scores three initiatives by keyboard alone, and the sheet holds the scores', async ({ page, baseUrl, screenshot }) => {
  const p = await openScoring(page, baseUrl);
  await p.getByText('Chọn một thành viên ở trên để xem các sáng kiến được giao.').waitFor();
  await screenshot('empty');
  const member = await pickReviewer(page, p, 0);
  const progress = p.getByText(/^Đã chấm \d+\/\d+$/);
  await expectText(progress, /^Đã chấm 0\/\d+$/);
  const total = Number((await progress.innerText()).split('/')[1]);

  const ids: string[] = [];
  await p.getByRole('textbox', { name: /^TM — Tính mới, sáng tạo \(0–30\)/ }).focus();
  const typed = [
    ['7,5', '20', '15.5'],
    ['30', '40', '0'],
    ['12', '33,5', '9'],
  ] as const;
  for (const [tm, hq, ad] of typed) {
    const id = await cardId(p);
    ids.push(id);
    await page.keyboard.type(tm);
    await page.keyboard.press('Tab');
    await page.keyboard.type(hq);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ad);
    if (ids.length === 3) {
      await page.keyboard.press('Tab');
      await page.keyboard.type('Áp dụng tốt ở phân xưởng');
    }
    await page.keyboard.press('Enter');
    await eventually(async () => {
      if ((await cardId(p)) === id) throw new Error(`still on ${id} after Enter`);
    });
  }
  await expectText(progress, `Đã chấm 3/${total}`);
  await screenshot('three-scored');

  const sheet = await scoreSheet(page);
  const expected = [
    [7.5, 20, 15.5],
    [30, 40, 0],
    [12, 33.5, 9],
  ];
  ids.forEach((id, i) => {
    const row = rowOf(sheet, id, member);
    assertEqual([row.TM, row.HQ, row.AD], expected[i], `scores of ${id}`);
  });
  assertEqual(rowOf(sheet, ids[2]!, member)['Nhận xét'], 'Áp dụng tốt ở phân xưởng', 'comment');
  // Nobody else's row was touched: every other reviewer's cells are still empty.
  const others = sheet.slice(1).filter((r) => r[1] !== member && r[0] !== '');
  assertEqual(others.filter((r) => r.slice(2, 5).some((v) => v !== '')).length, 0, 'scores in other reviewers rows');

  // The filter shows the three scored items.
  await p.getByRole('radio', { name: /^Đã chấm \(3\)$/ }).check();
  assertEqual(await p.getByRole('list', { name: 'Sáng kiến được giao' }).getByRole('listitem').count(), 3, 'scored items listed');
});

e2e('a conflict of interest flagged with the keyboard is saved as a mark in the sheet', async ({ page, baseUrl, screenshot }) => {
  const p = await openScoring(page, baseUrl);
  const member = await pickReviewer(page, p, 1);
  const id = await cardId(p);
  await p.getByRole('textbox', { name: /^TM — / }).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assertEqual(await p.getByRole('checkbox', { name: 'Xung đột lợi ích' }).isChecked(), true, 'conflict ticked');
  await screenshot('conflict');
  await page.keyboard.press('Enter');
  await eventually(async () => {
    if ((await cardId(p)) === id) throw new Error('still on the flagged item');
  });
  await expectText(p.getByText(/^Đã chấm \d+\/\d+$/), /^Đã chấm 1\//);
  await eventually(async () => assertEqual(rowOf(await scoreSheet(page), id, member)['Xung đột lợi ích'], 'x', 'conflict cell'));
});

e2e('a clerk types a paper sheet for another reviewer in the table, Enter moving down', async ({ page, baseUrl, screenshot }) => {
  const p = await openScoring(page, baseUrl);
  const member = await pickReviewer(page, p, 2);
  await p.getByRole('radio', { name: 'Thư ký nhập phiếu giấy' }).check();
  const table = p.getByRole('table');
  const rows = table.getByRole('rowheader');
  const first = (await rows.nth(0).innerText()).trim();
  const second = (await rows.nth(1).innerText()).trim();
  await p.getByRole('textbox', { name: `TM của ${first}` }).focus();
  await page.keyboard.type('8');
  await page.keyboard.press('Tab');
  await page.keyboard.type('30,5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('25');
  await page.keyboard.press('Enter');
  // Enter went down the AD column; the first row saved as the cursor left it.
  await eventually(async () => assertEqual(await p.getByRole('textbox', { name: `AD của ${second}` }).evaluate((el) => el === document.activeElement), true, 'cursor in AD of the next row'));
  await eventually(async () => {
    const row = rowOf(await scoreSheet(page), first, member);
    assertEqual([row.TM, row.HQ, row.AD], [8, 30.5, 25], `scores of ${first}`);
  });
  // A score over the maximum is refused where it is typed, and nothing of that row is written.
  await page.keyboard.type('45');
  await expectText(table.getByText('Điểm phải từ 0 đến 30.'), 'Điểm phải từ 0 đến 30.');
  await page.keyboard.press('Enter');
  await expectText(p.getByText(/^Đã chấm \d+\/\d+$/), /^Đã chấm 1\//);
  assertEqual(rowOf(await scoreSheet(page), second, member).AD, '', 'refused score left out of the sheet');
  await screenshot('clerk');
});

e2e('a save the workbook refuses keeps the draft, offers a retry, and the draft comes back as unsaved', async ({ page, baseUrl, screenshot }) => {
  const p = await openScoring(page, baseUrl);
  await pickReviewer(page, p, 3);
  const id = await cardId(p);
  // Lock every cell of "Chấm điểm", as a clerk protecting the sheet by hand would.
  await page.evaluate(() =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Chấm điểm');
      sheet.protection.load('protected');
      await context.sync();
      if (sheet.protection.protected) sheet.protection.unprotect();
      sheet.getRange('A:Z').format.protection.locked = true;
      sheet.protection.protect();
      await context.sync();
    }),
  );
  await p.getByRole('textbox', { name: /^TM — / }).fill('11');
  await page.keyboard.press('Enter');
  const alert = p.getByRole('alert');
  await expectText(alert, /Không lưu được/);
  await screenshot('save-refused');
  assertEqual(await cardId(p), id, 'stayed on the item that did not save');
  // Reopening the same workbook brings the draft back, marked unsaved.
  await page.reload();
  await stepTabs(page).nth(3).click();
  await pickReviewer(page, p, 3);
  assertEqual(await cardId(p), id, 'same item opened');
  await expectText(p.getByRole('status').filter({ hasText: 'bản nháp' }), /Chưa lưu: đã khôi phục bản nháp/);
  assertEqual(await p.getByRole('textbox', { name: /^TM — / }).inputValue(), '11', 'draft restored');
});

e2e('score packets open one new workbook per reviewer', async ({ page, baseUrl, screenshot }) => {
  const p = await openScoring(page, baseUrl);
  await p.getByRole('button', { name: 'Xuất phiếu chấm' }).click();
  const done = p.getByRole('status').filter({ hasText: /Đã mở \d+ phiếu chấm/ });
  await done.waitFor({ timeout: 60_000 });
  const count = Number(/Đã mở (\d+)/.exec(await done.innerText())?.[1]);
  if (!(count > 0)) throw new Error('no packet opened');
  await page.getByRole('button', { name: `Sổ đã tạo (${count})` }).waitFor();
  await screenshot('packets');
});

for (const lang of ['vi', 'en'] as const) {
  e2e(`the scoring step has no serious accessibility violation, card and clerk table (${lang})`, async ({ page, baseUrl }) => {
    const p = await openScoring(page, baseUrl, lang);
    await pickReviewer(page, p, 0, lang);
    const scan = async (what: string): Promise<void> => {
      const found = await seriousViolations(new AxeBuilder({ page }).include('aside'));
      if (found.length > 0) throw new Error(`${what}:\n${found.join('\n')}`);
    };
    await scan('card');
    await p.getByRole('radio', { name: lang === 'vi' ? 'Thư ký nhập phiếu giấy' : 'Clerk types a paper sheet' }).check();
    await p.getByRole('table').waitFor();
    await scan('clerk table');
  });
}

e2e('a returned packet is taken in: new scores written, a score that differs listed and not overwritten', async ({ page, baseUrl, screenshot }) => {
  const p = await openScoring(page, baseUrl);
  await p.getByRole('button', { name: 'Xuất phiếu chấm' }).click();
  await p.getByRole('status').filter({ hasText: /Đã mở \d+ phiếu chấm/ }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: /^Sổ đã tạo/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Tải về sổ mới 1' }).click()]);
  await page.keyboard.press('Escape');

  // Meanwhile the first reviewer scores their first item in the pane.
  const member = await pickReviewer(page, p, 0);
  const first = await cardId(p);
  await p.getByRole('textbox', { name: /^TM — / }).fill('7');
  await p.getByRole('textbox', { name: /^HQ — / }).fill('20');
  await p.getByRole('textbox', { name: /^AD — / }).fill('15');
  await page.keyboard.press('Enter');
  await expectText(p.getByText(/^Đã chấm \d+\/\d+$/), /^Đã chấm 1\//);

  // The packet comes back with TM typed for that item (differs) and for another (new).
  const { openXlsx } = await import('../../src/workbook/xlsx');
  const packet = await openXlsx(await (await import('node:fs/promises')).readFile((await download.path())));
  const sheet = (await packet.listSheets()).find((s) => s.visibility === 'visible')!;
  const [grid] = await packet.readSheets([{ name: sheet.name }]);
  const rows = grid!.values;
  const headerRow = rows.findIndex((r) => r.includes('Mã SK') && r.includes('TM'));
  const idCol = rows[headerRow]!.indexOf('Mã SK');
  const tmCol = rows[headerRow]!.indexOf('TM');
  const firstRow = rows.findIndex((r) => r[idCol] === first);
  const otherRow = rows.findIndex((r, i) => i > headerRow && typeof r[idCol] === 'string' && r[idCol] !== '' && r[idCol] !== first);
  const otherCell = rows[otherRow]![idCol];
  const other = typeof otherCell === 'string' ? otherCell : '';
  await packet.apply([{ kind: 'writeCells', sheet: sheet.name, cells: [{ row: firstRow, col: tmCol, value: 12.5 }, { row: otherRow, col: tmCol, value: 9 }] }]);
  await p.getByLabel('Chọn các tệp phiếu chấm (.xlsx) đã nhận').setInputFiles({
    name: 'phieu-tra-ve.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await packet.toBuffer()),
  });
  await expectText(p.getByRole('status').filter({ hasText: /Đã nhận/ }), 'Đã nhận 1 tệp, ghi 1 ô điểm.', 60_000);
  await expectText(p.getByText(new RegExp(`^${first} · ${member} · TM`)), new RegExp(`đang có 7, phiếu ghi 12,5$`));
  await screenshot('received');
  const book = await scoreSheet(page);
  assertEqual(rowOf(book, first, member).TM, 7, 'differing score kept as entered');
  assertEqual(rowOf(book, other, member).TM, 9, 'new score written');
  // The pane reads the sheet again: the item now shows the score the packet brought.
  await p.getByRole('button', { name: new RegExp(`^${other} — `) }).click();
  await eventually(async () => assertEqual(await p.getByRole('textbox', { name: /^TM — / }).inputValue(), '9', 'collected score shown in the card'));
});

e2e('the card and the clerk table fit a 320 px pane without the pane scrolling sideways', async ({ page, baseUrl, screenshot }) => {
  const p = await openScoring(page, baseUrl, 'vi', 320);
  await pickReviewer(page, p, 0);
  const overflow = (): Promise<number> => p.evaluate((el) => el.scrollWidth - el.clientWidth);
  await p.getByRole('textbox', { name: /^TM — / }).waitFor();
  assertEqual(await overflow(), 0, 'sideways scroll with the card');
  await screenshot('card-320');
  await p.getByRole('radio', { name: 'Thư ký nhập phiếu giấy' }).check();
  await p.getByRole('table').waitFor();
  assertEqual(await overflow(), 0, 'sideways scroll with the clerk table');
  await screenshot('clerk-320');
});
