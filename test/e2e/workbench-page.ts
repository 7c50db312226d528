// How the tests open and read the workbench, written once so each test reads like what a person does.
import type { Locator, Page } from 'playwright-core';
import { eventually } from './harness';

export interface OpenOptions {
  /** Language the pane starts in, as Office's display language would set it. */
  readonly lang?: 'vi' | 'en';
  /** ExcelApi version the simulated Excel reports (e.g. "1.8" for an old Excel). */
  readonly api?: string;
  /** Initiatives in the sample register. */
  readonly count?: number;
  /** The task pane's width in pixels (320–450). */
  readonly pane?: number;
  /** Start further along the council's work (src/workbench/stages.ts). */
  readonly stage?: 'imported' | 'assigned' | 'scored' | 'ranked';
  /** Documented rules the simulated Excel breaks on purpose (src/workbench/excel-sim/options.ts). */
  readonly break?: readonly ('merges512' | 'textFormat' | 'payload')[];
  /** "selftest": the pane shows the self-test page ("Kiểm tra Excel này"). */
  readonly page?: 'selftest';
}

export const STEPS_VI = ['Nhập danh sách', 'Hội đồng', 'Phân công', 'Chấm điểm', 'Xếp hạng', 'Biểu quyết', 'Báo cáo'] as const;
export const STEPS_EN = ['Import register', 'Council', 'Assignment', 'Scoring', 'Ranking', 'Ballot', 'Reports'] as const;

export async function openWorkbench(page: Page, baseUrl: string, options: OpenOptions = {}): Promise<void> {
  const query = new URLSearchParams();
  if (options.lang !== undefined) query.set('lang', options.lang);
  if (options.api !== undefined) query.set('api', options.api);
  if (options.count !== undefined) query.set('count', String(options.count));
  if (options.pane !== undefined) query.set('pane', String(options.pane));
  if (options.stage !== undefined) query.set('stage', options.stage);
  if (options.break !== undefined) query.set('break', options.break.join(','));
  if (options.page !== undefined) query.set('page', options.page);
  const qs = query.toString();
  await page.goto(`${baseUrl}/${qs === '' ? '' : `?${qs}`}`);
  await page.getByRole('complementary').first().waitFor({ state: 'visible', timeout: 30_000 });
}

/** The task pane: the side panel labelled as one. */
export function pane(page: Page, lang: 'vi' | 'en' = 'vi'): Locator {
  return page.getByRole('complementary', { name: lang === 'vi' ? 'Ngăn tác vụ' : 'Task pane' });
}

export function stepTabs(page: Page, lang: 'vi' | 'en' = 'vi'): Locator {
  return pane(page, lang)
    .getByRole('tablist', { name: lang === 'vi' ? 'Các bước xét duyệt' : 'Review steps' })
    .getByRole('tab');
}

/** The accessible names of a list of elements, in order. */
export async function names(list: Locator): Promise<string[]> {
  return (await list.allInnerTexts()).map((s) => s.trim());
}

export async function expectText(locator: Locator, expected: string | RegExp, timeoutMs = 15_000): Promise<void> {
  await eventually(async () => {
    const text = (await locator.innerText()).trim();
    const ok = typeof expected === 'string' ? text === expected : expected.test(text);
    if (!ok) throw new Error(`expected ${String(expected)}, found "${text}"`);
  }, timeoutMs);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** Fails unless `target` is fully inside the visible part of the pane's scrolling area. */
export async function expectInView(page: Page, target: Locator, what: string): Promise<void> {
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  if (box === null || viewport === null) throw new Error(`${what} is not on screen`);
  const within = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    let p: HTMLElement | null = el.parentElement;
    while (p) {
      const style = getComputedStyle(p);
      if (/(auto|scroll)/.test(style.overflowY) && p.scrollHeight > p.clientHeight) {
        const s = p.getBoundingClientRect();
        return r.top >= s.top - 1 && r.bottom <= s.bottom + 1;
      }
      p = p.parentElement;
    }
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  if (!within) throw new Error(`${what} is scrolled out of view`);
}
