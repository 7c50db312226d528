// The adapter sizes its requests with its own byte model (src/workbook/office/bytes.ts, batch.ts).
// Here office.js itself builds the requests: its Excel.RequestContext (the excel-web library shipped
// in @microsoft/office-js) queues the adapter's calls, and each request is measured as office.js
// sends it — `JSON.stringify(requestMessage.Body)` in RichApiMessageUtility.
// buildMessageArrayForIRequestExecutor, in UTF-8 bytes. The model must never be lower.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanValue, SheetPlan } from '../../src/core/sheet/plan';
import { utf8Length } from '../../src/workbench/excel-sim/payload';
import { RequestBudget } from '../../src/workbook/office/batch';
import { jsonMatrixBytes } from '../../src/workbook/office/bytes';
import { queuePlan } from '../../src/workbook/office/write-plan';

interface OfficeJs {
  readonly Excel: { RequestContext: new () => Excel.RequestContext };
}

/** office.js's Excel library, loaded into a bare context (it needs no host to queue requests). */
function loadOfficeJs(): OfficeJs {
  const file = createRequire(import.meta.url).resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');
  const noop = (): void => undefined;
  const win: Record<string, unknown> = {
    location: { protocol: 'https:', href: 'https://localhost/', search: '', hash: '' },
    navigator: { userAgent: 'node' },
    document: {
      readyState: 'complete',
      cookie: '',
      addEventListener: noop,
      getElementsByTagName: () => [],
      createElement: () => ({ setAttribute: noop, style: {} }),
    },
    addEventListener: noop,
    removeEventListener: noop,
    setTimeout,
    clearTimeout,
    console: { log: noop, warn: noop, error: noop, info: noop },
  };
  win.window = win;
  win.self = win;
  win.top = win;
  win.parent = win;
  const context = vm.createContext(win);
  vm.runInContext(readFileSync(file, 'utf8'), context, { filename: 'excel-web-16.00.debug.js' });
  return context as unknown as OfficeJs;
}

const officeJs = loadOfficeJs();

interface PendingRequest {
  buildRequestMessageBodyAndRequestFlags(): { body: unknown };
}

/** Bytes of the request office.js would send now, as it serializes it; then starts a new request. */
function takeRequest(context: Excel.RequestContext): number {
  const c = context as unknown as { _pendingRequest: PendingRequest; m_pendingRequest: unknown };
  const bytes = utf8Length(JSON.stringify(c._pendingRequest.buildRequestMessageBodyAndRequestFlags().body));
  c.m_pendingRequest = null;
  return bytes;
}

/** A range write of `values` (with "@" formats) built by office.js, measured whole. */
function officeBytesOfWrite(values: (string | number | boolean | null)[][]): number {
  const context = new officeJs.Excel.RequestContext();
  const range = context.workbook.worksheets
    .getItem('Sáng kiến')
    .getRangeByIndexes(0, 0, values.length, values[0]?.length ?? 1);
  range.values = values;
  return takeRequest(context);
}

const cell = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"\\\n\t'), maxLength: 40 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

describe('the byte model against office.js’s own request serializer', () => {
  it('never counts a block of values lower than office.js sends it, Vietnamese, escapes and emoji included', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const width = Math.max(...rows.map((r) => r.length));
        const values = rows.map((r) => [...r, ...new Array<null>(width - r.length).fill(null)]);
        // The same write of nulls isolates the data: the action around it (ids, names, the range's
        // object path) is what ACTION_BYTES and the envelope stand for.
        const nulls = values.map((r) => r.map(() => null));
        const data = officeBytesOfWrite(values) - officeBytesOfWrite(nulls);
        expect(jsonMatrixBytes(values) - jsonMatrixBytes(nulls)).toBeGreaterThanOrEqual(data);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every request of a 3 MB register plan, as office.js builds it, within what the adapter reserved and under 4 MB', async () => {
    const rows: PlanValue[][] = [['STT', 'Tên sáng kiến', 'Tác giả', 'Tóm tắt', 'Điện thoại', 'Giá trị làm lợi']];
    for (let i = 1; i <= 12_000; i++) {
      rows.push([
        i,
        `Cải tiến quy trình số ${i} — "máy bơm" 🛠`,
        'Nguyễn Thị Hòa, Trần Văn Ước',
        'Giảm thời gian thao tác, tiết kiệm vật tư. '.repeat(8),
        '0931288125',
        1_250_000 * i,
      ]);
    }
    const plan: SheetPlan = {
      name: 'Sáng kiến',
      role: 'register',
      rows,
      columns: rows[0]!.map(() => ({ width: 20 })),
      styles: [{ rect: { row: 1, col: 5, rowCount: 12_000, colCount: 1 }, style: { numberFormat: '#,##0' } }],
      freeze: { rows: 1, columns: 0 },
      page: {
        orientation: 'landscape',
        paperSize: 'A4',
        margins: { top: 2, bottom: 2, left: 3, right: 1.5 },
        printTitleRows: { first: 0, last: 0 },
        fitToPagesWide: 1,
      },
    };
    const context = new officeJs.Excel.RequestContext();
    const budget = new RequestBudget(context, 4_000_000);
    const sent: { office: number; reserved: number }[] = [];
    // The adapter's syncs go to office.js's serializer instead of a host.
    context.sync = (() => {
      sent.push({ office: takeRequest(context), reserved: budget.capacity - budget.free });
      return Promise.resolve();
    }) as typeof context.sync;
    const ws = context.workbook.worksheets.add(plan.name);
    await queuePlan(
      context,
      budget,
      plan,
      { sheet: ws, existing: false, tables: [], namedItemExists: false },
      'SK_SangKien',
    );
    await budget.sync();
    expect(sent.length).toBeGreaterThan(1);
    const total = sent.reduce((n, s) => n + s.office, 0);
    expect(total).toBeGreaterThan(3_000_000);
    for (const s of sent) {
      expect(s.office).toBeLessThanOrEqual(4_000_000);
      // The envelope (object paths, ids) is what the budget keeps 16 KB apart for.
      expect(s.office).toBeLessThanOrEqual(s.reserved + 16_384);
    }
  });
});
