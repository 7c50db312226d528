// The `import --json` shape of SPEC §6: a contract other tools read (more keys may be added, none removed).

import { message, type Locale } from '../messages';
import type { IntakeResult } from './types';

export interface ImportJson {
  readonly initiatives: readonly {
    readonly id: string;
    /** `file` when several files were read (SPEC §6). */
    readonly source: { readonly file?: string; readonly sheet: string; readonly row: number } | null;
    readonly title: string;
    readonly authors: readonly string[];
    readonly positions: readonly string[];
    readonly workplace: string;
    readonly unit: string;
    readonly field: string | null;
    readonly benefitVnd: number | null;
    readonly duplicateOf: string | null;
    readonly summary: string;
  }[];
  readonly problems: readonly {
    readonly code: string;
    readonly severity: string;
    readonly file?: string;
    readonly sheet: string;
    readonly row: number | null;
    readonly column: string | null;
    readonly message: string;
  }[];
}

export function importJson(result: IntakeResult, locale: Locale = 'vi'): ImportJson {
  return {
    initiatives: result.initiatives.map((i) => ({
      id: i.id,
      source: i.source ? { ...(i.source.file !== undefined ? { file: i.source.file } : {}), sheet: i.source.sheet, row: i.source.row } : null,
      title: i.title,
      authors: i.authors,
      positions: i.positions,
      workplace: i.workplace,
      unit: i.unit,
      field: i.field === null ? null : result.fieldNames[i.field],
      benefitVnd: i.benefitVnd,
      duplicateOf: i.duplicateOf,
      summary: i.summary,
    })),
    problems: result.problems.map((p) => ({
      code: p.code,
      severity: p.severity,
      ...(p.file !== undefined ? { file: p.file } : {}),
      sheet: p.sheet,
      row: p.row,
      column: p.column,
      message: message(locale, p.code, p.params),
    })),
  };
}
