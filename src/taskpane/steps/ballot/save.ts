// The ballot step's saves without React: read the sheets as they are now, refuse while a box is
// invalid or the sheet changed under a draft (the clerk chooses first), else write only the changed
// cells and read again. `read` is the step's reader, which also shows what it read.
import { saveVotes, type CouncilWork } from '../../../app/ballot';
import { saveDecisions } from '../../../app/decisions';
import type { WorkbookPort } from '../../../workbook/port';
import type { BallotNotice } from './Ballot.types';
import { rulingDrafts, rulingsToSave, voteDrafts, votesToSave, type RulingEdits, type TypedVotes } from './logic';

export async function saveTypedVotes(
  port: WorkbookPort,
  typed: TypedVotes,
  read: () => Promise<CouncilWork>,
): Promise<BallotNotice> {
  // The sheet as it is now, not as the pane last read it: a vote changed meanwhile is a conflict.
  const now = await read();
  if (!now.ballot) return { kind: 'noSheet' };
  const plan = votesToSave(voteDrafts(now.ballot, typed));
  if (!plan.ok) {
    return plan.invalid > 0
      ? { kind: 'invalidVotes', count: plan.invalid }
      : { kind: 'conflicts', count: plan.conflicts };
  }
  const outcome = await saveVotes(port, plan.entries);
  await read();
  if (outcome.status !== 'saved') {
    return outcome.status === 'noSheet' ? { kind: 'noSheet' } : { kind: 'noHeader', sheet: outcome.sheet };
  }
  return {
    kind: 'votesSaved',
    written: outcome.written,
    notFound: outcome.notFound.map((e) => `${e.name} (${e.initiativeId})`),
  };
}

export async function saveEditedRulings(
  port: WorkbookPort,
  edits: RulingEdits,
  read: () => Promise<CouncilWork>,
): Promise<BallotNotice> {
  const now = await read();
  const plan = rulingsToSave(rulingDrafts(now.cases, edits));
  if (!plan.ok) return { kind: 'conflicts', count: plan.conflicts };
  const outcome = await saveDecisions(port, plan.entries);
  await read();
  if (outcome.status !== 'saved') return { kind: 'noHeader', sheet: outcome.sheet };
  return { kind: 'rulingsSaved', written: outcome.written, created: outcome.created };
}
