// Evaluates parsed formulas. Unknown functions give #NAME? so a formula the simulator cannot
// compute is visible, never silently wrong.

import { MAX_COLS, MAX_ROWS } from './address';
import type { Ast } from './formula-parse';
import { FUNCTIONS } from './formula-functions';
import { arith, compare, err, type FormulaHost, isErr, NAME, REF, type Scalar, scalar, toNumber, toText, type Val } from './formula-values';

export type { FormulaHost, Scalar } from './formula-values';

/**
 * Evaluates `ast` for a cell (dr, dc) rows and columns away from the cell it was parsed for:
 * relative references move by that much, absolute ($) ones stay.
 */
export function evaluate(ast: Ast, host: FormulaHost, dr = 0, dc = 0): Scalar {
  const ev = (a: Ast): Val => {
    switch (a.t) {
      case 'num':
      case 'str':
      case 'bool':
        return a.v;
      case 'err':
        return err(a.v);
      case 'ref': {
        if (!host.sheetExists(a.sheet)) return REF;
        if (dr === 0 && dc === 0) return { range: true, sheet: a.sheet, rect: a.rect };
        const { rect, abs } = a;
        const r0 = rect.row + (abs.r0 ? 0 : dr);
        const c0 = rect.col + (abs.c0 ? 0 : dc);
        const r1 = rect.row + rect.rowCount - 1 + (abs.r1 ? 0 : dr);
        const c1 = rect.col + rect.colCount - 1 + (abs.c1 ? 0 : dc);
        if (r0 < 0 || c0 < 0 || r1 >= MAX_ROWS || c1 >= MAX_COLS) return REF;
        return { range: true, sheet: a.sheet, rect: { row: r0, col: c0, rowCount: r1 - r0 + 1, colCount: c1 - c0 + 1 } };
      }
      case 'name': {
        if (a.name === '') return null;
        const ref = host.name(a.name);
        return ref ? { range: true, sheet: ref.sheet, rect: ref.rect } : NAME;
      }
      case 'un': {
        const v = scalar(ev(a.a), host);
        const n = toNumber(v);
        if (isErr(n)) return n;
        return a.op === '-' ? -n : a.op === '%' ? n / 100 : n;
      }
      case 'bin': {
        const x = scalar(ev(a.a), host);
        const y = scalar(ev(a.b), host);
        if (isErr(x)) return x;
        if (isErr(y)) return y;
        if (a.op === '&') {
          const sx = toText(x);
          const sy = toText(y);
          if (isErr(sx)) return sx;
          if (isErr(sy)) return sy;
          return sx + sy;
        }
        if (a.op in CMP) return CMP[a.op]!(compare(x, y));
        const nx = toNumber(x);
        const ny = toNumber(y);
        if (isErr(nx)) return nx;
        if (isErr(ny)) return ny;
        return arith(a.op, nx, ny);
      }
      case 'call': {
        const f = FUNCTIONS[a.fn];
        return f ? f(a.args, ev, host) : NAME;
      }
    }
  };
  const result = scalar(ev(ast), host);
  // A formula that points at an empty cell shows 0, as in Excel.
  if (result === null) return 0;
  if (typeof result === 'number' && !Number.isFinite(result)) return err('#NUM!');
  return result;
}

const CMP: Record<string, (d: number) => boolean> = {
  '=': (d) => d === 0,
  '<>': (d) => d !== 0,
  '<': (d) => d < 0,
  '>': (d) => d > 0,
  '<=': (d) => d <= 0,
  '>=': (d) => d >= 0,
};

export const SUPPORTED_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS);
