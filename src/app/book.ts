// Reads everything the council works from in one batch (one port call: a few round trips in Excel): the normalised register, the council,
// the rules, the scores, the council's rulings, the ballot and the add-in's meta sheet. Every use
// case starts here, so the task pane, the ribbon command and the CLI see the workbook alike.

import { readConfig } from '../core/sheets/config';
import { councilRows, readCouncil } from '../core/sheets/members';
import { readRegisterSheet, VANISHED_CHECK } from '../core/intake';
import type { Initiative, Member, ScoreRow } from '../core/model';
import type { Problem } from '../core/problems';
import type { BallotVote, Decision } from '../core/ranking';
import { readScoreSheet } from '../core/sheets/scores';
import { readBallot } from '../core/sheets/ballot';
import { readDecisions } from '../core/sheets/decisions';
import type { Rules } from '../core/council/rules';
import type { SheetGrid } from '../core/sheet/grid';
import type { SheetRole } from '../core/sheet/plan';
import type { WorkbookPort } from '../workbook/port';
import { readMeta } from './meta';

export interface Book {
  /** Null when there is no "Sáng kiến" sheet yet. */
  readonly register: { readonly sheet: string; readonly initiatives: Initiative[] } | null;
  readonly members: Member[];
  /** Filled rows of "Hội đồng" (members, and rows whose Mã TV is empty or repeated): the ballot's divisor. */
  readonly councilRows: number;
  readonly rules: Rules;
  /** True when "Cấu hình" exists (otherwise every rule is its default). */
  readonly hasConfig: boolean;
  readonly hasCouncil: boolean;
  readonly scores: ScoreRow[] | null;
  readonly decisions: Decision[];
  readonly votes: BallotVote[];
  readonly meta: Map<string, string>;
  readonly grids: Partial<Record<SheetRole, SheetGrid>>;
  /** Problems from every sheet read, in the order of the workflow. */
  readonly problems: Problem[];
}

const INPUT_ROLES = ['register', 'council', 'config', 'scores', 'decisions', 'ballot', 'meta'] as const;

export interface LoadOptions {
  /** Also read these roles (e.g. 'ranking' to check whether results are stale). */
  readonly extra?: readonly SheetRole[];
  /** Read the extra roles' formulas too (regeneration compares what the add-in wrote, formulas left out). */
  readonly formulas?: boolean;
}

export async function loadBook(port: WorkbookPort, options: LoadOptions = {}): Promise<Book> {
  const roles: SheetRole[] = [...INPUT_ROLES, ...(options.extra ?? [])];
  // Formulas matter only on the score sheet ("Tổng" is a formula, never a score to read).
  const extra = new Set(options.extra ?? []);
  const read = await port.readSheets(roles.map((role) => ({ role, formulas: role === 'scores' || (options.formulas === true && extra.has(role)), dates: role === 'scores' })));
  const grids: Partial<Record<SheetRole, SheetGrid>> = {};
  roles.forEach((role, i) => {
    const g = read[i];
    if (g) grids[role] = g;
  });

  const problems: Problem[] = [];
  const config = readConfig(grids.config ?? null);
  problems.push(...config.problems);
  const register = grids.register ? readRegisterSheet(grids.register) : null;
  if (register) problems.push(...register.problems);
  const units = register ? [...new Set(register.initiatives.map((i) => i.unit).filter((u) => u !== ''))] : undefined;
  const council = grids.council ? readCouncil(grids.council, units) : { members: [], problems: [] };
  problems.push(...council.problems);
  const scores = grids.scores ? readScoreSheet(grids.scores, config.rules.rubric) : null;
  if (scores) problems.push(...scores.problems);
  const decisions = readDecisions(grids.decisions ?? null);
  problems.push(...decisions.problems);
  const ballot = readBallot(grids.ballot ?? null);
  problems.push(...ballot.problems);

  return {
    // Initiatives kept only because they left the register (their scores stay) take no further part.
    register: register && grids.register ? { sheet: grids.register.name, initiatives: register.initiatives.filter((i) => !i.checks.includes(VANISHED_CHECK)) } : null,
    members: council.members,
    councilRows: councilRows(grids.council ?? null),
    rules: config.rules,
    hasConfig: grids.config !== undefined,
    hasCouncil: grids.council !== undefined,
    scores: scores ? scores.rows : null,
    decisions: decisions.decisions,
    votes: ballot.votes,
    meta: readMeta(grids.meta ?? null),
    grids,
    problems,
  };
}
