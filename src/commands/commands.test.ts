import { beforeAll, describe, expect, it, vi } from 'vitest';

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

beforeAll(async () => {
  Object.assign(globalThis, { Office: fakeOffice, location: new URL('https://localhost:3000/commands.html') });
  await import('./commands');
});

describe('the rank-and-tier ribbon command', () => {
  it('registers itself under the FunctionName the manifest names, also as a global for older Excel', () => {
    expect([...registered.keys()]).toEqual(['rankAndTier']);
    expect((globalThis as { rankAndTier?: unknown }).rankAndTier).toBe(registered.get('rankAndTier'));
  });

  it('says in Vietnamese that ranking is not available yet, and finishes once the message is closed', () => {
    dialogs.length = 0;
    displayLanguage = 'vi-VN';
    const click = clickRankAndTier();
    expect(dialogs).toHaveLength(1);
    const url = new URL(dialogs[0]?.url ?? '');
    expect(url.origin + url.pathname).toBe('https://localhost:3000/assets/notice.html');
    expect(url.searchParams.get('lang')).toBe('vi');
    expect(url.searchParams.get('text')).toContain('chưa có trong phiên bản này');
    expect(click.completed()).toBe(0);
    dialogs[0]?.close();
    dialogs[0]?.close();
    expect(click.completed()).toBe(1);
  });

  it('speaks English when Office is in English', () => {
    dialogs.length = 0;
    displayLanguage = 'en-GB';
    clickRankAndTier();
    const url = new URL(dialogs[0]?.url ?? '');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('text')).toContain('is not available in this version yet');
  });

  it('does not leave the button spinning when Office refuses to open the message', () => {
    refuseDialogs = true;
    try {
      expect(clickRankAndTier().completed()).toBe(1);
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
