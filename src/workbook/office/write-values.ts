// A plan's values through the Excel JavaScript API, in row blocks whose JSON stays inside the
// request budget, each block's number formats first ("@" on every text cell, so Excel stores the
// text as typed and never parses it).

import { isPlanFormula, type PlanValue, type SheetPlan } from '../../core/sheet/plan';
import { ACTION_BYTES, type RequestBudget } from './batch';
import { jsonCellBytes, jsonStringBytes } from './bytes';

/** Text number format: Excel keeps what is written into such a cell as text, verbatim. */
export const TEXT_FORMAT = '@';
const GENERAL = 'General';

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

/** Writes values (and number formats) in row blocks whose JSON stays inside the request budget. */
export async function queueValues(
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
