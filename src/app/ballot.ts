// The ballot as the task pane works it (SPEC §2.6): read "Biểu quyết" with the threshold of the
// current council, and save the yes votes a clerk types by writing only the "Số phiếu đồng ý"
// cells (core/sheets/ballot.ts finds them from the sheet's own header).

import type { Fraction } from '../core/council/rules';
import type { Problem } from '../core/problems';
import { foldName, rank, type BallotVote, type RankResult } from '../core/ranking';
import { ballotCellWrites, type VoteEntry } from '../core/sheets/ballot';
import { canonicalId } from '../core/ranking/ids';
import type { WorkbookPort } from '../workbook/port';
import { loadBook, type Book } from './book';
import { councilCases, type CouncilCase } from './decisions';
import { NoRegisterError, rankInputOf } from './rank';

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
