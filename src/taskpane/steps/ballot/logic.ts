// The ballot step's logic without React: drafts of what a clerk typed over what the sheets hold,
// and the entries a save sends (only what changed, and nothing while a box is invalid).
import { parseVoteInput, type BallotRow, type BallotView, type VoteEntry } from '../../../app/ballot';
import type { CouncilCase, RulingEntry } from '../../../app/decisions';
import type { Ruling } from '../../../core/ranking';
import type { RulingDraft, VoteDraft } from './Ballot.types';

/** A row's key in the drafts: its person and Mã SK, which stay when a re-rank moves rows. */
export const voteKey = (row: BallotRow): string => `${row.initiativeId}|${row.name}`;

export function voteDrafts(ballot: BallotView, typed: ReadonlyMap<string, string>): VoteDraft[] {
  return ballot.rows.map((row) => {
    const saved = row.yes === null ? '' : String(row.yes);
    const text = typed.get(voteKey(row)) ?? saved;
    const parsed = parseVoteInput(text, ballot.members);
    const changed = parsed.ok ? parsed.yes !== row.yes : text.trim() !== saved;
    return { row, text, parsed, changed };
  });
}

export type VoteSave = { readonly ok: true; readonly entries: VoteEntry[] } | { readonly ok: false; readonly invalid: number };

export function votesToSave(drafts: readonly VoteDraft[]): VoteSave {
  const invalid = drafts.filter((d) => !d.parsed.ok).length;
  if (invalid > 0) return { ok: false, invalid };
  const entries = drafts.flatMap((d) =>
    d.changed && d.parsed.ok ? [{ initiativeId: d.row.initiativeId, name: d.row.name, yes: d.parsed.yes }] : [],
  );
  return { ok: true, entries };
}

export interface Tally {
  readonly total: number;
  readonly entered: number;
  readonly passed: number;
  readonly failed: number;
}

/** Counts of the votes as the sheet holds them. */
export function tally(ballot: BallotView): Tally {
  let entered = 0;
  let passed = 0;
  for (const r of ballot.rows) {
    if (r.yes === null) continue;
    entered++;
    if (r.outcome === 'passed') passed++;
  }
  return { total: ballot.rows.length, entered, passed, failed: entered - passed };
}

export interface RulingEdit {
  readonly ruling: Ruling | null;
  readonly note: string;
}

export function rulingDrafts(cases: readonly CouncilCase[], edits: ReadonlyMap<string, RulingEdit>): RulingDraft[] {
  return cases.map((item) => {
    const edit = edits.get(item.initiativeId);
    const ruling = edit ? edit.ruling : item.ruling;
    const note = edit ? edit.note : item.note;
    return { item, ruling, note, changed: ruling !== item.ruling || note.trim() !== item.note };
  });
}

export function rulingsToSave(drafts: readonly RulingDraft[]): RulingEntry[] {
  return drafts.flatMap((d) => (d.changed ? [{ initiativeId: d.item.initiativeId, ruling: d.ruling, note: d.note }] : []));
}
