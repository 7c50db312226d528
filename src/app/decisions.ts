// The council's rulings as the task pane records them (SPEC §2.5): which initiatives the council
// must rule on, and saving a ruling by writing only its cells of "Quyết định" — the row of its
// Mã SK when listed, a new row below the table otherwise — so the sheet stays editable by hand.

import type { TierName } from '../core/council/rules';
import { RULING_FLAGS, type Decision, type Flag, type InitiativeResult, type RankResult, type Ruling } from '../core/ranking';
import { decisionCellWrites, decisionsSheetPlan, type RulingEntry } from '../core/sheets/decisions';
import { canonicalId } from '../core/ranking/ids';
import type { WorkbookPort } from '../workbook/port';

/** The flags a ruling answers (one definition, in core/ranking/agenda.ts). */
function reasonsToDecide(r: InitiativeResult): Flag[] {
  return r.flags.filter((f) => RULING_FLAGS.has(f.code));
}

/** An initiative the council rules on, with the ruling recorded so far. */
export interface CouncilCase {
  readonly initiativeId: string;
  readonly title: string;
  readonly rank: number | null;
  /** Official score in hundredths, null without a valid review. */
  readonly score: number | null;
  /** The tier the ranking gives before any ruling, and whether the tie was left to the council. */
  readonly walkTier: TierName | null;
  readonly pending: boolean;
  /** The tier that stands with the rulings applied. */
  readonly tier: TierName | null;
  readonly reasons: readonly Flag[];
  readonly ruling: Ruling | null;
  readonly note: string;
}

/** The flagged initiatives and those already ruled on, in ranking order. */
export function councilCases(result: RankResult, decisions: readonly Decision[]): CouncilCase[] {
  const ruled = new Map<string, Decision>();
  for (const d of decisions) ruled.set(canonicalId(d.initiativeId), d);
  const cases: CouncilCase[] = [];
  for (const r of result.initiatives) {
    const reasons = reasonsToDecide(r);
    const d = ruled.get(canonicalId(r.initiative.id));
    if (reasons.length === 0 && !d) continue;
    cases.push({
      initiativeId: r.initiative.id,
      title: r.initiative.title,
      rank: r.rank,
      score: r.official,
      walkTier: r.walkTier,
      pending: r.pending,
      tier: r.tier,
      reasons,
      ruling: d?.ruling ?? null,
      note: d?.note ?? '',
    });
  }
  return cases;
}

export type DecisionsOutcome =
  | { readonly status: 'saved'; readonly sheet: string; readonly written: number; readonly created: boolean }
  | { readonly status: 'noHeader'; readonly sheet: string };

/** Records `entries` in "Quyết định" (created from the template when missing), writing only their cells. */
export async function saveDecisions(port: WorkbookPort, entries: readonly RulingEntry[]): Promise<DecisionsOutcome> {
  const [grid] = await port.readSheets([{ role: 'decisions' }]);
  if (!grid) {
    const decisions: Decision[] = entries.flatMap((e) => (e.ruling === null ? [] : [{ row: 0, initiativeId: e.initiativeId, ruling: e.ruling, note: e.note.trim() }]));
    const plan = decisionsSheetPlan(decisions);
    await port.apply([{ kind: 'writePlan', plan }]);
    return { status: 'saved', sheet: plan.name, written: decisions.length, created: true };
  }
  const cells = decisionCellWrites(grid, entries);
  if (!cells) return { status: 'noHeader', sheet: grid.name };
  if (cells.length > 0) await port.apply([{ kind: 'writeCells', sheet: grid.name, cells }]);
  return { status: 'saved', sheet: grid.name, written: cells.length, created: false };
}
