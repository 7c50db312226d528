// Rank and tier as one use case (SPEC §2.5): read every input once, decide, and write "Xếp hạng",
// the ballot sheet and every report in one batch. Generated sheets edited by hand are kept under a
// new name; the ballot keeps the votes entered; "Quyết định" is created when missing, never rewritten.

import type { Rules } from '../core/council/rules';
import type { Locale } from '../core/messages';
import type { Member } from '../core/model';
import type { Problem } from '../core/problems';
import { inputFingerprint, isStale, rank, rankingSheetPlan, type RankInput, type RankResult } from '../core/ranking';
import { ballotSheetPlan, readBallot } from '../core/sheets/ballot';
import { decisionsSheetPlan, readDecisions } from '../core/sheets/decisions';
import { buildReports, type ReportDocument } from '../core/reports';
import type { SheetPlan, SheetRole } from '../core/sheet/plan';
import type { WorkbookChange, WorkbookPort } from '../workbook/port';
import { type Book, loadBook } from './book';
import { META_KEYS, metaPlan } from './meta';
import { type KeptSheet, planRegeneration } from './regenerate';
import { gridOfPlan, withStaleCheck } from './stale-formula';

export type RankStage = 'reading' | 'ranking' | 'writing' | 'done';

export interface RankOptions {
  readonly locale?: Locale;
  /** The moment stamped on the result; the host's clock. */
  readonly now?: Date;
  readonly onProgress?: (stage: RankStage) => void;
  /** Which generated sheets to write: everything (default), or only the reports. */
  readonly write?: 'all' | 'reports';
  /** With write 'reports': only these report roles (default: all six). */
  readonly roles?: readonly SheetRole[];
}

export interface RankOutcome {
  readonly result: RankResult;
  readonly fingerprint: string;
  readonly computedAt: string;
  /** Generated sheets that had been edited by hand and were kept under a new name. */
  readonly kept: KeptSheet[];
  /** Every problem from the inputs, the ranking and the reports. */
  readonly problems: Problem[];
  readonly members: readonly Member[];
  readonly rules: Rules;
  /** Names of the sheets written, in order. */
  readonly written: string[];
  /** Where each initiative stands in "Xếp hạng": sheet name and Excel row by Mã SK (empty when only reports were written). */
  readonly rankingSheet: string | null;
  readonly rankingRows: ReadonlyMap<string, number>;
  /** The reports written, as documents for the Word writer (`--docx`). */
  readonly documents: readonly ReportDocument[];
}

/** Excel rows of each initiative in a "Xếp hạng" plan or sheet, found by its "Mã SK" header. */
function rowsById(lines: readonly (readonly unknown[])[] | undefined): Map<string, number> {
  const rows = new Map<string, number>();
  if (!lines) return rows;
  const header = lines.findIndex((r) => r.includes('Mã SK'));
  if (header < 0) return rows;
  const col = lines[header]!.indexOf('Mã SK');
  for (let r = header + 1; r < lines.length; r++) {
    const id = lines[r]![col];
    if (typeof id === 'string' && id !== '') rows.set(id, r + 1);
  }
  return rows;
}

/** `input` with the ballot and rulings read back from the sheets this ranking writes. */
function writtenInputs(input: RankInput, ballot: SheetPlan, decisions: SheetPlan | undefined): RankInput {
  return {
    ...input,
    votes: readBallot(gridOfPlan(ballot, ballot.name)).votes,
    ...(decisions ? { decisions: readDecisions(gridOfPlan(decisions, decisions.name)).decisions } : {}),
  };
}

/** Every sheet rank and tier may regenerate. */
const GENERATED_ROLES: readonly SheetRole[] = ['ranking', 'ubnd', 'national', 'media', 'results', 'minutes', 'stats'];

export class NoRegisterError extends Error {
  override name = 'NoRegisterError';
  readonly code = 'app.noRegister';
}

/** Local time as "2021-05-05 14:30" (the stamp a clerk reads); ISO date for documents. */
export function stamp(now: Date): { display: string; isoDate: string } {
  const p = (n: number): string => String(n).padStart(2, '0');
  const isoDate = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
  return { display: `${isoDate} ${p(now.getHours())}:${p(now.getMinutes())}`, isoDate };
}

/**
 * Ranking refuses to run on a score sheet it cannot read (no header, a criterion column gone):
 * results computed without the scores would replace every list with empty ones.
 */
export class UnreadableScoresError extends Error {
  override name = 'UnreadableScoresError';
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  constructor(readonly problem: Problem) {
    super(`The score sheet cannot be read: ${problem.code}`);
    this.code = problem.code;
    this.params = { ...(problem.params ?? {}), sheet: problem.sheet };
  }
}


/** Problems that mean the score sheet as a whole cannot be read (not one bad row). */
export const UNREADABLE_SCORES: ReadonlySet<string> = new Set(['ranking.scores.noHeader', 'ranking.scores.missingColumn']);

export function rankInputOf(book: Book): RankInput {
  if (!book.register) throw new NoRegisterError('There is no "Sáng kiến" sheet: import the register first.');
  const unreadable = book.problems.find((p) => UNREADABLE_SCORES.has(p.code));
  if (unreadable) throw new UnreadableScoresError(unreadable);
  return {
    initiatives: book.register.initiatives,
    members: book.members,
    councilRows: book.councilRows,
    rules: book.rules,
    scores: book.scores ?? [],
    decisions: book.decisions,
    votes: book.votes,
  };
}

