// The clerk's whole journey, as SPEC §2 tells it, through the seven panes: the raw register read and
// written as "Sáng kiến" with one column corrected, the council set up, reviewers assigned, one paper
// score sheet typed, the rest of the council's scores entered in the sheet as reviewers would, ranked,
// the ballot's votes and a ruling on a flag recorded, ranked again, and the documents generated.
// Screenshots named readme-* and document-ubnd feed docs/screenshots (docs/copy-screenshots.mjs).
import { e2e, eventually } from './harness';
import { expectAccessible, headerRow, sheetValues, type Cell } from './journey-page';
import { assertEqual, expectText, openWorkbench, pane, stepTabs } from './workbench-page';

e2e(
  'journey: the clerk goes from the raw register through council, assignment, a paper score sheet, ranking, the ballot and a ruling to the documents',
  async ({ page, baseUrl, screenshot }) => {
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

    // Step 3: three reviewers per initiative (the rules' default), written to "Chấm điểm".
    await p.getByRole('button', { name: 'Sang bước Phân công' }).click();
    await expectText(p.getByRole('heading', { level: 2 }), 'Phân công');
    await p.getByRole('button', { name: 'Phân công', exact: true }).click({ timeout: 30_000 });
    await p.getByText(/^Đã phân công \d+ cặp \(3 người chấm mỗi sáng kiến\) vào sheet "Chấm điểm"\.$/).waitFor({ timeout: 60_000 });
    await p.getByRole('table', { name: 'Số sáng kiến mỗi thành viên chấm' }).waitFor();
    await sheetTabs.getByRole('tab', { name: 'Chấm điểm' }).waitFor();
    await screenshot('readme-03-assignment');
    await expectAccessible(page, 'step 3 after assigning');
    await p.getByRole('button', { name: 'Sang bước Chấm điểm' }).click();
    await expectText(p.getByRole('heading', { level: 2 }), 'Chấm điểm');

    // Step 4, clerk entry: a member's paper sheet typed row by row, Tab across and Enter down.
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
    await screenshot('readme-04-clerk-entry');
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
    await p.getByRole('heading', { name: /^Việc Hội đồng cần quyết định \(\d+\)$/ }).waitFor();
    for (const name of ['Xếp hạng', 'Quyết định', 'Biểu quyết', 'DS đề nghị UBND', 'Biên bản']) await sheetTabs.getByRole('tab', { name }).waitFor();
    await screenshot('readme-05-ranking');
    await expectAccessible(page, 'step 5 after ranking');

    // Step 6: the ballot's yes votes typed for every proposed person (one short of the threshold) and a
    // ruling on the first flagged initiative, each saved to its own cells.
    await p.getByRole('button', { name: 'Sang bước Biểu quyết' }).click();
    await p.getByRole('heading', { name: 'Biểu quyết đề nghị khen thưởng' }).waitFor({ timeout: 60_000 });
    const rule = await p.getByText(/Cần ít nhất \d+\/\d+ phiếu đồng ý/).innerText();
    const need = Number(/(\d+)\//.exec(rule)?.[1] ?? '0');
    const boxes = p.getByRole('spinbutton', { name: /^Số phiếu đồng ý \(/ });
    const personOf = async (i: number): Promise<string> =>
      /\((.*)\)\s*$/.exec(await boxes.nth(i).evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ''))?.[1]?.trim() ?? '';
    const passing = await personOf(0);
    const failing = await personOf(1);
    if (need < 1 || passing === '' || failing === '') throw new Error(`ballot: threshold ${need}, persons "${passing}", "${failing}"`);
    // The council votes on every proposal; all reach the threshold but the second person's.
    const proposals = await boxes.count();
    for (let i = 0; i < proposals; i++) await boxes.nth(i).fill(String(i === 1 ? need - 1 : need));
    await p.getByRole('button', { name: 'Lưu số phiếu' }).click();
    await p.getByText(new RegExp(`Đã lưu ${proposals} ô số phiếu vào trang Biểu quyết`)).waitFor({ timeout: 30_000 });
    // The summary first (the votes needed, the lists, what is entered and passed), the pane alone scrolled.
    await p.getByRole('heading', { name: 'Tóm tắt biểu quyết' }).evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
    await screenshot('readme-06-ballot');

    const flagged = p.getByRole('listitem').filter({ has: page.getByRole('combobox', { name: /^Quyết định SK-/ }) }).first();
    await flagged.waitFor();
    const decidedId = /SK-\d+/.exec(await flagged.innerText())?.[0] ?? '';
    await flagged.getByRole('combobox', { name: `Quyết định ${decidedId}` }).click();
    await page.getByRole('option', { name: 'Nhì', exact: true }).click();
    await p.getByRole('textbox', { name: `Ghi chú ${decidedId}` }).fill('Hội đồng biểu quyết tại phiên họp');
    await p.getByRole('button', { name: 'Lưu quyết định' }).click();
    await p.getByText(/Đã ghi \d+ ô vào trang Quyết định/).waitFor({ timeout: 30_000 });
    await screenshot('ruling');
    await expectAccessible(page, 'step 6 with votes and a ruling');

    // Ranking again applies both: the ruling in "Xếp hạng", the verdicts in "Biểu quyết" and the list.
    await p.getByRole('button', { name: 'Xếp hạng lại để áp dụng' }).click();
    await p.getByText(/Đã xếp hạng lại lúc /).first().waitFor({ timeout: 60_000 });
    const lookup = (values: Cell[][], key: string, value: string, column: string): Cell | undefined => {
      const h = headerRow(values, key);
      const head = values[h] ?? [];
      return values.slice(h + 1).find((r) => r[head.indexOf(key)] === value)?.[head.indexOf(column)];
    };
    await eventually(async () => {
      assertEqual(lookup(await sheetValues(page, 'Xếp hạng'), 'Mã SK', decidedId, 'Quyết định HĐ'), 'Nhì', `the ruling on ${decidedId} in "Xếp hạng"`);
      const ballot = await sheetValues(page, 'Biểu quyết');
      assertEqual(lookup(ballot, 'Họ và tên', passing, 'Kết quả'), 'Thông qua', `verdict of ${passing}`);
      assertEqual(lookup(ballot, 'Họ và tên', failing, 'Kết quả'), 'Không thông qua', `verdict of ${failing}`);
    }, 60_000);
    if ((await sheetValues(page, 'DS đề nghị UBND')).flat().includes(failing)) throw new Error(`${failing} failed the ballot but is on the province's list`);

    // Step 7: every document generated from the same results, and one opened.
    // Ranking again already rewrote them, so they match the data before the clerk asks for them.
    await stepTabs(page).nth(6).click();
    const documents = p.getByRole('list', { name: 'Các văn bản gửi Ủy ban' });
    await expectText(documents, /DS đề nghị UBND[\s\S]*Khớp với dữ liệu/, 30_000);
    await p.getByRole('button', { name: 'Tạo tất cả văn bản' }).click();
    await p.getByText(/^Đã tạo \d+ văn bản\.$/).waitFor({ timeout: 60_000 });
    await expectText(documents, /Khớp với dữ liệu/);
    await screenshot('readme-07-reports');
    await expectAccessible(page, 'step 7 after generating');
    await p.getByRole('button', { name: 'Đến sheet DS đề nghị UBND' }).click();
    await sheetTabs.getByRole('tab', { name: 'DS đề nghị UBND', selected: true }).waitFor();
    await page.getByRole('grid', { name: 'Trang tính DS đề nghị UBND' }).getByRole('gridcell', { name: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }).waitFor();
    await screenshot('document-ubnd');
  },
  { timeoutMs: 300_000 },
);
