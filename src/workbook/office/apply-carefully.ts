// The careful path of `apply`: learn the workbook, check every change against it, open the
// protected sheets a plan rewrites, then queue the changes in budgeted requests, keeping what is
// known of the workbook (sheets, tables, names, protection) current as each is queued; charts last.

import { SHEET_ROLES } from '../../core/sheet/plan';
import { SheetMissingError, SheetProtectedError, WorkbookError } from '../errors';
import type { ProgressCallback, WorkbookChange } from '../port';
import { ACTION_BYTES, type RequestBudget } from './batch';
import { discover, type Discovery, type SheetFacts } from './discover';
import { sheetKey } from './names';
import { queueCells } from './write-cells';
import { planExtent, queueCharts, queuePlan, queueValidation, type ChartWork } from './write-plan';

type Change<K extends WorkbookChange['kind']> = Extract<WorkbookChange, { kind: K }>;

/** Refuses a batch that names a sheet that will not be there, before anything is written. */
export function precheck(changes: readonly WorkbookChange[], byKey: Map<string, SheetFacts | null>): void {
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

/**
 * A plan rewrites a protected sheet only if it opens without a password: those sheets are
 * unprotected first, alone in a round trip, so a password fails before anything is written.
 */
export async function unlockPlanned(
  context: Excel.RequestContext,
  budget: RequestBudget,
  changes: readonly WorkbookChange[],
  byKey: Map<string, SheetFacts | null>,
): Promise<SheetFacts[]> {
  const locked = changes.flatMap((ch) =>
    ch.kind === 'writePlan' && byKey.get(sheetKey(ch.plan.name))?.protected ? [byKey.get(sheetKey(ch.plan.name))!] : [],
  );
  if (locked.length > 0) {
    for (const s of locked) context.workbook.worksheets.getItem(s.name).protection.unprotect();
    try {
      await budget.sync();
    } catch {
      throw new SheetProtectedError(locked[0]!.name);
    }
  }
  return locked;
}

/** The workbook as the queued changes will leave it: sheets, tables and names by sheet key, protection. */
export class LiveBook {
  readonly sheets: Map<string, string>;
  readonly tables: Map<string, string[]>;
  readonly names: Set<string>;
  readonly protectedSheets: Set<string>;
  /** Old charts to remove and new ones to add, once the requests that loaded them are sent. */
  readonly charts: ChartWork[] = [];
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: RequestBudget,
    found: Discovery,
    unlocked: readonly SheetFacts[],
    /** Told the protected sheet cells were last written to: what an AccessDenied is about. */
    private readonly touched: { sheet: string | null },
  ) {
    this.sheets = new Map(found.sheets.map((s) => [sheetKey(s.name), s.name]));
    this.tables = new Map(found.tablesBySheet);
    this.names = new Set(found.names);
    this.protectedSheets = new Set(
      found.sheets.filter((s) => s.protected && !unlocked.includes(s)).map((s) => sheetKey(s.name)),
    );
  }

  private sheet(name: string): Excel.Worksheet {
    return this.context.workbook.worksheets.getItem(this.sheets.get(sheetKey(name))!);
  }

  async writePlan(ch: Change<'writePlan'>, advance: (n: number) => void): Promise<void> {
    const { context, budget } = this;
    const key = sheetKey(ch.plan.name);
    const existingName = this.sheets.get(key);
    await budget.reserve(ACTION_BYTES);
    const sheet =
      existingName !== undefined
        ? context.workbook.worksheets.getItem(existingName)
        : context.workbook.worksheets.add(ch.plan.name);
    if (existingName === undefined) this.sheets.set(key, ch.plan.name);
    const namedItem = SHEET_ROLES[ch.plan.role].namedItem;
    const work = await queuePlan(
      context,
      budget,
      ch.plan,
      {
        sheet,
        existing: existingName !== undefined,
        tables: this.tables.get(key) ?? [],
        namedItemExists: this.names.has(namedItem),
        ...(ch.visibility ? { visibility: ch.visibility } : {}),
      },
      namedItem,
      advance,
    );
    // An empty plan still counts as one step.
    if (planExtent(ch.plan).rows === 0) advance(1);
    this.tables.set(
      key,
      (ch.plan.tables ?? []).map((t) => t.name),
    );
    this.names.add(namedItem);
    this.protectedSheets.delete(key);
    if (ch.plan.protection) this.protectedSheets.add(key);
    if (work.old || work.add.length) this.charts.push(work);
  }

  async writeCells(ch: Change<'writeCells'>): Promise<void> {
    const key = sheetKey(ch.sheet);
    const isProtected = this.protectedSheets.has(key);
    if (isProtected) this.touched.sheet = this.sheets.get(key)!;
    await queueCells(this.sheet(ch.sheet), ch.cells, isProtected, this.budget);
  }

  async setValidations(ch: Change<'setValidations'>): Promise<void> {
    // Excel refuses validation changes on a protected sheet, unlocked cells or not.
    if (this.protectedSheets.has(sheetKey(ch.sheet))) return;
    const sheet = this.sheet(ch.sheet);
    for (const v of ch.validations) await queueValidation(sheet, this.budget, v);
  }

  async rename(ch: Change<'renameSheet'>): Promise<void> {
    const from = sheetKey(ch.from);
    const to = sheetKey(ch.to);
    await this.budget.reserve(ACTION_BYTES);
    this.sheet(ch.from).name = ch.to;
    this.sheets.delete(from);
    this.sheets.set(to, ch.to);
    const t = this.tables.get(from);
    if (t) this.tables.set(to, t);
    if (this.protectedSheets.delete(from)) this.protectedSheets.add(to);
  }

  async remove(ch: Change<'deleteSheet'>): Promise<void> {
    await this.budget.reserve(ACTION_BYTES);
    this.sheet(ch.name).delete();
    this.sheets.delete(sheetKey(ch.name));
  }

  async activate(ch: Change<'activate'>): Promise<void> {
    await this.budget.reserve(ACTION_BYTES);
    this.sheet(ch.sheet).activate();
  }

  /** Queues one change of any kind. */
  async queue(ch: WorkbookChange, advance: (n: number) => void): Promise<void> {
    switch (ch.kind) {
      case 'writePlan':
        return this.writePlan(ch, advance);
      case 'writeCells':
        return this.writeCells(ch);
      case 'setValidations':
        return this.setValidations(ch);
      case 'renameSheet':
        return this.rename(ch);
      case 'deleteSheet':
        return this.remove(ch);
      case 'activate':
        return this.activate(ch);
    }
  }
}

