// How far the council's work has come, read from the workbook (the pane's ticks on its step tabs):
// each stage counts as done only while what it left in the workbook is complete and current.
import { inputFingerprint, isStale } from '../core/ranking';
import type { WorkbookPort } from '../workbook/port';
import { type Book, loadBook } from './book';
import { rankInputOf } from './rank';

export interface WorkProgress {
  /** "Sáng kiến" holds at least one initiative. */
  readonly imported: boolean;
  /** "Hội đồng" lists members and "Cấu hình" exists. */
  readonly council: boolean;
  /** "Chấm điểm" has rows to score. */
  readonly assigned: boolean;
  /** Every row of "Chấm điểm" has every criterion filled (or is marked conflicted). */
  readonly scored: boolean;
  /** "Xếp hạng" exists and matches the inputs. */
  readonly ranked: boolean;
  /** Every proposal in "Biểu quyết" has its votes, and the ranking applied them. */
  readonly voted: boolean;
}

export function progressOf(book: Book): WorkProgress {
  const imported = (book.register?.initiatives.length ?? 0) > 0;
  const council = book.hasCouncil && book.hasConfig && book.members.length > 0;
  const scores = book.scores ?? [];
  const assigned = scores.length > 0;
  const codes = book.rules.rubric.map((c) => c.code);
  const scored =
    assigned &&
    scores.every((s) => s.conflict || codes.every((c) => s.scores[c] !== null && s.scores[c] !== undefined));
  let ranked = false;
  const grid = book.grids.ranking ?? null;
  if (grid && book.register) {
    try {
      ranked = !isStale(grid, inputFingerprint(rankInputOf(book)));
    } catch {
      ranked = false;
    }
  }
  const voted = ranked && book.votes.length > 0 && book.votes.every((v) => v.yes !== null);
  return { imported, council, assigned, scored, ranked, voted };
}

export async function readProgress(port: WorkbookPort): Promise<WorkProgress> {
  return progressOf(await loadBook(port, { extra: ['ranking'] }));
}
