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

/** Numeric order of ids; text that is not an id sorts after every id, then as text. */
export function compareIds(a: string, b: string): number {
  const na = idNumber(a);
  const nb = idNumber(b);
  if (na !== null && nb !== null) return na - nb;
  if (na !== null) return -1;
  if (nb !== null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
