// Text matching for the council sheets: headers, roles, keys and union names are typed by hand,
// with or without diacritics, in any case and spacing, so they are compared folded.

const COMBINING = /[\u0300-\u036f]/g;

/** NFC text, trimmed, inner white space collapsed: the canonical form of what a clerk typed. */
export function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Folded for matching: no diacritics, đ → d, lower case, single spaces ("Hòa" = "Hoà" = "hoa"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A key as typed ("Số người chấm", "so-nguoi-cham") → "so_nguoi_cham". */
export function foldKey(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Splits a list cell on ";" and line breaks (a union name may hold a comma), dropping blanks. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[;\n\r]+/)) {
    const c = clean(part);
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
      f = fold(text);
      cache.set(text, f);
    }
    return f;
  };
}

// Ids order one way everywhere: text/ids.
export { compareIds } from '../text/ids';
