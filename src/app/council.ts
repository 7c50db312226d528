// Council set-up and assignment as use cases (SPEC §2.2–2.3). "Hội đồng" and "Cấu hình" are created
// on first use with the defaults; "Chấm điểm" is (re)written with every score already entered kept.

import { assign, DEFAULT_RULES, scoreSheetPlan, startedPairs } from '../core/council';
import { configSheetPlan } from '../core/sheets/config';
import { councilSheetPlan } from '../core/sheets/members';
import type { Locale } from '../core/messages';
import type { Member } from '../core/model';
import type { Problem } from '../core/problems';
import type { Rules } from '../core/council/rules';
import { foldCompact } from '../core/text/fold';
import { SCORE_HEADERS } from '../core/sheets/scores';
import { columnLetter, type SheetGrid } from '../core/sheet/grid';
import type { WorkbookChange, WorkbookPort } from '../workbook/port';
import { loadBook } from './book';
import { isOwnRegister, isOwnScoreSheet, keepClerkSheet } from './clerk-sheets';
import { UNREADABLE_SCORES } from './rank';

export interface SetupResult {
  readonly created: ('council' | 'config')[];
}

/** Creates "Hội đồng" (empty table) and "Cấu hình" (every rule at its default) when missing. */
export async function ensureCouncilSheets(port: WorkbookPort, locale: Locale = 'vi'): Promise<SetupResult> {
  const [council, config] = await port.readSheets([{ role: 'council' }, { role: 'config' }]);
  const changes: WorkbookChange[] = [];
  const created: SetupResult['created'] = [];
  if (!council) {
    changes.push({ kind: 'writePlan', plan: councilSheetPlan([], locale) });
    created.push('council');
  }
  if (!config) {
    changes.push({ kind: 'writePlan', plan: configSheetPlan(DEFAULT_RULES, locale) });
    created.push('config');
  }
  if (changes.length > 0) await port.apply(changes);
  return { created };
}

/** Rewrites "Hội đồng" with these members (the pane's editor); other sheets untouched. */
export async function saveMembers(port: WorkbookPort, members: readonly Member[], locale: Locale = 'vi'): Promise<void> {
  const name = await port.resolveRole('council');
  const plan = councilSheetPlan(members, locale);
  await port.apply([{ kind: 'writePlan', plan: name ? { ...plan, name } : plan }]);
}

/** Rewrites "Cấu hình" with these rules (the pane's editor). */
export async function saveRules(port: WorkbookPort, rules: Rules, locale: Locale = 'vi'): Promise<void> {
  const name = await port.resolveRole('config');
  const plan = configSheetPlan(rules, locale);
  await port.apply([{ kind: 'writePlan', plan: name ? { ...plan, name } : plan }]);
}

export interface AssignmentResult {
  readonly pairs: number;
  readonly perInitiative: number;
  readonly problems: Problem[];
  /** Reviews per member id. */
  readonly loads: ReadonlyMap<string, number>;
  /** True when nothing was written: "Chấm điểm" holds data under a header that cannot be read. */
  readonly refused?: boolean;
}

/**
 * The refusal for a "Chấm điểm" that holds something but whose header cannot be read, naming the
 * header cells that differ from what the add-in writes; null when the sheet can be rewritten.
 */
function scoresUnreadable(grid: SheetGrid, problems: readonly Problem[], rubric: Rules['rubric']): Problem | null {
  if (!problems.some((p) => UNREADABLE_SCORES.has(p.code) && p.sheet === grid.name)) return null;
  if (!grid.values.some((row) => row.some((v) => v !== null && v !== ''))) return null;
  const expected = [SCORE_HEADERS.id, SCORE_HEADERS.member, ...rubric.map((c) => c.code)];
  const top = grid.values[0] ?? [];
  const cells = expected
    .map((want, col) => ({ want, col, have: top[col] }))
    .filter(({ want, have }) => typeof have !== 'string' || foldCompact(have) !== foldCompact(want))
    .map(({ want, col, have }) => `${columnLetter(col)}1 (${typeof have === 'string' || typeof have === 'number' ? `"${have}"` : '—'} → "${want}")`);
  return {
    code: 'app.scoresUnreadable',
    severity: 'error',
    sheet: grid.name,
    row: 1,
    column: null,
    params: { sheet: grid.name, cells: cells.join(', ') || expected.map((w, col) => `${columnLetter(col)}1 "${w}"`).join(', ') },
  };
}

/** Assigns k reviewers to every initiative and writes "Chấm điểm", keeping every score entered. */
export async function assignReviewers(
  port: WorkbookPort,
  options: { readonly perInitiative?: number; readonly locale?: Locale } = {},
): Promise<AssignmentResult> {
  const locale = options.locale ?? 'vi';
  const book = await loadBook(port);
  const problems: Problem[] = [...book.problems];
  // A "Sáng kiến" that is the clerk's own (not the register's header) is no register to assign from.
  if (!book.register || (book.grids.register && !isOwnRegister(book.grids.register))) {
    problems.push({ code: 'app.noRegister', severity: 'error', sheet: 'Sáng kiến', row: null, column: null });
    return { pairs: 0, perInitiative: 0, problems, loads: new Map() };
  }
  // A score sheet that cannot be read (its header edited, a criterion column renamed) would be
  // rewritten without the scores in it: refuse, naming the header cells to put back.
  // A "Chấm điểm" naming none of the score sheet's columns is the clerk's own sheet: kept under a
  // free name (and its unreadable header not listed), and a fresh score sheet written.
  const grid = book.grids.scores;
  const clerks = grid && !isOwnScoreSheet(grid, book.rules.rubric) ? keepClerkSheet(grid.name, (await port.listSheets()).map((s) => s.name), locale) : null;
  if (clerks && grid) problems.splice(0, problems.length, ...problems.filter((p) => p.sheet !== grid.name), clerks.problem);
  const unreadable = grid && !clerks ? scoresUnreadable(grid, book.problems, book.rules.rubric) : null;
  if (unreadable) {
    problems.push(unreadable);
    return { pairs: 0, perInitiative: 0, problems, loads: new Map(), refused: true };
  }
  const k = options.perInitiative ?? book.rules.reviewersPerInitiative;
  // Reviewers who have started keep their pairs; re-assignment only fills the gaps.
  const scores = clerks ? [] : (book.scores ?? []);
  const assignment = assign(book.register.initiatives, book.members, k, { keep: startedPairs(scores) });
  problems.push(...assignment.problems);
  const { plan, problems: sheetProblems } = scoreSheetPlan(assignment.pairs, book.rules.rubric, scores, book.register.initiatives, {
    members: book.members,
    grid: clerks ? null : (grid ?? null),
    locale,
  });
  problems.push(...sheetProblems);
  // Rewritten where the clerk keeps it (found by its role when loading), not beside it.
  const name = clerks ? undefined : grid?.name;
  await port.apply([...(clerks ? [clerks.change] : []), { kind: 'writePlan', plan: name ? { ...plan, name } : plan }]);
  const loads = new Map<string, number>();
  for (const p of assignment.pairs) loads.set(p.memberId, (loads.get(p.memberId) ?? 0) + 1);
  return { pairs: assignment.pairs.length, perInitiative: k, problems, loads };
}
