// The clerk's whole journey, as SPEC §2 tells it: the raw register read and written as "Sáng kiến",
// the council set up, one paper score sheet typed, the rest of the council's scores entered in the
// sheet as reviewers would, ranked, a flag decided and the ballot recorded in their sheets, ranked
// again, and the documents generated. Screenshots named readme-* feed docs/screenshots.
//
// Step 3 (Phân công) has no pane yet, so the journey is told in two halves: up to the council from
// the raw register, then from stage=assigned (the workbench runs the real assignReviewers).
import { e2e, eventually } from './harness';
import { expectAccessible, headerRow, sheetValues } from './journey-page';
import { assertEqual, expectText, openWorkbench, pane, stepTabs } from './workbench-page';

e2e('journey: the clerk reads the raw register, corrects a column, writes Sáng kiến and sets up the council', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { count: 200 });
  const p = pane(page);
  const sheetTabs = page.getByRole('tablist', { name: 'Trang tính' });

  // Step 1: an empty state that says what to do, then the register read without writing.
  await p.getByText(/Chưa đọc danh sách/).waitFor();
  await p.getByRole('button', { name: 'Đọc danh sách' }).click();
  const counts = p.getByRole('region', { name: 'Kết quả đọc trang "Tong hop"' });
  await counts.waitFor({ timeout: 60_000 });
  await expectText(counts, /Sáng kiến\s+200\b/);
  assertEqual(await sheetTabs.getByRole('tab', { name: 'Sáng kiến' }).count(), 0, '"Sáng kiến" tabs before writing');

  // The clerk disagrees with one column, then sets it back by hand: the mapping says it was theirs.
  await p.getByRole('button', { name: /^Ghép cột \(9\/11\)$/ }).click();
  const summary = p.getByRole('combobox', { name: 'Tóm tắt' });
  await summary.selectOption({ label: 'Không có' });
  await p.getByRole('button', { name: /^Ghép cột \(8\/11\)$/ }).waitFor();
  await summary.selectOption({ label: 'Cột J: Tóm tắt nội dung, hiệu quả' });
  await expectText(p, /Cột J, do bạn chọn/);
  await screenshot('readme-01-import');
  await expectAccessible(page, 'step 1 after reading');

  await p.getByRole('button', { name: 'Ghi sheet Sáng kiến' }).click();
  await p.getByText(/Đã ghi 200 sáng kiến vào sheet "Sáng kiến"/).waitFor({ timeout: 60_000 });
  await sheetTabs.getByRole('tab', { name: 'Sáng kiến', selected: true }).waitFor();
  const written = await sheetValues(page, 'Sáng kiến');
  const summaryCol = written[headerRow(written, 'Mã SK')]?.findIndex((v) => typeof v === 'string' && /^Tóm tắt/.test(v)) ?? -1;
  if (summaryCol < 0) throw new Error('"Sáng kiến" has no summary column after the correction');

  // Step 2: the sample has members but no rules sheet; the step offers to create what is missing.
  await p.getByRole('button', { name: 'Sang bước Hội đồng' }).click();
  await expectText(p.getByRole('heading', { level: 2 }), 'Hội đồng');
  await p.getByText(/Sổ làm việc chưa có sheet .*Cấu hình/).waitFor({ timeout: 30_000 });
  await p.getByRole('button', { name: 'Tạo sheet Hội đồng và Cấu hình' }).click();
  await p.getByText(/^Đã tạo: .*sheet "Cấu hình"/).waitFor({ timeout: 30_000 });
  await sheetTabs.getByRole('tab', { name: 'Cấu hình' }).waitFor();
  const membersHeading = p.getByRole('heading', { name: /^Thành viên Hội đồng \(\d+\)$/ });
  const members = Number(/\((\d+)\)/.exec(await membersHeading.innerText())?.[1] ?? '0');
  if (members < 5) throw new Error(`the council shows ${members} members; the sample has at least 5`);
  await p.getByRole('button', { name: 'Tiêu chí chấm điểm (3)', expanded: true }).waitFor();
  await screenshot('readme-02-council');
  await expectAccessible(page, 'step 2 with members and rules');

  // Step 3 is where the clerk assigns reviewers; here it only says what it will do (see the report).
  await p.getByRole('button', { name: 'Sang bước Phân công' }).click();
  await expectText(p.getByRole('heading', { level: 2 }), 'Phân công');
  await screenshot('assignment');
});

