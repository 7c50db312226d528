// The fingerprint of what a generated sheet shows, computed the same way from the plan the add-in
// wrote and from the grid read back later, so a hand edit is noticed. Formula cells are left out
// (a plan holds their text, a read holds their result); empty text and empty cells are the same.

import { isCellError, type SheetGrid } from './grid';
import { CURRENT_LANES, Hasher, lanesOf, type HashLanes } from './hash';
import { isPlanFormula, type SheetPlan } from './plan';

function token(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return `n${Number.isInteger(v) ? v : Number(v.toPrecision(15))}`;
  if (typeof v === 'boolean') return v ? 'T' : 'F';
  if (typeof v === 'string') return `s${v}`;
  return null;
}

export function fingerprintPlan(plan: SheetPlan): string {
  const h = new Hasher();
  plan.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (isPlanFormula(v)) return;
      const t = token(v);
      if (t !== null) h.add(`${r},${c}`).add(t);
    }),
  );
  return h.digest();
}

export function fingerprintGrid(grid: SheetGrid, lanes: HashLanes = CURRENT_LANES): string {
  const h = new Hasher(lanes);
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (grid.formulas?.has(`${r},${c}`) || isCellError(v)) return;
      const t = token(v);
      if (t !== null) h.add(`${r},${c}`).add(t);
    }),
  );
  return h.digest();
}

/** Whether a sheet read back still shows what was recorded (fingerprints of either hash version). */
export function gridMatchesFingerprint(grid: SheetGrid, recorded: string): boolean {
  return fingerprintGrid(grid, lanesOf(recorded, 'sheet')) === recorded;
}
