// The assignment step's logic without React: the loads table and the reviewers-per-initiative input.
import type { LoadRow } from './Assignment.types';

/** Every member with their number of initiatives, in the council's order; ids only in the loads come last. */
export function loadRows(
  members: readonly { readonly id: string; readonly name: string }[],
  loads: ReadonlyMap<string, number>,
): LoadRow[] {
  const rows: LoadRow[] = members.map((m) => ({ id: m.id, name: m.name, count: loads.get(m.id) ?? 0 }));
  const known = new Set(members.map((m) => m.id));
  for (const [id, count] of loads) if (!known.has(id)) rows.push({ id, name: '', count });
  return rows;
}

/** The typed number of reviewers per initiative, or null when it is not a whole number from 1 to the members. */
export function parsePerInitiative(text: string, members: number): number | null {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= Math.max(members, 1) ? n : null;
}

/** Lowest and highest load among members who review at all, for the summary line. */
export function loadRange(rows: readonly LoadRow[]): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const r of rows) {
    if (r.count < min) min = r.count;
    if (r.count > max) max = r.count;
  }
  return rows.length === 0 ? null : { min, max };
}

/** The problems that concern assignment: the register's own (shown in the import step) are left out. */
export function assignmentProblems<P extends { readonly code: string }>(problems: readonly P[]): P[] {
  return problems.filter((p) => !p.code.startsWith('intake.'));
}
