// The import step's logic without React: grouping problems, the mapping editor's rows and
// corrections, re-import counts, and a port that reports write progress. Tested in logic.test.ts.

import type { MappingOverrides } from '../../../app/import';
import { REGISTER_FIELDS, type IntakeResult, type RegisterField } from '../../../core/intake';
import type { Problem, Severity } from '../../../core/problems';
import { columnLetter } from '../../../core/sheet/grid';
import type { ProgressCallback, WorkbookPort } from '../../../workbook/port';
import type { MappingRow, ProblemGroup, ReimportCounts } from './Intake.types';

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Without these two, no initiative can be read; the editor insists on them. */
export const REQUIRED_FIELDS: ReadonlySet<RegisterField> = new Set<RegisterField>(['title', 'authors']);

/** Problems grouped by code and severity: errors first, then the biggest groups; order within a group kept. */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, { code: string; severity: Severity; problems: Problem[] }>();
  for (const p of problems) {
    const key = `${p.severity}|${p.code}`;
    const group = groups.get(key);
    if (group) group.problems.push(p);
    else groups.set(key, { code: p.code, severity: p.severity, problems: [p] });
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, ...g }))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.problems.length - a.problems.length || a.code.localeCompare(b.code));
}

export function countErrors(problems: readonly Problem[]): number {
  let n = 0;
  for (const p of problems) if (p.severity === 'error') n++;
  return n;
}

/** Confidence at or above this is "certain"; below `UNSURE_BELOW` the clerk is asked to check. */
const SURE_FROM = 0.95;
const UNSURE_BELOW = 0.75;

/** One editor row per register field, in the order a register usually lists them. */
export function mappingRows(result: IntakeResult, corrections: MappingOverrides): MappingRow[] {
  const byColumn = new Map<number, RegisterField[]>();
  for (const field of REGISTER_FIELDS) {
    const c = result.mapping.columns[field];
    if (c) byColumn.set(c.index, [...(byColumn.get(c.index) ?? []), field]);
  }
  return REGISTER_FIELDS.map((field): MappingRow => {
    const c = result.mapping.columns[field];
    if (!c) {
      return { field, column: null, letter: null, confidence: null, certainty: REQUIRED_FIELDS.has(field) ? 'required' : 'absent', sharedWith: null };
    }
    const corrected = corrections[field] !== undefined;
    const certainty = corrected ? 'corrected' : c.confidence >= SURE_FROM ? 'sure' : c.confidence >= UNSURE_BELOW ? 'likely' : 'unsure';
    const sharedWith = (byColumn.get(c.index) ?? []).find((f) => f !== field) ?? null;
    return { field, column: c.index, letter: c.letter, confidence: c.confidence, certainty, sharedWith };
  });
}

/** The corrections after the clerk picks `column` (or none) for `field`; picking what intake found removes nothing it was told. */
export function correctMapping(current: MappingOverrides, field: RegisterField, column: number | null): MappingOverrides {
  return { ...current, [field]: column };
}

/** The editor's options: every column of the header, as letter and text. */
export function columnOptions(headers: readonly string[]): { readonly index: number; readonly letter: string; readonly header: string }[] {
  return headers.map((header, index) => ({ index, letter: columnLetter(index), header: header.trim() }));
}

/** Kept, new and vanished ids against the ids of the "Sáng kiến" sheet; null when there is none. */
export function reimportCounts(result: IntakeResult, previousIds: ReadonlySet<string> | null): ReimportCounts | null {
  if (previousIds === null || previousIds.size === 0) return null;
  let kept = 0;
  for (const i of result.initiatives) if (previousIds.has(i.id)) kept++;
  return { kept, added: result.initiatives.length - kept, vanished: result.vanished.length };
}

/** The same port, with `progress` given to every apply that does not pass its own (commitImport takes none). */
export function withProgress(port: WorkbookPort, progress: ProgressCallback): WorkbookPort {
  const tracked: WorkbookPort = {
    host: port.host,
    listSheets: () => port.listSheets(),
    readSheets: (requests) => port.readSheets(requests),
    resolveRole: (role) => port.resolveRole(role),
    apply: (changes, own) => port.apply(changes, own ?? progress),
    select: (sheet, address) => port.select(sheet, address),
  };
  return port.resolveRoles ? { ...tracked, resolveRoles: (roles) => port.resolveRoles?.(roles) ?? Promise.resolve(roles.map(() => null)) } : tracked;
}
