// The documents for the committee as the "Báo cáo" step sees them: which exist, when each was
// generated, whether results changed since, whether someone edited one by hand; and generating all
// of them or one.

import { inputFingerprint } from '../core/ranking';
import { gridMatchesFingerprint } from '../core/sheet/fingerprint';
import { SHEET_ROLES, type SheetRole } from '../core/sheet/plan';
import type { WorkbookPort } from '../workbook/port';
import { loadBook } from './book';
import { META_KEYS } from './meta';
import { rankAndTier, rankInputOf, type RankOptions, type RankOutcome } from './rank';

export const REPORT_ROLES = ['ubnd', 'national', 'media', 'results', 'minutes', 'stats'] as const satisfies readonly SheetRole[];
export type ReportRole = (typeof REPORT_ROLES)[number];

export interface ReportState {
  readonly role: ReportRole;
  /** The sheet's current name (a clerk may have renamed it), or its default name when absent. */
  readonly sheet: string;
  readonly exists: boolean;
  readonly generatedAt: string | null;
  /** Inputs changed since it was generated. */
  readonly stale: boolean;
  /** Its content differs from what the add-in wrote: regenerating keeps it under a new name. */
  readonly edited: boolean;
}

export async function reportStatus(port: WorkbookPort): Promise<{ reports: ReportState[]; hasRegister: boolean }> {
  const book = await loadBook(port, { extra: REPORT_ROLES.map((r) => r) });
  let current: string | null = null;
  try {
    current = book.register ? inputFingerprint(rankInputOf(book)) : null;
  } catch {
    // An unreadable score sheet: the documents cannot be checked against it, so they count as stale.
    current = null;
  }
  const rankedWith = book.meta.get(META_KEYS.rankFingerprint) ?? null;
  const reports = REPORT_ROLES.map((role): ReportState => {
    const grid = book.grids[role];
    const recorded = book.meta.get(META_KEYS.fingerprint(role));
    return {
      role,
      sheet: grid?.name ?? SHEET_ROLES[role].name,
      exists: grid !== undefined,
      generatedAt: book.meta.get(META_KEYS.generatedAt(role)) ?? null,
      stale: grid !== undefined && (current === null || rankedWith !== current),
      // Formulas are not read here, and the documents hold none: the fingerprint compares values only.
      edited: grid !== undefined && recorded !== undefined && !gridMatchesFingerprint(grid, recorded),
    };
  });
  return { reports, hasRegister: book.register !== null };
}

/** Generates every report, or only the given ones, from a fresh ranking of the current inputs. */
export function generateReports(port: WorkbookPort, roles?: readonly ReportRole[], options: Omit<RankOptions, 'write' | 'roles'> = {}): Promise<RankOutcome> {
  return rankAndTier(port, { ...options, write: 'reports', ...(roles ? { roles } : {}) });
}
