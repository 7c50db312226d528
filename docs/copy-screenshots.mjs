#!/usr/bin/env node
// Copies the journey tests' chosen screenshots from test-results/ to docs/screenshots/ under the
// stable names the README links to. Run the journeys first:
//   node scripts/e2e.mjs --grep '^journey: ' && node docs/copy-screenshots.mjs
// A missing or ambiguous screenshot fails loudly rather than leaving a stale picture in the README.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'test-results');
const OUT = join(ROOT, 'docs', 'screenshots');

/** Stable README name → [test file-name prefix (scripts/e2e.mjs slugs the test name), screenshot name]. */
const CHOSEN = {
  '01-import.png': ['journey-the-clerk-goes-from-the-raw-register', 'readme-01-import'],
  '02-council.png': ['journey-the-clerk-goes-from-the-raw-register', 'readme-02-council'],
  '03-assignment.png': ['journey-the-clerk-goes-from-the-raw-register', 'readme-03-assignment'],
  '04-scoring.png': ['journey-a-reviewer-scores-their-list-by-keyboard-alone-vi', 'readme-04-scoring'],
  '05-ranking.png': ['journey-the-clerk-goes-from-the-raw-register', 'readme-05-ranking'],
  '06-ballot.png': ['journey-the-clerk-goes-from-the-raw-register', 'readme-06-ballot'],
  '07-reports.png': ['journey-the-clerk-goes-from-the-raw-register', 'readme-07-reports'],
  'document-ubnd.png': ['journey-the-clerk-goes-from-the-raw-register', 'document-ubnd'],
  'ranking-decisions.png': ['journey-the-second-round-on-a-council-that-scores-like-people', 'readme-decisions'],
  'second-round.png': ['journey-the-second-round-on-a-council-that-scores-like-people', 'readme-second-round'],
};

const files = readdirSync(RESULTS).filter((f) => f.endsWith('.png'));
mkdirSync(OUT, { recursive: true });
const failures = [];
for (const [target, [prefix, shot]] of Object.entries(CHOSEN)) {
  const found = files.filter((f) => f.startsWith(prefix) && f.endsWith(`--${shot}.png`));
  if (found.length !== 1) {
    failures.push(`${target}: expected one test-results/${prefix}…--${shot}.png, found ${found.length}`);
    continue;
  }
  copyFileSync(join(RESULTS, found[0]), join(OUT, target));
  process.stdout.write(`docs/screenshots/${target} ← test-results/${found[0]}\n`);
}
if (failures.length > 0) {
  process.stderr.write(`${failures.join('\n')}\nRun the journeys first: node scripts/e2e.mjs --grep '^journey: '\n`);
  process.exit(1);
}
