// Runs the self-test: adds a temporary sheet, runs every case on it in order, and removes the
// sheet and the names it added, whatever happened. The user's sheets are never written.

import { createOfficePort } from '../workbook/office';
import { CASES, type Bench, type SelfTestCase } from './cases';
import { words, type CaseResult, type SelfTestEnv } from './types';

/** The temporary sheet's name: a prefix no register uses and a random tail. */
export const TEMP_PREFIX = 'SK_KiemTra_';

function errorText(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${e.message}` : `${e.name}: ${e.message}`;
  }
  return String(e);
}

async function runCase(c: SelfTestCase, bench: Bench): Promise<CaseResult> {
  try {
    return { id: c.id, title: c.title, ...(await c.run(bench)) };
  } catch (e) {
    return {
      id: c.id,
      title: c.title,
      expected: words('chạy xong không lỗi', 'runs without an error'),
      seen: words(errorText(e)),
      status: 'fail',
    };
  }
}

/** Adds the temporary sheet, keeping the user's active sheet active. */
async function addTempSheet(env: SelfTestEnv): Promise<string> {
  return env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const active = sheets.getActiveWorksheet();
    active.load('name');
    // Eight random candidates asked at once: one of them is free unless the workbook is full of them.
    const candidates = Array.from({ length: 8 }, () => `${TEMP_PREFIX}${Math.random().toString(36).slice(2, 6)}`);
    const found = candidates.map((n) => sheets.getItemOrNullObject(n));
    await context.sync();
    const free = candidates.find((_, i) => found[i]!.isNullObject);
    if (free === undefined) throw new Error(`no free name for a temporary sheet (${TEMP_PREFIX}…)`);
    const name = free;
    sheets.add(name);
    sheets.getItem(active.name).activate();
    await context.sync();
    return name;
  });
}

/** Removes the temporary sheet and names; reports whether they are gone. */
async function removeTemp(env: SelfTestEnv, bench: Bench): Promise<CaseResult> {
  const title = words('Dọn sheet tạm', 'Temporary sheet removed');
  try {
    const left = await env.run(async (context) => {
      for (const n of bench.names) context.workbook.names.getItemOrNullObject(n).delete();
      const ws = context.workbook.worksheets.getItemOrNullObject(bench.sheet);
      await context.sync();
      if (!ws.isNullObject) {
        ws.protection.unprotect();
        ws.delete();
      }
      await context.sync();
      const after = context.workbook.worksheets.getItemOrNullObject(bench.sheet);
      await context.sync();
      return after.isNullObject ? null : bench.sheet;
    });
    return {
      id: 'cleanup',
      title,
      expected: words(`không còn ${bench.sheet}`, `${bench.sheet} gone`),
      seen: left === null ? words('đã xóa', 'removed') : words(`còn ${left}`, `${left} still there`),
      status: left === null ? 'pass' : 'fail',
    };
  } catch (e) {
    return {
      id: 'cleanup',
      title,
      expected: words(`không còn ${bench.sheet}`, `${bench.sheet} gone`),
      seen: words(errorText(e)),
      status: 'fail',
    };
  }
}

/**
 * Runs every case and returns their results in order; `onResult` hears each as it finishes (the
 * page fills its table as the cases run).
 */
export async function runSelfTest(
  env: SelfTestEnv,
  onResult: (r: CaseResult) => void = () => undefined,
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  const add = (r: CaseResult): void => {
    results.push(r);
    onResult(r);
  };
  const port = createOfficePort(env.run, { isSetSupported: env.isSetSupported });
  let sheet: string;
  try {
    sheet = await addTempSheet(env);
  } catch (e) {
    add({
      id: 'cleanup',
      title: words('Tạo sheet tạm', 'Temporary sheet added'),
      expected: words('thêm được một sheet', 'a sheet can be added'),
      seen: words(errorText(e)),
      status: 'fail',
    });
    return results;
  }
  const bench: Bench = { env, port, sheet, names: [] };
  try {
    for (const c of CASES) add(await runCase(c, bench));
  } finally {
    add(await removeTemp(env, bench));
  }
  return results;
}
