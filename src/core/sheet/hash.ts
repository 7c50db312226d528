// The one content hash of the core: two FNV-1a 32-bit lanes → 16 hex digits, pure JS, fed one
// UTF-16 unit at a time with Math.imul so 750,000 score rows hash in a blink. Not for security:
// it notices hand edits of generated sheets, stale rankings and altered reviewer packets.
//
// Digests already written into workbooks were made by three older lane settings; they keep
// verifying: what this hasher writes now carries a version tag ("v2:"), an untagged digest is
// checked with the lane setting of its kind (LEGACY), and `matchesDigest` picks by the tag.

const FNV_PRIME = 0x01000193;
const FNV_BASIS = 0x811c9dc5;

/** The second lane's constants and the separator ending each string; the first lane is plain FNV-1a 32. */
export interface HashLanes {
  readonly basisB: number;
  readonly primeB: number;
  /** xor-shift of lane B after each unit, 0 for none. */
  readonly shiftB: number;
  readonly separator: number;
  /** Written before the hex digits. */
  readonly tag: string;
}

/** What the hasher writes now. */
export const CURRENT_LANES: HashLanes = {
  basisB: FNV_BASIS ^ 0x9e3779b9,
  primeB: FNV_PRIME,
  shiftB: 0,
  separator: 0x1f,
  tag: 'v2:',
};

/**
 * The settings of digests written before the version tag, by kind. "stamp" (the ranking's "Dấu
 * dữ liệu") is CURRENT_LANES untagged: it was already this setting, and stays untagged.
 */
export const LEGACY_LANES = {
  sheet: { basisB: FNV_PRIME ^ 0x5bd1e995, primeB: 0x5bd1e995, shiftB: 15, separator: 0x1f, tag: '' },
  packet: { basisB: 0x050c5d1f, primeB: 0x5bd1e995, shiftB: 13, separator: 0x1e, tag: '' },
  stamp: { ...CURRENT_LANES, tag: '' },
} as const satisfies Record<string, HashLanes>;

export type DigestKind = keyof typeof LEGACY_LANES;

export class Hasher {
  private a = FNV_BASIS;
  private b: number;

  constructor(private readonly lanes: HashLanes = CURRENT_LANES) {
    this.b = lanes.basisB;
  }

  /** One UTF-16 unit (no separator). */
  unit(u: number): this {
    this.a = Math.imul(this.a ^ u, FNV_PRIME) >>> 0;
    let b = Math.imul(this.b ^ u, this.lanes.primeB);
    if (this.lanes.shiftB > 0) b ^= b >>> this.lanes.shiftB;
    this.b = b >>> 0;
    return this;
  }

  /** A string, ended by a separator so ["ab", "c"] ≠ ["a", "bc"]. */
  add(text: string): this {
    const { primeB, shiftB, separator } = this.lanes;
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      a = Math.imul(a ^ u, FNV_PRIME);
      b = Math.imul(b ^ u, primeB);
      if (shiftB > 0) b ^= b >>> shiftB;
    }
    this.a = Math.imul(a ^ separator, FNV_PRIME) >>> 0;
    this.b = Math.imul(b ^ separator, primeB) >>> 0;
    return this;
  }

  /** A number: integers (scores, rows, amounts) as two 16-bit halves after a marker, no string built. */
  num(n: number | null | undefined): this {
    if (n === null || n === undefined) return this.add('\u2205');
    if (Number.isInteger(n) && n >= 0 && n < 0x1_0000_0000)
      return this.unit(0xfffe)
        .unit(n & 0xffff)
        .unit(n >>> 16);
    return this.add(String(n));
  }

  /** The first lane alone: plain FNV-1a 32, for checking against its published test vectors. */
  laneA(): number {
    return this.a;
  }

  /** 16 hex digits, untagged. */
  hex(): string {
    return this.a.toString(16).padStart(8, '0') + this.b.toString(16).padStart(8, '0');
  }

  /** The digest as stored: the lanes' tag, then the hex digits. */
  digest(): string {
    return this.lanes.tag + this.hex();
  }
}

export function hashStrings(parts: Iterable<string>, lanes: HashLanes = CURRENT_LANES): string {
  const h = new Hasher(lanes);
  for (const p of parts) h.add(p);
  return h.digest();
}

/** The lanes a stored digest was made with: tagged → the current ones, untagged → its kind's old ones. */
export function lanesOf(stored: string, kind: DigestKind): HashLanes {
  return stored.startsWith(CURRENT_LANES.tag) ? CURRENT_LANES : LEGACY_LANES[kind];
}

/** Whether a stored digest is the digest of what `feed` puts in, with the lanes it was made with. */
export function matchesDigest(stored: string, kind: DigestKind, feed: (h: Hasher) => void): boolean {
  const h = new Hasher(lanesOf(stored, kind));
  feed(h);
  return h.digest() === stored;
}
