// The council's second round, end to end in the workbench (issue 15), on a council that scores
// like people (reviewer bias ±5, noise ±5 per review, test/support/simulated-council.ts): rank, read
// the short list of decisions and the chart, add one reviewer to each initiative a single review
// decides ("Phân công"), score the new rows in "Chấm điểm" (they come first in the form), rank again,
// and see those initiatives resolved or asked again with their new review. Also: a council whose
// reviewers agree is told there is nothing to add, and nothing is written; the same steps in English.
import type { Locator, Page } from 'playwright-core';
import { simulatedScorer, type Scorer } from '../support/simulated-council';
import { e2e, eventually } from './harness';
import { expectAccessible, sheetValues, type Cell } from './journey-page';
import { assertEqual, expectText, openWorkbench, pane, stepTabs } from './workbench-page';

const CRITERIA = ['TM', 'HQ', 'AD'] as const;
const text = (v: Cell | undefined): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** Fills every score cell of "Chấm điểm" as the simulated council would type it (one sync). */
async function scoreAll(page: Page, scorer: Scorer): Promise<void> {
  const rows = await sheetValues(page, 'Chấm điểm');
  const head = rows[0]!.map(text);
  const [sk, tv] = [head.indexOf('Mã SK'), head.indexOf('Mã TV')];
  const cols = CRITERIA.map((c) => head.indexOf(c));
  const writes = rows
    .slice(1)
    .flatMap((r, i) => (text(r[sk]) === '' ? [] : [{ row: i + 1, scores: scorer.score(text(r[sk]), text(r[tv])) }]));
  await page.evaluate(
    ({ writes, cols }) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Chấm điểm');
        for (const w of writes) cols.forEach((c, k) => (sheet.getCell(w.row, c).values = [[w.scores[k]!]]));
        await context.sync();
      }),
    { writes, cols },
  );
}

interface ScoreRow {
  readonly sk: string;
  readonly tv: string;
  readonly round: string;
}

async function scoreRows(page: Page): Promise<{ rows: ScoreRow[]; raw: string[][] }> {
  const values = await sheetValues(page, 'Chấm điểm');
  const raw = values.map((r) => r.map(text));
  const head = raw[0]!;
  const [sk, tv, round] = [head.indexOf('Mã SK'), head.indexOf('Mã TV'), head.indexOf('Vòng')];
  const rows = raw
    .slice(1)
    .filter((r) => r[sk] !== '')
    .map((r) => ({ sk: r[sk]!, tv: r[tv]!, round: round < 0 || r[round] === '' ? '1' : r[round]! }));
  return { rows, raw };
}

/** Every decision item of the ranking step, each group paged to its end: id → the item's text. */
async function allDecisions(decisions: Locator): Promise<Map<string, string>> {
  for (;;) {
    const more = decisions.getByRole('button', { name: /^(Xem thêm|Show) \d+( more)?$/ }).first();
    if ((await more.count()) === 0) break;
    await more.click();
  }
  const items = decisions.getByRole('listitem');
  const out = new Map<string, string>();
  for (const item of await items.all()) {
    const t = (await item.innerText()).trim();
    const id = /^SK-\d+/.exec(t)?.[0];
    if (id) out.set(id, (out.get(id) ?? '') + t);
  }
  return out;
}

const PIVOTAL = { vi: 'Một phiếu quyết định kết quả', en: 'One review decides the outcome' } as const;

