// Accessibility across the journey: every step, with the work done so far on screen (stage=ranked,
// a reviewer picked in Chấm điểm, the ranking summary shown), has no serious or critical axe violation (axe's label rule covers
// a label on every input), and Tab alone reaches every control in the step.
import type { Page } from 'playwright-core';
import { e2e } from './harness';
import { expectAccessible } from './journey-page';
import { expectText, openWorkbench, pane, STEPS_EN, STEPS_VI, stepTabs } from './workbench-page';

const CONTROLS = 'button, input, select, textarea, a[href], [role="combobox"], [role="checkbox"], [role="radio"], [role="spinbutton"], [role="switch"]';

/**
 * Marks each visible, enabled control of the open step (one per radio group, as arrow keys move
 * inside a group), then Tabs from the step's tab through the panel and returns what was never focused.
 */
async function unreachedByTab(page: Page, lang: 'vi' | 'en', step: number): Promise<string[]> {
  const total = await pane(page, lang)
    .getByRole('tabpanel')
    .evaluate((panel, selector) => {
      const groups = new Set<string>();
      let n = 0;
      for (const el of Array.from(panel.querySelectorAll<HTMLElement>(selector))) {
        el.removeAttribute('data-journey-control');
        if (el.closest('[aria-hidden="true"], [data-tabster-dummy], [inert]') || el.getClientRects().length === 0) continue;
        if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true' || el.tabIndex < 0) continue;
        const radioGroup = el instanceof HTMLInputElement && el.type === 'radio' ? el.name : null;
        if (radioGroup !== null) {
          if (groups.has(radioGroup)) continue;
          groups.add(radioGroup);
        }
        el.setAttribute('data-journey-control', radioGroup === null ? String(n) : `radio:${radioGroup}`);
        n++;
      }
      return n;
    }, CONTROLS);
  await stepTabs(page, lang).nth(step).focus();
  const seen = new Set<string>();
  let insidePanel = false;
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const active = document.activeElement;
      if (!(active instanceof HTMLElement)) return { inside: false, id: null };
      const inside = active.closest('[role="tabpanel"]') !== null && active.closest('aside') !== null;
      const marked = active.closest('[data-journey-control]') ?? active.querySelector('[data-journey-control]');
      const own = active.getAttribute('data-journey-control');
      const radio = active instanceof HTMLInputElement && active.type === 'radio' ? `radio:${active.name}` : null;
      return { inside, id: radio ?? own ?? marked?.getAttribute('data-journey-control') ?? null };
    });
    if (at.id !== null) seen.add(at.id);
    if (at.inside) insidePanel = true;
    else if (insidePanel) break;
  }
  const missing = await pane(page, lang)
    .getByRole('tabpanel')
    .evaluate((panel, reached) => {
      const out: string[] = [];
      for (const el of Array.from(panel.querySelectorAll<HTMLElement>('[data-journey-control]'))) {
        const id = el.getAttribute('data-journey-control') ?? '';
        if (reached.includes(id)) continue;
        const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
        out.push(`${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${name.trim().slice(0, 60)}"`);
      }
      return out;
    }, [...seen]);
  if (total === 0) missing.push('(no control found in the step)');
  return missing;
}

for (const lang of ['vi', 'en'] as const) {
  e2e(`journey accessibility: every step with work on screen passes axe and Tab reaches each control (${lang})`, async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'ranked', count: 100, lang });
    const steps = lang === 'vi' ? STEPS_VI : STEPS_EN;
    const p = pane(page, lang);
    const problems: string[] = [];
    for (let i = 0; i < steps.length; i++) {
      await stepTabs(page, lang).nth(i).click();
      await expectText(p.getByRole('heading', { level: 2 }), steps[i]!);
      // Let the step read the workbook: its first control or message settles before scanning.
      await page.waitForLoadState('networkidle');
      await p.getByRole('tabpanel').getByRole('button').first().waitFor({ timeout: 30_000 });
      if (i === 3) {
        await p.getByRole('combobox', { name: lang === 'vi' ? 'Thành viên chấm' : 'Reviewer' }).click();
        await page.getByRole('option').first().click();
        await p.getByRole('region', { name: /^SK-\d+ — / }).waitFor({ timeout: 30_000 });
      }
      if (i === 4) {
        // On entry the step shows only its button; its summary and flags appear once it has ranked.
        await p.getByRole('button', { name: lang === 'vi' ? 'Xếp hạng và xếp giải' : 'Rank and award prizes' }).click();
        await p.getByRole('heading', { name: lang === 'vi' ? 'Tóm tắt' : 'Summary' }).waitFor({ timeout: 60_000 });
      }
      try {
        await expectAccessible(page, `${steps[i]} (${lang})`);
      } catch (error) {
        problems.push(String(error));
      }
      for (const m of await unreachedByTab(page, lang, i)) problems.push(`${steps[i]}: not reached by Tab: ${m}`);
      await screenshot(`step-${i + 1}`);
    }
    if (problems.length > 0) throw new Error(problems.join('\n'));
  }, { timeoutMs: 300_000 });
}
