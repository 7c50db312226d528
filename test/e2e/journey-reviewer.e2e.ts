// A reviewer's journey, keyboard only (SPEC §2.4): open the pane, go to Chấm điểm, pick their name,
// type the scores of their first initiatives (Tab between boxes, Enter = save and next), meet a
// score over the maximum, and see their progress — in Vietnamese and in English.
import { e2e, eventually } from './harness';
import { expectAccessible, isFocused, sheetValues, tabTo } from './journey-page';
import { assertEqual, expectText, openWorkbench, pane, stepTabs } from './workbench-page';

const WORDS = {
  vi: { step: 'Chấm điểm', reviewer: 'Thành viên chấm', progress: 'Đã chấm', shot: 'readme-04-scoring' },
  en: { step: 'Scoring', reviewer: 'Reviewer', progress: 'Scored', shot: 'scoring-en' },
} as const;

for (const lang of ['vi', 'en'] as const) {
  const w = WORDS[lang];
  e2e(`journey: a reviewer scores their list by keyboard alone (${lang})`, async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'assigned', count: 200, lang });
    const p = pane(page, lang);

    // To the scoring step with the arrow keys, as in any tab list.
    await stepTabs(page, lang).first().focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expectText(p.getByRole('heading', { level: 2 }), w.step);

    // Their name from the list: Tab to it, open it, take the first member.
    const picker = p.getByRole('combobox', { name: w.reviewer });
    await picker.waitFor({ timeout: 30_000 });
    await tabTo(page, picker, 'the reviewer picker');
    await page.keyboard.press('Enter');
    const option = page.getByRole('option').first();
    await option.waitFor();
    const memberId = /^(\S+) —/.exec((await option.innerText()).trim())?.[1] ?? '';
    await page.keyboard.press('Enter');
    await expectText(picker, new RegExp(`^${memberId} — `));
    const progress = p.getByText(new RegExp(`^${w.progress} \\d+/\\d+$`));
    const total = Number(/\/(\d+)$/.exec(await progress.innerText())?.[1] ?? '0');
    await expectText(progress, `${w.progress} 0/${total}`);

    // The first card: Tab to its first box, type, Tab, type (each language's decimal mark), Tab, type, Enter.
    const card = p.getByRole('region', { name: new RegExp(`^SK-\\d+ — `) });
    const firstId = /^SK-\d+/.exec((await card.getByRole('heading').innerText()).trim())?.[0] ?? '';
    const tm = () => card.getByRole('textbox', { name: /^TM — / });
    await tabTo(page, tm(), 'the first score box');
    await page.keyboard.type('25');
    await page.keyboard.press('Tab');
    await page.keyboard.type(lang === 'vi' ? '31,5' : '31.5');
    await page.keyboard.press('Tab');
    await page.keyboard.type('20');
    await screenshot(w.shot);
    await expectAccessible(page, `scoring card (${lang})`);
    await page.keyboard.press('Enter');

    // Enter saved and moved on: the next card has the cursor in its first box.
    await eventually(async () => {
      const id = /^SK-\d+/.exec((await card.getByRole('heading').innerText()).trim())?.[0] ?? '';
      if (id === firstId) throw new Error('still on the first card');
    });
    const secondId = /^SK-\d+/.exec((await card.getByRole('heading').innerText()).trim())?.[0] ?? '';
    await eventually(async () => assertEqual(await isFocused(tm()), true, 'cursor in the next card’s first box'));

    // A score over the maximum is refused where it was typed, and the cursor stays there.
    await page.keyboard.type('45');
    await page.keyboard.press('Enter');
    await eventually(async () => assertEqual(await tm().getAttribute('aria-invalid'), 'true', 'TM marked invalid'));
    assertEqual(await isFocused(tm()), true, 'cursor back in the wrong box');
    await screenshot('invalid');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('28');
    await page.keyboard.press('Tab');
    await page.keyboard.type('35');
    await page.keyboard.press('Tab');
    await page.keyboard.type('22');
    await page.keyboard.press('Enter');
    await expectText(progress, `${w.progress} 2/${total}`, 30_000);
    await screenshot('two-scored');

    // Only this reviewer's cells were written, as typed.
    await eventually(async () => {
      const scores = await sheetValues(page, 'Chấm điểm');
      const head = scores[0] ?? [];
      const pick = (id: string) => {
        const row = scores.find((r) => r[0] === id && r[1] === memberId);
        return ['TM', 'HQ', 'AD'].map((c) => row?.[head.indexOf(c)]);
      };
      assertEqual([pick(firstId), pick(secondId)], [[25, 31.5, 20], [28, 35, 22]], `${memberId}'s scores in "Chấm điểm"`);
      const others = scores.slice(1).filter((r) => r[1] !== memberId && ['TM', 'HQ', 'AD'].some((c) => r[head.indexOf(c)] !== ''));
      assertEqual(others.length, 0, 'rows of other reviewers written');
    });
  });
}
