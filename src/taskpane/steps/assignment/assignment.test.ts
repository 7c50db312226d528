// The assignment step against the simulated Excel: what it shows before and after assigning.
import { describe, expect, it } from 'vitest';
import { assignReviewers, ensureCouncilSheets } from '../../../app/council';
import { commitImport, previewImport } from '../../../app/import';
import { createSimulatedExcel } from '../../../workbench/excel-sim';
import { seedSample } from '../../../workbench/sample';
import { createOfficePort } from '../../../workbook/office';
import { loadRows } from './logic';
import { readSnapshot } from './useAssignment';

async function imported(): Promise<ReturnType<typeof createOfficePort>> {
  const sim = createSimulatedExcel();
  seedSample(sim.state, { count: 40 });
  const port = createOfficePort((batch) => sim.run(batch), { isSetSupported: (s, v) => sim.isSetSupported(s, v) });
  await commitImport(port, await previewImport(port));
  await ensureCouncilSheets(port);
  return port;
}

describe('the assignment step over a workbook', () => {
  it('shows the register, the council and the default reviewers before any assignment', async () => {
    const snap = await readSnapshot(await imported());
    expect(snap.initiatives).toBe(40);
    expect(snap.members).toHaveLength(9);
    expect(snap.defaultPerInitiative).toBe(3);
    expect(snap.assignedPairs).toBeNull();
    expect(snap.startedPairs).toBe(0);
  });

  it('counts the assigned pairs afterwards, and the loads table adds up to them', async () => {
    const port = await imported();
    const result = await assignReviewers(port, { perInitiative: 2 });
    const snap = await readSnapshot(port);
    expect(snap.assignedPairs).toBe(result.pairs);
    expect(loadRows(snap.members, result.loads).reduce((s, r) => s + r.count, 0)).toBe(result.pairs);
  });
});