/** Ranks in the pane and returns the pivotal decisions listed (id → text) and the share line. */
async function rankInPane(page: Page, lang: 'vi' | 'en'): Promise<{ pivotal: Map<string, string>; share: string }> {
  const p = pane(page, lang);
  await stepTabs(page, lang).nth(4).click();
  await p.getByRole('button', { name: lang === 'vi' ? 'Xếp hạng và xếp giải' : 'Rank and award prizes' }).click();
  await p.getByRole('heading', { name: lang === 'vi' ? 'Tóm tắt' : 'Summary' }).waitFor({ timeout: 90_000 });
  await p
    .getByText(lang === 'vi' ? 'Kết quả đang khớp với dữ liệu.' : 'Results match the data.')
    .waitFor({ timeout: 30_000 });
  const decisions = p.getByRole('region', {
    name: lang === 'vi' ? /^Việc Hội đồng cần quyết định \(\d+\)$/ : /^Decisions for the council \(\d+\)$/,
  });
  await decisions.waitFor();
  // With nothing to decide the step says so and shows no share line.
  const none = p.getByText(
    lang === 'vi' ? 'Không có trường hợp nào cần Hội đồng quyết định.' : 'Nothing needs a decision by the council.',
  );
  const shareLine = p.getByText(
    lang === 'vi' ? /^Liên quan \d+\/\d+ sáng kiến được xếp hạng/ : /^They concern \d+ of \d+ ranked/,
  );
  await shareLine.or(none).first().waitFor();
  const share = (await none.count()) > 0 ? '' : (await shareLine.innerText()).trim();
  const all = await allDecisions(decisions);
  const pivotal = new Map([...all].filter(([, t]) => t.includes(PIVOTAL[lang])));
  return { pivotal, share };
}

