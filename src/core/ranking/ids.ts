// Initiative ids compare by their number (SK-9999 before SK-10000), never as text.

import { parseId } from '../text/ids';

const TRAILING_NUMBER = /(\d+)\s*$/;

/** The number at the end of an id ("SK-0042" → 42), or +∞ when it has none (such ids sort last). */
export function idNumber(id: string): number {
  const m = TRAILING_NUMBER.exec(id);
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
}

/** Orders ids by number, then as text so that the order is total. */
export function compareIds(a: string, b: string): number {
  const na = idNumber(a);
  const nb = idNumber(b);
  if (na !== nb) return na < nb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The id as the register writes it ("sk-12" → "SK-0012"), or trimmed upper case when not an SK id. */
export function canonicalId(id: string): string {
  return parseId(id) ?? id.trim().toUpperCase();
}
