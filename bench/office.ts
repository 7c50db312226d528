// The Office adapter over the simulated Excel, for one size: syncs and the largest request of
// import, assignment, and rank-and-tier with every report. The sim measures bytes as Excel does
// (UTF-8 JSON of queued calls plus loaded values) and refuses anything over 5 MB.

import { assignReviewers } from '../src/app/council';
import { commitImport, previewImport } from '../src/app/import';
import { rankAndTier } from '../src/app/rank';
import { createSimulatedExcel } from '../src/workbench/excel-sim';
import { createOfficePort } from '../src/workbook/office';
import { DEFAULT_MAX_REQUEST_BYTES } from '../src/workbook/office/port';
import { generateScores } from '../src/sample/council';
import { councilGrid, registerGrid } from './fixtures';

const count = Number(process.argv[2] ?? 1000);
const sim = createSimulatedExcel({ apiVersion: '1.17' });
const register = registerGrid(count);
sim.state.addSheet(register.name, register.values as (string | number | null)[][]);
sim.state.addSheet('Hội đồng', councilGrid().values as (string | number | null)[][]);
const port = createOfficePort((batch) => sim.run(batch), { isSetSupported: (n, v) => sim.isSetSupported(n, v) });

/**
 * Syncs, the largest and the total bytes of the round trips of one use case, and the syncs beyond
 * ⌈total / 4 MB⌉ (the adapter's budget of 4,000,000 bytes a round trip): what the use case costs
 * whatever the size, which should stay flat as sizes grow.
 */
async function measure<T>(fn: () => Promise<T>): Promise<{ syncs: number; maxBytes: number; totalBytes: number; fixedSyncs: number; seconds: number }> {
  sim.stats.reset();
  const t0 = performance.now();
  await fn();
  const totalBytes = sim.stats.requestBytes.reduce((a, b) => a + b, 0);
  return {
    syncs: sim.stats.syncs,
    maxBytes: sim.stats.maxRequestBytes,
    totalBytes,
    fixedSyncs: sim.stats.syncs - Math.ceil(totalBytes / DEFAULT_MAX_REQUEST_BYTES),
    seconds: (performance.now() - t0) / 1000,
  };
}

const importStats = await measure(async () => commitImport(port, await previewImport(port)));
const assignStats = await measure(() => assignReviewers(port));

// Reviewers' scores go in straight into the simulated workbook: not part of what is measured.
const sheet = sim.state.getSheet('Chấm điểm');
const [scoreGrid] = await port.readSheets([{ role: 'scores' }]);
const header = scoreGrid!.values[0]!.map((v) => (typeof v === 'string' ? v : ''));
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const pairs = scoreGrid!.values.slice(1).filter((r) => text(r[0]) !== '').map((r) => ({ initiativeId: text(r[0]), memberId: text(r[1]) }));
const filled = generateScores(pairs, { textShare: 0 });
const cols = ['TM', 'HQ', 'AD'].map((c) => header.indexOf(c));
filled.slice(1).forEach((r, i) => cols.forEach((col, k) => sim.state.writeInput(sheet, i + 1, col, r[2 + k] ?? null, 'values')));

const rankStats = await measure(() => rankAndTier(port, { now: new Date(2021, 4, 5, 9, 0) }));
process.stdout.write(JSON.stringify({ count, import: importStats, assign: assignStats, rank: rankStats }) + '\n');