e2e(
  'journey: the second round on a council that scores like people: rank, add a reviewer to each initiative one review decides, score the new rows first, rank again and see them resolved',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'assigned', count: 200 });
    const scorer = simulatedScorer(15);
    await scoreAll(page, scorer);
    const p = pane(page);

    // 1. Rank: the summary, the chart of the cut, and a short list of decisions.
    const first = await rankInPane(page, 'vi');
    const cut = p.getByRole('region', { name: 'Ranh giới giải và danh sách' });
    await cut.locator('svg').first().waitFor({ timeout: 30_000 });
    await expectText(cut, /Biểu đồ vẽ \d+\/\d+ sáng kiến được xếp hạng đầu tiên/);
    const [asked, ranked] = /(\d+)\/(\d+)/.exec(first.share)!.slice(1).map(Number) as [number, number];
    if (!(asked <= ranked * 0.15))
      throw new Error(`the council is asked about ${asked} of ${ranked} initiatives: ${first.share}`);
    if (first.pivotal.size === 0) throw new Error('no initiative hangs on one review in this council');
    // The chart marks each of them in red, with its id, rank and score for a screen reader.
    for (const id of first.pivotal.keys())
      await cut.getByRole('img', { name: new RegExp(`^${id}: hạng \\d+, \\d+,\\d\\d điểm$`) }).waitFor();
    await cut.scrollIntoViewIfNeeded();
    await screenshot('1-ranked-chart');
    // The short list from its heading down (the README's picture of the decisions).
    await p
      .getByRole('heading', { name: /^Việc Hội đồng cần quyết định/ })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot('readme-decisions');

    // 2. "Phân công": one more reviewer for each of them.
    const before = await scoreRows(page);
    await stepTabs(page).nth(2).click();
    await p.getByRole('heading', { name: 'Chấm bổ sung (vòng 2)' }).waitFor({ timeout: 60_000 });
    const button = p.getByRole('button', {
      name: `Thêm một người chấm cho ${first.pivotal.size} sáng kiến sát ranh giới`,
    });
    await button.waitFor();
    await screenshot('readme-second-round');
    await button.click();
    await p
      .getByText(new RegExp(`^Vòng 2: đã thêm ${first.pivotal.size} dòng vào trang "Chấm điểm"`))
      .waitFor({ timeout: 60_000 });
    await screenshot('2-added');
    const after = await scoreRows(page);
    before.raw.forEach((row, r) =>
      row.forEach((v, c) => {
        if (r > 0 || v !== '')
          assertEqual(after.raw[r]![c], v, `"Chấm điểm" cell ${r + 1}:${c + 1} after the second round`);
      }),
    );
    const added = after.rows.slice(before.rows.length);
    assertEqual(
      added.map((r) => r.round),
      added.map(() => '2'),
      'round of the added rows',
    );
    assertEqual(new Set(added.map((r) => r.sk)), new Set(first.pivotal.keys()), 'initiatives given a reviewer');
    for (const r of added)
      if (before.rows.some((b) => b.sk === r.sk && b.tv === r.tv)) throw new Error(`${r.tv} already reviewed ${r.sk}`);

    // The new score cells carry the first round's data validation (the sheet works with no add-in).
    const rules = await page.evaluate(
      ({ first, last, cols }) =>
        Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem('Chấm điểm');
          // No named helper here: the page would not know the bundler's __name.
          const rows = [1, first, last].map((row) =>
            cols.map((c) => sheet.getCell(row, c).dataValidation.load('type, rule, prompt, errorAlert')),
          );
          await context.sync();
          return rows.map((r) => r.map((dv) => JSON.stringify([dv.type, dv.rule, dv.prompt, dv.errorAlert])));
        }),
      {
        first: before.rows.length + 1,
        last: after.rows.length,
        cols: CRITERIA.map((c) => after.raw[0]!.indexOf(c)),
      },
    );
    if (!rules[0]!.every((r) => r.includes('Decimal')))
      throw new Error(`first-round score cells: ${rules[0]!.join(' ')}`);
    assertEqual(rules[1], rules[0], 'validation of the first row added');
    assertEqual(rules[2], rules[0], 'validation of the last row added');

    // 3. "Chấm điểm": each new reviewer finds the new rows first and types the scores, as on paper.
    await stepTabs(page).nth(3).click();
    const picker = p.getByRole('combobox', { name: 'Thành viên chấm' });
    await picker.waitFor({ timeout: 30_000 });
    const card = p.getByRole('region', { name: /^SK-\d+ — / });
    const reviewers = [...new Set(added.map((r) => r.tv))];
    for (const [k, tv] of reviewers.entries()) {
      await picker.click();
      await page.getByRole('option', { name: new RegExp(`^${tv} — `) }).click();
      await expectText(picker, new RegExp(`^${tv} — `));
      const theirs = added.filter((r) => r.tv === tv);
      for (const r of theirs) {
        // The rows of round 2 wait on top of the queue: the card open is one of them.
        await expectText(card.getByRole('heading'), new RegExp(`^${r.sk} — `), 30_000);
        const scores = scorer.score(r.sk, r.tv);
        for (const [i, code] of CRITERIA.entries()) {
          await card
            .getByRole('textbox', { name: new RegExp(`^${code} — `) })
            .fill(String(scores[i]).replace('.', ','));
        }
        if (k === 0 && r === theirs[0]) await screenshot('3-new-row-first');
        await card.getByRole('textbox', { name: /^AD — / }).press('Enter');
        await eventually(async () => {
          const now = (await scoreRows(page)).raw;
          const head = now[0]!;
          const row = now.find((x) => x[head.indexOf('Mã SK')] === r.sk && x[head.indexOf('Mã TV')] === tv)!;
          assertEqual(
            CRITERIA.map((c) => row[head.indexOf(c)]),
            scores.map(String),
            `${tv}'s scores of ${r.sk} in "Chấm điểm"`,
          );
        }, 30_000);
      }
    }

    // 4. Rank again: each initiative of round 2 is resolved, or asked again with its new review.
    const second = await rankInPane(page, 'vi');
    await screenshot('4-ranked-again');
    const still = [...first.pivotal.keys()].filter((id) => second.pivotal.has(id));
    for (const id of still) {
      const tv = added.find((r) => r.sk === id)!.tv;
      if (!second.pivotal.get(id)!.includes(tv)) throw new Error(`${id} is asked again without ${tv}'s new review`);
    }
    if (still.length >= first.pivotal.size)
      throw new Error(`round 2 resolved none of ${first.pivotal.size} initiatives (${still.join(', ')})`);
    await expectAccessible(page, 'the ranking step after the second round');

    // 5. Back in "Phân công" the next round is offered for what is left (or nothing, said so).
    await stepTabs(page).nth(2).click();
    await p.getByRole('heading', { name: 'Chấm bổ sung (vòng 3)' }).waitFor({ timeout: 60_000 });
    await screenshot('5-next-round');
  },
  { timeoutMs: 600_000 },
);

