// Regeneration that loses nothing (SPEC §5): a generated sheet is replaced only when it still holds
// exactly what the add-in wrote. A sheet edited by hand, or one the add-in did not write, is kept
// under a new name and reported.

import { fingerprintPlan, gridMatchesFingerprint } from '../core/sheet/fingerprint';
import type { SheetPlan, SheetRole } from '../core/sheet/plan';
import type { SheetGrid } from '../core/sheet/grid';
import type { WorkbookChange, WorkbookPort } from '../workbook/port';
import { META_KEYS } from './meta';

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
 * `current` holds what is there now, read by role with formulas (loadBook's `extra`), so this adds
 * no round trip; the sheet list is asked for only when a sheet must be kept under a new name.
 */
export async function planRegeneration(
  port: WorkbookPort,
  plans: readonly SheetPlan[],
  meta: ReadonlyMap<string, string>,
  current: Partial<Record<SheetRole, SheetGrid>>,
  keptSuffix: string,
): Promise<RegenerationPlan> {
  const changes: WorkbookChange[] = [];
  const kept: KeptSheet[] = [];
  const nextMeta = new Map<string, string>();
  let taken: Set<string> | null = null;
  for (const plan of plans) {
    const grid = current[plan.role];
    const target = grid?.name ?? plan.name;
    if (grid) {
      const recorded = meta.get(META_KEYS.fingerprint(plan.role));
      const untouched = recorded !== undefined && gridMatchesFingerprint(grid, recorded);
      if (!untouched) {
        taken ??= new Set((await port.listSheets()).map((s) => s.name));
        const keptAs = freeSheetName(target, taken, keptSuffix);
        taken.add(keptAs);
        changes.push({ kind: 'renameSheet', from: target, to: keptAs });
        kept.push({ role: plan.role, sheet: target, keptAs, reason: recorded === undefined ? 'foreign' : 'edited' });
      }
    }
    const written = target === plan.name ? plan : { ...plan, name: target };
    changes.push({ kind: 'writePlan', plan: written });
    nextMeta.set(META_KEYS.fingerprint(plan.role), fingerprintPlan(written));
  }
  return { changes, kept, meta: nextMeta };
}
