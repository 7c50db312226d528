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

/** Number of an id like "SK-0012" or "TV07" (its last run of digits), for numeric ordering; NaN when none. */
export function idNumber(id: string): number {
  const m = /(\d+)(?!.*\d)/.exec(id);
  return m ? Number(m[1]) : Number.NaN;
}

/** Orders ids by their number (SK-9999 before SK-10000), then as text. */
export function compareIds(a: string, b: string): number {
  const na = idNumber(a);
  const nb = idNumber(b);
  if (na !== nb && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  if (Number.isNaN(na) !== Number.isNaN(nb)) return Number.isNaN(na) ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
