// The WorkbookPort over the Excel JavaScript API. Every call is one Excel.run; inside it the
// work is planned in round trips: one to learn the workbook (sheets, names, tables, protection),
// then requests filled up to the payload limit. It runs the same on Excel and on the simulator.

import type { SheetGrid } from '../../core/sheet/grid';
import { SHEET_ROLES, type SheetRole } from '../../core/sheet/plan';
import { SheetMissingError, SheetProtectedError, WorkbookError } from '../errors';
import type { CellWrite, ProgressCallback, SheetInfo, SheetRequest, WorkbookChange, WorkbookPort } from '../port';
import { ACTION_BYTES, RequestBudget } from './batch';
import { jsonCellBytes } from './bytes';
import { sameSheetName, sheetKey, sheetOfReference } from './names';
import { readTargets, type ReadTarget } from './read';
import {
  officeValue,
  planExtent,
  queueCharts,
  queuePlan,
  queueValidation,
  TEXT_FORMAT,
  type ChartWork,
} from './write-plan';

export interface OfficePortOptions {
  /** Most bytes one request may carry; 4,000,000 keeps a margin under Excel on the web's 5 MB. */
  maxRequestBytes?: number;
  /** Requirement-set check; defaults to Office.context.requirements.isSetSupported when present. */
  isSetSupported?: (name: string, version: string) => boolean;
}

export type OfficePort = WorkbookPort & { readonly lastSyncCount: number };

export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/**
 * The one overload of `Excel.run` the adapter uses. `Excel.run` itself is assignable to it, and so
 * is the simulator's `run`, which has only this overload.
 */
export type OfficeRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

interface SheetFacts {
  readonly name: string;
  readonly position: number;
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
  readonly protected: boolean;
}

interface Discovery {
  readonly sheets: SheetFacts[];
  readonly names: Set<string>;
  /** Table names by the key of their sheet's name. */
  readonly tablesBySheet: Map<string, string[]>;
}

