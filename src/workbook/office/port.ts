// The WorkbookPort over the Excel JavaScript API. Every call is one Excel.run; inside it the
// work is planned in round trips: one to learn the workbook (sheets, names, tables, protection),
// then requests filled up to the payload limit. It runs the same on Excel and on the simulator.

import type { SheetGrid } from '../../core/sheet/grid';
import type { SheetRole } from '../../core/sheet/plan';
import { SheetMissingError } from '../errors';
import type { ProgressCallback, SheetInfo, SheetRequest, WorkbookChange, WorkbookPort } from '../port';
import { applyCarefully as carefully, asCarefulError, errorCode } from './apply-carefully';
import { RequestBudget } from './batch';
import { listSheetInfos, resolveRoles } from './discover';
import { sameSheetName } from './names';
import { readRequests } from './read';
import { queueCells } from './write-cells';

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

function defaultIsSetSupported(name: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.requirements?.isSetSupported(name, version) ?? false;
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

  /** The general path: learn the workbook, check every change, then write in budgeted requests. */
  const applyCarefully = (changes: readonly WorkbookChange[], progress?: ProgressCallback): Promise<void> => {
    const touched: { sheet: string | null } = { sheet: null };
    return batch((context, budget) => carefully(context, budget, changes, touched, progress)).catch((e: unknown) => {
      throw asCarefulError(e, touched);
    });
  };

  const port: OfficePort = {
    host: 'excel',

    get lastSyncCount(): number {
      return lastSyncCount;
    },

    listSheets(): Promise<SheetInfo[]> {
      return batch(listSheetInfos);
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
      const canReadMerges = isSetSupported('ExcelApi', '1.13');
      return batch((context, budget) => readRequests(context, budget, requests, canReadMerges));
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
