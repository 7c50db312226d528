// Queues a SheetPlan as Excel JavaScript API operations under a request budget. Values go in row
// blocks sized by bytes, each preceded by its number formats ("@" on every text cell, so Excel
// stores the text as typed); styles, widths, merges and the rest are one operation per rectangle.

import { rectAddress, type CellRect } from '../../core/sheet/grid';
import type { ChartSpec, SheetPlan, ValidationSpec } from '../../core/sheet/plan';
import { ACTION_BYTES, type RequestBudget } from './batch';
import { jsonStringBytes } from './bytes';
import { queueStyles } from './write-style';
import { queueValues } from './write-values';
import { charsToPoints, cmToPoints } from './units';

/** The rows × columns a plan touches (values, styles, merges, tables, validation, protection). */
export function planExtent(plan: SheetPlan): { rows: number; cols: number } {
  let rows = plan.rows.length;
  let cols = plan.columns?.length ?? 0;
  for (const row of plan.rows) if (row.length > cols) cols = row.length;
  const grow = (r: CellRect): void => {
    if (r.row + r.rowCount > rows) rows = r.row + r.rowCount;
    if (r.col + r.colCount > cols) cols = r.col + r.colCount;
  };
  for (const s of plan.styles ?? []) grow(s.rect);
  for (const m of plan.merges ?? []) grow(m);
  for (const t of plan.tables ?? []) grow(t.rect);
  for (const v of plan.validations ?? []) grow(v.rect);
  for (const u of plan.protection?.unlocked ?? []) grow(u);
  return { rows, cols };
}

export interface PlanTarget {
  readonly sheet: Excel.Worksheet;
  /** The sheet existed: clear it in place first. */
  readonly existing: boolean;
  /** Tables on the existing sheet, deleted before writing. */
  readonly tables: readonly string[];
  /** Whether the sheet name already has a workbook-level named item of this role. */
  readonly namedItemExists: boolean;
  readonly visibility?: 'visible' | 'hidden';
}

/** Charts are written last, after the old ones on the sheet (known only after a sync) are gone. */
export interface ChartWork {
  readonly sheet: Excel.Worksheet;
  readonly old: Excel.ChartCollection | null;
  readonly add: readonly ChartSpec[];
}

export async function queuePlan(
  context: Excel.RequestContext,
  budget: RequestBudget,
  plan: SheetPlan,
  target: PlanTarget,
  namedItem: string,
  /** Told how many rows' values were just queued (for a progress bar over a long write). */
  onRows: (rows: number) => void = () => undefined,
): Promise<ChartWork> {
  const ws = target.sheet;
  const { rows, cols } = planExtent(plan);
  let old: Excel.ChartCollection | null = null;

  if (target.existing) old = await clearSheet(context, budget, ws, target.tables);
  if (target.visibility) {
    await budget.reserve(ACTION_BYTES);
    ws.visibility = target.visibility === 'hidden' ? 'Hidden' : 'Visible';
  }

  if (rows > 0 && cols > 0) {
    if (plan.font) {
      await budget.reserve(ACTION_BYTES * 2);
      const f = ws.getRangeByIndexes(0, 0, rows, cols).format.font;
      f.name = plan.font.name;
      f.size = plan.font.size;
    }
    await queueValues(ws, budget, plan, rows, cols, onRows);
  }

  await queueStyles(ws, budget, plan);

  await queueColumns(ws, budget, plan);
  await queueRowHeights(ws, budget, plan);

  await queueMerges(ws, budget, plan);
  await queueFreeze(ws, budget, plan);
  await queueTables(ws, budget, plan);

  for (const v of plan.validations ?? []) await queueValidation(ws, budget, v);

  if (plan.page) await queuePage(ws, budget, plan.page);

  if (plan.tabColor || target.existing) {
    await budget.reserve(ACTION_BYTES);
    // An empty string clears a tab colour a previous version of the sheet had.
    ws.tabColor = plan.tabColor ?? '';
  }

  if (plan.protection) await queueProtection(ws, budget, plan.protection);

  // The role's named item points at A1 of the sheet: it follows the sheet through renames.
  await budget.reserve(ACTION_BYTES * 2);
  if (target.namedItemExists) context.workbook.names.getItem(namedItem).delete();
  context.workbook.names.add(namedItem, ws.getRange('A1'));

  return { sheet: ws, old, add: plan.charts ?? [] };
}