e2e(
  'journey: the clerk types a paper score sheet, the council scores, ranks, decides a flag, records the ballot, ranks again and generates the documents',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'assigned', count: 200 });
    const p = pane(page);
    const sheetTabs = page.getByRole('tablist', { name: 'Trang tính' });

    // Step 4, clerk entry: a member's paper sheet typed row by row, Tab across and Enter down.
    await stepTabs(page).nth(3).click();
    await p.getByRole('combobox', { name: 'Thành viên chấm' }).click({ timeout: 30_000 });
    const firstMember = page.getByRole('option').first();
    const memberId = /^(\S+) —/.exec((await firstMember.innerText()).trim())?.[1] ?? '';
    await firstMember.click();
    await p.getByRole('radio', { name: 'Thư ký nhập phiếu giấy' }).check();
    const firstBox = p.getByRole('textbox', { name: /^TM của SK-\d+$/ }).first();
    const paperId = /SK-\d+/.exec((await firstBox.getAttribute('aria-label')) ?? '')?.[0] ?? '';
    if (memberId === '' || paperId === '') throw new Error(`no member or initiative to type (${memberId}, ${paperId})`);
    await firstBox.click();
    await page.keyboard.type('25');
    await page.keyboard.press('Tab');
    await page.keyboard.type('31,5');
    await page.keyboard.press('Tab');
    await page.keyboard.type('20');
    await page.keyboard.press('Enter');
    await expectText(p.getByRole('row').filter({ hasText: paperId }).first(), /Đã lưu/);
    await screenshot('clerk-paper-sheet');
    await expectAccessible(page, 'step 4, clerk entry');
    await eventually(async () => {
      const scores = await sheetValues(page, 'Chấm điểm');
      const head = scores[0] ?? [];
      const row = scores.find((r) => r[0] === paperId && r[1] === memberId);
      const got = ['TM', 'HQ', 'AD'].map((c) => row?.[head.indexOf(c)]);
      assertEqual(got, [25, 31.5, 20], `scores of ${paperId} by ${memberId} in "Chấm điểm"`);
    });

    // The rest of the council scores in the sheet itself; one initiative gets two far-apart reviews.
    const filled = await page.evaluate(
      ({ skip }) =>
        Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem('Chấm điểm');
          const used = sheet.getUsedRange();
          used.load('values');
          await context.sync();
          const values = used.values as (string | number | boolean)[][];
          const head = (values[0] ?? []).map(String);
          const cols = ['TM', 'HQ', 'AD'].map((c) => head.indexOf(c));
          const [tm, hq, ad] = cols;
          if (tm === undefined || hq === undefined || ad === undefined || cols.some((c) => c < 0) || hq !== tm + 1 || ad !== tm + 2) {
            throw new Error(`unexpected score header: ${head.join(' | ')}`);
          }
          const seen = new Map<string, number>();
          let split = '';
          const block = values.slice(1).map((r) => {
            const id = String(r[0] ?? '');
            const kept = [r[tm], r[hq], r[ad]];
            if (id === '' || `${id}/${String(r[1])}` === skip) return kept;
            const n = Number(id.replace(/\D/g, ''));
            const k = seen.get(id) ?? 0;
            seen.set(id, k + 1);
            if (split === '' && n === 7) split = id;
            // The split initiative: one reviewer gives full marks, the next almost nothing.
            if (id === split) return k === 0 ? [30, 40, 30] : [4, 5, 3];
            return [10 + ((n * 7 + k) % 20), 10 + ((n * 11 + k * 3) % 30), 8 + ((n * 5 + k) % 22)];
          });
          const first = String.fromCharCode(65 + tm);
          const last = String.fromCharCode(65 + ad);
          sheet.getRange(`${first}2:${last}${block.length + 1}`).values = block as (string | number | boolean)[][];
          await context.sync();
          return { rows: block.length, split };
        }),
      { skip: `${paperId}/${memberId}` },
    );
    if (filled.rows < 200 || filled.split === '') throw new Error(`scores written: ${JSON.stringify(filled)}`);

    // Step 5: one click ranks and tiers; the flags to decide are listed.
    await stepTabs(page).nth(4).click();
    await p.getByText('Chưa xếp hạng lần nào').waitFor({ timeout: 30_000 });
    await p.getByRole('button', { name: 'Xếp hạng và xếp giải' }).click();
    await p.getByRole('heading', { name: 'Tóm tắt' }).waitFor({ timeout: 60_000 });
    await expectText(p, /Giải Nhất \d+ · Nhì \d+ · Ba \d+ · Khuyến khích \d+/);
    const toDecide = p.getByRole('heading', { name: /^Việc Hội đồng cần quyết định \(\d+\)$/ });
    await toDecide.waitFor();
    for (const name of ['Xếp hạng', 'Quyết định', 'Biểu quyết', 'DS đề nghị UBND', 'Biên bản']) await sheetTabs.getByRole('tab', { name }).waitFor();
    await screenshot('readme-05-ranking');
    await expectAccessible(page, 'step 5 after ranking');

    // The council rules on the first flag in "Quyết định", as the sheet's own note says.
    const decisions = await sheetValues(page, 'Quyết định');
    const dHead = headerRow(decisions, 'Quyết định');
    const flagged = decisions.slice(dHead + 1).findIndex((r) => /^SK-\d+$/.test(String(r[0] ?? '')));
    if (flagged < 0) throw new Error(`"Quyết định" lists no flagged initiative:\n${JSON.stringify(decisions.slice(0, 8))}`);
    const decidedRow = dHead + 1 + flagged;
    const decidedId = String(decisions[decidedRow]?.[0]);
    await page.evaluate(
      ({ row }) =>
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('Quyết định').getRange(`B${row}:C${row}`).values = [['Nhì', 'Hội đồng biểu quyết tại phiên họp']];
          await context.sync();
        }),
      { row: decidedRow + 1 },
    );

    // Step 6: the ballot's votes in "Biểu quyết" — every proposal passes but the last, which gets none.
    await stepTabs(page).nth(5).click();
    await expectText(p.getByRole('heading', { level: 2 }), 'Biểu quyết');
    await screenshot('ballot');
    const council = await sheetValues(page, 'Hội đồng');
    const memberCount = council.filter((r) => /^TV\d+$/i.test(String(r[0] ?? '').trim())).length;
    const ballot = await sheetValues(page, 'Biểu quyết');
    const bHead = headerRow(ballot, 'Số phiếu đồng ý');
    const votesCol = ballot[bHead]?.indexOf('Số phiếu đồng ý') ?? -1;
    const idCol = ballot[bHead]?.indexOf('Mã SK') ?? -1;
    const proposals = ballot
      .map((r, i) => ({ i, id: String(r[idCol] ?? '') }))
      .filter((x) => x.i > bHead && /^SK-\d+$/.test(x.id));
    if (proposals.length < 2 || memberCount < 5) throw new Error(`ballot of ${proposals.length} proposals, ${memberCount} members`);
    const votesLetter = String.fromCharCode(65 + votesCol);
    const firstRow = (proposals[0]?.i ?? 0) + 1;
    const lastRow = (proposals[proposals.length - 1]?.i ?? 0) + 1;
    await page.evaluate(
      ({ letter, from, to, yes }) =>
        Excel.run(async (context) => {
          const votes = Array.from({ length: to - from + 1 }, (_, k) => [from + k === to ? 0 : yes]);
          context.workbook.worksheets.getItem('Biểu quyết').getRange(`${letter}${from}:${letter}${to}`).values = votes;
          await context.sync();
        }),
      { letter: votesLetter, from: firstRow, to: lastRow, yes: memberCount },
    );

    // Step 5 again: the results went stale; ranking again applies the ruling and the votes.
    await stepTabs(page).nth(4).click();
    await p.getByText(/Kết quả đã cũ/).waitFor({ timeout: 30_000 });
    await p.getByRole('button', { name: 'Xếp hạng và xếp giải' }).click();
    await eventually(async () => {
      const ranking = await sheetValues(page, 'Xếp hạng');
      const rHead = headerRow(ranking, 'Quyết định HĐ');
      const col = ranking[rHead]?.indexOf('Quyết định HĐ') ?? -1;
      const idCol = ranking[rHead]?.indexOf('Mã SK') ?? -1;
      const row = ranking.find((r) => r[idCol] === decidedId);
      assertEqual(String(row?.[col] ?? ''), 'Nhì', `the council's ruling on ${decidedId} in "Xếp hạng"`);
    }, 60_000);
    await eventually(async () => {
      const after = await sheetValues(page, 'Biểu quyết');
      const result = (after[bHead] ?? []).indexOf('Kết quả');
      const passed = String(after[firstRow - 1]?.[result] ?? '');
      const failed = String(after[lastRow - 1]?.[result] ?? '');
      if (passed === '' || failed === '' || passed === failed) throw new Error(`ballot results: passed "${passed}", failed "${failed}"`);
    }, 60_000);
    await p.getByText(/Kết quả đã cũ/).waitFor({ state: 'detached', timeout: 30_000 });

    // Step 7: every document generated from the same results, and one opened.
    await stepTabs(page).nth(6).click();
    await p.getByRole('button', { name: 'Tạo tất cả văn bản' }).click();
    await expectText(p.getByRole('list', { name: 'Các văn bản gửi Ủy ban' }), /Khớp với dữ liệu/, 60_000);
    await screenshot('readme-07-reports');
    await expectAccessible(page, 'step 7 after generating');
    await p.getByRole('button', { name: 'Đến sheet DS đề nghị UBND' }).click();
    await sheetTabs.getByRole('tab', { name: 'DS đề nghị UBND', selected: true }).waitFor();
    await page.getByRole('grid', { name: 'Trang tính DS đề nghị UBND' }).getByRole('gridcell', { name: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }).waitFor();
    await screenshot('document-ubnd');
  },
  { timeoutMs: 300_000 },
);
