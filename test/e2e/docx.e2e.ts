// Word files built in the pane: the reports step's "Tải về .docx" and the scoring step's paper score
// forms each give the browser a download that is a valid .docx (opened back: the document part,
// the heading, the signature); the forms can also be written as the "Phiếu chấm" sheet.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { e2e } from './harness';
import { expectText, openWorkbench, pane, stepTabs } from './workbench-page';

/** Clicks, waits for the download it starts, and returns its name and the text runs of its document part. */
async function downloadDocx(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all<[Promise<Download>, Promise<void>]>([page.waitForEvent('download'), click()]);
  const path = await download.path();
  if (!path) throw new Error('the download was not saved');
  const bytes = new Uint8Array(await readFile(path));
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new Error(`${download.suggestedFilename()} is not a zip`);
  const parts = unzipSync(bytes);
  for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml'])
    if (!parts[part]) throw new Error(`no ${part}`);
  const xml = strFromU8(parts['word/document.xml']!);
  const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
  return { name: download.suggestedFilename(), text };
}

function expectIn(text: string, needles: readonly string[], what: string): void {
  for (const n of needles) if (!text.includes(n)) throw new Error(`${what}: "${n}" missing`);
}

e2e('the reports step downloads a document as a Word file built in the pane', async ({ page, baseUrl, screenshot }) => {
  await openWorkbench(page, baseUrl, { stage: 'scored' });
  await stepTabs(page).nth(6).click();
  const p = pane(page);
  const minutes = await downloadDocx(page, () => p.getByRole('button', { name: 'Tải về .docx Biên bản' }).click());
  if (minutes.name !== 'Biên bản.docx') throw new Error(`named ${minutes.name}`);
  expectIn(minutes.text, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BIÊN BẢN', 'TM. HỘI ĐỒNG', 'THƯ KÝ'], minutes.name);
  await expectText(p, /Đã tải về "Biên bản.docx"/);
  const ubnd = await downloadDocx(page, () => p.getByRole('button', { name: 'Tải về .docx DS đề nghị UBND' }).click());
  expectIn(ubnd.text, ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'Họ và tên', 'CHỦ TỊCH'], ubnd.name);
  await screenshot('downloaded');
});

e2e(
  'the scoring step offers the paper score forms as a Word file and as a sheet',
  async ({ page, baseUrl, screenshot }) => {
    await openWorkbench(page, baseUrl, { stage: 'assigned' });
    await stepTabs(page).nth(3).click();
    const p = pane(page);
    const section = p.getByRole('region', { name: 'Phiếu chấm giấy' });
    await section.waitFor();
    const forms = await downloadDocx(page, () =>
      section.getByRole('button', { name: 'Tải phiếu chấm (.docx)' }).click(),
    );
    if (forms.name !== 'Phiếu chấm.docx') throw new Error(`named ${forms.name}`);
    expectIn(forms.text, ['PHIẾU CHẤM ĐIỂM SÁNG KIẾN', 'Tổng điểm (tối đa 100)', 'NGƯỜI CHẤM'], forms.name);
    await expectText(section, /Đã tải về "Phiếu chấm.docx": \d+ phiếu/);

    await section.getByRole('button', { name: 'Ghi sheet Phiếu chấm' }).click();
    await expectText(section, /Đã ghi sheet "Phiếu chấm"/, 60_000);
    const tabs = page.getByRole('tablist', { name: 'Trang tính' });
    await section.getByRole('button', { name: 'Đến sheet Phiếu chấm' }).click();
    await tabs.getByRole('tab', { name: 'Phiếu chấm', selected: true }).waitFor();
    await page
      .getByRole('grid', { name: 'Trang tính Phiếu chấm' })
      .getByRole('gridcell', { name: 'PHIẾU CHẤM ĐIỂM SÁNG KIẾN' })
      .first()
      .waitFor();
    await screenshot('forms-sheet');
  },
);
