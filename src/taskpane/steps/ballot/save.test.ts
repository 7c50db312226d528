import { describe, expect, it } from 'vitest';
import { loadCouncilWork, saveVotes, type BallotRow, type CouncilWork } from '../../../app/ballot';
import { createSimulatedExcel } from '../../../workbench/excel-sim';
import { seedSample } from '../../../workbench/sample';
import { advanceSample } from '../../../workbench/stages';
import { createOfficePort } from '../../../workbook/office';
import type { WorkbookPort } from '../../../workbook/port';
import { resolveVote, typeVote, type TypedVotes } from './logic';
import { saveTypedVotes } from './save';

async function rankedBook(): Promise<WorkbookPort> {
  const sim = createSimulatedExcel();
  seedSample(sim.state, { count: 60 });
  const port = createOfficePort((batch) => sim.run(batch));
  await advanceSample(sim, port, 'ranked');
  return port;
}

const votesOf = async (port: WorkbookPort): Promise<Map<string, number | null>> =>
  new Map((await loadCouncilWork(port)).ballot!.rows.map((r) => [r.name, r.yes]));

describe('saving the typed votes', () => {
  it('writes the changed votes and reads the sheet before and after', async () => {
    const port = await rankedBook();
    const work = await loadCouncilWork(port);
    const [a, b] = work.ballot!.rows as [BallotRow, BallotRow];
    const reads: CouncilWork[] = [];
    const read = async (): Promise<CouncilWork> => {
      const w = await loadCouncilWork(port);
      reads.push(w);
      return w;
    };
    const typed = typeVote(typeVote(new Map(), a, '6'), b, '2');
    expect(await saveTypedVotes(port, typed, read)).toEqual({ kind: 'votesSaved', written: 2, notFound: [] });
    expect(reads).toHaveLength(2);
    const after = await votesOf(port);
    expect([after.get(a.name), after.get(b.name)]).toEqual([6, 2]);
  });

  it('writes nothing while a vote was changed in the sheet after it was typed, then the typed value once the clerk keeps it', async () => {
    const port = await rankedBook();
    const read = (): Promise<CouncilWork> => loadCouncilWork(port);
    const [a, b] = (await read()).ballot!.rows as [BallotRow, BallotRow];
    let typed: TypedVotes = typeVote(typeVote(new Map(), a, '7'), b, '3');
    // Meanwhile someone records 4 for the first person (in Excel, or another pane).
    await saveVotes(port, [{ initiativeId: a.initiativeId, name: a.name, yes: 4 }]);
    expect(await saveTypedVotes(port, typed, read)).toEqual({ kind: 'conflicts', count: 1 });
    const held = await votesOf(port);
    expect([held.get(a.name), held.get(b.name)]).toEqual([4, null]);

    const now = (await read()).ballot!.rows.find((r) => r.name === a.name)!;
    typed = resolveVote(typed, now, 'typed');
    expect(await saveTypedVotes(port, typed, read)).toEqual({ kind: 'votesSaved', written: 2, notFound: [] });
    const after = await votesOf(port);
    expect([after.get(a.name), after.get(b.name)]).toEqual([7, 3]);
  });

  it('writes nothing while a box holds more votes than members', async () => {
    const port = await rankedBook();
    const read = (): Promise<CouncilWork> => loadCouncilWork(port);
    const [a, b] = (await read()).ballot!.rows as [BallotRow, BallotRow];
    const typed = typeVote(typeVote(new Map(), a, '99'), b, '3');
    expect(await saveTypedVotes(port, typed, read)).toEqual({ kind: 'invalidVotes', count: 1 });
    expect((await votesOf(port)).get(b.name)).toBeNull();
  });
});
