// A small, stable, dependency-free content hash (two FNV-1a 32-bit lanes → 16 hex digits). Used to
// fingerprint what a generated sheet held and what a ranking was computed from; not for security.

export class Hasher {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  /** Adds a string (UTF-16 code units, with a separator so ["ab","c"] ≠ ["a","bc"]). */
  add(text: string): this {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x5bd1e995);
    this.a = a >>> 0;
    this.b = b >>> 0;
    return this;
  }

  digest(): string {
    return this.a.toString(16).padStart(8, '0') + this.b.toString(16).padStart(8, '0');
  }
}

export function hashStrings(parts: Iterable<string>): string {
  const h = new Hasher();
  for (const p of parts) h.add(p);
  return h.digest();
}
