// Formula values and Excel's coercions: empty cells are 0 or "", text in arithmetic must read as
// a number, comparisons order numbers < text < booleans.

import type { CellError } from '../../core/sheet/grid';
import type { Rect } from './address';
import { formatGeneral } from './numfmt';

export type Scalar = number | string | boolean | CellError | null;
export interface RangeVal {
  readonly range: true;
  readonly sheet: string | undefined;
  readonly rect: Rect;
}
export type Val = Scalar | RangeVal;

/** What the evaluator needs from the workbook. */
export interface FormulaHost {
  /** Value of a cell (evaluating it if it holds a formula); sheet undefined = the formula's sheet. */
  cell(sheet: string | undefined, row: number, col: number): Scalar;
  /** Calls `fn` for every non-empty cell of the rectangle, row by row. */
  each(sheet: string | undefined, rect: Rect, fn: (v: Scalar, row: number, col: number) => void): void;
  sheetExists(sheet: string | undefined): boolean;
  /** A defined name's reference, or undefined. */
  name(name: string): { sheet: string; rect: Rect } | undefined;
}

export const err = (e: string): CellError => ({ error: e });
export const VALUE = err('#VALUE!');
export const DIV0 = err('#DIV/0!');
export const NAME = err('#NAME?');
export const REF = err('#REF!');

export function isErr(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'error' in v;
}
export function isRange(v: Val): v is RangeVal {
  return typeof v === 'object' && v !== null && 'range' in v;
}

/** A range used where one value is expected: a single cell gives its value (no implicit intersection). */
export function scalar(v: Val, host: FormulaHost): Scalar {
  if (!isRange(v)) return v;
  if (!host.sheetExists(v.sheet)) return REF;
  if (v.rect.rowCount === 1 && v.rect.colCount === 1) return host.cell(v.sheet, v.rect.row, v.rect.col);
  return VALUE;
}

export function toNumber(v: Scalar): number | CellError {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return VALUE;
    const n = Number(t.replace(/,/g, ''));
    return Number.isFinite(n) && /^[+-]?[\d,]*\.?\d*(e[+-]?\d+)?%?$/i.test(t) ? n : VALUE;
  }
  return v;
}

export function toText(v: Scalar): string | CellError {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatGeneral(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

export function toBool(v: Scalar): boolean | CellError {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    const u = v.toUpperCase();
    if (u === 'TRUE') return true;
    if (u === 'FALSE') return false;
    return VALUE;
  }
  return v;
}

function typeRank(v: Scalar): number {
  if (typeof v === 'number' || v === null) return 0;
  if (typeof v === 'string') return 1;
  return 2;
}

/** Excel comparison: numbers < text < booleans; text case-insensitive; empty equals 0 and "". */
export function compare(a: Scalar, b: Scalar): number {
  let x = a;
  let y = b;
  if (x === null) x = typeof y === 'string' ? '' : typeof y === 'boolean' ? false : 0;
  if (y === null) y = typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0;
  const rx = typeRank(x);
  const ry = typeRank(y);
  if (rx !== ry) return rx - ry;
  if (typeof x === 'string' && typeof y === 'string') {
    const lx = x.toLowerCase();
    const ly = y.toLowerCase();
    return lx < ly ? -1 : lx > ly ? 1 : 0;
  }
  const nx = Number(x);
  const ny = Number(y);
  return nx < ny ? -1 : nx > ny ? 1 : 0;
}

export function arith(op: string, a: number, b: number): number | CellError {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? DIV0 : a / b;
    default: {
      const r = a ** b;
      return Number.isFinite(r) ? r : err('#NUM!');
    }
  }
}

/** Every value an argument contributes: range cells (non-empty) or the scalar itself. */
