// Starts the workbench further along the council's work (query parameter stage=…), by running the
// real use cases on the simulated workbook: the register imported, reviewers assigned, every score
// entered (as reviewers would type them), or ranked. For demos, screenshots and browser tests of
// later steps; the clerk's own journey starts from the raw register.

import { assignReviewers, ensureCouncilSheets } from '../app/council';
import { commitImport, previewImport } from '../app/import';
import { rankAndTier } from '../app/rank';
import type { WorkbookPort } from '../workbook/port';
import { generateScores } from '../sample/council';
import type { SimulatedExcel } from './excel-sim';

export const STAGES = ['register', 'imported', 'assigned', 'scored', 'ranked'] as const;
export type Stage = (typeof STAGES)[number];

export function parseStage(text: string | null): Stage {
  return (STAGES as readonly string[]).includes(text ?? '') ? (text as Stage) : 'register';
}

const at = (stage: Stage, step: Stage): boolean => STAGES.indexOf(stage) >= STAGES.indexOf(step);

export async function advanceSample(sim: SimulatedExcel, port: WorkbookPort, stage: Stage): Promise<void> {
  if (!at(stage, 'imported')) return;
  await commitImport(port, await previewImport(port));
  await ensureCouncilSheets(port);
  if (!at(stage, 'assigned')) return;
  await assignReviewers(port);
  if (at(stage, 'scored')) {
    const sheet = sim.state.getSheet('Chấm điểm');
    const [grid] = await port.readSheets([{ role: 'scores' }]);
    const rows = grid?.values ?? [];
    const header = (rows[0] ?? []).map((v) => (typeof v === 'string' ? v : ''));
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    const pairs = rows.slice(1).filter((r) => text(r[0]) !== '').map((r) => ({ initiativeId: text(r[0]), memberId: text(r[1]) }));
    const codes = header.slice(2).filter((h) => /^[A-Z]{2,}$/.test(h));
    const cols = codes.map((c) => header.indexOf(c));
    const filled = generateScores(pairs, { textShare: 0, criteria: codes });
    filled.slice(1).forEach((r, i) => cols.forEach((col, k) => sim.state.writeInput(sheet, i + 1, col, r[2 + k] ?? null, 'values')));
  }
  if (at(stage, 'ranked')) await rankAndTier(port);
  sim.stats.reset();
}
