// A small Excel formula parser: literals, references (A1, $A$1, A1:B2, A:A, 1:1, Sheet!A1,
// 'Other sheet'!A1:B2), operators with Excel's precedence, and function calls.

import { parseLocal, splitSheet, type Rect } from './address';

export type Ast =
  | { readonly t: 'num'; readonly v: number }
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'bool'; readonly v: boolean }
  | { readonly t: 'err'; readonly v: string }
  | { readonly t: 'ref'; readonly sheet: string | undefined; readonly rect: Rect }
  | { readonly t: 'name'; readonly name: string }
  | { readonly t: 'un'; readonly op: '-' | '+' | '%'; readonly a: Ast }
  | { readonly t: 'bin'; readonly op: string; readonly a: Ast; readonly b: Ast }
  | { readonly t: 'call'; readonly fn: string; readonly args: readonly Ast[] };

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
        return { t: 'ref', sheet: t.sheet, rect };
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
  // Distinct formulas per row (=SUM(C2:E2), =SUM(C3:E3)…) would otherwise grow the cache forever.
  if (cache.size > 100_000) cache.clear();
  cache.set(formula, ast);
  return ast;
}