/**
 * Clears a sheet that is rewritten, in place: tables, values, formats, merges, validation, hidden
 * rows and columns, sizes, freeze, page breaks. Its charts are loaded, to go once they are known.
 */
async function clearSheet(
  context: Excel.RequestContext,
  budget: RequestBudget,
  ws: Excel.Worksheet,
  tables: readonly string[],
): Promise<Excel.ChartCollection> {
  await budget.reserve(ACTION_BYTES * (8 + tables.length));
  const old = ws.charts;
  old.load('items/name');
  for (const t of tables) context.workbook.tables.getItem(t).delete();
  const all = ws.getRange();
  all.clear('All');
  all.unmerge();
  all.dataValidation.clear();
  all.columnHidden = false;
  all.rowHidden = false;
  all.format.useStandardWidth = true;
  all.format.useStandardHeight = true;
  ws.freezePanes.unfreeze();
  ws.horizontalPageBreaks.removePageBreaks();
  return old;
}

/** Merged areas, one operation each (a 1×1 "merge" is nothing to do). */
async function queueMerges(ws: Excel.Worksheet, budget: RequestBudget, plan: SheetPlan): Promise<void> {
  for (const m of plan.merges ?? []) {
    if (m.rowCount === 1 && m.colCount === 1) continue;
    await budget.reserve(ACTION_BYTES);
    ws.getRangeByIndexes(m.row, m.col, m.rowCount, m.colCount).merge(false);
  }
}

async function queueFreeze(ws: Excel.Worksheet, budget: RequestBudget, plan: SheetPlan): Promise<void> {
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    await budget.reserve(ACTION_BYTES);
    const { rows: fr, columns: fc } = plan.freeze;
    if (fc === 0) ws.freezePanes.freezeRows(fr);
    else if (fr === 0) ws.freezePanes.freezeColumns(fc);
    else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, fr, fc));
  }
}

async function queueTables(ws: Excel.Worksheet, budget: RequestBudget, plan: SheetPlan): Promise<void> {
  for (const t of plan.tables ?? []) {
    await budget.reserve(ACTION_BYTES * 4 + jsonStringBytes(t.name));
    const table = ws.tables.add(ws.getRangeByIndexes(t.rect.row, t.rect.col, t.rect.rowCount, t.rect.colCount), true);
    table.name = t.name;
    table.showFilterButton = t.showFilter;
    if (t.style) table.style = t.style;
  }
}

/** The unlocked cells (a reviewer's score cells), then the protection itself. */
async function queueProtection(
  ws: Excel.Worksheet,
  budget: RequestBudget,
  protection: NonNullable<SheetPlan['protection']>,
): Promise<void> {
  for (const u of protection.unlocked) {
    await budget.reserve(ACTION_BYTES);
    ws.getRangeByIndexes(u.row, u.col, u.rowCount, u.colCount).format.protection.locked = false;
  }
  await budget.reserve(ACTION_BYTES);
  ws.protection.protect({ allowFormatColumns: protection.allowFormatColumns ?? false });
}

/** Column widths and hidden columns, one operation per run of equal adjacent columns. */
async function queueColumns(ws: Excel.Worksheet, budget: RequestBudget, plan: SheetPlan): Promise<void> {
  const specs = plan.columns ?? [];
  let c = 0;
  while (c < specs.length) {
    const spec = specs[c]!;
    let end = c + 1;
    while (
      end < specs.length &&
      specs[end]!.width === spec.width &&
      Boolean(specs[end]!.hidden) === Boolean(spec.hidden)
    )
      end++;
    if (spec.width !== undefined || spec.hidden) {
      await budget.reserve(ACTION_BYTES * 2);
      const range = ws.getRangeByIndexes(0, c, 1, end - c);
      if (spec.width !== undefined) range.format.columnWidth = charsToPoints(spec.width);
      if (spec.hidden) range.columnHidden = true;
    }
    c = end;
  }
}