export async function rankAndTier(port: WorkbookPort, options: RankOptions = {}): Promise<RankOutcome> {
  const locale = options.locale ?? 'vi';
  const now = options.now ?? new Date();
  options.onProgress?.('reading');
  // Inputs and the generated sheets now there, in one read: regeneration needs no further round trip.
  const book = await loadBook(port, { extra: GENERATED_ROLES, formulas: true });
  const input = rankInputOf(book);

  options.onProgress?.('ranking');
  const result = rank(input);
  const { display, isoDate } = stamp(now);
  const reports = buildReports({ result, members: book.members, rules: book.rules, today: isoDate });
  const generated: SheetPlan[] = [];
  const ballot = ballotSheetPlan(result, book.votes);
  const decisions = book.grids.decisions ? undefined : decisionsSheetPlan(book.decisions, result);
  // The stamp fingerprints the inputs as the workbook holds them once this batch is written: the
  // ballot lists every proposal (a row with no vote yet), so fingerprinting the ballot as read
  // before writing would call the results stale the next time anyone looked.
  const fingerprint = inputFingerprint(options.write === 'reports' ? input : writtenInputs(input, ballot, decisions));
  if (options.write !== 'reports') {
    const plan = rankingSheetPlan(result, { computedAt: display, fingerprint }, locale, book.rules);
    generated.push(withStaleCheck(plan, book, { ballot, ...(decisions ? { decisions } : {}) }));
  }
  generated.push(...(options.roles ? reports.plans.filter((p) => options.roles!.includes(p.role)) : reports.plans));

  options.onProgress?.('writing');
  const regen = await planRegeneration(port, generated, book.meta, book.grids, locale === 'en' ? 'edited' : 'sửa tay');
  const changes: WorkbookChange[] = [...regen.changes];
  if (options.write !== 'reports') {
    // The ballot and the rulings are the council's input sheets: kept as entered, rewritten only to list new proposals.
    changes.push({ kind: 'writePlan', plan: book.grids.ballot ? { ...ballot, name: book.grids.ballot.name } : ballot });
    if (decisions) changes.push({ kind: 'writePlan', plan: decisions });
  }
  const meta = new Map(book.meta);
  for (const [k, v] of regen.meta) meta.set(k, v);
  for (const p of generated) meta.set(META_KEYS.generatedAt(p.role), display);
  meta.set(META_KEYS.rankFingerprint, fingerprint);
  meta.set(META_KEYS.rankComputedAt, display);
  changes.push({ kind: 'writePlan', plan: metaPlan(meta), visibility: 'hidden' });
  await port.apply(changes);
  options.onProgress?.('done');

  const rankingPlan = regen.changes.flatMap((c) => (c.kind === 'writePlan' && c.plan.role === 'ranking' ? [c.plan] : []))[0];
  return {
    result,
    fingerprint,
    computedAt: display,
    kept: regen.kept,
    problems: [...book.problems, ...result.problems, ...reports.problems],
    members: book.members,
    rules: book.rules,
    written: changes.flatMap((c) => (c.kind === 'writePlan' ? [c.plan.name] : [])),
    rankingSheet: rankingPlan?.name ?? null,
    rankingRows: rowsById(rankingPlan?.rows),
    documents: options.roles ? reports.documents.filter((d) => options.roles!.includes(d.role)) : reports.documents,
  };
}

export interface RankStatus {
  /** True when results exist and the inputs changed since (or no results yet). */
  readonly stale: boolean;
  readonly hasResults: boolean;
  readonly computedAt: string | null;
  readonly hasRegister: boolean;
}

/** Whether "Xếp hạng" still reflects the inputs (the pane's stale badge). */
export async function rankStatus(port: WorkbookPort): Promise<RankStatus> {
  return (await readRanking(port)).status;
}

/** The results as they stand, read without writing anything (the pane's view on arrival). */
export interface RankReading {
  readonly status: RankStatus;
  /**
   * The ranking of the inputs now in the workbook, computed in memory: the same as "Xếp hạng" when
   * not stale. Null without results in the workbook or with inputs that cannot be ranked.
   */
  readonly result: RankResult | null;
  readonly rules: Rules;
  readonly members: readonly Member[];
  readonly problems: Problem[];
  /** Where each initiative stands in the "Xếp hạng" now in the workbook. */
  readonly rankingSheet: string | null;
  readonly rankingRows: ReadonlyMap<string, number>;
}

export async function readRanking(port: WorkbookPort): Promise<RankReading> {
  const book = await loadBook(port, { extra: ['ranking'] });
  const grid = book.grids.ranking ?? null;
  const computedAt = book.meta.get(META_KEYS.rankComputedAt) ?? null;
  const hasRegister = book.register !== null;
  const none = {
    result: null,
    rules: book.rules,
    members: book.members,
    problems: book.problems,
    rankingSheet: grid?.name ?? null,
    rankingRows: new Map<string, number>(),
  };
  if (!book.register || !grid)
    return { ...none, status: { stale: grid !== null, hasResults: grid !== null, computedAt, hasRegister } };
  const rankingRows = rowsById(grid.values);
  let input: RankInput;
  try {
    input = rankInputOf(book);
  } catch {
    // Inputs that cannot be ranked (an unreadable score sheet) cannot match the results either.
    return { ...none, rankingRows, status: { stale: true, hasResults: true, computedAt, hasRegister } };
  }
  const result = rank(input);
  return {
    status: { stale: isStale(grid, inputFingerprint(input)), hasResults: true, computedAt, hasRegister },
    result,
    rules: book.rules,
    members: book.members,
    problems: [...book.problems, ...result.problems],
    rankingSheet: grid.name,
    rankingRows,
  };
}
