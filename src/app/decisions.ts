// The council's rulings as the task pane records them (SPEC §2.5): which initiatives the council
// must rule on, and saving a ruling by writing only its cells of "Quyết định" — the row of its
// Mã SK when listed, a new row below the table otherwise — so the sheet stays editable by hand.

import type { TierName } from '../core/council/rules';
import { TIER_NAMES } from '../core/council/rules';
import { decisionsSheetPlan, NO_PRIZE, RULING_FLAGS, type Decision, type Flag, type InitiativeResult, type RankResult, type Ruling } from '../core/ranking';
import { cellText, findHeader } from '../core/sheets/kit';
import { DECISION_COLUMNS } from '../core/ranking/decision-sheet';
import { canonicalId } from '../core/ranking/ids';
import type { SheetGrid } from '../core/sheet/grid';
import type { CellWrite, WorkbookPort } from '../workbook/port';

/** Every ruling the council can record, in the order a dropdown offers them. */
export const RULINGS: readonly Ruling[] = [...TIER_NAMES, NO_PRIZE];

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

/** Where the rulings live in a "Quyết định" grid; 0-based from A1. */
export interface DecisionsLayout {
  readonly headerRow: number;
  readonly idCol: number;
  readonly rulingCol: number;
  /** The "Ghi chú" column, or where one would be added (the first empty header cell to the right). */
  readonly noteCol: number;
  readonly hasNoteHeader: boolean;
  /** Rows listing each Mã SK (canonical), in sheet order. */
  readonly rowsById: ReadonlyMap<string, readonly number[]>;
  /** The first row below everything in the table: where a new ruling goes. */
  readonly nextRow: number;
}

export function locateDecisions(grid: SheetGrid): DecisionsLayout | null {
  const header = findHeader(grid, DECISION_COLUMNS);
  if (!header) return null;
  const idCol = header.cols.id ?? -1;
  const rulingCol = header.cols.ruling ?? -1;
  const found = header.cols.note;
  const headLine = grid.values[header.row] ?? [];
  let free = Math.max(idCol, rulingCol) + 1;
  while (cellText(headLine[free], 'raw') !== '') free++;
  const noteCol = found ?? free;
  const rowsById = new Map<string, number[]>();
  let nextRow = header.row + 1;
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const line = grid.values[r] ?? [];
    const id = cellText(line[idCol], 'raw');
    if (id !== '' || cellText(line[rulingCol], 'raw') !== '' || cellText(line[noteCol], 'raw') !== '') nextRow = r + 1;
    if (id === '') continue;
    const key = canonicalId(id);
    const rows = rowsById.get(key);
    if (rows) rows.push(r);
    else rowsById.set(key, [r]);
  }
  return { headerRow: header.row, idCol, rulingCol, noteCol, hasNoteHeader: found !== undefined, rowsById, nextRow };
}

/** A ruling as the council gives it in the pane; null clears it. */
export interface RulingEntry {
  readonly initiativeId: string;
  readonly ruling: Ruling | null;
  readonly note: string;
}

/**
 * The cells that record `entries` in `grid`, only where they change: the ruling and note of the
 * Mã SK's first row (any later row for it loses its ruling, so one ruling stands), or a new row
 * below the table for an initiative not listed. Null without a header.
 */
export function decisionCellWrites(grid: SheetGrid, entries: readonly RulingEntry[]): CellWrite[] | null {
  const layout = locateDecisions(grid);
  if (!layout) return null;
  const cells: CellWrite[] = [];
  const at = (row: number, col: number): string => cellText(grid.values[row]?.[col], 'raw');
  const put = (row: number, col: number, text: string): void => {
    if (at(row, col) !== text) cells.push({ row, col, value: text === '' ? null : text });
  };
  let next = layout.nextRow;
  let noteUsed = false;
  for (const e of entries) {
    const ruling = e.ruling ?? '';
    const note = e.note.trim();
    const rows = layout.rowsById.get(canonicalId(e.initiativeId));
    if (rows && rows.length > 0) {
      const [first, ...rest] = rows as [number, ...number[]];
      put(first, layout.rulingCol, ruling);
      put(first, layout.noteCol, note);
      for (const r of rest) put(r, layout.rulingCol, '');
      noteUsed ||= note !== '';
      continue;
    }
    if (ruling === '' && note === '') continue;
    cells.push({ row: next, col: layout.idCol, value: e.initiativeId, numberFormat: '@' });
    if (ruling !== '') cells.push({ row: next, col: layout.rulingCol, value: ruling });
    if (note !== '') cells.push({ row: next, col: layout.noteCol, value: note });
    noteUsed ||= note !== '';
    next++;
  }
  // A sheet whose "Ghi chú" column was deleted by hand gets its header back before a note is written under it.
  if (noteUsed && !layout.hasNoteHeader) cells.push({ row: layout.headerRow, col: layout.noteCol, value: 'Ghi chú' });
  return cells;
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
