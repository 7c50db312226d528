// The ballot as the task pane works it (SPEC §2.6): read "Biểu quyết" with the threshold of the
// current council, and save the yes votes a clerk types by writing only the "Số phiếu đồng ý"
// cells, found from the sheet's own header so a sheet edited by hand is still written right.

import type { Fraction } from '../core/council/rules';
import type { Problem } from '../core/problems';
import { foldName, rank, type BallotVote, type RankResult } from '../core/ranking';
import { cellText, findHeader } from '../core/sheets/kit';
import { BALLOT_COLUMNS } from '../core/ranking/ballot-sheet';
import { canonicalId } from '../core/ranking/ids';
import type { SheetGrid } from '../core/sheet/grid';
import type { CellWrite, WorkbookPort } from '../workbook/port';
import { loadBook, type Book } from './book';
import { councilCases, type CouncilCase } from './decisions';
import { NoRegisterError, rankInputOf } from './rank';

/** Where the votes live in a "Biểu quyết" grid; every index 0-based from A1. */
export interface BallotLayout {
  readonly headerRow: number;
  readonly idCol: number;
  /** -1 when the sheet has no name column. */
  readonly nameCol: number;
  readonly yesCol: number;
}

/** The header of a "Biểu quyết" grid, or null when "Mã SK" or "Số phiếu đồng ý" is not there. */
export function locateBallot(grid: SheetGrid): BallotLayout | null {
  const header = findHeader(grid, BALLOT_COLUMNS);
  if (!header) return null;
  return {
    headerRow: header.row,
    idCol: header.cols.id ?? -1,
    nameCol: header.cols.name ?? -1,
    yesCol: header.cols.yes ?? -1,
  };
}

/** One person's votes as the clerk entered them; null clears the cell. */
export interface VoteEntry {
  readonly initiativeId: string;
  readonly name: string;
  readonly yes: number | null;
}

export interface BallotWrites {
  readonly cells: CellWrite[];
  /** Entries whose person is no longer in the sheet (someone edited it meanwhile). */
  readonly notFound: VoteEntry[];
}

/**
 * The cells that record `entries` in `grid`: the row whose Mã SK and name match (the only row with
 * that Mã SK when the name was retyped), in the "Số phiếu đồng ý" column. Null without a header.
 */
export function ballotCellWrites(grid: SheetGrid, entries: readonly VoteEntry[]): BallotWrites | null {
  const layout = locateBallot(grid);
  if (!layout) return null;
  const byId = new Map<string, number[]>();
  for (let r = layout.headerRow + 1; r < grid.values.length; r++) {
    const id = cellText(grid.values[r]?.[layout.idCol], 'raw');
    if (id === '') continue;
    const key = canonicalId(id);
    const rows = byId.get(key);
    if (rows) rows.push(r);
    else byId.set(key, [r]);
  }
  const cells: CellWrite[] = [];
  const notFound: VoteEntry[] = [];
  const taken = new Set<number>();
  for (const e of entries) {
    const rows = byId.get(canonicalId(e.initiativeId)) ?? [];
    const name = foldName(e.name);
    const sameName = layout.nameCol < 0 ? [] : rows.filter((r) => !taken.has(r) && foldName(cellText(grid.values[r]?.[layout.nameCol], 'raw')) === name);
    // A retyped name still finds its row when its Mã SK is listed once; with several, guessing would misplace votes.
    const row = sameName[0] ?? (rows.length === 1 ? rows[0] : undefined);
    if (row === undefined || taken.has(row)) {
      notFound.push(e);
      continue;
    }
    taken.add(row);
    cells.push({ row, col: layout.yesCol, value: e.yes });
  }
  return { cells, notFound };
}

export type VoteInput = { readonly ok: true; readonly yes: number | null } | { readonly ok: false; readonly reason: 'notWhole' | 'tooMany' };

/** What a clerk typed in "Số phiếu đồng ý": empty, or a whole number from 0 to the number of members. */
export function parseVoteInput(text: string, members: number): VoteInput {
  const s = text.trim();
  if (s === '') return { ok: true, yes: null };
  if (!/^\d+$/.test(s)) return { ok: false, reason: 'notWhole' };
  const yes = Number(s);
  return yes > members ? { ok: false, reason: 'tooMany' } : { ok: true, yes };
}

