// Evaluates parsed formulas with Excel's coercions: empty cells are 0 or "", text in arithmetic
// must read as a number, ranges feed aggregate functions, errors propagate. Unknown functions give
// #NAME? so a formula the simulator cannot compute is visible, never silently wrong.

import type { CellError } from '../../core/sheet/grid';
import type { Rect } from './address';
import type { Ast } from './formula-parse';
import { formatGeneral, roundHalfAway } from './numfmt';

export type Scalar = number | string | boolean | CellError | null;
interface RangeVal {
  readonly range: true;
  readonly sheet: string | undefined;
  readonly rect: Rect;
}
type Val = Scalar | RangeVal;

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

const err = (e: string): CellError => ({ error: e });
const VALUE = err('#VALUE!');
const DIV0 = err('#DIV/0!');
const NAME = err('#NAME?');
const REF = err('#REF!');

function isErr(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'error' in v;
}
function isRange(v: Val): v is RangeVal {
  return typeof v === 'object' && v !== null && 'range' in v;
}

/** A range used where one value is expected: a single cell gives its value (no implicit intersection). */
function scalar(v: Val, host: FormulaHost): Scalar {
  if (!isRange(v)) return v;
  if (!host.sheetExists(v.sheet)) return REF;
  if (v.rect.rowCount === 1 && v.rect.colCount === 1) return host.cell(v.sheet, v.rect.row, v.rect.col);
  return VALUE;
}

