// Initiative ids as written in "Sáng kiến": "SK-" and at least four digits. They are compared by
// number, never as text, so SK-9999 comes before SK-10000.

import type { InitiativeId } from '../model';

const ID_RE = /^\s*SK\s*[-–_ ]?\s*(\d{1,9})\s*$/i;

/** The id for a sequence number: 1 → "SK-0001", 12345 → "SK-12345". */
export function formatId(n: number): InitiativeId {
  return `SK-${String(n).padStart(4, '0')}` as InitiativeId;
}

/** The number of an id, accepting what people type ("sk-12", "SK 0012"); null when it is not an id. */
export function idNumber(text: string): number | null {
  const m = ID_RE.exec(text);
  return m ? Number(m[1]) : null;
}

/** An id in its canonical form, or null when the text is not an id. */
export function parseId(text: string): InitiativeId | null {
  const n = idNumber(text);
  return n === null ? null : formatId(n);
}

const LAST_NUMBER = /(\d+)(?!.*\d)/;

/**
 * The number an id is ordered by: its last run of digits, so "SK-0042" → 42, "TV07" → 7,
 * "sk 7" → 7 and "SK-12A" → 12; +∞ when it has none (such ids sort after every numbered one).
 */
export function idOrder(id: string): number {
  const m = LAST_NUMBER.exec(id);
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
}

/**
 * The one order of ids (initiatives and members alike): by number, SK-9999 before SK-10000, then
 * as text so the order is total. Every sort of ids in the core uses this.
 */
export function compareIds(a: string, b: string): number {
  const na = idOrder(a);
  const nb = idOrder(b);
  if (na !== nb) return na < nb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
