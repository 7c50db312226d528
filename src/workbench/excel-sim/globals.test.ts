import { describe, expect, it } from 'vitest';
import { createSimulatedExcel, isSimErrorCode } from './index';

function installed() {
  const xl = createSimulatedExcel();
  xl.state.addSheet('Sheet1');
  const g: Record<string, unknown> = {};
  xl.installGlobals(g);
  return { xl, office: g['Office'] as typeof Office };
}

describe('the Office globals', () => {
  it('runs an associated function command and resolves when it calls event.completed()', async () => {
    const { xl, office } = installed();
    const seen: string[] = [];
    office.actions.associate('rankAndTier', (event: Office.AddinCommands.Event) => {
      seen.push('clicked');
      setTimeout(() => event.completed(), 0);
    });
    await xl.runAction('rankAndTier');
    expect(seen).toEqual(['clicked']);
    await expect(xl.runAction('missing')).rejects.toThrow(/missing/);
  });

  it('opens one dialog at a time and reports the user closing it as DialogEventReceived 12006', async () => {
    const { xl, office } = installed();
    const events: unknown[] = [];
    const opened = await new Promise<Office.AsyncResult<Office.Dialog>>((resolve) =>
      office.context.ui.displayDialogAsync('https://localhost/notice.html', { height: 30, width: 30 }, resolve),
    );
    expect(opened.status).toBe('succeeded');
    opened.value.addEventHandler(office.EventType.DialogEventReceived, (e) => events.push(e));
    const second = await new Promise<Office.AsyncResult<Office.Dialog>>((resolve) =>
      office.context.ui.displayDialogAsync('https://localhost/other.html', {}, resolve),
    );
    expect(second.status).toBe('failed');
    expect(xl.dialogs.map((d) => d.url)).toEqual(['https://localhost/notice.html']);
    xl.dialogs[0]!.close();
    expect(events).toEqual([{ error: 12_006, type: 'dialogEventReceived' }]);
    expect(xl.dialogs[0]!.closed).toBe(true);
  });

  it('refuses a batch that does not return a promise, as office.js does', async () => {
    const { xl } = installed();
    const err = await xl
      .run(((context: Excel.RequestContext) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
      }) as unknown as (context: Excel.RequestContext) => Promise<void>)
      .catch((e: unknown) => e);
    expect(isSimErrorCode(err, 'RunMustReturnPromise')).toBe(true);
    expect(xl.state.cell('Sheet1', 'A1').value).toBeNull();
  });

  it('keeps Office.context.document.settings per document', () => {
    const { xl, office } = installed();
    office.context.document.settings.set('lang', 'vi');
    expect(office.context.document.settings.get('lang')).toBe('vi');
    expect(xl.documentSettings.get('lang')).toBe('vi');
  });
});