function toNumber(v: Scalar): number | CellError {
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

function toText(v: Scalar): string | CellError {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatGeneral(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

function toBool(v: Scalar): boolean | CellError {
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
function compare(a: Scalar, b: Scalar): number {
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

function arith(op: string, a: number, b: number): number | CellError {
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
function collect(v: Val, host: FormulaHost, out: { v: Scalar; fromRange: boolean }[]): CellError | null {
  if (isRange(v)) {
    if (!host.sheetExists(v.sheet)) return REF;
    host.each(v.sheet, v.rect, (x) => out.push({ v: x, fromRange: true }));
    return null;
  }
  out.push({ v, fromRange: false });
  return null;
}

/** Numbers for SUM/AVERAGE/MIN/MAX: text and booleans in ranges are skipped, direct ones coerced. */
function numbers(args: Val[], host: FormulaHost): number[] | CellError {
  const items: { v: Scalar; fromRange: boolean }[] = [];
  for (const a of args) {
    const e = collect(a, host, items);
    if (e) return e;
  }
  const out: number[] = [];
  for (const { v, fromRange } of items) {
    if (isErr(v)) return v;
    if (typeof v === 'number') out.push(v);
    else if (!fromRange && v !== null) {
      const n = toNumber(v);
      if (typeof n !== 'number') return n;
      out.push(n);
    }
  }
  return out;
}

function wildcardRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '~' && i + 1 < pattern.length) {
      re += pattern[i + 1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i++;
    } else if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

/** COUNTIF criteria: ">=5", "<>x", "=", "a*", 5, TRUE. */
function criterion(c: Scalar): (v: Scalar) => boolean {
  if (typeof c === 'number' || typeof c === 'boolean') return (v) => v === c;
  if (c === null || isErr(c)) return (v) => (c === null ? v === 0 : isErr(v) && v.error === c.error);
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(c)!;
  const op = m[1] ?? '=';
  const rhs = m[2] ?? '';
  const n = rhs.trim() === '' ? NaN : Number(rhs);
  const numeric = Number.isFinite(n);
  if (op === '=' || op === '<>') {
    const test: (v: Scalar) => boolean =
      rhs === ''
        ? (v) => v === null || v === ''
        : numeric
          ? (v) => v === n || (typeof v === 'string' && Number(v) === n && v.trim() !== '')
          : ((re) => (v: Scalar) => typeof v === 'string' && re.test(v))(wildcardRegex(rhs));
    return op === '=' ? test : (v) => !test(v);
  }
  return (v) => {
    if (numeric) {
      if (typeof v !== 'number') return false;
      const d = v - n;
      return op === '<' ? d < 0 : op === '>' ? d > 0 : op === '<=' ? d <= 0 : d >= 0;
    }
    if (typeof v !== 'string') return false;
    const d = compare(v, rhs);
    return op === '<' ? d < 0 : op === '>' ? d > 0 : op === '<=' ? d <= 0 : d >= 0;
  };
}

function rangeMatrix(v: Val, host: FormulaHost): Scalar[][] | CellError {
  if (!isRange(v)) return [[v]];
  if (!host.sheetExists(v.sheet)) return REF;
  const m: Scalar[][] = [];
  for (let r = 0; r < v.rect.rowCount; r++) {
    const row: Scalar[] = new Array<Scalar>(v.rect.colCount).fill(null);
    m.push(row);
  }
  host.each(v.sheet, v.rect, (x, r, c) => {
    m[r - v.rect.row]![c - v.rect.col] = x;
  });
  return m;
}

type Fn = (args: readonly Ast[], ev: (a: Ast) => Val, host: FormulaHost) => Val;

const FUNCTIONS: Record<string, Fn> = {
  SUM: (args, ev, host) => {
    const ns = numbers(args.map(ev), host);
    return isErr(ns) ? ns : ns.reduce((s, x) => s + x, 0);
  },
  AVERAGE: (args, ev, host) => {
    const ns = numbers(args.map(ev), host);
    if (isErr(ns)) return ns;
    return ns.length === 0 ? DIV0 : ns.reduce((s, x) => s + x, 0) / ns.length;
  },
  MIN: (args, ev, host) => {
    const ns = numbers(args.map(ev), host);
    return isErr(ns) ? ns : ns.length === 0 ? 0 : ns.reduce((m, x) => (x < m ? x : m), Infinity);
  },
  MAX: (args, ev, host) => {
    const ns = numbers(args.map(ev), host);
    return isErr(ns) ? ns : ns.length === 0 ? 0 : ns.reduce((m, x) => (x > m ? x : m), -Infinity);
  },
  COUNT: (args, ev, host) => {
    const items: { v: Scalar; fromRange: boolean }[] = [];
    for (const a of args) collect(ev(a), host, items);
    let n = 0;
    for (const { v, fromRange } of items) {
      if (typeof v === 'number') n++;
      else if (!fromRange && (typeof v === 'boolean' || (typeof v === 'string' && typeof toNumber(v) === 'number')))
        n++;
    }
    return n;
  },
  COUNTA: (args, ev, host) => {
    const items: { v: Scalar; fromRange: boolean }[] = [];
    for (const a of args) collect(ev(a), host, items);
    return items.filter(({ v }) => v !== null).length;
  },
  COUNTIF: (args, ev, host) => {
    if (args.length !== 2) return VALUE;
    const range = ev(args[0]!);
    if (!isRange(range)) return VALUE;
    const test = criterion(scalar(ev(args[1]!), host));
    let n = 0;
    let nonEmpty = 0;
    host.each(range.sheet, range.rect, (v) => {
      nonEmpty++;
      if (test(v)) n++;
    });
    // Empty cells are not visited; count them when the criterion matches an empty cell.
    if (test(null)) n += range.rect.rowCount * range.rect.colCount - nonEmpty;
    return n;
  },
  ROUND: (args, ev, host) => {
    if (args.length !== 2) return VALUE;
    const x = toNumber(scalar(ev(args[0]!), host));
    const d = toNumber(scalar(ev(args[1]!), host));
    if (isErr(x)) return x;
    if (isErr(d)) return d;
    const digits = Math.trunc(d);
    if (digits >= 0) return roundHalfAway(x, digits);
    const f = 10 ** -digits;
    return roundHalfAway(x / f, 0) * f;
  },
  IF: (args, ev, host) => {
    if (args.length < 1 || args.length > 3) return VALUE;
    const c = toBool(scalar(ev(args[0]!), host));
    if (isErr(c)) return c;
    if (c) return args.length >= 2 ? ev(args[1]!) : true;
    return args.length === 3 ? ev(args[2]!) : false;
  },
  AND: (args, ev, host) => logical(args, ev, host, true),
  OR: (args, ev, host) => logical(args, ev, host, false),
  IFERROR: (args, ev, host) => {
    if (args.length !== 2) return VALUE;
    const v = ev(args[0]!);
    const s = isRange(v) ? scalar(v, host) : v;
    return isErr(s) ? ev(args[1]!) : v;
  },
  NA: (args) => (args.length === 0 ? err('#N/A') : VALUE),
  NOT: (args, ev, host) => {
    if (args.length !== 1) return VALUE;
    const b = toBool(scalar(ev(args[0]!), host));
    return isErr(b) ? b : !b;
  },
  ABS: (args, ev, host) => unaryNum(args, ev, host, Math.abs),
  INT: (args, ev, host) => unaryNum(args, ev, host, Math.floor),
  ROUNDUP: (args, ev, host) => roundWith(args, ev, host, (x) => Math.ceil(x - 1e-9)),
  ROUNDDOWN: (args, ev, host) => roundWith(args, ev, host, (x) => Math.floor(x + 1e-9)),
  MOD: (args, ev, host) => {
    if (args.length !== 2) return VALUE;
    const a = toNumber(scalar(ev(args[0]!), host));
    const b = toNumber(scalar(ev(args[1]!), host));
    if (isErr(a)) return a;
    if (isErr(b)) return b;
    if (b === 0) return DIV0;
    return a - b * Math.floor(a / b);
  },
  LEN: (args, ev, host) => {
    if (args.length !== 1) return VALUE;
    const s = toText(scalar(ev(args[0]!), host));
    return isErr(s) ? s : s.length;
  },
  TRIM: (args, ev, host) => {
    if (args.length !== 1) return VALUE;
    const s = toText(scalar(ev(args[0]!), host));
    return isErr(s) ? s : s.trim().replace(/ {2,}/g, ' ');
  },
  CONCATENATE: (args, ev, host) => {
    let out = '';
    for (const a of args) {
      const s = toText(scalar(ev(a), host));
      if (isErr(s)) return s;
      out += s;
    }
    return out;
  },
  ISBLANK: (args, ev, host) => (args.length === 1 ? scalar(ev(args[0]!), host) === null : VALUE),
  ISNUMBER: (args, ev, host) => (args.length === 1 ? typeof scalar(ev(args[0]!), host) === 'number' : VALUE),
  ISERROR: (args, ev, host) => (args.length === 1 ? isErr(scalar(ev(args[0]!), host)) : VALUE),
  // COUNTBLANK(range) counts what COUNTIF(range, "") counts.
  COUNTBLANK: (args, ev, host) => (args.length === 1 ? FUNCTIONS['COUNTIF']!([args[0]!, { t: 'str', v: '' }], ev, host) : VALUE),
  SUMIF: (args, ev, host) => {
    if (args.length < 2 || args.length > 3) return VALUE;
    const range = ev(args[0]!);
    const sumRange = args.length === 3 ? ev(args[2]!) : range;
    if (!isRange(range) || !isRange(sumRange)) return VALUE;
    const test = criterion(scalar(ev(args[1]!), host));
    let sum = 0;
    host.each(range.sheet, range.rect, (v, r, c) => {
      if (!test(v)) return;
      const x = host.cell(sumRange.sheet, sumRange.rect.row + (r - range.rect.row), sumRange.rect.col + (c - range.rect.col));
      if (typeof x === 'number') sum += x;
    });
    return sum;
  },
  SUMPRODUCT: (args, ev, host) => {
    const ms: Scalar[][][] = [];
    for (const a of args) {
      const m = rangeMatrix(ev(a), host);
      if (isErr(m)) return m;
      ms.push(m);
    }
    const first = ms[0];
    if (!first) return VALUE;
    const rows = first.length;
    const cols = first[0]?.length ?? 0;
    if (ms.some((m) => m.length !== rows || (m[0]?.length ?? 0) !== cols)) return VALUE;
    let sum = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        let p = 1;
        for (const m of ms) {
          const v = m[r]![c]!;
          if (isErr(v)) return v;
          p *= typeof v === 'number' ? v : 0;
        }
        sum += p;
      }
    }
    return sum;
  },
};

function unaryNum(args: readonly Ast[], ev: (a: Ast) => Val, host: FormulaHost, f: (x: number) => number): Val {
  if (args.length !== 1) return VALUE;
  const x = toNumber(scalar(ev(args[0]!), host));
  return isErr(x) ? x : f(x);
}

function roundWith(args: readonly Ast[], ev: (a: Ast) => Val, host: FormulaHost, f: (x: number) => number): Val {
  if (args.length !== 2) return VALUE;
  const x = toNumber(scalar(ev(args[0]!), host));
  const d = toNumber(scalar(ev(args[1]!), host));
  if (isErr(x)) return x;
  if (isErr(d)) return d;
  const p = 10 ** Math.trunc(d);
  return (Math.sign(x) * f(Math.abs(x) * p)) / p;
}

function logical(args: readonly Ast[], ev: (a: Ast) => Val, host: FormulaHost, isAnd: boolean): Val {
  const items: { v: Scalar; fromRange: boolean }[] = [];
  for (const a of args) {
    const e = collect(ev(a), host, items);
    if (e) return e;
  }
  let seen = 0;
  let acc = isAnd;
  for (const { v, fromRange } of items) {
    if (isErr(v)) return v;
    if (fromRange && (typeof v === 'string' || v === null)) continue;
    const b = toBool(v);
    if (isErr(b)) return b;
    seen++;
    acc = isAnd ? acc && b : acc || b;
  }
  return seen === 0 ? VALUE : acc;
}

/** Evaluates a parsed formula to one value (a range result reads as its single cell, else #VALUE!). */
export function evaluate(ast: Ast, host: FormulaHost): Scalar {
  const ev = (a: Ast): Val => {
    switch (a.t) {
      case 'num':
      case 'str':
      case 'bool':
        return a.v;
      case 'err':
        return err(a.v);
      case 'ref':
        return host.sheetExists(a.sheet) ? { range: true, sheet: a.sheet, rect: a.rect } : REF;
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
