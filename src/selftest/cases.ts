// The self-test's cases: the adapter's conformance cases, run against the Excel the add-in is in,
// on a temporary sheet (`bench.sheet`) that run.ts creates and removes. Each case writes its own
// cells, reads them back through the same Office adapter the pane uses, and says what it saw.

import { cellKey, type CellValue, type SheetGrid } from '../core/sheet/grid';
import type { CellWrite, PlanValue, SheetPlan } from '../core/sheet/plan';
import { DEFAULT_MAX_REQUEST_BYTES, type OfficePort } from '../workbook/office';
import { RequestBudget } from '../workbook/office/batch';
import { jsonMatrixBytes } from '../workbook/office/bytes';
import { sheetOfReference, sameSheetName } from '../workbook/office/names';
import { queuePlan } from '../workbook/office/write-plan';
import { SheetProtectedError } from '../workbook/errors';
import { words, type CaseId, type CaseResult, type SelfTestEnv, type Words } from './types';

export interface Bench {
  readonly env: SelfTestEnv;
  readonly port: OfficePort;
  /** The temporary sheet's name. */
  sheet: string;
  /** Workbook-level names the cases added (removed at the end). */
  readonly names: string[];
}

type Outcome = Omit<CaseResult, 'id' | 'title'>;

export interface SelfTestCase {
  readonly id: CaseId;
  readonly title: Words;
  run(bench: Bench): Promise<Outcome>;
}

/** Highest ExcelApi minor version probed (Microsoft 365 is at 1.17–1.20 in 2026). */
const NEWEST_PROBED = 25;

export function highestExcelApi(isSetSupported: SelfTestEnv['isSetSupported']): string | null {
  let best: string | null = null;
  for (let minor = 1; minor <= NEWEST_PROBED; minor++) {
    const v = `1.${minor}`;
    if (isSetSupported('ExcelApi', v)) best = v;
  }
  return best;
}

/** Each requirement set the add-in uses beyond its minimum, and what it does without it. */
const OPTIONAL_SETS: readonly { readonly version: string; readonly fallback: Words }[] = [
  {
    version: '1.13',
    fallback: words(
      'thiếu ExcelApi 1.13: không đọc được ô gộp; khi nhập danh sách, tiện ích nêu các cột có thể có ô gộp',
      'no ExcelApi 1.13: merged cells cannot be read; import names the columns that may hold merged cells',
    ),
  },
  {
    version: '1.8',
    fallback: words(
      'thiếu ExcelApi 1.8 (Excel.createWorkbook): phiếu chấm không mở được thành sổ mới; xuất phiếu bằng dòng lệnh sangkien packets',
      'no ExcelApi 1.8 (Excel.createWorkbook): score packets cannot open as new workbooks; export them with the sangkien packets command',
    ),
  },
];

function show(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '(trống)';
  if (typeof v === 'object') return v.error;
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

async function readBack(bench: Bench, options: { formulas?: boolean; merges?: boolean } = {}): Promise<SheetGrid> {
  const [grid] = await bench.port.readSheets([{ name: bench.sheet, ...options }]);
  if (!grid) throw new Error(`the temporary sheet ${bench.sheet} is gone`);
  return grid;
}

function rowWrites(row: number, values: readonly PlanValue[], col = 0): CellWrite[] {
  return values.map((value, i) => ({ row, col: col + i, value }));
}

/** Compares written cells with what was read; lists the differences. */
function differences(grid: SheetGrid, row: number, expected: readonly CellValue[], col = 0): string[] {
  const out: string[] = [];
  expected.forEach((want, i) => {
    const got = grid.values[row]?.[col + i] ?? null;
    if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${show(want)} → ${show(got)}`);
  });
  return out;
}

function verdict(diffs: readonly string[], count: number): Outcome['seen'] {
  return diffs.length === 0
    ? words(`${count}/${count} ô giống hệt`, `${count}/${count} cells identical`)
    : words(`khác: ${diffs.join('; ')}`, `differs: ${diffs.join('; ')}`);
}

function errorText(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${e.message}` : `${e.name}: ${e.message}`;
  }
  return String(e);
}

async function protect(bench: Bench, on: boolean, unlocked?: { row: number; count: number }): Promise<void> {
  await bench.env.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(bench.sheet);
    if (unlocked) ws.getRangeByIndexes(unlocked.row, 0, 1, unlocked.count).format.protection.locked = false;
    if (on) ws.protection.protect();
    else ws.protection.unprotect();
    await context.sync();
  });
}

