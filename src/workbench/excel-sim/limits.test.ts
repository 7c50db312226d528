// The limits table of README.md, one test per row: each limit the Office adapter relies on, as
// Microsoft states it, enforced by the simulator. API sets are read from @types/office-js itself.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createSimulatedExcel, isSimErrorCode, type SimOptions } from '.';
import { MAX_MERGED_AREAS } from './engine';

async function failure(
  options: SimOptions,
  batch: (context: Excel.RequestContext) => Promise<unknown>,
): Promise<unknown> {
  const xl = createSimulatedExcel(options);
  xl.state.addSheet('S', [['a', 'b']]);
  return xl
    .run(async (context) => void (await batch(context)))
    .then(
      () => null,
      (e: unknown) => e,
    );
}

const TYPINGS = readFileSync(createRequire(import.meta.url).resolve('@types/office-js/index.d.ts'), 'utf8');

/** The "[Api set: ExcelApi x]" the typings give a member of an Excel class (or a namespace function). */
function apiSetOf(owner: string, member: string): string | null {
  const start =
    owner === 'Excel'
      ? TYPINGS.indexOf('declare namespace Excel {')
      : TYPINGS.indexOf(`class ${owner} extends OfficeExtension.ClientObject {`);
  if (start < 0) return null;
  const at = TYPINGS.indexOf(owner === 'Excel' ? `function ${member}(` : `        ${member}`, start);
  if (at < 0) return null;
  const doc = TYPINGS.slice(TYPINGS.lastIndexOf('/**', at), at);
  return /\[Api set: ExcelApi (1\.\d+)/.exec(doc)?.[1] ?? null;
}

/** Every call the adapter and the self-test make beyond ExcelApi 1.3, with a use of it. */
const API_SETS: readonly [owner: string, member: string, version: string, use: (c: Excel.RequestContext) => unknown][] =
  [
    [
      'WorksheetCollection',
      'getItemOrNullObject',
      '1.4',
      (c) => c.workbook.worksheets.getItemOrNullObject('S').load('name'),
    ],
    [
      'Worksheet',
      'getUsedRangeOrNullObject',
      '1.4',
      (c) => c.workbook.worksheets.getItem('S').getUsedRangeOrNullObject().load('address'),
    ],
    [
      'Worksheet',
      'getRangeByIndexes',
      '1.7',
      (c) => c.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 1).load('values'),
    ],
    ['WorksheetFreezePanes', 'freezeRows', '1.7', (c) => c.workbook.worksheets.getItem('S').freezePanes.freezeRows(1)],
    [
      'Range',
      'getCellProperties',
      '1.9',
      (c) =>
        c.workbook.worksheets
          .getItem('S')
          .getRange('A1')
          .getCellProperties({ format: { font: { name: true } } }),
    ],
    [
      'Range',
      'getRowProperties',
      '1.9',
      (c) => c.workbook.worksheets.getItem('S').getRange('A1').getRowProperties({ rowHidden: true }),
    ],
    [
      'Range',
      'getColumnProperties',
      '1.9',
      (c) => c.workbook.worksheets.getItem('S').getRange('A1').getColumnProperties({ columnHidden: true }),
    ],
    [
      'PageLayout',
      'getPrintTitleRowsOrNullObject',
      '1.9',
      (c) => c.workbook.worksheets.getItem('S').pageLayout.getPrintTitleRowsOrNullObject().load('address'),
    ],
    [
      'Range',
      'getMergedAreasOrNullObject',
      '1.13',
      (c) => c.workbook.worksheets.getItem('S').getRange('A1:B2').getMergedAreasOrNullObject().load('address'),
    ],
  ];

function below(version: string): string {
  const minor = Number(version.split('.')[1]);
  return `1.${minor - 1}`;
}

