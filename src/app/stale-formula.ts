// The "Xếp hạng" sheet says by itself when its results are stale (SPEC §2.5), in Excel and without
// the add-in: its stamp row carries a formula comparing checksums of the inputs (counts and sums of
// the score, member, rule, ruling, ballot and register columns) with their values when ranking ran.
// It catches every added or removed row, every changed number and every rule edit; a text edit that
// keeps counts and sums (a member renamed) is left to the pane's full fingerprint.

import { readScoreLayout } from '../core/sheets/scores';
import { columnLetter, isCellError, quoteSheetName, type CellValue, type SheetGrid } from '../core/sheet/grid';
import type { PlanValue, SheetPlan } from '../core/sheet/plan';
import { locateBallot } from '../core/sheets/ballot';
import type { Book } from './book';

export const FRESH_TEXT = 'Kết quả khớp với dữ liệu lúc xếp hạng';
export const STALE_TEXT = 'KẾT QUẢ ĐÃ CŨ: dữ liệu đã thay đổi sau khi xếp hạng, hãy xếp hạng lại';

/** Excel's COUNTA: anything but an empty cell. */
function counta(v: CellValue | undefined): boolean {
  return v !== null && v !== undefined && v !== '';
}

/** Excel's SUM over a range: numbers only (text and booleans in a range are ignored). */
function sumNumber(v: CellValue | undefined): number {
  return typeof v === 'number' && !isCellError(v) ? v : 0;
}

interface Check {
  readonly ref: string;
  readonly count: number;
  readonly sum: number | null;
}

/** COUNTA and (optionally) SUM of whole columns [from, to] of a grid, as Excel would compute them. */
function columnCheck(grid: SheetGrid, from: number, to: number, withSum: boolean): Check {
  let count = 0;
  let sum = 0;
  for (const row of grid.values) {
    for (let c = from; c <= to; c++) {
      const v = row[c];
      if (counta(v)) count++;
      sum += sumNumber(v);
    }
  }
  const sheet = quoteSheetName(grid.name);
  return { ref: `${sheet}!${columnLetter(from)}:${columnLetter(to)}`, count, sum: withSum ? sum : null };
}

function widest(grid: SheetGrid): number {
  return grid.values.reduce((w, r) => Math.max(w, r.length), 1) - 1;
}

/** A plan's rows as the grid Excel will hold once written (formula cells left empty: not inputs). */
export function gridOfPlan(plan: SheetPlan, name: string): SheetGrid {
  return { name, values: plan.rows.map((r) => r.map((v) => (typeof v === 'object' && v !== null ? null : v))) };
}

/** Input sheets written in the same batch as the ranking ("Biểu quyết", a new "Quyết định"): checked as they will be. */
export interface WrittenInputs {
  readonly ballot?: SheetPlan;
  readonly decisions?: SheetPlan;
}

/**
 * The checks for every input sheet present; columns that hold formulas are left out (their results
 * are not inputs).
 */
export function inputChecks(book: Book, written: WrittenInputs = {}): Check[] {
  const checks: Check[] = [];
  const g = {
    ...book.grids,
    ...(written.decisions ? { decisions: gridOfPlan(written.decisions, book.grids.decisions?.name ?? written.decisions.name) } : {}),
  };
  const ballotPlan = written.ballot;
  if (g.register) checks.push(columnCheck(g.register, 0, widest(g.register), true));
  if (g.council) checks.push(columnCheck(g.council, 0, widest(g.council), true));
  if (g.config) checks.push(columnCheck(g.config, 0, widest(g.config), true));
  if (g.decisions) checks.push(columnCheck(g.decisions, 0, widest(g.decisions), false));
  if (g.scores) {
    const { layout } = readScoreLayout(g.scores, book.rules.rubric);
    if (layout) {
      for (const col of [layout.id, layout.member, ...(layout.conflict !== null ? [layout.conflict] : [])]) checks.push(columnCheck(g.scores, col, col, false));
      for (const c of layout.criteria) checks.push(columnCheck(g.scores, c.col, c.col, true));
    }
  }
  const ballotGrid = ballotPlan ? gridOfPlan(ballotPlan, g.ballot?.name ?? ballotPlan.name) : g.ballot;
  if (ballotGrid) {
    const ballot = locateBallot(ballotGrid);
    if (ballot && ballot.yesCol >= 0) checks.push(columnCheck(ballotGrid, ballot.yesCol, ballot.yesCol, true));
  }
  return checks;
}

/**
 * How far a recomputed sum may drift from the one recorded and still be the same data. Excel and
 * LibreOffice add floats in their own order and round differently from JavaScript (ROUND(x,4) of
 * a sum landing on a half was equal here and not there, so "KẾT QUẢ ĐÃ CŨ" showed on untouched
 * data); a tolerance of a billionth of the sum (at least 10⁻⁶) absorbs any order of addition at
 * 750,000 rows while the smallest real edit (a score moved by 0.1) stays far above it. An edit
 * smaller than that share of a column's total is left to the pane's full fingerprint.
 */
export function sumTolerance(sum: number): number {
  return Math.max(1e-6, Math.abs(sum) * 1e-9);
}

/** A number as a formula literal Excel and LibreOffice both parse (no "e+21" JavaScript forms). */
function literal(x: number): string {
  const text = String(x);
  return /e/i.test(text) ? x.toExponential(15).toUpperCase() : text;
}

export function staleFormula(checks: readonly Check[]): string {
  const terms = checks.flatMap((c) => [
    `COUNTA(${c.ref})=${c.count}`,
    ...(c.sum === null ? [] : [`ABS(SUM(${c.ref})-(${literal(c.sum)}))<=${literal(sumTolerance(c.sum))}`]),
  ]);
  if (terms.length === 0) return `="${FRESH_TEXT}"`;
  return `=IF(AND(${terms.join(',')}),"${FRESH_TEXT}","${STALE_TEXT}")`;
}

/** The ranking plan with the live check in its stamp row (row 2, after the fingerprint). */
export function withStaleCheck(plan: SheetPlan, book: Book, written: WrittenInputs = {}): SheetPlan {
  const stampRow = 1;
  const rows = plan.rows.map((r, i) => (i === stampRow ? [...r.slice(0, 4), ...Array<PlanValue>(Math.max(0, 4 - r.length)).fill(null), { formula: staleFormula(inputChecks(book, written)) }] : r));
  const styles = [...(plan.styles ?? []), { rect: { row: stampRow, col: 4, rowCount: 1, colCount: 1 }, style: { bold: true, fontColor: '#C00000' } }];
  return { ...plan, rows, styles };
}
