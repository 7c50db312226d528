// Queues a SheetPlan as Excel JavaScript API operations under a request budget. Values go in row
// blocks sized by bytes, each preceded by its number formats ("@" on every text cell, so Excel
// stores the text as typed); styles, widths, merges and the rest are one operation per rectangle.

import { rectAddress, type CellRect } from '../../core/sheet/grid';
import {
  isPlanFormula,
  type CellStyle,
  type ChartSpec,
  type PlanValue,
  type SheetPlan,
  type ValidationSpec,
} from '../../core/sheet/plan';
import { ACTION_BYTES, type RequestBudget } from './batch';
import { jsonCellBytes, jsonStringBytes } from './bytes';
import { charsToPoints, cmToPoints } from './units';

/** Text number format: Excel keeps what is written into such a cell as text, verbatim. */
export const TEXT_FORMAT = '@';
const GENERAL = 'General';

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

/** The value office.js is given for a plan value: formulas as "=…" text, null = leave the cell. */
export function officeValue(v: PlanValue | undefined): string | number | boolean | null {
  if (v === undefined || v === null) return null;
  if (isPlanFormula(v)) return v.formula.startsWith('=') ? v.formula : `=${v.formula}`;
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  return v;
}

/**
 * Number format id per cell (0 = General) from the plan's styles, later rectangles winning; null
 * when no style sets a number format (the common case: then only text cells get one).
 */
function formatGrid(plan: SheetPlan, rows: number, cols: number): { ids: Uint16Array; formats: string[] } | null {
  const styled = (plan.styles ?? []).filter((s) => s.style.numberFormat !== undefined);
  if (styled.length === 0) return null;
  const formats = [GENERAL];
  const index = new Map<string, number>([[GENERAL, 0]]);
  const ids = new Uint16Array(rows * cols);
  for (const s of styled) {
    const f = s.style.numberFormat!;
    let id = index.get(f);
    if (id === undefined) {
      id = formats.length;
      formats.push(f);
      index.set(f, id);
    }
    const r1 = Math.min(rows, s.rect.row + s.rect.rowCount);
    const c1 = Math.min(cols, s.rect.col + s.rect.colCount);
    for (let r = Math.max(0, s.rect.row); r < r1; r++) ids.fill(id, r * cols + Math.max(0, s.rect.col), r * cols + c1);
  }
  return { ids, formats };
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

  if (target.existing) {
    await budget.reserve(ACTION_BYTES * (8 + target.tables.length));
    old = ws.charts;
    old.load('items/name');
    for (const t of target.tables) context.workbook.tables.getItem(t).delete();
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
  }
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

  for (const s of plan.styles ?? []) {
    const range = ws.getRangeByIndexes(s.rect.row, s.rect.col, s.rect.rowCount, s.rect.colCount);
    await budget.reserve(ACTION_BYTES * styleOpCount(s.style, s.rect));
    applyStyle(range, s.style, s.rect);
  }

  await queueColumns(ws, budget, plan);
  await queueRowHeights(ws, budget, plan);

  for (const m of plan.merges ?? []) {
    if (m.rowCount === 1 && m.colCount === 1) continue;
    await budget.reserve(ACTION_BYTES);
    ws.getRangeByIndexes(m.row, m.col, m.rowCount, m.colCount).merge(false);
  }

  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    await budget.reserve(ACTION_BYTES);
    const { rows: fr, columns: fc } = plan.freeze;
    if (fc === 0) ws.freezePanes.freezeRows(fr);
    else if (fr === 0) ws.freezePanes.freezeColumns(fc);
    else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, fr, fc));
  }

  for (const t of plan.tables ?? []) {
    await budget.reserve(ACTION_BYTES * 4 + jsonStringBytes(t.name));
    const table = ws.tables.add(ws.getRangeByIndexes(t.rect.row, t.rect.col, t.rect.rowCount, t.rect.colCount), true);
    table.name = t.name;
    table.showFilterButton = t.showFilter;
    if (t.style) table.style = t.style;
  }

  for (const v of plan.validations ?? []) await queueValidation(ws, budget, v);

  if (plan.page) await queuePage(ws, budget, plan.page);

  if (plan.tabColor || target.existing) {
    await budget.reserve(ACTION_BYTES);
    // An empty string clears a tab colour a previous version of the sheet had.
    ws.tabColor = plan.tabColor ?? '';
  }

  if (plan.protection) {
    for (const u of plan.protection.unlocked) {
      await budget.reserve(ACTION_BYTES);
      ws.getRangeByIndexes(u.row, u.col, u.rowCount, u.colCount).format.protection.locked = false;
    }
    await budget.reserve(ACTION_BYTES);
    ws.protection.protect({ allowFormatColumns: plan.protection.allowFormatColumns ?? false });
  }

  // The role's named item points at A1 of the sheet: it follows the sheet through renames.
  await budget.reserve(ACTION_BYTES * 2);
  if (target.namedItemExists) context.workbook.names.getItem(namedItem).delete();
  context.workbook.names.add(namedItem, ws.getRange('A1'));

  return { sheet: ws, old, add: plan.charts ?? [] };
}

