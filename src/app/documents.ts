// The documents as files (SPEC §5): each report as its core document for the Word writer, ranked
// afresh from the current inputs without writing anything; and the paper score forms ("Phiếu
// chấm"), read from "Chấm điểm", given as documents or written as a sheet (a sheet edited by hand
// is kept under a new name, as every generated sheet).

import type { Locale } from '../core/messages';
import type { Problem } from '../core/problems';
import { rank } from '../core/ranking';
import { buildReports, scoreForms, type ReportDocument, type ScoreForms } from '../core/reports';
import type { SheetRole } from '../core/sheet/plan';
import type { WorkbookChange, WorkbookPort } from '../workbook/port';
import { loadBook } from './book';
import { META_KEYS, metaPlan } from './meta';
import { rankInputOf, stamp } from './rank';
import { planRegeneration, type KeptSheet } from './regenerate';

/** The report documents (all six, or the given roles) from a fresh ranking; nothing is written. */
export async function reportDocuments(
  port: WorkbookPort,
  roles?: readonly SheetRole[],
  now: Date = new Date(),
): Promise<{ documents: ReportDocument[]; problems: Problem[] }> {
  const book = await loadBook(port);
  const input = rankInputOf(book);
  const result = rank(input);
  const reports = buildReports({ result, members: book.members, rules: book.rules, today: stamp(now).isoDate });
  const documents = roles ? reports.documents.filter((d) => roles.includes(d.role)) : reports.documents;
  return { documents, problems: [...book.problems, ...result.problems, ...reports.problems] };
}

export class NoScoreSheetError extends Error {
  override name = 'NoScoreSheetError';
  readonly code = 'app.noScores';
}

/** Each member's paper score form, from "Chấm điểm" (assign reviewers first). */
export async function paperForms(port: WorkbookPort, now: Date = new Date()): Promise<ScoreForms> {
  const book = await loadBook(port);
  const input = rankInputOf(book);
  if (!book.scores) throw new NoScoreSheetError('There is no "Chấm điểm" sheet: assign reviewers first.');
  return scoreForms({
    initiatives: input.initiatives,
    members: book.members,
    scores: book.scores,
    rules: book.rules,
    today: stamp(now).isoDate,
  });
}

export interface FormsWritten {
  readonly forms: ScoreForms;
  /** The sheet written, or null when no member has an assignment. */
  readonly sheet: string | null;
  readonly kept: KeptSheet[];
}

/** Writes the "Phiếu chấm" sheet; a copy edited by hand is kept under a new name. */
export async function writePaperForms(
  port: WorkbookPort,
  locale: Locale = 'vi',
  now: Date = new Date(),
): Promise<FormsWritten> {
  const book = await loadBook(port, { extra: ['forms'], formulas: true });
  const input = rankInputOf(book);
  if (!book.scores) throw new NoScoreSheetError('There is no "Chấm điểm" sheet: assign reviewers first.');
  const { isoDate, display } = stamp(now);
  const forms = scoreForms({
    initiatives: input.initiatives,
    members: book.members,
    scores: book.scores,
    rules: book.rules,
    today: isoDate,
  });
  if (!forms.plan) return { forms, sheet: null, kept: [] };
  const regen = await planRegeneration(
    port,
    [forms.plan],
    book.meta,
    book.grids,
    locale === 'en' ? 'edited' : 'sửa tay',
  );
  const meta = new Map(book.meta);
  for (const [k, v] of regen.meta) meta.set(k, v);
  meta.set(META_KEYS.generatedAt('forms'), display);
  const changes: WorkbookChange[] = [
    ...regen.changes,
    { kind: 'writePlan', plan: metaPlan(meta), visibility: 'hidden' },
  ];
  await port.apply(changes);
  const written = regen.changes.flatMap((c) => (c.kind === 'writePlan' ? [c.plan.name] : []))[0] ?? forms.plan.name;
  return { forms, sheet: written, kept: regen.kept };
}
