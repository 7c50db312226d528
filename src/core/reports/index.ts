// The documents that go to the committee (SPEC §5): one function per generated sheet, each
// returning its SheetPlan and the problems a clerk should see, and one that builds them all.

import type { Problem } from '../problems';
import type { SheetPlan } from '../sheet/plan';
import type { ReportDocument } from './document';
import type { ReportInput, ReportSheet } from './context';
import { mediaReport } from './media';
import { minutesReport } from './minutes';
import { nationalReport } from './national';
import { resultsReport } from './results';
import { statsReport } from './stats';
import { ubndReport } from './ubnd';

export type { ReportInput, ReportSheet } from './context';
export type { DocDate } from './date';
export { dateWords, decreeDay, decreeMonth, documentDate, parseDocDate, placeDateLine } from './date';
export { buildDocument, COLUMN_ALIGN, DOCUMENT_FONT, DOCUMENT_FONT_PT, fitDocuments, MONEY_FORMAT, NATIONAL_MOTTO, NATIONAL_TITLE, SCORE_FORMAT } from './document';
export type { DocBlock, DocCell, DocColumn, DocRow, DocTable, DocumentResult, DocumentSpec, ReportDocument, Signature } from './document';
export { formColumns, scoreForms, stackPlans, type FormLine, type ScoreForm, type ScoreForms, type ScoreFormsInput } from './forms';
export { DECREE_MARGINS, MIN_SCALE } from './layout';
export { mediaReport, minutesReport, nationalReport, resultsReport, statsReport, ubndReport };

/** The document of a report sheet, oriented and sized as its sheet prints. */
export function reportDocument(sheet: ReportSheet): ReportDocument {
  return {
    role: sheet.plan.role,
    spec: sheet.spec,
    orientation: sheet.plan.page?.orientation ?? 'portrait',
    widths: (sheet.plan.columns ?? []).map((c) => c.width ?? 10),
  };
}

/** Every generated report sheet, in the order the tabs should appear. */
export function buildReports(input: ReportInput): { plans: SheetPlan[]; documents: ReportDocument[]; problems: Problem[] } {
  const sheets: ReportSheet[] = [
    ubndReport(input),
    nationalReport(input),
    mediaReport(input),
    resultsReport(input),
    minutesReport(input),
    statsReport(input),
  ];
  // The same missing signer or unreadable date concerns every sheet: say it once.
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const p of sheets.flatMap((s) => s.problems)) {
    const key = `${p.code}|${JSON.stringify(p.params ?? {})}`;
    if (p.code !== 'reports.page.tooWide' && seen.has(key)) continue;
    seen.add(key);
    problems.push(p);
  }
  return { plans: sheets.map((s) => s.plan), documents: sheets.map(reportDocument), problems };
}