/** Row heights, one operation per run of adjacent rows of equal height. */
async function queueRowHeights(ws: Excel.Worksheet, budget: RequestBudget, plan: SheetPlan): Promise<void> {
  if (!plan.rowHeights || plan.rowHeights.size === 0) return;
  const entries = [...plan.rowHeights].sort((a, b) => a[0] - b[0]);
  let i = 0;
  while (i < entries.length) {
    const [r0, h] = entries[i]!;
    let j = i + 1;
    while (j < entries.length && entries[j]![0] === r0 + (j - i) && entries[j]![1] === h) j++;
    await budget.reserve(ACTION_BYTES);
    ws.getRangeByIndexes(r0, 0, j - i, 1).format.rowHeight = h;
    i = j;
  }
}

async function queuePage(ws: Excel.Worksheet, budget: RequestBudget, p: NonNullable<SheetPlan['page']>): Promise<void> {
  await budget.reserve(ACTION_BYTES * 10);
  const pl = ws.pageLayout;
  pl.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  pl.paperSize = 'A4';
  pl.topMargin = cmToPoints(p.margins.top);
  pl.bottomMargin = cmToPoints(p.margins.bottom);
  pl.leftMargin = cmToPoints(p.margins.left);
  pl.rightMargin = cmToPoints(p.margins.right);
  if (p.centerHorizontally !== undefined) pl.centerHorizontally = p.centerHorizontally;
  // Fit to a number of pages across with the height left free, else a fixed scale.
  pl.zoom =
    p.fitToPagesWide !== undefined
      ? { horizontalFitToPages: p.fitToPagesWide, verticalFitToPages: 0 }
      : { scale: p.scale ?? 100 };
  if (p.printTitleRows) pl.setPrintTitleRows(`$${p.printTitleRows.first + 1}:$${p.printTitleRows.last + 1}`);
  if (p.printArea) pl.setPrintArea(rectAddress(p.printArea));
  for (const r of p.rowBreaks ?? []) {
    if (r <= 0) continue;
    await budget.reserve(ACTION_BYTES);
    // A manual break above the row that starts the page.
    ws.horizontalPageBreaks.add(`A${r + 1}`);
  }
}

const CHART_TYPES: Record<ChartSpec['kind'], `${Excel.ChartType}`> = {
  columnClustered: 'ColumnClustered',
  barClustered: 'BarClustered',
  pie: 'Pie',
};

/** Deletes the sheet's old charts (loaded by an earlier sync) and adds the plan's. */
export async function queueCharts(budget: RequestBudget, work: ChartWork): Promise<void> {
  if (work.old) {
    for (const chart of work.old.items) {
      await budget.reserve(ACTION_BYTES);
      chart.delete();
    }
  }
  for (const spec of work.add) {
    await budget.reserve(ACTION_BYTES * 4 + jsonStringBytes(spec.title));
    const s = spec.source;
    const chart = work.sheet.charts.add(
      CHART_TYPES[spec.kind],
      work.sheet.getRangeByIndexes(s.row, s.col, s.rowCount, s.colCount),
      'Columns',
    );
    chart.title.text = spec.title;
    const a = spec.anchor;
    chart.setPosition(
      work.sheet.getRangeByIndexes(a.row, a.col, 1, 1),
      work.sheet.getRangeByIndexes(a.row + a.rowCount - 1, a.col + a.colCount - 1, 1, 1),
    );
  }
}

/** Queues one data-validation rule on its rectangle (a plan's, or rows added below one). */
export async function queueValidation(ws: Excel.Worksheet, budget: RequestBudget, v: ValidationSpec): Promise<void> {
  const rule = v.rule;
  const source = rule.kind === 'list' ? rule.items.join(',') : '';
  await budget.reserve(
    ACTION_BYTES * 4 +
      jsonStringBytes(source) +
      jsonStringBytes(
        `${rule.prompt?.title ?? ''}${rule.prompt?.message ?? ''}${rule.error?.title ?? ''}${rule.error?.message ?? ''}`,
      ),
  );
  const dv = ws.getRangeByIndexes(v.rect.row, v.rect.col, v.rect.rowCount, v.rect.colCount).dataValidation;
  dv.ignoreBlanks = true;
  dv.rule =
    rule.kind === 'decimal'
      ? { decimal: { formula1: rule.min, formula2: rule.max, operator: 'Between' } }
      : { list: { inCellDropDown: true, source } };
  if (rule.prompt) dv.prompt = { showPrompt: true, title: rule.prompt.title, message: rule.prompt.message };
  dv.errorAlert = {
    showAlert: true,
    style: 'Stop',
    title: rule.error?.title ?? '',
    message: rule.error?.message ?? '',
  };
}