/** Writes a column of values from row 1 in a request of its own. */
async function writeColumn(bench: Bench, col: number, values: string[][]): Promise<void> {
  await bench.env.run(async (context) => {
    context.workbook.worksheets.getItem(bench.sheet).getRangeByIndexes(0, col, values.length, 1).values = values;
    await context.sync();
  });
}

async function clearColumn(bench: Bench, col: number, rows: number): Promise<void> {
  await bench.env.run(async (context) => {
    context.workbook.worksheets.getItem(bench.sheet).getRangeByIndexes(0, col, rows, 1).clear('All');
    await context.sync();
  });
}

const VALUES_ROW = 0;
const TEXT_ROW = 2;
const LEADING_ROW = 4;
const LOCKED_ROW = 6;
const META_ROW = 8;
const MERGE_COL = 7;
const MERGE_FIRST_ROW = 20;
const MERGE_AREAS = 600;
const PAYLOAD_COL = 10;

/** Text Excel would turn into a number, a date, a formula or an error if it were typed. */
export const TEXT_CASES = [
  '0931288125',
  '12/2019',
  '05/03/2021',
  '=1+1',
  '+84931288125',
  '@SUM(A1:A2)',
  '-5',
  '1,5',
  'TRUE',
  '#N/A',
  "'trích dẫn",
  '1e5',
  '10%',
  'Độc lập - Tự do - Hạnh phúc',
] as const;

const LEADING_CASES = ['=1+1', '+84931288125', '@SUM(A1:A2)'] as const;

