// Applying the council's rulings from "Quyết định" (SPEC §2.5): a tier ruling overrides the walk,
// "Không xếp giải" removes the prize; each shows as a flag. A ruling that cannot apply is a problem.

import type { TierName } from '../council/rules';
import type { Problem } from '../problems';
import { SHEET_ROLES } from '../sheet/plan';
import { canonicalId } from './ids';
import { NO_PRIZE, type Decision } from './types';

export interface Ruled {
  readonly decision: Decision;
  readonly tier: TierName | null;
}

const SHEET = SHEET_ROLES.decisions.name;

/** One ruling per ranked initiative index; rulings that disagree for one id apply none. */
export function resolveDecisions(
  decisions: readonly Decision[],
  indexOf: (id: string) => number | undefined,
  isRanked: (i: number) => boolean,
): { ruled: Map<number, Ruled>; problems: Problem[] } {
  const byId = new Map<string, Decision[]>();
  for (const d of decisions) {
    const k = canonicalId(d.initiativeId);
    const l = byId.get(k);
    if (l) l.push(d);
    else byId.set(k, [d]);
  }
  const ruled = new Map<number, Ruled>();
  const problems: Problem[] = [];
  const problem = (d: Decision, code: string): void => {
    problems.push({
      code,
      severity: 'warning',
      sheet: SHEET,
      row: d.row || null,
      column: null,
      params: { id: d.initiativeId, ruling: d.ruling },
    });
  };
  for (const [k, list] of byId) {
    const first = list[0]!;
    if (list.some((d) => d.ruling !== first.ruling)) {
      for (const d of list) problem(d, 'ranking.decision.conflicting');
      continue;
    }
    const i = indexOf(k);
    if (i === undefined) {
      problem(first, 'ranking.decision.unknownInitiative');
      continue;
    }
    if (!isRanked(i)) {
      problem(first, 'ranking.decision.notRanked');
      continue;
    }
    ruled.set(i, { decision: first, tier: first.ruling === NO_PRIZE ? null : first.ruling });
  }
  return { ruled, problems };
}
