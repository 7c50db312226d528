// A stable fingerprint of every input of rank-and-tier, so a stale "Xếp hạng" is noticed.
// FNV-1a 64 in two 32-bit lanes (pure JS, no node:crypto), fed field by field with separators.

import type { RankInput } from './rank';

const PRIME_LOW = 0x1b3; // 64-bit FNV prime = 2^40 + 0x1b3

/** FNV-1a 64; exported so tests can check it against the published test vectors. */
export class Fnv64 {
  private hi = 0xcbf29ce4;
  private lo = 0x84222325;

  byte(b: number): void {
    let lo = (this.lo ^ b) >>> 0;
    // (hi·2^32 + lo) × (2^40 + 0x1b3) mod 2^64, in 32-bit halves.
    const loMul = lo * PRIME_LOW;
    const carry = Math.floor(loMul / 0x1_0000_0000);
    const hi = (Math.imul(this.hi, PRIME_LOW) + (lo << 8) + carry) >>> 0;
    lo = loMul >>> 0;
    this.hi = hi;
    this.lo = lo;
  }

  str(s: string): this {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.byte(c & 0xff);
      if (c > 0xff) this.byte(c >>> 8);
    }
    this.byte(0x1f);
    return this;
  }

  num(n: number | null | undefined): this {
    return this.str(n === null || n === undefined ? '∅' : String(n));
  }

  hex(): string {
    return this.hi.toString(16).padStart(8, '0') + this.lo.toString(16).padStart(8, '0');
  }
}

/** Canonical JSON (sorted keys) of a small settings object, so key order never changes the hash. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** 16 hex digits; any change to initiatives, members, rules, scores, rulings or votes changes it. */
export function inputFingerprint(input: RankInput): string {
  const h = new Fnv64();
  h.str('rules').str(canonical(input.rules));
  h.str('members').num(input.members.length);
  for (const m of input.members) {
    h.str(m.id).str(m.name).str(m.unit).str(m.role).str(m.excludedUnits.join(';'));
  }
  h.str('initiatives').num(input.initiatives.length);
  for (const x of input.initiatives) {
    h.str(x.id)
      .str(x.title)
      .str(x.authors.join(';'))
      .str(x.workplace)
      .str(x.unit)
      .str(x.field ?? '');
    h.num(x.benefitVnd).str(x.duplicateOf ?? '');
  }
  const codes = input.rules.rubric.map((c) => c.code);
  h.str('scores').num(input.scores.length);
  for (const s of input.scores) {
    h.num(s.row)
      .str(s.initiativeId)
      .str(s.memberId)
      .str(s.conflict ? 'x' : '');
    for (const c of codes) h.num(s.scores[c] === 'invalid' ? -1 : s.scores[c]);
  }
  h.str('decisions');
  for (const d of input.decisions ?? []) h.str(d.initiativeId).str(d.ruling);
  h.str('votes');
  for (const v of input.votes ?? []) h.str(v.initiativeId).str(v.name).num(v.yes);
  return h.hex();
}