/** Writes values (and number formats) in row blocks whose JSON stays inside the request budget. */
async function queueValues(
  ws: Excel.Worksheet,
  budget: RequestBudget,
  plan: SheetPlan,
  rows: number,
  cols: number,
  onRows: (rows: number) => void,
): Promise<void> {
  const grid = formatGrid(plan, rows, cols);
  const formatBytes = grid ? grid.formats.map((f) => jsonStringBytes(f) + 1) : [jsonStringBytes(GENERAL) + 1];
  const textBytes = jsonStringBytes(TEXT_FORMAT) + 1;

  let start = 0;
  let blockBytes = 0;
  let needsFormats = false;
  const flushBlock = async (end: number): Promise<void> => {
    if (end <= start) return;
    await budget.reserve(blockBytes + ACTION_BYTES * 2);
    const values: (string | number | boolean | null)[][] = [];
    const formats: string[][] | null = needsFormats ? [] : null;
    for (let r = start; r < end; r++) {
      const line = plan.rows[r];
      const vrow: (string | number | boolean | null)[] = new Array<string | number | boolean | null>(cols);
      const frow: string[] | null = formats ? new Array<string>(cols) : null;
      for (let c = 0; c < cols; c++) {
        const pv = line?.[c];
        const v = officeValue(pv);
        vrow[c] = v;
        if (frow) {
          const planned = grid ? (grid.formats[grid.ids[r * cols + c]!] ?? GENERAL) : GENERAL;
          // A formula written into a text-formatted cell would stay text: it gets General instead.
          frow[c] =
            typeof pv === 'string' ? TEXT_FORMAT : isPlanFormula(pv) && planned === TEXT_FORMAT ? GENERAL : planned;
        }
      }
      values.push(vrow);
      if (frow && formats) formats.push(frow);
    }
    const range = ws.getRangeByIndexes(start, 0, end - start, cols);
    // Formats first: a value lands in a cell already formatted as text and is never parsed.
    if (formats) range.numberFormat = formats;
    range.values = values;
    onRows(end - start);
    start = end;
    blockBytes = 0;
    needsFormats = false;
  };

  for (let r = 0; r < rows; r++) {
    const line = plan.rows[r];
    let vBytes = 4;
    let fBytes = 4;
    let rowNeedsFormats = false;
    for (let c = 0; c < cols; c++) {
      const pv = line?.[c];
      vBytes += jsonCellBytes(officeValue(pv));
      if (typeof pv === 'string') {
        fBytes += textBytes;
        rowNeedsFormats = true;
      } else {
        const id = grid ? grid.ids[r * cols + c]! : 0;
        if (id !== 0) rowNeedsFormats = true;
        fBytes += formatBytes[id] ?? 10;
      }
    }
    // Counted as if formats were sent, so a block never grows past the budget when they are.
    const rowBytes = vBytes + fBytes;
    const room = budget.free > budget.capacity / 8 ? budget.free : budget.capacity;
    if (r > start && blockBytes + rowBytes + ACTION_BYTES * 2 > room) await flushBlock(r);
    blockBytes += rowBytes;
    needsFormats ||= rowNeedsFormats;
  }
  await flushBlock(rows);
}

function styleOpCount(s: CellStyle, rect: CellRect): number {
  let n = 0;
  for (const k of Object.keys(s)) if (k !== 'numberFormat') n++;
  if (s.border) n += 2 * (4 + (rect.rowCount > 1 ? 1 : 0) + (rect.colCount > 1 ? 1 : 0));
  return n + 1;
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Sets a plan style on a range; number formats are written with the values, not here. */
function applyStyle(range: Excel.Range, s: CellStyle, rect: CellRect): void {
  const font = range.format.font;
  if (s.fontName !== undefined) font.name = s.fontName;
  if (s.fontSize !== undefined) font.size = s.fontSize;
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.underline !== undefined) font.underline = s.underline ? 'Single' : 'None';
  if (s.fontColor !== undefined) font.color = s.fontColor;
  if (s.fill !== undefined) range.format.fill.color = s.fill;
  if (s.horizontal !== undefined)
    range.format.horizontalAlignment = capitalise(s.horizontal) as Excel.HorizontalAlignment;
  if (s.vertical !== undefined) range.format.verticalAlignment = capitalise(s.vertical) as Excel.VerticalAlignment;
  if (s.wrap !== undefined) range.format.wrapText = s.wrap;
  if (s.border !== undefined) {
    const weight = s.border === 'medium' ? 'Medium' : 'Thin';
    const edges: `${Excel.BorderIndex}`[] = [...EDGES];
    if (rect.rowCount > 1) edges.push('InsideHorizontal');
    if (rect.colCount > 1) edges.push('InsideVertical');
    for (const e of edges) {
      const b = range.format.borders.getItem(e);
      b.style = 'Continuous';
      b.weight = weight;
    }
  }
  if (s.borderBottom !== undefined) {
    const b = range.format.borders.getItem('EdgeBottom');
    b.style = 'Continuous';
    b.weight = s.borderBottom === 'medium' ? 'Medium' : 'Thin';
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
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
