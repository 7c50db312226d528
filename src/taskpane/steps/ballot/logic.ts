// The ballot step's logic without React: drafts of what a clerk typed over what the sheets hold,
// the groups and pages the pane shows, and the entries a save sends (only what changed, and nothing
// while a box is invalid or the sheet changed under a typed vote).
import type { BallotRow, BallotView } from '../../../app/ballot';
import { parseVoteInput, type VoteEntry } from '../../../core/sheets/ballot';
import type { CouncilCase } from '../../../app/decisions';
import type { RulingEntry } from '../../../core/sheets/decisions';
import type { Ruling } from '../../../core/ranking';
import type { RulingDraft, VoteDraft } from './Ballot.types';

/** A row's key in the drafts: its person and Mã SK, which stay when a re-rank moves rows. */
export const voteKey = (row: Pick<BallotRow, 'initiativeId' | 'name'>): string => `${row.initiativeId}|${row.name}`;

/** A vote typed in the pane and not saved yet, with what the sheet held when the clerk typed it. */
export interface TypedVote {
  readonly initiativeId: string;
  readonly name: string;
  readonly text: string;
  /** "Số phiếu đồng ý" as the sheet held it when the clerk started typing in this box. */
  readonly base: number | null;
}

export type TypedVotes = ReadonlyMap<string, TypedVote>;

const savedText = (yes: number | null): string => (yes === null ? '' : String(yes));

export function voteDrafts(ballot: BallotView, typed: TypedVotes): VoteDraft[] {
  return ballot.rows.map((row) => {
    const saved = savedText(row.yes);
    const draft = typed.get(voteKey(row));
    const text = draft?.text ?? saved;
    const parsed = parseVoteInput(text, ballot.members);
    const changed = parsed.ok ? parsed.yes !== row.yes : text.trim() !== saved;
    // The sheet moved since the clerk typed (edited in Excel, or saved from elsewhere): the clerk chooses.
    const conflict = draft !== undefined && changed && draft.base !== row.yes;
    return { row, text, parsed, changed, conflict };
  });
}

/** The clerk typed `text` in `row`'s box: kept with the sheet's value it was typed over. */
export function typeVote(typed: TypedVotes, row: BallotRow, text: string): TypedVotes {
  const key = voteKey(row);
  const before = typed.get(key);
  const next = new Map(typed);
  // Typing back what the sheet holds leaves nothing to save (and nothing to conflict with).
  if (before === undefined && text.trim() === savedText(row.yes)) return typed;
  next.set(key, { initiativeId: row.initiativeId, name: row.name, text, base: before?.base ?? row.yes });
  return next;
}

/** Settles a conflict: keep the sheet's value (the typed one is dropped) or the typed one (saved next). */
export function resolveVote(typed: TypedVotes, row: BallotRow, keep: 'sheet' | 'typed'): TypedVotes {
  const key = voteKey(row);
  const draft = typed.get(key);
  if (!draft) return typed;
  const next = new Map(typed);
  if (keep === 'sheet') next.delete(key);
  else next.set(key, { ...draft, base: row.yes });
  return next;
}

/**
 * The typed votes still to save: those equal to what the sheet now holds are settled (saved, or
 * entered the same elsewhere) and forgotten; every other one is kept, invalid or conflicting ones too.
 */
export function settleVotes(ballot: BallotView | null, typed: TypedVotes): TypedVotes {
  if (!ballot || typed.size === 0) return typed;
  const drafts = new Map(voteDrafts(ballot, typed).map((d) => [voteKey(d.row), d]));
  const next = new Map([...typed].filter(([key]) => drafts.get(key)?.changed !== false));
  return next.size === typed.size ? typed : next;
}

/** Typed votes whose person is no longer in "Biểu quyết" (a re-rank or a hand edit removed the row). */
export function orphanVotes(ballot: BallotView | null, typed: TypedVotes): TypedVote[] {
  const keys = new Set((ballot?.rows ?? []).map(voteKey));
  return [...typed.entries()].flatMap(([key, v]) => (keys.has(key) ? [] : [v]));
}

/** Forgets the typed votes of `orphans` (the clerk chose to). */
export function dropVotes(typed: TypedVotes, orphans: readonly TypedVote[]): TypedVotes {
  const next = new Map(typed);
  for (const o of orphans) next.delete(voteKey(o));
  return next;
}

export type VoteSave =
  | { readonly ok: true; readonly entries: VoteEntry[] }
  | { readonly ok: false; readonly invalid: number; readonly conflicts: number };

export function votesToSave(drafts: readonly VoteDraft[]): VoteSave {
  const invalid = drafts.filter((d) => !d.parsed.ok).length;
  const conflicts = drafts.filter((d) => d.conflict).length;
  if (invalid > 0 || conflicts > 0) return { ok: false, invalid, conflicts };
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
  /** Persons proposed per list (a person may stand on several). */
  readonly perList: { readonly ubnd: number; readonly national: number; readonly media: number };
}

/** Counts of the votes as the sheet holds them. */
export function tally(ballot: BallotView): Tally {
  let entered = 0;
  let passed = 0;
  const perList = { ubnd: 0, national: 0, media: 0 };
  for (const r of ballot.rows) {
    for (const l of r.lists) perList[l]++;
    if (r.yes === null) continue;
    entered++;
    if (r.outcome === 'passed') passed++;
  }
  return { total: ballot.rows.length, entered, passed, failed: entered - passed, perList };
}