/** Steps of progress: plan rows (a national register is many requests), and one per other change. */
export function progressTotal(changes: readonly WorkbookChange[]): number {
  return changes.reduce((n, ch) => n + (ch.kind === 'writePlan' ? Math.max(1, planExtent(ch.plan).rows) : 1), 0);
}

/**
 * Applies changes the careful way inside one batch. `touched` is told which protected sheet cells
 * were written to, so that the caller can name it should Excel refuse (see `asCarefulError`).
 */
export async function applyCarefully(
  context: Excel.RequestContext,
  budget: RequestBudget,
  changes: readonly WorkbookChange[],
  touched: { sheet: string | null },
  progress?: ProgressCallback,
): Promise<void> {
  const found = await discover(context, budget);
  const byKey = new Map<string, SheetFacts | null>();
  for (const s of found.sheets) byKey.set(sheetKey(s.name), s);
  precheck(changes, byKey);
  const unlocked = await unlockPlanned(context, budget, changes, byKey);
  const book = new LiveBook(context, budget, found, unlocked, touched);

  const total = progressTotal(changes);
  let done = 0;
  const advance = (n: number): void => {
    done += n;
    progress?.(Math.min(done, total), total);
  };
  for (const ch of changes) {
    await book.queue(ch, advance);
    if (ch.kind !== 'writePlan') advance(1);
  }
  await budget.syncIfPending();
  // Old charts were loaded by the requests above; now they can go and the new ones come in.
  if (book.charts.length > 0) {
    for (const work of book.charts) await queueCharts(budget, work);
    await budget.syncIfPending();
  }
  if (done < total) progress?.(total, total);
}

/** What a failure of the careful path means to the clerk: Excel's AccessDenied is a protected sheet. */
export function asCarefulError(e: unknown, touched: { sheet: string | null }): unknown {
  if (e instanceof WorkbookError) return e;
  if (errorCode(e) === 'AccessDenied') return new SheetProtectedError(touched.sheet ?? '');
  return e;
}

export function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}