/** Steps of the payload probe, in bytes by the adapter's own model; the last is its budget. */
export const PAYLOAD_STEPS = [500_000, 1_000_000, 2_000_000, 3_000_000, DEFAULT_MAX_REQUEST_BYTES] as const;

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export const CASES: readonly SelfTestCase[] = [
  {
    id: 'requirements',
    title: words('Bộ API (requirement sets)', 'Requirement sets'),
    run: ({ env }) => {
      const highest = highestExcelApi(env.isSetSupported);
      const missing = OPTIONAL_SETS.filter((s) => !env.isSetSupported('ExcelApi', s.version));
      const supported = env.isSetSupported('ExcelApi', '1.9');
      const head = `ExcelApi ${highest ?? '—'}`;
      return Promise.resolve({
        expected: words(
          'ExcelApi ≥ 1.9; đủ 1.13 thì không cần cách thay thế',
          'ExcelApi ≥ 1.9; with 1.13 no fallback is needed',
        ),
        seen:
          missing.length === 0
            ? words(head)
            : words(
                `${head}; ${missing.map((m) => m.fallback.vi).join('; ')}`,
                `${head}; ${missing.map((m) => m.fallback.en).join('; ')}`,
              ),
        status: !supported ? 'fail' : missing.length > 0 ? 'fallback' : 'pass',
      });
    },
  },
  {
    id: 'loadSync',
    title: words('load/sync và PropertyNotLoaded', 'load/sync and PropertyNotLoaded'),
    run: async ({ env, sheet }) => {
      const seen = await env.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange('A1');
        let before = 'no error';
        try {
          // Read on purpose before load: office.js must refuse (the lint rule is right everywhere else).
          Reflect.get(range, 'address');
          before = 'readable before load';
        } catch (e) {
          before = (e as { code?: string }).code ?? errorText(e);
        }
        range.load('address');
        await context.sync();
        return `${before}; ${range.address}`;
      });
      const ok = seen.startsWith('PropertyNotLoaded;') && seen.endsWith('!A1');
      return {
        expected: words(
          'PropertyNotLoaded trước sync; địa chỉ sau load + sync',
          'PropertyNotLoaded before sync; the address after load + sync',
        ),
        seen: words(seen),
        status: ok ? 'pass' : 'fail',
      };
    },
  },
  {
    id: 'values',
    title: words(
      'Số, công thức, chữ tiếng Việt: ghi và đọc lại',
      'Numbers, formulas, Vietnamese text: written and read back',
    ),
    run: async (bench) => {
      const written: PlanValue[] = [1_250_000_000, 85.5, -5, true, { formula: '=A1*2' }, 'Nguyễn Thị Hòa — Ứng dụng'];
      await bench.port.apply([{ kind: 'writeCells', sheet: bench.sheet, cells: rowWrites(VALUES_ROW, written) }]);
      const grid = await readBack(bench, { formulas: true });
      const diffs = differences(grid, VALUES_ROW, [
        1_250_000_000,
        85.5,
        -5,
        true,
        2_500_000_000,
        'Nguyễn Thị Hòa — Ứng dụng',
      ]);
      const formula = grid.formulas?.get(cellKey(VALUES_ROW, 4));
      if (formula !== '=A1*2') diffs.push(`=A1*2 → ${formula ?? '(no formula)'}`);
      return {
        expected: words(
          'giống hệt khi đọc lại, công thức =A1*2 giữ nguyên',
          'identical on reading back, formula =A1*2 kept',
        ),
        seen: verdict(diffs, written.length),
        status: diffs.length === 0 ? 'pass' : 'fail',
      };
    },
  },
  {
    id: 'text',
    title: words('Chữ trong ô định dạng "@" giữ nguyên', 'Text in cells formatted "@" kept exactly'),
    run: async (bench) => {
      await bench.port.apply([{ kind: 'writeCells', sheet: bench.sheet, cells: rowWrites(TEXT_ROW, TEXT_CASES) }]);
      const grid = await readBack(bench);
      const diffs = differences(grid, TEXT_ROW, TEXT_CASES);
      return {
        expected: words(TEXT_CASES.map((s) => JSON.stringify(s)).join(' ')),
        seen: verdict(diffs, TEXT_CASES.length),
        status: diffs.length === 0 ? 'pass' : 'fail',
      };
    },
  },
  {
    id: 'leading',
    title: words(
      '"=", "+", "@" ở đầu giữ là chữ trên sheet được bảo vệ (dấu nháy)',
      'Leading "=", "+", "@" kept as text on a protected sheet (apostrophe)',
    ),
    run: async (bench) => {
      // On a protected sheet Excel refuses format changes, so the adapter writes an apostrophe.
      await protect(bench, true, { row: LEADING_ROW, count: LEADING_CASES.length });
      try {
        await bench.port.apply([
          { kind: 'writeCells', sheet: bench.sheet, cells: rowWrites(LEADING_ROW, LEADING_CASES) },
        ]);
      } finally {
        await protect(bench, false);
      }
      const grid = await readBack(bench);
      const diffs = differences(grid, LEADING_ROW, LEADING_CASES);
      return {
        expected: words(LEADING_CASES.join('  ')),
        seen: verdict(diffs, LEADING_CASES.length),
        status: diffs.length === 0 ? 'pass' : 'fail',
      };
    },
  },
  {
    id: 'protection',
    title: words('Nhận ra sheet được bảo vệ', 'Protection detected'),
    run: async (bench) => {
      await protect(bench, true);
      let refused = 'written';
      let flag = false;
      try {
        flag = await bench.env.run(async (context) => {
          const p = context.workbook.worksheets.getItem(bench.sheet).protection;
          p.load('protected');
          await context.sync();
          return p.protected;
        });
        await bench.port.apply([{ kind: 'writeCells', sheet: bench.sheet, cells: rowWrites(LOCKED_ROW, ['x']) }]);
      } catch (e) {
        refused = e instanceof SheetProtectedError ? 'SheetProtectedError' : errorText(e);
      } finally {
        await protect(bench, false);
      }
      const ok = flag && refused === 'SheetProtectedError';
      return {
        expected: words(
          'protected = true; ghi vào ô khóa → SheetProtectedError',
          'protected = true; writing a locked cell → SheetProtectedError',
        ),
        seen: words(`protected = ${String(flag)}; ${refused}`),
        status: ok ? 'pass' : 'fail',
      };
    },
  },
  {
    id: 'merges',
    title: words(
      `${MERGE_AREAS} vùng gộp (quá 512) đọc theo khối`,
      `${MERGE_AREAS} merged areas (over 512) read in blocks`,
    ),
    run: async (bench) => {
      const expected = words(`${MERGE_AREAS} vùng gộp đọc đủ`, `all ${MERGE_AREAS} merged areas read`);
      if (!bench.env.isSetSupported('ExcelApi', '1.13')) {
        const grid = await readBack(bench, { merges: true });
        const ok = grid.merges === undefined;
        return {
          expected,
          seen: ok ? OPTIONAL_SETS[0]!.fallback : words(`ô gộp đọc được dù thiếu 1.13`, 'merges read without 1.13'),
          status: ok ? 'fallback' : 'fail',
        };
      }
      await bench.env.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(bench.sheet);
        const values = Array.from({ length: MERGE_AREAS * 2 }, (_, i) => [i % 2 === 0 ? `Nhóm ${i / 2 + 1}` : '']);
        ws.getRangeByIndexes(MERGE_FIRST_ROW, MERGE_COL, values.length, 1).values = values;
        for (let i = 0; i < MERGE_AREAS; i++)
          ws.getRangeByIndexes(MERGE_FIRST_ROW + 2 * i, MERGE_COL, 2, 1).merge(false);
        await context.sync();
      });
      try {
        const grid = await readBack(bench, { merges: true });
        if (grid.merges === undefined) {
          return {
            expected,
            seen: words(
              'không đọc được ô gộp (Excel từ chối mọi khối)',
              'merged areas not read (Excel refused every block)',
            ),
            status: 'fail',
          };
        }
        const found = grid.merges.filter((m) => m.col === MERGE_COL && m.rowCount === 2 && m.colCount === 1).length;
        return {
          expected,
          seen: words(`${found} vùng gộp`, `${found} merged areas`),
          status: found === MERGE_AREAS ? 'pass' : 'fail',
        };
      } finally {
        await bench.env.run(async (context) => {
          const area = context.workbook.worksheets
            .getItem(bench.sheet)
            .getRangeByIndexes(MERGE_FIRST_ROW, MERGE_COL, MERGE_AREAS * 2, 1);
          area.unmerge();
          area.clear('All');
          await context.sync();
        });
      }
    },
  },
  {
    id: 'payload',
    title: words('Yêu cầu lớn nhất Excel nhận', 'Largest request that goes through'),
    run: async (bench) => {
      const passed: number[] = [];
      let refused = '';
      // A long Vietnamese cell: 2 and 3 bytes a letter in UTF-8, as register summaries are.
      const cell = 'Cải tiến quy trình sửa chữa máy bơm nước, tiết kiệm điện năng. '.repeat(16);
      const perCell = jsonMatrixBytes([[cell]]);
      for (const step of PAYLOAD_STEPS) {
        const rows = Math.max(1, Math.floor(step / perCell));
        const values = Array.from({ length: rows }, () => [cell]);
        // One request per step, on purpose: the step is the request's size.
        try {
          await writeColumn(bench, PAYLOAD_COL, values);
          passed.push(jsonMatrixBytes(values));
        } catch (e) {
          refused = `${mb(step)}: ${(e as { code?: string }).code ?? errorText(e)}`;
          break;
        } finally {
          await clearColumn(bench, PAYLOAD_COL, rows);
        }
      }
      const largest = passed.length > 0 ? passed[passed.length - 1]! : 0;
      const budget = DEFAULT_MAX_REQUEST_BYTES;
      return {
        expected: words(
          `≥ ${mb(budget)} (ngân sách của tiện ích, dưới giới hạn 5 MB)`,
          `≥ ${mb(budget)} (the add-in's budget, under the 5 MB limit)`,
        ),
        seen: words(
          `lớn nhất đã qua: ${mb(largest)}${refused ? `; bị từ chối ở ${refused}` : ''}`,
          `largest through: ${mb(largest)}${refused ? `; refused at ${refused}` : ''}`,
        ),
        status: refused === '' && passed.length === PAYLOAD_STEPS.length ? 'pass' : 'fail',
      };
    },
  },
  {
    id: 'page',
    title: words(
      'Trang in: A4, vừa 1 trang ngang, lặp dòng tiêu đề',
      'Page setup: A4, fit to 1 page wide, print titles',
    ),
    run: async (bench) => {
      const name = `${bench.sheet}_P`;
      bench.names.push(name);
      const plan: SheetPlan = {
        name: bench.sheet,
        role: 'register',
        rows: [],
        page: {
          orientation: 'landscape',
          paperSize: 'A4',
          margins: { top: 2, bottom: 2, left: 3, right: 1.5 },
          printTitleRows: { first: 0, last: 1 },
          fitToPagesWide: 1,
        },
      };
      const seen = await bench.env.run(async (context) => {
        const budget = new RequestBudget(context, DEFAULT_MAX_REQUEST_BYTES);
        const ws = context.workbook.worksheets.getItem(bench.sheet);
        await queuePlan(
          context,
          budget,
          plan,
          { sheet: ws, existing: false, tables: [], namedItemExists: false },
          name,
        );
        await budget.sync();
        const layout = context.workbook.worksheets.getItem(bench.sheet).pageLayout;
        layout.load('paperSize,orientation,zoom');
        const titles = layout.getPrintTitleRowsOrNullObject();
        titles.load('address');
        await context.sync();
        return {
          paper: String(layout.paperSize),
          orientation: String(layout.orientation),
          zoom: JSON.stringify(layout.zoom),
          titles: titles.isNullObject ? '(none)' : titles.address,
        };
      });
      const ok =
        seen.paper === 'A4' &&
        seen.orientation === 'Landscape' &&
        /"horizontalFitToPages":1\b/.test(seen.zoom) &&
        /(^|!)\$?1:\$?2$/.test(seen.titles);
      return {
        expected: words(
          'A4, Landscape, zoom {horizontalFitToPages: 1, verticalFitToPages: 0}, dòng tiêu đề $1:$2',
          'A4, Landscape, zoom {horizontalFitToPages: 1, verticalFitToPages: 0}, title rows $1:$2',
        ),
        seen: words(`${seen.paper}, ${seen.orientation}, zoom ${seen.zoom}, ${seen.titles}`),
        status: ok ? 'pass' : 'fail',
      };
    },
  },
  {
    id: 'names',
    title: words('Tên vùng (named items) và nơi lưu dấu vân tay', 'Named items and the fingerprint storage'),
    run: async (bench) => {
      const name = `${bench.sheet}_N`;
      bench.names.push(name);
      const renamed = `${bench.sheet}x`;
      // A name on A1 must follow its sheet through a rename (the add-in finds its sheets this way).
      const follows = await bench.env.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(bench.sheet);
        context.workbook.names.add(name, ws.getRange('A1'));
        ws.name = renamed;
        const item = context.workbook.names.getItem(name);
        item.load('formula');
        await context.sync();
        const target = sheetOfReference(String(item.formula));
        ws.name = bench.sheet;
        await context.sync();
        return target;
      });
      // The fingerprints live in a hidden sheet as text: write and read them back while hidden.
      const meta = [
        'fingerprint.ranking',
        'a3f9c2e4b1d07788a3f9c2e4b1d07788a3f9c2e4b1d07788a3f9c2e4b1d07788',
        '2026-12-03T06:00:00.000Z',
        '{"title":1,"authors":2}',
      ];
      await bench.env.run(async (context) => {
        context.workbook.worksheets.getItem(bench.sheet).visibility = 'Hidden';
        await context.sync();
      });
      let diffs: string[];
      try {
        await bench.port.apply([{ kind: 'writeCells', sheet: bench.sheet, cells: rowWrites(META_ROW, meta) }]);
        diffs = differences(await readBack(bench), META_ROW, meta);
      } finally {
        await bench.env.run(async (context) => {
          context.workbook.worksheets.getItem(bench.sheet).visibility = 'Visible';
          await context.sync();
        });
      }
      if (follows === null || !sameSheetName(follows, renamed)) diffs.push(`${name} → ${follows ?? '(none)'}`);
      return {
        expected: words(
          `${name} theo sheet khi đổi tên; khóa/giá trị trên sheet ẩn giữ nguyên`,
          `${name} follows its sheet through a rename; key/value text on a hidden sheet kept`,
        ),
        seen: diffs.length === 0 ? words('đúng', 'as expected') : words(diffs.join('; ')),
        status: diffs.length === 0 ? 'pass' : 'fail',
      };
    },
  },
  {
    id: 'calculation',
    title: words('Chế độ tính toán', 'Calculation mode'),
    run: async ({ env }) => {
      const expected = words(
        'Automatic (dòng "kết quả đã cũ" tự cập nhật)',
        'Automatic (the "results are stale" line updates by itself)',
      );
      const mode = await env.run(async (context) => {
        const app = context.workbook.application;
        app.load('calculationMode');
        await context.sync();
        return String(app.calculationMode);
      });
      return mode === 'Automatic'
        ? { expected, seen: words(mode), status: 'pass' }
        : {
            expected,
            seen: words(
              `${mode}: dòng "kết quả đã cũ" chỉ cập nhật khi bấm F9`,
              `${mode}: the "results are stale" line updates only on F9`,
            ),
            status: 'fallback',
          };
    },
  },
  {
    id: 'createWorkbook',
    title: words('Excel.createWorkbook', 'Excel.createWorkbook'),
    run: ({ env }) => {
      const available = env.createWorkbook && env.isSetSupported('ExcelApi', '1.8');
      return Promise.resolve({
        expected: words('có (mở phiếu chấm thành sổ mới)', 'available (score packets open as new workbooks)'),
        seen: available ? words('có', 'available') : OPTIONAL_SETS[1]!.fallback,
        status: available ? 'pass' : 'fallback',
      });
    },
  },
];