/** A group of the ballot: the persons whose most specific list is `list` ('none': no longer proposed). */
export type ProposalGroupKey = 'national' | 'media' | 'ubnd' | 'none';

export interface ProposalGroup {
  readonly key: ProposalGroupKey;
  readonly items: readonly VoteDraft[];
}

const GROUP_ORDER: readonly ProposalGroupKey[] = ['national', 'media', 'ubnd', 'none'];

/**
 * The drafts grouped for the council, the smallest and most consequential list first (Tổng Liên
 * đoàn, then phóng sự, then the rest of the UBND list, then rows no longer proposed). Each person is
 * in one group only, as they have one votes cell; within a group, the sheet's order. Empty groups
 * are left out.
 */
export function groupProposals(drafts: readonly VoteDraft[]): ProposalGroup[] {
  const groups = new Map<ProposalGroupKey, VoteDraft[]>(GROUP_ORDER.map((k) => [k, []]));
  for (const d of drafts) {
    const key = GROUP_ORDER.find((k) => k !== 'none' && d.row.lists.includes(k)) ?? 'none';
    groups.get(key)!.push(d);
  }
  return GROUP_ORDER.flatMap((key) => {
    const items = groups.get(key)!;
    return items.length > 0 ? [{ key, items }] : [];
  });
}

export interface Page<T> {
  readonly items: readonly T[];
  /** The page shown, 0-based, after clamping to the pages there are. */
  readonly page: number;
  readonly pages: number;
  /** 1-based positions of the first and last item shown (0 and 0 when there is none). */
  readonly from: number;
  readonly to: number;
  readonly total: number;
}

/** Page `page` (clamped) of `items`, `size` to a page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  const shown = items.slice(p * size, p * size + size);
  return {
    items: shown,
    page: p,
    pages,
    from: shown.length === 0 ? 0 : p * size + 1,
    to: p * size + shown.length,
    total: items.length,
  };
}

export interface RulingEdit {
  readonly ruling: Ruling | null;
  readonly note: string;
  /** The ruling and note "Quyết định" held when the clerk started editing. */
  readonly base: { readonly ruling: Ruling | null; readonly note: string };
}

export type RulingEdits = ReadonlyMap<string, RulingEdit>;

export function rulingDrafts(cases: readonly CouncilCase[], edits: RulingEdits): RulingDraft[] {
  return cases.map((item) => {
    const edit = edits.get(item.initiativeId);
    const ruling = edit ? edit.ruling : item.ruling;
    const note = edit ? edit.note : item.note;
    const changed = ruling !== item.ruling || note.trim() !== item.note;
    const conflict =
      edit !== undefined && changed && (edit.base.ruling !== item.ruling || edit.base.note !== item.note);
    return { item, ruling, note, changed, conflict };
  });
}

/** The clerk chose a ruling or typed a note for `item`: kept with what "Quyết định" held then. */
export function editRuling(
  edits: RulingEdits,
  item: CouncilCase,
  edit: { readonly ruling: Ruling | null; readonly note: string },
): RulingEdits {
  const before = edits.get(item.initiativeId);
  return new Map(edits).set(item.initiativeId, {
    ...edit,
    base: before?.base ?? { ruling: item.ruling, note: item.note },
  });
}

/** Settles a ruling's conflict: keep what "Quyết định" holds now, or the pane's choice (saved next). */
export function resolveRuling(edits: RulingEdits, item: CouncilCase, keep: 'sheet' | 'typed'): RulingEdits {
  const edit = edits.get(item.initiativeId);
  if (!edit) return edits;
  const next = new Map(edits);
  if (keep === 'sheet') next.delete(item.initiativeId);
  else next.set(item.initiativeId, { ...edit, base: { ruling: item.ruling, note: item.note } });
  return next;
}

/** The ruling edits still to save: those "Quyết định" now holds are forgotten. */
export function settleRulings(cases: readonly CouncilCase[], edits: RulingEdits): RulingEdits {
  if (edits.size === 0) return edits;
  const drafts = new Map(rulingDrafts(cases, edits).map((d) => [d.item.initiativeId, d]));
  const next = new Map([...edits].filter(([id]) => drafts.get(id)?.changed !== false));
  return next.size === edits.size ? edits : next;
}

/** Rulings edited in the pane whose initiative the council no longer has to decide (after a re-rank). */
export function orphanRulings(cases: readonly CouncilCase[], edits: RulingEdits): string[] {
  const ids = new Set(cases.map((c) => c.initiativeId));
  return [...edits.keys()].filter((id) => !ids.has(id));
}

export type RulingSave =
  { readonly ok: true; readonly entries: RulingEntry[] } | { readonly ok: false; readonly conflicts: number };

export function rulingsToSave(drafts: readonly RulingDraft[]): RulingSave {
  const conflicts = drafts.filter((d) => d.conflict).length;
  if (conflicts > 0) return { ok: false, conflicts };
  return {
    ok: true,
    entries: drafts.flatMap((d) =>
      d.changed ? [{ initiativeId: d.item.initiativeId, ruling: d.ruling, note: d.note }] : [],
    ),
  };
}
