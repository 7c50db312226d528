// Tamper evidence for reviewer packets: a checksum over the reviewer id, the rubric and the ids in
// their order. Not a secret signature (anyone with the add-in could recompute it); it catches a
// packet whose ids, rows or reviewer were changed by hand or by a copy-paste accident.

/** Two FNV-1a 32-bit lanes over the parts, each ended by a separator: 16 hex digits. */
export function checksum(parts: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (const p of parts) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 13;
    }
    a = Math.imul(a ^ 0x1e, 0x01000193);
    b = Math.imul(b ^ 0x1e, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
