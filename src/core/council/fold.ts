// Text matching for the council sheets: roles, keys and union names are typed by hand, with or
// without diacritics, in any case and spacing, so they are compared folded by the one fold of
// src/core/text (foldPlain; headers by foldCompact in sheets/kit.ts).

import { foldPlain } from '../text/fold';
import { cleanLine } from '../text/normalize';

/** A key as typed ("Số người chấm", "so-nguoi-cham") → "so_nguoi_cham". */
export function foldKey(text: string): string {
  return foldPlain(text).replace(/ /g, '_');
}

/** Splits a list cell on ";" and line breaks (a union name may hold a comma), dropping blanks. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[;\n\r]+/)) {
    const c = cleanLine(part);
    if (c !== '') out.push(c);
  }
  return out;
}

/** Memoised fold for hot loops over many rows that repeat few distinct values (union names). */
export function makeFolder(): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let f = cache.get(text);
    if (f === undefined) {
      f = foldPlain(text);
      cache.set(text, f);
    }
    return f;
  };
}

// Ids order one way everywhere: text/ids.
export { compareIds } from '../text/ids';
