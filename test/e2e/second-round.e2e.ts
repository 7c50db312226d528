// Step "Phân công" after a ranking: "Thêm một người chấm cho N sáng kiến sát ranh giới" adds one
// reviewer row per pivotal initiative at the end of "Chấm điểm" (round 2 in "Vòng"), a member who
// had no row for it, every row already there unchanged; the scoring form then shows them first.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { e2e } from './harness';
import { assertEqual, openWorkbench, pane, stepTabs } from './workbench-page';

async function scoreRows(page: Page): Promise<string[][]> {
  return page.evaluate(() =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Chấm điểm').getUsedRange();
      range.load('formulas');
      await context.sync();
      return (range.formulas as unknown[][]).map((row) =>
        row.map((v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')),
      );
    }),
  );
}

e2e(
  'after ranking, the clerk adds one reviewer to each initiative near a line, and nothing else changes',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'ranked' });
    // The sample council agrees closely; one reviewer in three turns generous after the ranking, so
    // some initiatives now hang on a single review.
    await page.evaluate(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Chấm điểm');
        const range = sheet.getUsedRange();
        range.load('values,rowCount');
        await context.sync();
        const header = (range.values[0] as unknown[]).map(String);
        const cols = ['TM', 'HQ', 'AD'].map((c) => header.indexOf(c));
        const max = [30, 40, 30];
        for (let r = 1; r < range.rowCount; r += 3) cols.forEach((c, k) => (sheet.getCell(r, c).values = [[max[k]]]));
        await context.sync();
      }),
    );
    const before = await scoreRows(page);
    await stepTabs(page).nth(2).click();
    const p = pane(page);
    const button = p.getByRole('button', { name: /^Thêm một người chấm cho \d+ sáng kiến sát ranh giới$/ });
    await button.waitFor({ timeout: 60_000 });
    await p.getByRole('heading', { name: 'Chấm bổ sung (vòng 2)' }).waitFor();
    const count = Number(/\d+/.exec(await button.innerText())![0]);
    if (!(count > 0)) throw new Error('the button offers no initiative');
    await screenshot('offered');

    await button.focus();
    await page.keyboard.press('Enter');
    await p.getByText(new RegExp(`^Vòng 2: đã thêm ${count} dòng vào trang "Chấm điểm"`)).waitFor({ timeout: 60_000 });
    await screenshot('added');

    const after = await scoreRows(page);
    const header = after[0]!;
    const [sk, tv, round] = [header.indexOf('Mã SK'), header.indexOf('Mã TV'), header.indexOf('Vòng')];
    if (round < 0) throw new Error('no "Vòng" column');
    // Every earlier row, cell for cell (the header only gains "Vòng").
    before.forEach((row, r) =>
      row.forEach((v, c) => {
        if (!(r === 0 && c === round)) assertEqual(after[r]![c], v, `cell ${r + 1}:${c + 1}`);
      }),
    );
    const added = after.slice(before.length).filter((r) => r[sk] !== '');
    assertEqual(added.length, count, 'rows added');
    for (const r of added) {
      assertEqual(r[round], '2', `round of ${r[sk]}`);
      const earlier = before.filter((x) => x[sk] === r[sk]).map((x) => x[tv]);
      if (earlier.includes(r[tv])) throw new Error(`${r[tv]} already reviewed ${r[sk]}`);
    }
    const violations = await seriousViolations(new AxeBuilder({ page }).include('aside'));
    if (violations.length > 0) throw new Error(violations.join('\n'));
  },
  { timeoutMs: 180_000 },
);
