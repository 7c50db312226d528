// A clerk's own sheet that happens to bear the name of an add-in input sheet ("Sáng kiến",
// "Chấm điểm") is never replaced (SPEC §7): it is the add-in's only when it reads as one (the
// register's or the score sheet's header), or is empty. Otherwise it is kept under a free name
// and listed; a register sitting on "Sáng kiến" is read as a source and never written.

import { readRegisterSheet } from '../core/intake';
import type { Locale } from '../core/messages';
import type { Criterion } from '../core/model';
import type { Problem } from '../core/problems';
import { namesCriterion, namesScoreColumn, type ScoreColumn } from '../core/sheets/scores';
import type { SheetGrid } from '../core/sheet/grid';
import type { WorkbookChange } from '../workbook/port';
import { freeSheetName } from './regenerate';

/** How far down a header may sit (as the score and register readers search). */
const HEADER_ROWS = 30;

function isEmpty(grid: SheetGrid): boolean {
  return !grid.values.some((row) => row.some((v) => v !== null && v !== ''));
}

/** "Sáng kiến" is the add-in's when empty or when its header ("Mã SK", "Tên sáng kiến") reads. */
export function isOwnRegister(grid: SheetGrid): boolean {
  return isEmpty(grid) || !readRegisterSheet(grid).problems.some((p) => p.code === 'intake.sheet.header.notFound');
}

const SCORE_COLUMNS: readonly ScoreColumn[] = ['id', 'member'];

/**
 * "Chấm điểm" is the add-in's when empty or when any cell near the top names one of its columns
 * (Mã SK, Mã TV, a criterion): one edited by hand is still the add-in's, and assign refuses to
 * rewrite it while its header cannot be read. A sheet naming none of them is the clerk's own.
 */
export function isOwnScoreSheet(grid: SheetGrid, rubric: readonly Criterion[]): boolean {
  if (isEmpty(grid)) return true;
  return grid.values
    .slice(0, HEADER_ROWS)
    .some((row) =>
      row.some(
        (v) =>
          typeof v === 'string' &&
          v.trim() !== '' &&
          (SCORE_COLUMNS.some((c) => namesScoreColumn(c, v)) || rubric.some((c) => namesCriterion(c, v))),
      ),
    );
}

/** The suffix a clerk's sheet is kept under: "Sáng kiến (bản của bạn)". */
export function clerkSuffix(locale: Locale): string {
  return locale === 'en' ? 'yours' : 'bản của bạn';
}

/** Renames the clerk's sheet to a free name before ours is written, and the problem that says so. */
export function keepClerkSheet(
  sheet: string,
  taken: Iterable<string>,
  locale: Locale,
): { change: WorkbookChange; problem: Problem; keptAs: string } {
  const keptAs = freeSheetName(sheet, new Set(taken), clerkSuffix(locale));
  return {
    change: { kind: 'renameSheet', from: sheet, to: keptAs },
    problem: {
      code: 'app.keptForeign',
      severity: 'warning',
      sheet: keptAs,
      row: null,
      column: null,
      params: { sheet, keptAs },
    },
    keptAs,
  };
}
