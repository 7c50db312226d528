// The second round as a use case (SPEC §4 "Chấm bổ sung"): rank the workbook as it stands, give
// each pivotal initiative one more reviewer, and add their rows at the end of "Chấm điểm" with the
// round in "Vòng". Only new cells are written: every row already there stays as it is, byte for
// byte. With nothing pivotal, nothing is written.

import { findScoreHelpers, readScoreLayout, SCORE_HEADERS } from '../core/sheets/scores';
import { scoreValidation, secondRound, totalFormula, type SecondRound } from '../core/council';
import { message, type Locale } from '../core/messages';
import type { InitiativeId } from '../core/model';
import type { Problem } from '../core/problems';
import { rank } from '../core/ranking';
import type { SheetGrid } from '../core/sheet/grid';
import type { CellWrite } from '../core/sheet/plan';
import type { WorkbookPort } from '../workbook/port';
import { type Book, loadBook } from './book';
import { rankInputOf } from './rank';

export interface SecondRoundOutcome extends SecondRound {
  /** The pivotal initiatives of the ranking, in ranking order. */
  readonly pivotal: readonly InitiativeId[];
  /** Excel rows (1-based) of the rows added to "Chấm điểm", one per pair; empty when nothing was written. */
  readonly addedRows: readonly number[];
  readonly sheet: string | null;
  readonly problems: readonly Problem[];
}

/** The pivotal initiatives and the reviewers the next round would add, from the workbook as it stands. */
export function planSecondRound(book: Book): { pivotal: InitiativeId[]; round: SecondRound } {
  const result = rank(rankInputOf(book));
  const pivotal = result.initiatives.filter((r) => r.pivot !== null).map((r) => r.initiative.id);
  const round = secondRound({
    initiatives: book.register?.initiatives ?? [],
    members: book.members,
    targets: pivotal,
    rows: book.scores ?? [],
  });
  return { pivotal, round };
}

/** What "Thêm một người chấm" would do, without writing anything (the pane's button label). */
export async function previewSecondRound(port: WorkbookPort): Promise<SecondRoundOutcome> {
  const book = await loadBook(port);
  const { pivotal, round } = planSecondRound(book);
  return { ...round, pivotal, addedRows: [], sheet: book.grids.scores?.name ?? null, problems: [] };
}

/** The last row holding anything, 0-based (the header row at least). */
function lastUsedRow(grid: SheetGrid, from: number): number {
  for (let r = grid.values.length - 1; r > from; r--) {
    if ((grid.values[r] ?? []).some((v) => v !== null && !(typeof v === 'string' && v.trim() === ''))) return r;
  }
  return from;
}

/**
 * Adds the next round's rows to "Chấm điểm"; writes nothing when no initiative is pivotal. Their
 * score cells get the data validation the assignment gave the rows above (SPEC §2.3: the sheet
 * works with no add-in), its prompts in `locale`.
 */
export async function runSecondRound(
  port: WorkbookPort,
  options: { readonly locale?: Locale } = {},
): Promise<SecondRoundOutcome> {
  const book = await loadBook(port);
  const grid = book.grids.scores ?? null;
  const { pivotal, round } = planSecondRound(book);
  const base = { ...round, pivotal, addedRows: [] as number[], sheet: grid?.name ?? null };
  if (round.pairs.length === 0 || !grid) return { ...base, problems: [] };
  const rubric = book.rules.rubric;
  const { layout, problems } = readScoreLayout(grid, rubric);
  if (!layout) return { ...base, pairs: [], problems };

  const header = grid.values[layout.headerRow] ?? [];
  const helpers = findScoreHelpers(header);
  const width = Math.max(...grid.values.map((r) => r.length), header.length);
  const cells: CellWrite[] = [];
  let roundCol = helpers.round;
  if (roundCol < 0) {
    // A sheet from before rounds: "Vòng" goes in the first column right of everything; its empty
    // cells above read as round 1.
    roundCol = width;
    cells.push({ row: layout.headerRow, col: roundCol, value: SCORE_HEADERS.round });
  }
  const titleCol = helpers.title;
  const nameCol = helpers.name;
  const formula = totalFormula(
    rubric,
    layout.criteria.map((c) => c.col),
  );
  const titles = new Map((book.register?.initiatives ?? []).map((it) => [it.id as string, it.title]));
  const names = new Map(book.members.map((m) => [m.id as string, m.name]));
  const first = lastUsedRow(grid, layout.headerRow) + 1;
  const addedRows: number[] = [];
  round.pairs.forEach((p, k) => {
    const row = first + k;
    addedRows.push(row + 1);
    cells.push({ row, col: layout.id, value: p.initiativeId, numberFormat: '@' });
    cells.push({ row, col: layout.member, value: p.memberId, numberFormat: '@' });
    for (const c of layout.criteria) cells.push({ row, col: c.col, value: null, numberFormat: '0.0' });
    if (layout.total !== null)
      cells.push({ row, col: layout.total, value: { formula: formula(row + 1) }, numberFormat: '0.00' });
    if (titleCol >= 0) cells.push({ row, col: titleCol, value: titles.get(p.initiativeId) ?? '' });
    if (nameCol >= 0) cells.push({ row, col: nameCol, value: names.get(p.memberId) ?? '' });
    cells.push({ row, col: roundCol, value: round.round });
  });
  // layout.criteria follows the rubric, criterion by criterion.
  const validations = layout.criteria.flatMap((c) => {
    const criterion = rubric.find((r) => r.code === c.code);
    return criterion ? [scoreValidation(criterion, c.col, first, round.pairs.length, options.locale ?? 'vi')] : [];
  });
  await port.apply([
    { kind: 'writeCells', sheet: grid.name, cells },
    { kind: 'setValidations', sheet: grid.name, validations },
  ]);
  return { ...base, addedRows, problems };
}

/** What a round did, in the clerk's words: the rows added (or that nothing was), then anything skipped. */
export function secondRoundText(locale: Locale, r: SecondRoundOutcome): string {
  const lines: string[] = [];
  if (r.addedRows.length === 0) lines.push(message(locale, 'council.secondRound.none'));
  else {
    lines.push(
      message(locale, 'council.secondRound.added', {
        round: r.round,
        count: r.addedRows.length,
        sheet: r.sheet ?? '',
        first: r.addedRows[0]!,
        last: r.addedRows[r.addedRows.length - 1]!,
      }),
    );
  }
  for (const s of r.skipped) lines.push(message(locale, `council.secondRound.${s.reason}`, { id: s.initiativeId }));
  return lines.join('\n');
}
