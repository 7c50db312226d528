// The add-in's own memory inside the workbook: a hidden sheet "SK_Meta" of key/value rows
// (fingerprints of generated sheets, the clerk's column-mapping corrections, when ranking ran).
// A sheet rather than Office settings because the CLI's .xlsx adapter must read and write it too.

import type { SheetGrid } from '../core/sheet/grid';
import type { SheetPlan } from '../core/sheet/plan';
import { SHEET_ROLES } from '../core/sheet/plan';

export type Meta = ReadonlyMap<string, string>;

export const META_KEYS = {
  fingerprint: (role: string) => `fingerprint.${role}`,
  generatedAt: (role: string) => `generatedAt.${role}`,
  mapping: (sheet: string) => `mapping.${sheet}`,
  rankFingerprint: 'rank.inputFingerprint',
  rankComputedAt: 'rank.computedAt',
} as const;

export function readMeta(grid: SheetGrid | null): Map<string, string> {
  const meta = new Map<string, string>();
  if (!grid) return meta;
  for (const row of grid.values.slice(1)) {
    const key = row[0];
    const value = row[1];
    if (typeof key !== 'string' || key === '') continue;
    meta.set(key, typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '');
  }
  return meta;
}

export function metaPlan(meta: Meta): SheetPlan {
  const keys = [...meta.keys()].sort();
  return {
    name: SHEET_ROLES.meta.name,
    role: 'meta',
    rows: [['Khóa', 'Giá trị'], ...keys.map((k) => [k, meta.get(k) ?? ''])],
    columns: [{ width: 40 }, { width: 60 }],
  };
}
