import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { WorkbookPort } from '../../workbook/port';
import { detectCapabilities } from '../host/capabilities';
import type { TaskpaneHost } from '../host/HostContext';
import { STEPS } from '../steps/registry';
import { STEP_IDS } from '../steps/types';
import { TaskpaneApp } from './TaskpaneApp';

const NO_CALLS = (): never => {
  throw new Error('the shell must not touch the workbook while rendering');
};
const port: WorkbookPort = {
  host: 'excel',
  listSheets: NO_CALLS,
  readSheets: NO_CALLS,
  resolveRole: NO_CALLS,
  apply: NO_CALLS,
  select: NO_CALLS,
};

function host(maxMinor: number, withPort = true): TaskpaneHost {
  const capabilities = detectCapabilities((set, v) => set === 'ExcelApi' && Number(v.split('.')[1]) <= maxMinor);
  return { port: withPort ? port : null, capabilities };
}

/** The label of each tab, in document order (Fluent also renders a hidden bold copy; the first span is the label). */
function tabLabels(html: string): string[] {
  return html
    .split('role="tab"')
    .slice(1)
    .map((chunk) => /fui-Tab__content[^"]*"[^>]*>([^<]*)</.exec(chunk)?.[1] ?? '');
}

describe('the task pane shell', () => {
  it('offers the seven steps of the council in order, in Vietnamese by default', () => {
    const html = renderToString(<TaskpaneApp host={host(17)} locale="vi" />);
    expect(tabLabels(html)).toEqual([
      '1. Nhập danh sách',
      '2. Hội đồng',
      '3. Phân công',
      '4. Chấm điểm',
      '5. Xếp hạng',
      '6. Biểu quyết',
      '7. Báo cáo',
    ]);
    expect(html).toContain('role="tablist"');
    expect(html).toContain('role="tabpanel"');
  });

  it('speaks English when asked', () => {
    const html = renderToString(<TaskpaneApp host={host(17)} locale="en" initialStep="ranking" />);
    expect(tabLabels(html)).toContain('5. Ranking');
    expect(html).toContain('Step 5 of 7');
  });

  it('shows an old Excel a clear message instead of the steps', () => {
    const html = renderToString(<TaskpaneApp host={host(8)} locale="vi" />);
    expect(html).toContain('ExcelApi 1.9');
    expect(html).not.toContain('role="tablist"');
  });

  it('says so when there is no workbook to work on', () => {
    const html = renderToString(<TaskpaneApp host={host(17, false)} locale="vi" />);
    expect(html).toContain('Chưa kết nối được với sổ làm việc');
  });

  it('registers one step per id, in the order of the steps', () => {
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
  });

  it('gives every step a loadable component', async () => {
    for (const step of STEPS) expect(typeof (await step.load()).default, step.id).toBe('function');
  });
});
