// A small Excel formula parser: literals, references (A1, $A$1, A1:B2, A:A, 1:1, Sheet!A1,
// 'Other sheet'!A1:B2), operators with Excel's precedence, and function calls.

import { parseLocal, splitSheet, type Rect } from './address';

export type Ast =
  | { readonly t: 'num'; readonly v: number }
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'bool'; readonly v: boolean }
  | { readonly t: 'err'; readonly v: string }
  | {
      readonly t: 'ref';
      readonly sheet: string | undefined;
      readonly rect: Rect;
      /** Which edges are absolute ($): they stay put when the formula is shared by another cell. */
      readonly abs: RefAbs;
    }
  | { readonly t: 'name'; readonly name: string }
  | { readonly t: 'un'; readonly op: '-' | '+' | '%'; readonly a: Ast }
  | { readonly t: 'bin'; readonly op: string; readonly a: Ast; readonly b: Ast }
  | { readonly t: 'call'; readonly fn: string; readonly args: readonly Ast[] };

/** $-flags of a reference's first and last row and column. */
export interface RefAbs {
  readonly r0: boolean;
  readonly c0: boolean;
  readonly r1: boolean;
  readonly c1: boolean;
}

function absOf(local: string): RefAbs {
  const [a = '', b = a] = local.split(':');
  const flags = (p: string): { r: boolean; c: boolean } => {
    // Whole rows and columns (1:1, A:A) are left out of the shared key, so they never shift.
    if (/^\$?\d+$/.test(p) || /^\$?[A-Za-z]+$/.test(p)) return { r: true, c: true };
    return { c: p.startsWith('$'), r: /[A-Za-z]\$/.test(p) };
  };
  const x = flags(a);
  const y = flags(b);
  return { r0: x.r, c0: x.c, r1: y.r, c1: y.c };
}

type Tok =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'err'; v: string }
  | { k: 'ref'; sheet: string | undefined; local: string }
  | { k: 'word'; v: string }
  | { k: 'op'; v: string }
  | { k: '('; v: '(' }
  | { k: ')'; v: ')' }
  | { k: ','; v: ',' };

export class FormulaSyntaxError extends Error {
  override name = 'FormulaSyntaxError';
}

const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'];
const REF_PART = /^(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d{1,7}:\$?\d{1,7})(?![A-Za-z0-9_(.])/;

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new FormulaSyntaxError('unterminated string');
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i]!;
        i++;
      }
      out.push({ k: 'str', v: s });
      continue;
    }
    if (ch === "'") {
      // Quoted sheet name before "!".
      const { sheet, local } = splitSheet(src.slice(i));
      if (sheet === undefined) throw new FormulaSyntaxError('bad quoted name');
      const m = REF_PART.exec(local);
      if (!m) throw new FormulaSyntaxError('bad reference');
      out.push({ k: 'ref', sheet, local: m[1]! });
      i = src.length - local.length + m[1]!.length;
      continue;
    }
    if (ch === '#') {
      const e = ERRORS.find((x) => src.startsWith(x, i) || src.toUpperCase().startsWith(x, i));
      if (!e) throw new FormulaSyntaxError('bad error literal');
      out.push({ k: 'err', v: e });
      i += e.length;
      continue;
    }
    const rest = src.slice(i);
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    const ref = REF_PART.exec(rest);
    if (ref && !(num && num[0].length >= ref[1]!.length && !ref[1]!.includes(':'))) {
      out.push({ k: 'ref', sheet: undefined, local: ref[1]! });
      i += ref[1]!.length;
      continue;
    }
    if (num) {
      out.push({ k: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_\\][A-Za-z0-9_.]*/.exec(rest);
    if (word) {
      const w = word[0];
      if (src[i + w.length] === '!') {
        const m = REF_PART.exec(src.slice(i + w.length + 1));
        if (!m) throw new FormulaSyntaxError('bad reference');
        out.push({ k: 'ref', sheet: w, local: m[1]! });
        i += w.length + 1 + m[1]!.length;
        continue;
      }
      out.push({ k: 'word', v: w });
      i += w.length;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '<=' || two === '>=' || two === '<>') {
      out.push({ k: 'op', v: two });
      i += 2;
      continue;
    }
    if ('+-*/^&=<>%'.includes(ch)) {
      out.push({ k: 'op', v: ch });
      i++;
      continue;
    }
    if (ch === '(') out.push({ k: '(', v: '(' });
    else if (ch === ')') out.push({ k: ')', v: ')' });
    else if (ch === ',') out.push({ k: ',', v: ',' });
    else throw new FormulaSyntaxError(`unexpected "${ch}"`);
    i++;
  }
  return out;
}

// Excel precedence of the binary operators below ^, lowest first: comparison, &, + -, * /.
const BINARY: Record<string, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
};

