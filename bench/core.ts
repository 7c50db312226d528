// One size of the core benchmark, in its own process so peak memory is this size's alone. Reads
// the grids inputs.ts wrote, as a host's grids arrive, and keeps only what the next step needs, as
// the add-in does: the register grid is let go once read, the score grid once parsed. Prints one
// JSON line: seconds for intake, reading "Chấm điểm", rank and tier, the input fingerprint, the
// report plans; peak RSS in MB.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCouncil } from '../src/core/sheets/members';
import { DEFAULT_RULES } from '../src/core/council/rules';
import { readRegister } from '../src/core/intake';
import { inputFingerprint, rank, rankingSheetPlan } from '../src/core/ranking';
import { readScoreSheet } from '../src/core/sheets/scores';
import { buildReports } from '../src/core/reports';
import type { SheetGrid } from '../src/core/sheet/grid';

const count = Number(process.argv[2] ?? 1000);
const dir = process.argv[3] ?? join(import.meta.dirname, 'out', 'inputs', String(count));
const grid = (name: string): SheetGrid => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as SheetGrid;

const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const v = fn();
  return [v, (performance.now() - t0) / 1000];
};

let registerGrid: SheetGrid | null = grid('register');
const [intake, intakeS] = time(() => readRegister([registerGrid!]));
registerGrid = null;
const initiatives = intake.initiatives;
const members = readCouncil(grid('council')).members;
let scoreGrid: SheetGrid | null = grid('scores');
const [scores, scoreReadS] = time(() => readScoreSheet(scoreGrid!, DEFAULT_RULES.rubric).rows);
scoreGrid = null;
const input = { initiatives, members, rules: DEFAULT_RULES, scores };
const [result, rankS] = time(() => rank(input));
const [fingerprint, fingerprintS] = time(() => inputFingerprint(input));
const [, reportsS] = time(() => {
  rankingSheetPlan(result, { computedAt: '2021-05-05 09:00', fingerprint });
  return buildReports({ result, members, rules: DEFAULT_RULES, today: '2021-05-05' });
});

process.stdout.write(
  JSON.stringify({
    count,
    initiatives: initiatives.length,
    scoreRows: scores.length,
    intake_s: intakeS,
    score_read_s: scoreReadS,
    rank_s: rankS,
    fingerprint_s: fingerprintS,
    reports_s: reportsS,
    peak_mb: process.resourceUsage().maxRSS / 1024,
  }) + '\n',
);
