// Regeneration that loses nothing (SPEC §5): a generated sheet is replaced only when it still holds
// exactly what the add-in wrote. A sheet edited by hand, or one the add-in did not write, is kept
// under a new name and reported.

import { fingerprintGrid, fingerprintPlan } from '../core/sheet/fingerprint';
import type { SheetPlan, SheetRole } from '../core/sheet/plan';
import type { SheetInfo, WorkbookChange, WorkbookPort } from '../workbook/port';
import { META_KEYS } from './meta';
import { resolveRoles } from './roles';

export interface KeptSheet {
  readonly role: SheetRole;
  readonly sheet: string;
  readonly keptAs: string;
  readonly reason: 'edited' | 'foreign';
}

export interface RegenerationPlan {
  readonly changes: WorkbookChange[];
  readonly kept: KeptSheet[];
  /** Meta entries to record after the write. */
  readonly meta: Map<string, string>;
}

/** Excel sheet names: at most 31 characters. */
const MAX_SHEET_NAME = 31;

export function freeSheetName(base: string, taken: ReadonlySet<string>, suffix: string): string {
  for (let n = 1; n < 1000; n++) {
    const tail = n === 1 ? ` (${suffix})` : ` (${suffix} ${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - tail.length) + tail;
    if (![...taken].some((t) => t.toLowerCase() === name.toLowerCase())) return name;
  }
  throw new Error(`no free sheet name for ${base}`);
}

/**
 * Decides, for each plan of a generated sheet, whether the sheet already there may be replaced.
 * Reads the current sheets once (one round trip for all of them).
 */
export async function planRegeneration(
  port: WorkbookPort,
  plans: readonly SheetPlan[],
  meta: ReadonlyMap<string, string>,
  sheets: readonly SheetInfo[],
  keptSuffix: string,
): Promise<RegenerationPlan> {
  const taken = new Set(sheets.map((s) => s.name));
  const resolved = await resolveRoles(port, plans.map((p) => p.role));
  const targets = plans.map((p, i) => resolved[i] ?? p.name);
  const existing = targets.map((t) => taken.has(t));
  const grids = await port.readSheets(
    targets.filter((_, i) => existing[i]).map((name) => ({ name, formulas: true })),
  );
  const changes: WorkbookChange[] = [];
  const kept: KeptSheet[] = [];
  const nextMeta = new Map<string, string>();
  let g = 0;
  plans.forEach((plan, i) => {
    const target = targets[i]!;
    if (existing[i]) {
      const grid = grids[g++] ?? null;
      const recorded = meta.get(META_KEYS.fingerprint(plan.role));
      const untouched = grid !== null && recorded !== undefined && fingerprintGrid(grid) === recorded;
      if (!untouched) {
        const keptAs = freeSheetName(target, taken, keptSuffix);
        taken.add(keptAs);
        changes.push({ kind: 'renameSheet', from: target, to: keptAs });
        kept.push({ role: plan.role, sheet: target, keptAs, reason: recorded === undefined ? 'foreign' : 'edited' });
      }
    }
    const written = target === plan.name ? plan : { ...plan, name: target };
    changes.push({ kind: 'writePlan', plan: written });
    nextMeta.set(META_KEYS.fingerprint(plan.role), fingerprintPlan(written));
  });
  return { changes, kept, meta: nextMeta };
}
