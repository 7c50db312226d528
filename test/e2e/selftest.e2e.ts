// "Kiểm tra Excel này": the self-test a user runs from the pane's help link, against the simulated
// Excel as it is, as an Excel with ExcelApi 1.9, and as an Excel that breaks one documented rule.
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { seriousViolations } from './axe';
import { e2e } from './harness';
import { assertEqual, expectText, openWorkbench, pane, type OpenOptions } from './workbench-page';

const WORDS = {
  vi: {
    link: 'Kiểm tra Excel này',
    start: 'Bắt đầu kiểm tra',
    table: 'Kết quả kiểm tra Excel',
    report: 'Báo cáo để gửi cho người hỗ trợ',
    copy: 'Sao chép báo cáo',
    back: 'Quay lại Hội đồng sáng kiến',
    pass: 'Đạt',
    fail: 'Không đạt',
    fallback: 'Thay thế',
  },
  en: {
    link: 'Check this Excel',
    start: 'Start the check',
    table: 'Excel check results',
    report: 'Report to send to support',
    copy: 'Copy report',
    back: 'Back to the initiative council',
    pass: 'Pass',
    fail: 'Fail',
    fallback: 'Fallback',
  },
} as const;

/** Every sheet of the simulated workbook with its used values, through the page's own Excel.run. */
function workbookSnapshot(page: Page): Promise<string> {
  return page.evaluate(() =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const used = sheets.items.map((s) => s.getUsedRange(true).load('address,values'));
      await context.sync();
      return JSON.stringify(sheets.items.map((s, i) => [s.name, used[i]!.address, used[i]!.values]));
    }),
  );
}

/** Opens the pane, follows its help link, runs the check; returns each row's case and result. */
async function runCheck(
  page: Page,
  baseUrl: string,
  options: OpenOptions & { lang: 'vi' | 'en' },
): Promise<{ rows: [string, string, string][]; before: string }> {
  const w = WORDS[options.lang];
  await openWorkbench(page, baseUrl, options);
  const before = await workbookSnapshot(page);
  await pane(page, options.lang).getByRole('link', { name: w.link }).click();
  await pane(page, options.lang).getByRole('heading', { name: w.link, level: 1 }).waitFor();
  await pane(page, options.lang).getByRole('button', { name: w.start }).click();
  await pane(page, options.lang).getByRole('textbox', { name: w.report }).waitFor({ timeout: 60_000 });
  const rows = await pane(page, options.lang)
    .getByRole('table', { name: w.table })
    .getByRole('row')
    .evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
  return { rows: rows.map((r) => [r[0] ?? '', r[2] ?? '', r[3] ?? '']), before };
}

e2e(
  'the self-test passes every case against the simulated Excel and leaves the user’s sheets as they were (vi)',
  async ({ page, baseUrl, screenshot }) => {
    const { rows, before } = await runCheck(page, baseUrl, { lang: 'vi' });
    assertEqual(rows.length, 13, 'cases');
    const notPassed = rows.filter((r) => r[2] !== WORDS.vi.pass);
    assertEqual(notPassed, [], 'cases that did not pass');
    await expectText(pane(page).getByRole('status').last(), '13 đạt, 0 không đạt, 0 dùng cách thay thế');
    const report = await pane(page).getByRole('textbox', { name: WORDS.vi.report }).inputValue();
    for (const line of [
      'Tiện ích: 0.1.0',
      'Office: Excel OfficeOnline excel-sim ExcelApi 1.17',
      '[ĐẠT] Chữ trong ô định dạng "@" giữ nguyên (text)',
    ]) {
      if (!report.includes(line)) throw new Error(`the report lacks "${line}":\n${report}`);
    }
    assertEqual(await workbookSnapshot(page), before, 'the workbook after the check');
    await pane(page).getByRole('button', { name: WORDS.vi.copy }).click();
    await expectText(pane(page).getByText(/Đã sao chép|Không sao chép được/), /Đã sao chép|Không sao chép được/);
    const violations = await seriousViolations(new AxeBuilder({ page }).include('aside'));
    assertEqual(violations, [], 'serious accessibility violations');
    await screenshot('vi');
    await pane(page).getByRole('link', { name: WORDS.vi.back }).click();
    await pane(page).getByRole('link', { name: WORDS.vi.link }).waitFor();
  },
);

e2e(
  'the self-test on ExcelApi 1.9 reports each fallback and fails nothing (en)',
  async ({ page, baseUrl, screenshot }) => {
    const { rows } = await runCheck(page, baseUrl, { lang: 'en', api: '1.9' });
    assertEqual(
      rows.filter((r) => r[2] === WORDS.en.fail),
      [],
      'failed cases',
    );
    assertEqual(
      rows.filter((r) => r[2] === WORDS.en.fallback).map((r) => r[0]),
      ['Requirement sets', '600 merged areas (over 512) read in blocks'],
      'fallbacks',
    );
    const sets = rows.find((r) => r[0] === 'Requirement sets');
    if (!sets?.[1].includes('no ExcelApi 1.13: merged cells cannot be read'))
      throw new Error(`requirement sets: ${JSON.stringify(sets)}`);
    await expectText(pane(page, 'en').getByRole('status').last(), '11 passed, 0 failed, 2 using a fallback');
    await screenshot('en-1.9');
  },
);

for (const [broken, failing, lang] of [
  ['textFormat', 'Chữ trong ô định dạng "@" giữ nguyên', 'vi'],
  ['merges512', '600 merged areas (over 512) read in blocks', 'en'],
  ['payload', 'Largest request that goes through', 'en'],
] as const) {
  e2e(
    `the self-test fails only "${failing}" when the simulated Excel breaks ${broken} (${lang})`,
    async ({ page, baseUrl, screenshot }) => {
      const { rows, before } = await runCheck(page, baseUrl, { lang, break: [broken] });
      assertEqual(
        rows.filter((r) => r[2] !== WORDS[lang].pass).map((r) => [r[0], r[2]]),
        [[failing, WORDS[lang].fail]],
        'cases not passed',
      );
      assertEqual(await workbookSnapshot(page), before, 'the workbook after the check');
      await screenshot(broken);
    },
  );
}