e2e(
  'second round with nothing near a line: the assignment step says so, offers no button, and writes nothing',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'assigned', count: 200 });
    // Reviewers who agree: every review of an initiative is the one TV01 would give.
    const scorer = simulatedScorer(15);
    await scoreAll(page, { score: (id) => scorer.score(id, 'TV01') });
    const ranked = await rankInPane(page, 'vi');
    assertEqual(ranked.pivotal.size, 0, 'pivotal decisions when every reviewer agrees');
    const before = await scoreRows(page);
    const p = pane(page);
    await stepTabs(page).nth(2).click();
    await p.getByRole('heading', { name: 'Chấm bổ sung (vòng 2)' }).waitFor({ timeout: 60_000 });
    await p.getByText(/^Không có sáng kiến nào sát ranh giới cần thêm người chấm/).waitFor();
    assertEqual(await p.getByRole('button', { name: /^Thêm một người chấm/ }).count(), 0, 'second-round buttons');
    await screenshot('nothing-to-add');
    assertEqual((await scoreRows(page)).raw, before.raw, '"Chấm điểm" after visiting the assignment step');
    assertEqual(before.raw[0]!.includes('Vòng'), false, 'a "Vòng" column written with nothing to add');
  },
  { timeoutMs: 300_000 },
);

e2e(
  'second round in English: the ranking step and the second-round button speak English when Office does',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'assigned', count: 200, lang: 'en' });
    await scoreAll(page, simulatedScorer(15));
    const p = pane(page, 'en');
    const ranked = await rankInPane(page, 'en');
    await expectText(p, /First prize \d+ · Second \d+ · Third \d+ · Encouragement \d+/);
    await expectText(p, /Proposed to the Provincial Committee \d+ · Confederation \d+ · Media \d+/);
    const cut = p.getByRole('region', { name: 'Prize and list lines' });
    await cut.locator('svg').first().waitFor({ timeout: 30_000 });
    await expectText(
      cut,
      /The chart shows the first \d+ of \d+ ranked initiatives, scores from \d+\.\d\d down to \d+\.\d\d/,
    );
    await expectText(cut, /Provincial list: from \d+\.\d\d/);
    // The prizes by their English names, as the summary line gives them, never "Nhì prize".
    await expectText(cut, /First prize: (from|minimum) \d+\.\d\d/);
    await expectText(cut, /Encouragement prize: (from|minimum) \d+\.\d\d/);
    if (/(Nhất|Nhì|Ba|Khuyến khích) prize/.test(await cut.innerText()))
      throw new Error('a Vietnamese prize name in the English lines');
    await cut
      .getByRole('img', { name: /^SK-\d+: rank \d+, \d+\.\d\d points$/ })
      .first()
      .waitFor();
    const item = [...ranked.pivotal.values()][0]!;
    if (!/Each reviewer’s total: TV\d+ [^·]+ \d+\.\d\d/.test(item) || !/\(without it: \d+\.\d\d\)/.test(item))
      throw new Error(`a pivotal decision without its reviews in English: ${item}`);
    await p.getByRole('button', { name: 'Go to the ballot' }).waitFor();
    await screenshot('ranking-en');

    await stepTabs(page, 'en').nth(2).click();
    await p.getByRole('heading', { name: 'Second round (round 2)' }).waitFor({ timeout: 60_000 });
    const button = p.getByRole('button', {
      name: `Add one reviewer to ${ranked.pivotal.size} initiatives near a line`,
    });
    await button.click();
    await p
      .getByText(new RegExp(`^Round 2: ${ranked.pivotal.size} rows added to "Chấm điểm"`))
      .waitFor({ timeout: 60_000 });
    await screenshot('second-round-en');
    // No Vietnamese sentence of these two steps is left on screen.
    const words = await p.innerText();
    for (const vi of [
      'Xếp hạng và xếp giải',
      'Việc Hội đồng cần quyết định',
      'Thêm một người chấm',
      'Chấm bổ sung',
      'Vòng 2',
    ])
      if (words.includes(vi)) throw new Error(`"${vi}" in the English pane`);
    await expectAccessible(page, 'the assignment step in English');
  },
  { timeoutMs: 300_000 },
);
