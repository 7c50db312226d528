import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSimulatedExcel, type SimulatedExcel } from '../workbench/excel-sim';
import { advanceSample } from '../workbench/stages';
import { seedSample } from '../workbench/sample';
import { createOfficePort } from '../workbook/office';

type Handler = (event: Office.AddinCommands.Event) => void;
type DialogCallback = (result: { status: string; value: { addEventHandler: (type: string, fn: () => void) => void } }) => void;

// A scripted Office host: records what the command registers and lets a test open or refuse dialogs.
const registered = new Map<string, Handler>();
const dialogs: { url: string; close: () => void }[] = [];
let refuseDialogs = false;
let displayLanguage = 'vi-VN';

const fakeOffice = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { DialogEventReceived: 'dialogEventReceived' },
  onReady: (callback: () => void) => {
    callback();
    return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
  },
  actions: { associate: (name: string, handler: Handler) => registered.set(name, handler) },
  context: {
    get displayLanguage() {
      return displayLanguage;
    },
    ui: {
      displayDialogAsync: (url: string, _options: unknown, callback: DialogCallback) => {
        if (refuseDialogs) {
          callback({ status: 'failed', value: { addEventHandler: () => undefined } });
          return;
        }
        const handlers: (() => void)[] = [];
        dialogs.push({ url, close: () => handlers.forEach((h) => h()) });
        callback({ status: 'succeeded', value: { addEventHandler: (_type, fn) => handlers.push(fn) } });
      },
    },
  },
};

function clickRankAndTier(): { completed: () => number } {
  let completions = 0;
  const event = { completed: () => void completions++, source: { id: 'SangKien.RankAndTier' } };
  const handler = registered.get('rankAndTier');
  if (handler === undefined) throw new Error('rankAndTier is not associated');
  handler(event);
  return { completed: () => completions };
}

let sim: SimulatedExcel = createSimulatedExcel();

/** The workbook the button acts on: empty, or the sample council at a stage of its work. */
async function openBook(stage: 'empty' | 'scored'): Promise<void> {
  sim = createSimulatedExcel();
  if (stage === 'scored') {
    seedSample(sim.state, { count: 300 });
    await advanceSample(sim, createOfficePort((b) => sim.run(b)), 'scored');
  }
}

/** Waits until the command has opened its notice (ranking runs before it). */
async function noticeOpened(): Promise<URL> {
  await vi.waitFor(() => expect(dialogs.length).toBeGreaterThan(0), { timeout: 30_000 });
  return new URL(dialogs[dialogs.length - 1]?.url ?? '');
}

beforeAll(async () => {
  Object.assign(globalThis, {
    Office: fakeOffice,
    Excel: { run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => sim.run(batch) },
    location: new URL('https://localhost:3000/commands.html'),
  });
  await import('./commands');
});

describe('the rank-and-tier ribbon command', () => {
  it('registers itself under the FunctionName the manifest names, also as a global for older Excel', () => {
    expect([...registered.keys()]).toEqual(['rankAndTier']);
    expect((globalThis as { rankAndTier?: unknown }).rankAndTier).toBe(registered.get('rankAndTier'));
  });

  it('ranks the open workbook, writes the results and says what was decided, finishing once the message is closed', async () => {
    await openBook('scored');
    dialogs.length = 0;
    displayLanguage = 'vi-VN';
    const click = clickRankAndTier();
    const url = await noticeOpened();
    expect(url.origin + url.pathname).toBe('https://localhost:3000/assets/notice.html');
    expect(url.searchParams.get('lang')).toBe('vi');
    expect(url.searchParams.get('text')).toMatch(/^Đã xếp hạng \d+\/300 sáng kiến .* Giải Nhất \d+, Nhì \d+/);
    expect(sim.state.sheetNames()).toEqual(expect.arrayContaining(['Xếp hạng', 'DS đề nghị UBND', 'Biên bản']));
    expect(click.completed()).toBe(0);
    dialogs[0]?.close();
    dialogs[0]?.close();
    expect(click.completed()).toBe(1);
  });

  it('tells a clerk with no register what to do first, in English when Office is in English', async () => {
    await openBook('empty');
    dialogs.length = 0;
    displayLanguage = 'en-GB';
    clickRankAndTier();
    const url = await noticeOpened();
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('text')).toBe('There is no "Sáng kiến" sheet yet. Import the register in the Import step first.');
    expect(sim.state.sheetNames()).not.toContain('Xếp hạng');
  });

  it('does not leave the button spinning when Office refuses to open the message', async () => {
    await openBook('empty');
    refuseDialogs = true;
    try {
      const click = clickRankAndTier();
      await vi.waitFor(() => expect(click.completed()).toBe(1));
    } finally {
      refuseDialogs = false;
    }
  });
});

describe('on an Excel build without Office.actions', () => {
  it('still loads and offers the handler under its global name', async () => {
    vi.resetModules();
    delete (globalThis as { rankAndTier?: unknown }).rankAndTier;
    Object.assign(globalThis, { Office: { ...fakeOffice, actions: undefined } });
    try {
      await import('./commands');
      expect(typeof (globalThis as { rankAndTier?: unknown }).rankAndTier).toBe('function');
    } finally {
      Object.assign(globalThis, { Office: fakeOffice });
    }
  });
});
