// The real task pane, as a clerk meets it in the workbench: the seven steps, the keyboard, English.
import { AxeBuilder } from '@axe-core/playwright';
import { seriousViolations } from './axe';
import { e2e } from './harness';
import { assertEqual, expectText, names, openWorkbench, pane, STEPS_EN, STEPS_VI, stepTabs } from './workbench-page';

e2e('the pane shows the seven steps of the council in order, in Vietnamese', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl);
  assertEqual(await names(stepTabs(page)), STEPS_VI.map((s, i) => `${i + 1}. ${s}`), 'step tabs');
  await expectText(pane(page).getByRole('heading', { level: 2 }), 'Nhập danh sách');
  await expectText(pane(page).getByRole('tabpanel'), /Bước 1\/7/);
  await screenshot('vi');
});

e2e('every step can be reached with the keyboard alone', async ({ page, baseUrl }) => {
  await openWorkbench(page, baseUrl);
  const tabs = stepTabs(page);
  await tabs.first().focus();
  for (let i = 0; i < STEPS_VI.length; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const tab = tabs.nth(i);
    assertEqual(await tab.getAttribute('aria-selected'), 'true', `step ${i + 1} selected`);
    await expectText(pane(page).getByRole('tabpanel').getByRole('heading', { level: 2 }), STEPS_VI[i]!);
    await expectText(pane(page).getByRole('tabpanel'), new RegExp(`Bước ${i + 1}/7`));
  }
  // Arrow keys wrap around, as in any tab list.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expectText(pane(page).getByRole('heading', { level: 2 }), STEPS_VI[0]);
});

e2e('the English switch turns the pane and the page into English', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl);
  await page.getByRole('radio', { name: 'English' }).check();
  assertEqual(await names(stepTabs(page, 'en')), STEPS_EN.map((s, i) => `${i + 1}. ${s}`), 'step tabs in English');
  await expectText(pane(page, 'en').getByRole('heading', { level: 2 }), 'Import register');
  await expectText(pane(page, 'en').getByRole('tabpanel'), /Step 1 of 7/);
  await page.getByRole('button', { name: 'Open .xlsx file' }).waitFor();
  assertEqual(await page.locator('html').getAttribute('lang'), 'en', 'page language');
  await screenshot('en');
  await page.getByRole('radio', { name: 'Tiếng Việt' }).check();
  await expectText(stepTabs(page).first(), '1. Nhập danh sách');
});

for (const [width, lang] of [[320, 'vi'], [450, 'en']] as const) {
  e2e(`every step tab fits a ${width} px pane without scrolling sideways (${lang})`, async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { pane: width, lang });
    const box = await pane(page, lang).boundingBox();
    if (box === null) throw new Error('the pane is not on screen');
    if (Math.abs(box.width - width) > 1) throw new Error(`pane is ${box.width}px wide, asked for ${width}`);
    const tabs = stepTabs(page, lang);
    for (let i = 0; i < (await tabs.count()); i++) {
      const tab = await tabs.nth(i).boundingBox();
      if (tab === null || tab.x < box.x || tab.x + tab.width > box.x + box.width + 0.5) {
        throw new Error(`step tab ${i + 1} is outside the pane: ${JSON.stringify(tab)}`);
      }
    }
    const overflow = await pane(page, lang).evaluate((el) => el.scrollWidth - el.clientWidth);
    if (overflow > 0) throw new Error(`the pane scrolls sideways by ${overflow}px`);
    await screenshot(`${width}`);
  });
}

e2e('Office in English opens the pane in English', async ({ page, baseUrl }) => {
  await openWorkbench(page, baseUrl, { lang: 'en' });
  await expectText(pane(page, 'en').getByRole('heading', { level: 2 }), 'Import register');
});

e2e('an Excel older than ExcelApi 1.9 gets a clear message instead of the steps', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { api: '1.8' });
  await pane(page).getByRole('alert').waitFor();
  await expectText(pane(page).getByRole('alert'), /ExcelApi 1\.9/);
  assertEqual(await pane(page).getByRole('tablist').count(), 0, 'step tabs shown on an old Excel');
  await screenshot('old-excel');
});

for (const lang of ['vi', 'en'] as const) {
  e2e(`no step has a serious or critical accessibility violation (${lang})`, async ({ page, baseUrl }) => {
    await openWorkbench(page, baseUrl, { lang });
    const steps = lang === 'vi' ? STEPS_VI : STEPS_EN;
    const found: string[] = [];
    for (let i = 0; i < steps.length; i++) {
      await stepTabs(page, lang).nth(i).click();
      await expectText(pane(page, lang).getByRole('heading', { level: 2 }), steps[i]!);
      for (const f of await seriousViolations(new AxeBuilder({ page }).include('aside'))) found.push(`${steps[i]}: ${f}`);
    }
    // Once for the whole page too: the sheet view and the bar around the pane.
    for (const f of await seriousViolations(new AxeBuilder({ page }))) found.push(`page: ${f}`);
    if (found.length > 0) throw new Error(`accessibility violations:\n${found.join('\n')}`);
  });
}
