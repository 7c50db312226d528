// A stable fingerprint of every input of rank-and-tier, so a stale "Xếp hạng" is noticed. The
// core's one hasher (sheet/hash.ts); the stamp keeps its untagged 16 hex digits (the lanes it has
// always used are the current ones, so stamps already in workbooks still compare equal).

import { Hasher } from '../sheet/hash';
import type { RankInput } from './rank';

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
  const h = new Hasher();
  h.add('rules').add(canonical(input.rules));
  h.add('members').num(input.members.length);
  // Only when it differs from the members read, so stamps made before it was an input still match.
  if (input.councilRows !== undefined && input.councilRows !== input.members.length)
    h.add('councilRows').num(input.councilRows);
  for (const m of input.members) {
    h.add(m.id).add(m.name).add(m.unit).add(m.role).add(m.excludedUnits.join(';'));
  }
  h.add('initiatives').num(input.initiatives.length);
  for (const x of input.initiatives) {
    h.add(x.id)
      .add(x.title)
      .add(x.authors.join(';'))
      .add(x.workplace)
      .add(x.unit)
      .add(x.field ?? '');
    h.num(x.benefitVnd).add(x.duplicateOf ?? '');
  }
  const codes = input.rules.rubric.map((c) => c.code);
  h.add('scores').num(input.scores.length);
  for (const s of input.scores) {
    h.num(s.row)
      .add(s.initiativeId)
      .add(s.memberId)
      .add(s.conflict ? 'x' : '');
    for (const c of codes) h.num(s.scores[c] === 'invalid' ? -1 : s.scores[c]);
  }
  h.add('decisions');
  for (const d of input.decisions ?? []) h.add(d.initiativeId).add(d.ruling);
  h.add('votes');
  for (const v of input.votes ?? []) h.add(v.initiativeId).add(v.name).num(v.yes);
  return h.hex();
}
