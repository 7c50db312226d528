// What a self-test case reports: the same table on the page and in the plain-text report.
import type { OfficeRun } from '../workbook/office';

/** A sentence in both of the pane's languages (values and codes are the same in both). */
export interface Words {
  readonly vi: string;
  readonly en: string;
}

export function words(vi: string, en: string = vi): Words {
  return { vi, en };
}

export type CaseId =
  | 'requirements'
  | 'loadSync'
  | 'values'
  | 'text'
  | 'leading'
  | 'merges'
  | 'payload'
  | 'page'
  | 'names'
  | 'protection'
  | 'calculation'
  | 'createWorkbook'
  | 'cleanup';

/** `fallback`: this Excel lacks what the case needs and the add-in takes its documented fallback. */
export type CaseStatus = 'pass' | 'fail' | 'fallback';

export interface CaseResult {
  readonly id: CaseId;
  readonly title: Words;
  readonly expected: Words;
  readonly seen: Words;
  readonly status: CaseStatus;
}

/** What the self-test needs of the Excel it runs in; the page builds it from Office's globals. */
export interface SelfTestEnv {
  readonly run: OfficeRun;
  readonly isSetSupported: (set: string, version: string) => boolean;
  /** `Excel.createWorkbook` is a function here (it is not called: it would open a workbook). */
  readonly createWorkbook: boolean;
}
