// Payload estimates: the UTF-8 length of the JSON that office.js sends or receives for a value,
// computed without building the JSON, so a 250,000-row plan is measured in one linear pass.

/** UTF-8 bytes of `s` as a JSON string literal, quotes and escapes included. */
export function jsonStringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) n += 6;
    else if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    // A surrogate pair is 4 bytes in UTF-8: 2 per UTF-16 unit.
    else if (c >= 0xd800 && c <= 0xdfff) n += 2;
    else n += 3;
  }
  return n;
}

/** Bytes of one cell value in a JSON array, with its separating comma. */
export function jsonCellBytes(v: unknown): number {
  if (typeof v === 'string') return jsonStringBytes(v) + 1;
  if (typeof v === 'number') return String(v).length + 1;
  if (typeof v === 'boolean') return v ? 5 : 6;
  if (v === null || v === undefined) return 5;
  return JSON.stringify(v).length * 3 + 1;
}

/** Bytes of a 2-D array as JSON. */
export function jsonMatrixBytes(m: readonly (readonly unknown[])[]): number {
  let n = 2;
  for (const row of m) {
    n += 3;
    for (const v of row) n += jsonCellBytes(v);
  }
  return n;
}
