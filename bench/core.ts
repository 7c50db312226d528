// One size of the core benchmark, in its own process so peak memory is this size's alone.
// Prints one JSON line: seconds for intake, rank and tier, report plans; peak RSS in MB.

import { readCouncil } from '../src/core/council';
import { DEFAULT_RULES } from '../src/core/council/rules';
import { readRegister } from '../src/core/intake';
import { rank, rankingSheetPlan, readScoreSheet, inputFingerprint } from '../src/core/ranking';
import { buildReports } from '../src/core/reports';
import { fullBook } from './fixtures';

const count = Number(process.argv[2] ?? 1000);
const book = fullBook(count);
globalThis.gc?.();

const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const v = fn();
  return [v, (performance.now() - t0) / 1000];
};

const [intake, intakeS] = time(() => readRegister([book.register]));
const members = readCouncil(book.council).members;
const [scores, scoreReadS] = time(() => readScoreSheet(book.scores, DEFAULT_RULES.rubric).rows);
const input = { initiatives: intake.initiatives, members, rules: DEFAULT_RULES, scores };
const [result, rankS] = time(() => rank(input));
const [, reportsS] = time(() => {
  const fingerprint = inputFingerprint(input);
  rankingSheetPlan(result, { computedAt: '2021-05-05 09:00', fingerprint });
  return buildReports({ result, members, rules: DEFAULT_RULES, today: '2021-05-05' });
});

process.stdout.write(
  JSON.stringify({
    count,
    initiatives: intake.initiatives.length,
    scoreRows: scores.length,
    intake_s: intakeS,
    score_read_s: scoreReadS,
    rank_s: rankS,
    reports_s: reportsS,
    peak_mb: process.resourceUsage().maxRSS / 1024,
  }) + '\n',
);
