// Reading a plan the way a person reads the printed sheet: find a row by its text, take the rows
// of a table, see the style that ends up on a cell.

import type { CellStyle, PlanValue, SheetPlan } from '../../src/core/sheet/plan';

/** 0-based index of the first row holding `text` in some cell, or -1. */
export function rowWith(plan: SheetPlan, text: string): number {
  return plan.rows.findIndex((row) => row.some((v) => v === text));
}

/** 0-based index of the last row holding `text` in some cell, or -1. */
export function lastRowWith(plan: SheetPlan, text: string): number {
  return plan.rows.findLastIndex((row) => row.some((v) => v === text));
}

/** The data rows of the table whose header row starts with `firstHeader`: the bordered rows under it. */
export function tableRows(plan: SheetPlan, firstHeader: string, from = 0): PlanValue[][] {
  let head = -1;
  for (let r = from; r < plan.rows.length; r++) {
    if (plan.rows[r]?.[0] === firstHeader) {
      head = r;
      break;
    }
  }
  if (head < 0) throw new Error(`no table with header ${firstHeader}`);
  const out: PlanValue[][] = [];
  for (let r = head + 1; r < plan.rows.length; r++) {
    const row = plan.rows[r] ?? [];
    if (styleAt(plan, r, 0).border !== 'thin') break;
    out.push([...row].map((v) => v ?? null));
  }
  return out;
}

/** The header texts of the table whose header row starts with `firstHeader`. */
export function headerOf(plan: SheetPlan, firstHeader: string): string[] {
  const row = plan.rows.find((r) => r[0] === firstHeader) ?? [];
  return row.filter((v): v is string => typeof v === 'string');
}

/** The style a cell ends up with, layering every styled rectangle over it in order. */
export function styleAt(plan: SheetPlan, row: number, col: number): CellStyle {
  let s: CellStyle = {};
  for (const { rect, style } of plan.styles ?? []) {
    if (row >= rect.row && row < rect.row + rect.rowCount && col >= rect.col && col < rect.col + rect.colCount) s = { ...s, ...style };
  }
  return s;
}

/** Every string in the plan, with where it is. */
export function strings(plan: SheetPlan): { row: number; col: number; text: string }[] {
  const out: { row: number; col: number; text: string }[] = [];
  plan.rows.forEach((line, row) => line.forEach((v, col) => typeof v === 'string' && out.push({ row, col, text: v })));
  return out;
}
