// Tamper evidence for reviewer packets: a checksum over the reviewer id, the rubric and the ids in
// their order. Not a secret signature (anyone with the add-in could recompute it); it catches a
// packet whose ids, rows or reviewer were changed by hand or by a copy-paste accident. The hash is
// the core's one hasher (sheet/hash.ts); packets made before its version tag still verify.

import { Hasher, LEGACY_LANES, matchesDigest } from '../sheet/hash';

/** The checksum written into a new packet. */
export function checksum(parts: readonly string[]): string {
  const h = new Hasher();
  for (const p of parts) h.add(p);
  return h.digest();
}

/** Whether a packet's stored checksum is that of these parts (packets of either version). */
export function checksumMatches(stored: string, parts: readonly string[]): boolean {
  return matchesDigest(stored, 'packet', (h) => parts.forEach((p) => h.add(p)));
}

/**
 * The key of a council's drafts kept in the browser. Drafts already saved under it must still be
 * found after an update, so it keeps the packets' old lane setting.
 */
export function draftsKey(parts: readonly string[]): string {
  const h = new Hasher(LEGACY_LANES.packet);
  for (const p of parts) h.add(p);
  return h.digest();
}