function visibilityOf(v: Excel.SheetVisibility | `${Excel.SheetVisibility}`): SheetFacts['visibility'] {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

function defaultIsSetSupported(name: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.requirements?.isSetSupported(name, version) ?? false;
}

function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

export function createOfficePort(run: OfficeRun, options: OfficePortOptions = {}): OfficePort {
  const limit = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const isSetSupported = options.isSetSupported ?? defaultIsSetSupported;
  let lastSyncCount = 0;

  /** Runs a batch with a fresh budget and records how many syncs it took. */
  const batch = async <T>(fn: (context: Excel.RequestContext, budget: RequestBudget) => Promise<T>): Promise<T> => {
    let budget: RequestBudget | null = null;
    try {
      return await run(async (context) => {
        budget = new RequestBudget(context, limit);
        return fn(context, budget);
      });
    } finally {
      lastSyncCount = (budget as RequestBudget | null)?.syncs ?? 0;
    }
  };

  /** Loads what writing needs to know: sheets (and their protection), names, tables. One round trip. */
  const discover = async (context: Excel.RequestContext, budget: RequestBudget): Promise<Discovery> => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/position,items/visibility,items/protection/protected');
    const names = context.workbook.names;
    names.load('items/name');
    const tables = context.workbook.tables;
    tables.load('items/name,items/worksheet/name');
    await budget.sync();
    const tablesBySheet = new Map<string, string[]>();
    for (const t of tables.items) {
      const key = sheetKey(t.worksheet.name);
      const list = tablesBySheet.get(key) ?? [];
      list.push(t.name);
      tablesBySheet.set(key, list);
    }
    return {
      sheets: sheets.items.map((s) => ({
        name: s.name,
        position: s.position,
        visibility: visibilityOf(s.visibility),
        protected: s.protection.protected,
      })),
      names: new Set(names.items.map((n) => n.name)),
      tablesBySheet,
    };
  };

  /** Sheet names a role may resolve to, read in one round trip with the sheet list. */
  const resolveRoles = async (
    context: Excel.RequestContext,
    budget: RequestBudget,
    roles: readonly SheetRole[],
  ): Promise<{ sheets: string[]; byRole: Map<SheetRole, string | null> }> => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const items = new Map<SheetRole, Excel.NamedItem>();
    for (const role of new Set(roles)) {
      const item = context.workbook.names.getItemOrNullObject(SHEET_ROLES[role].namedItem);
      item.load('formula');
      items.set(role, item);
    }
    await budget.sync();
    const names = sheets.items.map((s) => s.name);
    const find = (n: string): string | undefined => names.find((s) => sameSheetName(s, n));
    const byRole = new Map<SheetRole, string | null>();
    for (const [role, item] of items) {
      const target = item.isNullObject ? null : sheetOfReference(String(item.formula));
      byRole.set(role, (target !== null ? find(target) : undefined) ?? find(SHEET_ROLES[role].name) ?? null);
    }
    return { sheets: names, byRole };
  };

  /** The general path: learn the workbook, check every change, then write in budgeted requests. */
  const applyCarefully = (changes: readonly WorkbookChange[], progress?: ProgressCallback): Promise<void> => {
    let touchedProtected: string | null = null;
    return batch(async (context, budget) => {
      const found = await discover(context, budget);
      const byKey = new Map<string, SheetFacts | null>();
      for (const s of found.sheets) byKey.set(sheetKey(s.name), s);
      precheck(changes, byKey);

      // A plan rewrites a protected sheet only if it opens without a password: try first, alone.
      const locked = changes.flatMap((ch) =>
        ch.kind === 'writePlan' && byKey.get(sheetKey(ch.plan.name))?.protected
          ? [byKey.get(sheetKey(ch.plan.name))!]
          : [],
      );
      if (locked.length > 0) {
        for (const s of locked) context.workbook.worksheets.getItem(s.name).protection.unprotect();
        try {
          await budget.sync();
        } catch {
          throw new SheetProtectedError(locked[0]!.name);
        }
      }
      const protectedNow = new Set(
        found.sheets.filter((s) => s.protected && !locked.includes(s)).map((s) => sheetKey(s.name)),
      );

      const charts: ChartWork[] = [];
      const names = new Set(found.names);
      const sheetsNow = new Map<string, string>(found.sheets.map((s) => [sheetKey(s.name), s.name]));
      const tablesNow = new Map(found.tablesBySheet);
      // Progress counts plan rows (a national register is many requests) and one per other change.
      const total = changes.reduce(
        (n, ch) => n + (ch.kind === 'writePlan' ? Math.max(1, planExtent(ch.plan).rows) : 1),
        0,
      );
      let done = 0;
      const advance = (n: number): void => {
        done += n;
        progress?.(Math.min(done, total), total);
      };
      for (const ch of changes) {
        switch (ch.kind) {
          case 'writePlan': {
            const key = sheetKey(ch.plan.name);
            const existingName = sheetsNow.get(key);
            await budget.reserve(ACTION_BYTES);
            const sheet =
              existingName !== undefined
                ? context.workbook.worksheets.getItem(existingName)
                : context.workbook.worksheets.add(ch.plan.name);
            if (existingName === undefined) sheetsNow.set(key, ch.plan.name);
            const namedItem = SHEET_ROLES[ch.plan.role].namedItem;
            const work = await queuePlan(
              context,
              budget,
              ch.plan,
              {
                sheet,
                existing: existingName !== undefined,
                tables: tablesNow.get(key) ?? [],
                namedItemExists: names.has(namedItem),
                ...(ch.visibility ? { visibility: ch.visibility } : {}),
              },
              namedItem,
              advance,
            );
            // An empty plan still counts as one step.
            if (planExtent(ch.plan).rows === 0) advance(1);
            tablesNow.set(
              key,
              (ch.plan.tables ?? []).map((t) => t.name),
            );
            names.add(namedItem);
            protectedNow.delete(key);
            if (ch.plan.protection) protectedNow.add(key);
            if (work.old || work.add.length) charts.push(work);
            break;
          }
          case 'writeCells': {
            const key = sheetKey(ch.sheet);
            const sheet = context.workbook.worksheets.getItem(sheetsNow.get(key)!);
            const isProtected = protectedNow.has(key);
            if (isProtected) touchedProtected = sheetsNow.get(key)!;
            await queueCells(sheet, ch.cells, isProtected, budget);
            break;
          }
          case 'setValidations': {
            const key = sheetKey(ch.sheet);
            // Excel refuses validation changes on a protected sheet, unlocked cells or not.
            if (protectedNow.has(key)) break;
            const sheet = context.workbook.worksheets.getItem(sheetsNow.get(key)!);
            for (const v of ch.validations) await queueValidation(sheet, budget, v);
            break;
          }
          case 'renameSheet': {
            const from = sheetsNow.get(sheetKey(ch.from))!;
            await budget.reserve(ACTION_BYTES);
            context.workbook.worksheets.getItem(from).name = ch.to;
            sheetsNow.delete(sheetKey(ch.from));
            sheetsNow.set(sheetKey(ch.to), ch.to);
            const t = tablesNow.get(sheetKey(ch.from));
            if (t) tablesNow.set(sheetKey(ch.to), t);
            if (protectedNow.delete(sheetKey(ch.from))) protectedNow.add(sheetKey(ch.to));
            break;
          }
          case 'deleteSheet': {
            const name = sheetsNow.get(sheetKey(ch.name))!;
            await budget.reserve(ACTION_BYTES);
            context.workbook.worksheets.getItem(name).delete();
            sheetsNow.delete(sheetKey(ch.name));
            break;
          }
          case 'activate': {
            await budget.reserve(ACTION_BYTES);
            context.workbook.worksheets.getItem(sheetsNow.get(sheetKey(ch.sheet))!).activate();
            break;
          }
        }
        if (ch.kind !== 'writePlan') advance(1);
      }
      await budget.syncIfPending();
      // Old charts were loaded by the requests above; now they can go and the new ones come in.
      if (charts.length > 0) {
        for (const work of charts) await queueCharts(budget, work);
        await budget.syncIfPending();
      }
      if (done < total) progress?.(total, total);
    }).catch((e: unknown) => {
      if (e instanceof WorkbookError) throw e;
      if (errorCode(e) === 'AccessDenied') throw new SheetProtectedError(touchedProtected ?? '');
      throw e;
    });
  };

  const port: OfficePort = {
    host: 'excel',

    get lastSyncCount(): number {
      return lastSyncCount;
    },

    listSheets(): Promise<SheetInfo[]> {
      return batch(async (context, budget) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name,items/position,items/visibility');
        await budget.sync();
        const used = sheets.items.map((s) => {
          const u = s.getUsedRangeOrNullObject(true);
          u.load('rowIndex,columnIndex,rowCount,columnCount');
          return u;
        });
        await budget.sync();
        return sheets.items.map((s, i) => {
          const u = used[i]!;
          return {
            name: s.name,
            position: s.position,
            visibility: visibilityOf(s.visibility),
            rowCount: u.isNullObject ? 0 : u.rowIndex + u.rowCount,
            columnCount: u.isNullObject ? 0 : u.columnIndex + u.columnCount,
          };
        });
      });
    },

    resolveRole(role: SheetRole): Promise<string | null> {
      return batch(async (context, budget) => (await resolveRoles(context, budget, [role])).byRole.get(role) ?? null);
    },

    resolveRoles(roles: readonly SheetRole[]): Promise<(string | null)[]> {
      return batch(async (context, budget) => {
        const { byRole } = await resolveRoles(context, budget, roles);
        return roles.map((role) => byRole.get(role) ?? null);
      });
    },

    readSheets(requests: readonly SheetRequest[]): Promise<(SheetGrid | null)[]> {
      return batch(async (context, budget) => {
        const roles = requests.flatMap((r) => ('role' in r ? [r.role] : []));
        const { sheets, byRole } = await resolveRoles(context, budget, roles);
        const targets: ReadTarget[] = [];
        const slots: (number | null)[] = requests.map((req) => {
          const wanted = 'name' in req ? req.name : (byRole.get(req.role) ?? null);
          const name = wanted === null ? undefined : sheets.find((s) => sameSheetName(s, wanted));
          if (name === undefined) return null;
          targets.push({ sheet: context.workbook.worksheets.getItem(name), name, options: req });
          return targets.length - 1;
        });
        const grids = targets.length ? await readTargets(budget, targets, isSetSupported('ExcelApi', '1.13')) : [];
        return slots.map((i) => (i === null ? null : grids[i]!));
      });
    },

    async apply(changes: readonly WorkbookChange[], progress?: ProgressCallback): Promise<void> {
      // A reviewer's save (cells of one sheet) is tried in one round trip, as if the sheet were
      // unprotected; only if Excel refuses (a protected sheet) is the workbook looked at first.
      if (changes.length === 0) {
        lastSyncCount = 0;
        return;
      }
      const first = changes[0];
      const oneSheet =
        first?.kind === 'writeCells' &&
        changes.every((ch) => ch.kind === 'writeCells' && sameSheetName(ch.sheet, first.sheet));
      let tried = 0;
      if (oneSheet) {
        try {
          await batch(async (context, budget) => {
            const sheet = context.workbook.worksheets.getItem(first.sheet);
            for (const ch of changes) if (ch.kind === 'writeCells') await queueCells(sheet, ch.cells, false, budget);
            await budget.syncIfPending();
          });
          progress?.(changes.length, changes.length);
          return;
        } catch (e) {
          const code = errorCode(e);
          if (code === 'ItemNotFound') throw new SheetMissingError(first.sheet);
          if (code !== 'AccessDenied') throw e;
          tried = lastSyncCount;
        }
      }
      await applyCarefully(changes, progress);
      lastSyncCount += tried;
    },

    select(sheet: string, address: string): Promise<void> {
      return batch(async (context, budget) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load('name');
        await context.sync();
        budget.recordSync();
        if (ws.isNullObject) throw new SheetMissingError(sheet);
        ws.activate();
        ws.getRange(address).select();
        await budget.sync();
      });
    },
  };
  return port;
}

