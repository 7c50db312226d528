import { describe, expect, it } from 'vitest';
import { checksum, checksumMatches, draftsKey } from '../council/checksum';
import { fingerprintGrid, fingerprintPlan, gridMatchesFingerprint } from './fingerprint';
import { Hasher, hashStrings } from './hash';
import type { SheetGrid } from './grid';
import type { SheetPlan } from './plan';

// The three hashes as they were written before the one hasher, copied verbatim: digests they made
// are in workbooks today ("SK_Meta" fingerprints, packets' "ma_kiem_tra", the ranking's stamp).
function oldSheetHash(parts: readonly string[]): string {
  let a0 = 0x811c9dc5;
  let b0 = 0x01000193 ^ 0x5bd1e995;
  for (const text of parts) {
    let a = a0;
    let b = b0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x5bd1e995);
    a0 = a >>> 0;
    b0 = b >>> 0;
  }
  return a0.toString(16).padStart(8, '0') + b0.toString(16).padStart(8, '0');
}

function oldChecksum(parts: readonly string[]): string {
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

function oldStamp(parts: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x811c9dc5 ^ 0x9e3779b9;
  for (const s of parts) {
    for (let i = 0; i < s.length; i++) {
      a = Math.imul(a ^ s.charCodeAt(i), 0x01000193);
      b = Math.imul(b ^ s.charCodeAt(i), 0x01000193);
    }
    a = Math.imul(a ^ 0x1f, 0x01000193) >>> 0;
    b = Math.imul(b ^ 0x1f, 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

const grid: SheetGrid = {
  name: 'Xếp hạng',
  values: [
    ['Hạng', 'Mã SK', 'Điểm'],
    [1, 'SK-0001', 87.5],
  ],
};

describe('the one hasher', () => {
  it('writes tagged digests, and the ranking stamp exactly as before', () => {
    expect(hashStrings(['a', 'b'])).toMatch(/^v2:[0-9a-f]{16}$/);
    expect(checksum(['TV01', 'SK-0001'])).toMatch(/^v2:[0-9a-f]{16}$/);
    const parts = ['rules', '{"minReviews":3}', 'Nguyễn Thị Hoà'];
    const h = new Hasher();
    parts.forEach((p) => h.add(p));
    expect(h.hex()).toBe(oldStamp(parts));
  });

  it('still verifies a sheet fingerprint recorded by the old hash, and notices an edit', () => {
    // What fingerprintGrid fed the old hasher for this grid.
    const oldParts = ['0,0', 'sHạng', '0,1', 'sMã SK', '0,2', 'sĐiểm', '1,0', 'n1', '1,1', 'sSK-0001', '1,2', 'n87.5'];
    const recorded = oldSheetHash(oldParts);
    expect(gridMatchesFingerprint(grid, recorded)).toBe(true);
    const edited: SheetGrid = { ...grid, values: [grid.values[0]!, [1, 'SK-0001', 88]] };
    expect(gridMatchesFingerprint(edited, recorded)).toBe(false);
    // A new recording is tagged and verifies too.
    const plan: SheetPlan = {
      name: grid.name,
      role: 'ranking',
      rows: [
        ['Hạng', 'Mã SK', 'Điểm'],
        [1, 'SK-0001', 87.5],
      ],
    };
    expect(fingerprintPlan(plan)).toBe(fingerprintGrid(grid));
    expect(gridMatchesFingerprint(grid, fingerprintPlan(plan))).toBe(true);
  });

  it('still verifies a packet checksum made by the old hash, and refuses a changed id', () => {
    const parts = ['sangkien-phieu-cham', 'TV03', 'TM:30;HQ:40;AD:30', 'SK-0001', 'SK-0007'];
    expect(checksumMatches(oldChecksum(parts), parts)).toBe(true);
    expect(checksumMatches(oldChecksum(parts), [...parts.slice(0, 4), 'SK-0008'])).toBe(false);
    expect(checksumMatches(checksum(parts), parts)).toBe(true);
    expect(checksumMatches(checksum(parts), parts.slice(1))).toBe(false);
  });

  it('keeps the key of drafts already saved in the browser', () => {
    expect(draftsKey(['Chấm điểm', 'TV01|SK-0001'])).toBe(oldChecksum(['Chấm điểm', 'TV01|SK-0001']));
  });
});