export interface BallotRow {
  /** Excel row in "Biểu quyết", 1-based. */
  readonly row: number;
  readonly name: string;
  readonly workplace: string;
  readonly initiativeId: string;
  readonly yes: number | null;
  /** Lists the person is proposed for ("UBND", "TLĐ", "Phóng sự"); empty when no longer proposed. */
  readonly lists: readonly ('ubnd' | 'national' | 'media')[];
  /** Passed or not, once a vote is entered. */
  readonly outcome: 'passed' | 'failed' | null;
}

export interface BallotView {
  readonly sheet: string;
  readonly members: number;
  readonly threshold: number;
  readonly fraction: Fraction;
  readonly rows: readonly BallotRow[];
}

export interface CouncilWork {
  /** Null while there is no "Biểu quyết" (rank first). */
  readonly ballot: BallotView | null;
  /** Name of "Quyết định" when it exists. */
  readonly decisionsSheet: string | null;
  readonly cases: readonly CouncilCase[];
  /** Problems of "Biểu quyết" and "Quyết định" as read. */
  readonly problems: readonly Problem[];
}

/** Each voted row with the lists its person stands on in `result` (matched by Mã SK and name). */
export function ballotRows(votes: readonly BallotVote[], result: RankResult): BallotRow[] {
  const lists = new Map<string, ('ubnd' | 'national' | 'media')[]>();
  const onList = (which: 'ubnd' | 'national' | 'media'): void => {
    for (const e of result.lists[which]) {
      const key = `${canonicalId(e.initiative)}|${foldName(e.person.name)}`;
      const found = lists.get(key);
      if (found) found.push(which);
      else lists.set(key, [which]);
    }
  };
  onList('ubnd');
  onList('national');
  onList('media');
  const { threshold } = result.ballot;
  return votes.map((v) => ({
    row: v.row,
    name: v.name,
    workplace: v.workplace,
    initiativeId: v.initiativeId,
    yes: v.yes,
    lists: lists.get(`${canonicalId(v.initiativeId)}|${foldName(v.name)}`) ?? [],
    outcome: v.yes === null ? null : v.yes >= threshold ? 'passed' : 'failed',
  }));
}

/** What the "Biểu quyết" step shows, from one read and a ranking in memory (nothing is written). */
export function councilWorkOf(book: Book): CouncilWork {
  const result = rank(rankInputOf(book));
  const ballotGrid = book.grids.ballot;
  const decisionsGrid = book.grids.decisions;
  const ballot: BallotView | null = ballotGrid
    ? {
        sheet: ballotGrid.name,
        members: result.ballot.members,
        threshold: result.ballot.threshold,
        fraction: book.rules.ballotFraction,
        rows: ballotRows(book.votes, result),
      }
    : null;
  const ours = new Set([ballotGrid?.name, decisionsGrid?.name].filter((n): n is string => n !== undefined));
  return {
    ballot,
    decisionsSheet: decisionsGrid?.name ?? null,
    cases: councilCases(result, book.decisions),
    problems: book.problems.filter((p) => ours.has(p.sheet)),
  };
}

export async function loadCouncilWork(port: WorkbookPort): Promise<CouncilWork> {
  return councilWorkOf(await loadBook(port));
}

/** How a save went: written (some entries perhaps no longer in the sheet), or the sheet or its header is gone. */
export type SaveOutcome =
  | { readonly status: 'saved'; readonly sheet: string; readonly written: number; readonly notFound: readonly VoteEntry[] }
  | { readonly status: 'noSheet' }
  | { readonly status: 'noHeader'; readonly sheet: string };

/** Writes the votes of `entries` into "Biểu quyết", touching only their "Số phiếu đồng ý" cells. */
export async function saveVotes(port: WorkbookPort, entries: readonly VoteEntry[]): Promise<SaveOutcome> {
  const [grid] = await port.readSheets([{ role: 'ballot' }]);
  if (!grid) return { status: 'noSheet' };
  const writes = ballotCellWrites(grid, entries);
  if (!writes) return { status: 'noHeader', sheet: grid.name };
  if (writes.cells.length > 0) await port.apply([{ kind: 'writeCells', sheet: grid.name, cells: writes.cells }]);
  return { status: 'saved', sheet: grid.name, written: writes.cells.length, notFound: writes.notFound };
}

export { NoRegisterError };