describe('the limits the adapter relies on, as Excel documents them', () => {
  it('request payload: over 5 MB is refused whole, RequestPayloadSizeLimitExceeded (resource limits, Excel add-ins)', async () => {
    const big = 'ư'.repeat(1_300_000); // 2.6 MB of UTF-8 each
    const e = await failure({}, async (c) => {
      const ws = c.workbook.worksheets.getItem('S');
      ws.getRange('A1').values = [[big]];
      ws.getRange('A2').values = [[big]];
      await c.sync();
    });
    expect(isSimErrorCode(e, 'RequestPayloadSizeLimitExceeded')).toBe(true);
  });

  it('response payload: over 5 MB fails, ResponsePayloadSizeLimitExceeded (resource limits, Excel add-ins)', async () => {
    const xl = createSimulatedExcel();
    const long = 'ư'.repeat(1_000_000);
    xl.state.addSheet('S', [[long], [long], [long]]);
    const e = await xl
      .run(async (c) => {
        c.workbook.worksheets.getItem('S').getRange('A1:A3').load('values');
        await c.sync();
      })
      .catch((x: unknown) => x);
    expect(isSimErrorCode(e, 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  });

  it('cells per read: more than 5,000,000 is refused (resource limits: "a range is limited to five million cells for get operations")', async () => {
    const e = await failure({}, async (c) => {
      c.workbook.worksheets.getItem('S').getRange('A1:E1000001').load('values');
      await c.sync();
    });
    expect(isSimErrorCode(e, 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    const ok = await failure({}, async (c) => {
      c.workbook.worksheets.getItem('S').getRange('A1:E1000000').load('rowCount');
      await c.sync();
    });
    expect(ok).toBeNull();
  });

  it(`merged areas: more than ${MAX_MERGED_AREAS} in one getMergedAreasOrNullObject fail (@types/office-js)`, async () => {
    expect(TYPINGS).toContain('if the merged areas count in this range is more than 512, then this method will fail');
    for (const [areas, refused] of [
      [512, false],
      [513, true],
    ] as const) {
      const xl = createSimulatedExcel();
      xl.state.addSheet('S', [['x']], {
        merges: Array.from({ length: areas }, (_, i) => `A${2 * i + 1}:A${2 * i + 2}`),
      });
      const e = await xl
        .run(async (c) => {
          c.workbook.worksheets.getItem('S').getRange().getMergedAreasOrNullObject().load('areaCount');
          await c.sync();
        })
        .catch((x: unknown) => x);
      expect(e === undefined ? false : isSimErrorCode(e, 'GeneralException')).toBe(refused);
    }
  });

  it('sheet names: 1–31 characters, none of \\ / ? * [ ] :, no apostrophe at either end (Excel: "Rename a worksheet")', async () => {
    for (const [name, ok] of [
      ['x'.repeat(31), true],
      ['Sáng kiến (bản 2)', true],
      ['x'.repeat(32), false],
      ['a/b', false],
      ['a:b', false],
      ['[a]', false],
      ['a?', false],
      ['a*', false],
      ["'a", false],
      ['History', false],
    ] as const) {
      const e = await failure({}, async (c) => {
        c.workbook.worksheets.add(name);
        await c.sync();
      });
      expect([name, e === null]).toEqual([name, ok]);
    }
  });

  it('rows and columns: 1,048,576 × 16,384 (Excel specifications and limits); beyond is InvalidArgument', async () => {
    expect(
      await failure({}, async (c) => {
        c.workbook.worksheets.getItem('S').getRangeByIndexes(1_048_575, 16_383, 1, 1).load('address');
        await c.sync();
      }),
    ).toBeNull();
    for (const [row, col] of [
      [1_048_576, 0],
      [0, 16_384],
    ] as const) {
      const e = await failure({}, async (c) => {
        c.workbook.worksheets.getItem('S').getRangeByIndexes(row, col, 1, 1).load('address');
        await c.sync();
      });
      expect(isSimErrorCode(e, 'InvalidArgument')).toBe(true);
    }
  });

  it.each(API_SETS)(
    'API set: %s.%s is ExcelApi %s in the typings, refused below it and served from it',
    async (owner, member, version, use) => {
      expect(apiSetOf(owner, member)).toBe(version);
      const old = await failure({ apiVersion: below(version) }, async (c) => {
        use(c);
        await c.sync();
      });
      expect(isSimErrorCode(old, 'ApiNotFound')).toBe(true);
      const now = await failure({ apiVersion: version }, async (c) => {
        use(c);
        await c.sync();
      });
      expect(now).toBeNull();
    },
  );

  it('API set: Excel.createWorkbook is ExcelApi 1.8 in the typings and refused below it', async () => {
    expect(apiSetOf('Excel', 'createWorkbook')).toBe('1.8');
    const g: { Excel?: { createWorkbook(b?: string): Promise<void> } } = {};
    createSimulatedExcel({ apiVersion: '1.7' }).installGlobals(g);
    await expect(g.Excel!.createWorkbook('')).rejects.toSatisfy((e) => isSimErrorCode(e, 'ApiNotFound'));
    createSimulatedExcel({ apiVersion: '1.8' }).installGlobals(g);
    await expect(g.Excel!.createWorkbook('')).resolves.toBeUndefined();
  });
});