/**
 * Queues single cells. Adjacent cells of a row (a reviewer's criteria, total and comment) go as one
 * range. Text gets the "@" format first; on a protected sheet, where Excel refuses format changes
 * even on unlocked cells, it gets a leading apostrophe instead.
 */
async function queueCells(
  sheet: Excel.Worksheet,
  cells: readonly CellWrite[],
  isProtected: boolean,
  budget: RequestBudget,
): Promise<void> {
  let i = 0;
  while (i < cells.length) {
    const first = cells[i]!;
    const values: (string | number | boolean)[] = [];
    const formats: string[] = [];
    let bytes = ACTION_BYTES * 2;
    let j = i;
    while (j < cells.length) {
      const w = cells[j]!;
      if (j > i && (w.row !== first.row || w.col !== first.col + (j - i))) break;
      let v = officeValue(w.value);
      // Formats cannot change on a protected sheet (its unlocked cells were formatted by
      // the plan): there text keeps its form by a leading apostrophe instead of "@".
      const fmt = isProtected ? undefined : (w.numberFormat ?? (typeof w.value === 'string' ? TEXT_FORMAT : undefined));
      if (typeof w.value === 'string' && isProtected) v = `'${w.value}`;
      if (j > i && (fmt !== undefined) !== formats.length > 0) break;
      values.push(v ?? '');
      if (fmt !== undefined) formats.push(fmt);
      bytes += jsonCellBytes(v) + (fmt !== undefined ? jsonCellBytes(fmt) : 0);
      j++;
    }
    await budget.reserve(bytes);
    const range = sheet.getRangeByIndexes(first.row, first.col, 1, j - i);
    if (formats.length > 0) range.numberFormat = [formats];
    range.values = [values];
    i = j;
  }
}

/** Refuses a batch that names a sheet that will not be there, before anything is written. */
function precheck(changes: readonly WorkbookChange[], byKey: Map<string, SheetFacts | null>): void {
  const live = new Set(byKey.keys());
  const need = (n: string): void => {
    if (!live.has(sheetKey(n))) throw new SheetMissingError(n);
  };
  for (const ch of changes) {
    switch (ch.kind) {
      case 'writePlan':
        live.add(sheetKey(ch.plan.name));
        break;
      case 'writeCells':
      case 'setValidations':
        need(ch.sheet);
        break;
      case 'renameSheet':
        need(ch.from);
        live.delete(sheetKey(ch.from));
        live.add(sheetKey(ch.to));
        break;
      case 'deleteSheet':
        need(ch.name);
        live.delete(sheetKey(ch.name));
        break;
      case 'activate':
        need(ch.sheet);
        break;
    }
  }
}
