// What the Office adapter learns of a workbook before it writes or reads: the sheets (with their
// position, visibility and protection), the workbook's names, its tables; and which sheet each
// role names. Each is one round trip.

import { SHEET_ROLES, type SheetRole } from '../../core/sheet/plan';
import type { SheetInfo } from '../port';
import type { RequestBudget } from './batch';
import { sameSheetName, sheetKey, sheetOfReference } from './names';

export interface SheetFacts {
  readonly name: string;
  readonly position: number;
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
  readonly protected: boolean;
}

export interface Discovery {
  readonly sheets: SheetFacts[];
  readonly names: Set<string>;
  /** Table names by the key of their sheet's name. */
  readonly tablesBySheet: Map<string, string[]>;
}

export function visibilityOf(v: Excel.SheetVisibility | `${Excel.SheetVisibility}`): SheetFacts['visibility'] {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

/** Loads what writing needs to know: sheets (and their protection), names, tables. One round trip. */
export async function discover(context: Excel.RequestContext, budget: RequestBudget): Promise<Discovery> {
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
}

/**
 * The sheet each role names, read in one round trip with the sheet list: the role's workbook
 * name first (it follows renames), then the role's default sheet name.
 */
export async function resolveRoles(
  context: Excel.RequestContext,
  budget: RequestBudget,
  roles: readonly SheetRole[],
): Promise<{ sheets: string[]; byRole: Map<SheetRole, string | null> }> {
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
}

/** Every sheet with its position, visibility and used size (rows and columns from A1): two round trips. */
export async function listSheetInfos(context: Excel.RequestContext, budget: RequestBudget): Promise<SheetInfo[]> {
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
}