class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}

  parse(): Ast {
    const e = this.expr(0);
    if (this.i < this.toks.length) throw new FormulaSyntaxError('unexpected token');
    return e;
  }

  private peek(): Tok | undefined {
    return this.toks[this.i];
  }

  private expr(minPrec: number): Ast {
    let left = this.power();
    for (;;) {
      const t = this.peek();
      if (!t || t.k !== 'op') break;
      const prec = BINARY[t.v];
      if (prec === undefined || prec < minPrec) break;
      this.i++;
      const right = this.expr(prec + 1);
      left = { t: 'bin', op: t.v, a: left, b: right };
    }
    return left;
  }

  // Excel binds negation tighter than ^ (-2^2 = 4) and evaluates ^ left to right.
  private power(): Ast {
    let a = this.prefix();
    for (;;) {
      const t = this.peek();
      if (!t || t.k !== 'op' || t.v !== '^') return a;
      this.i++;
      a = { t: 'bin', op: '^', a, b: this.prefix() };
    }
  }

  private prefix(): Ast {
    const t = this.peek();
    if (t && t.k === 'op' && (t.v === '-' || t.v === '+')) {
      this.i++;
      return { t: 'un', op: t.v, a: this.prefix() };
    }
    let a = this.primary();
    for (;;) {
      const n = this.peek();
      if (!n || n.k !== 'op' || n.v !== '%') return a;
      this.i++;
      a = { t: 'un', op: '%', a };
    }
  }

  private primary(): Ast {
    const t = this.toks[this.i++];
    if (!t) throw new FormulaSyntaxError('unexpected end');
    switch (t.k) {
      case 'num':
        return { t: 'num', v: t.v };
      case 'str':
        return { t: 'str', v: t.v };
      case 'err':
        return { t: 'err', v: t.v };
      case 'ref': {
        const rect = parseLocal(t.local);
        if (!rect) throw new FormulaSyntaxError('bad reference');
        return { t: 'ref', sheet: t.sheet, rect, abs: absOf(t.local) };
      }
      case 'word': {
        const next = this.peek();
        if (next && next.k === '(') {
          this.i++;
          const args: Ast[] = [];
          const close = this.peek();
          if (close && close.k === ')') {
            this.i++;
            return { t: 'call', fn: t.v.toUpperCase().replace(/^_XLFN\./, ''), args };
          }
          for (;;) {
            const a = this.peek();
            // An empty argument ("IF(A1,,1)") is a missing value, read as 0 / "".
            if (a && (a.k === ',' || a.k === ')')) args.push({ t: 'name', name: '' });
            else args.push(this.expr(0));
            const sep = this.toks[this.i++];
            if (!sep) throw new FormulaSyntaxError('missing )');
            if (sep.k === ')') break;
            if (sep.k !== ',') throw new FormulaSyntaxError('expected ,');
          }
          return { t: 'call', fn: t.v.toUpperCase().replace(/^_XLFN\./, ''), args };
        }
        const up = t.v.toUpperCase();
        if (up === 'TRUE' || up === 'FALSE') return { t: 'bool', v: up === 'TRUE' };
        return { t: 'name', name: t.v };
      }
      case '(': {
        const e = this.expr(0);
        const c = this.toks[this.i++];
        if (!c || c.k !== ')') throw new FormulaSyntaxError('missing )');
        return e;
      }
      default:
        throw new FormulaSyntaxError('unexpected token');
    }
  }
}

const cache = new Map<string, Ast>();

/** Parses a formula ("=…"); throws FormulaSyntaxError when Excel would refuse it. Cached by text. */
export function parseFormula(formula: string): Ast {
  const hit = cache.get(formula);
  if (hit) return hit;
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const ast = new Parser(tokenize(body)).parse();
  if (cache.size > 100_000) cache.clear();
  cache.set(formula, ast);
  return ast;
}

// A1 references outside string literals: not preceded by a name character, not followed by "(" (a function).
const A1_REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(.])/g;

/**
 * The formula with each relative reference written as an offset from its cell, so the 750,000
 * "=SUM(C2:E2)", "=SUM(C3:E3)"… of a score sheet share one key (and one parse).
 */
export function relativeKey(formula: string, row: number, col: number): string {
  if (!formula.includes('"') && !formula.includes("'")) return shiftRefs(formula, row, col);
  // String literals and quoted sheet names are kept as they are.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : shiftRefs(part, row, col)))
    .join('');
}

function shiftRefs(text: string, row: number, col: number): string {
  return text.replace(A1_REF, (_m, dc: string, letters: string, dr: string, digits: string) => {
    const c = columnIndexOf(letters);
    const r = Number(digits) - 1;
    return `${dc ? `C${c}` : `C[${c - col}]`}${dr ? `R${r}` : `R[${r - row}]`}`;
  });
}

function columnIndexOf(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 32) - 96);
  return n - 1;
}

const shared = new Map<string, { ast: Ast; row: number; col: number }>();

/**
 * The parsed formula of the cell at (row, col), shared with every cell whose formula has the same
 * relative shape; evaluate it shifted by (row − base.row, col − base.col).
 */
export function parseShared(formula: string, row: number, col: number): { ast: Ast; dr: number; dc: number } {
  const key = relativeKey(formula, row, col);
  let hit = shared.get(key);
  if (!hit) {
    hit = { ast: parseFormula(formula), row, col };
    if (shared.size > 100_000) shared.clear();
    shared.set(key, hit);
  }
  return { ast: hit.ast, dr: row - hit.row, dc: col - hit.col };
}
