// The worksheet functions the simulator computes. Each takes its arguments unevaluated so IF and
// IFERROR evaluate lazily and aggregates can walk ranges without copying them.

import type { CellError } from '../../core/sheet/grid';
import type { Ast } from './formula-parse';
import { roundHalfAway } from './numfmt';
import {
  compare,
  DIV0,
  err,
  type FormulaHost,
  isErr,
  isRange,
  type Scalar,
  scalar,
  toBool,
  toNumber,
  toText,
  type Val,
  VALUE,
  REF,
} from './formula-values';

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
  const out: number[] = [];
  let error: CellError | null = null;
  for (const a of args) {
    if (isRange(a)) {
      if (!host.sheetExists(a.sheet)) return REF;
      // Walked without building intermediate records: score sheets sum 750,000 rows this way.
      host.each(a.sheet, a.rect, (v) => {
        if (typeof v === 'number') out.push(v);
        else if (error === null && isErr(v)) error = v;
      });
      if (error) return error;
      continue;
    }
    if (isErr(a)) return a;
    if (typeof a === 'number') out.push(a);
    else if (a !== null) {
      const n = toNumber(a);
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

export type Fn = (args: readonly Ast[], ev: (a: Ast) => Val, host: FormulaHost) => Val;

export const FUNCTIONS: Record<string, Fn> = {
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
