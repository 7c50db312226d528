import { describe, expect, it } from 'vitest';
import type { BallotRow, BallotView } from '../../../app/ballot';
import type { CouncilCase } from '../../../app/decisions';
import {
  dropVotes,
  editRuling,
  groupProposals,
  orphanRulings,
  orphanVotes,
  pageOf,
  resolveRuling,
  resolveVote,
  rulingDrafts,
  rulingsToSave,
  settleRulings,
  settleVotes,
  tally,
  typeVote,
  voteDrafts,
  votesToSave,
  type TypedVotes,
} from './logic';
import { ballotMessages } from './messages';

const row = (
  n: number,
  name: string,
  yes: number | null,
  outcome: BallotRow['outcome'] = null,
  lists: BallotRow['lists'] = ['ubnd'],
): BallotRow => ({
  row: n,
  name,
  workplace: 'Trường A',
  initiativeId: `SK-000${n}`,
  yes,
  lists,
  outcome,
});

const view = (rows: readonly BallotRow[]): BallotView => ({
  sheet: 'Biểu quyết',
  members: 9,
  threshold: 6,
  fraction: { num: 2, den: 3 },
  rows,
});
const ballot = view([row(5, 'An', 7, 'passed'), row(6, 'Bình', null), row(7, 'Cường', 2, 'failed')]);
const rows = ballot.rows as readonly [BallotRow, BallotRow, BallotRow];

/** Types `entries` (row index → text) one after the other, as the clerk would. */
const typing = (
  b: BallotView,
  entries: readonly (readonly [number, string])[],
  from: TypedVotes = new Map(),
): TypedVotes => entries.reduce((m, [i, text]) => typeVote(m, b.rows[i]!, text), from);

/** The same ballot with row `i`'s votes changed in the sheet (by hand in Excel, say). */
const edited = (b: BallotView, i: number, yes: number | null): BallotView =>
  view(b.rows.map((r, j) => (j === i ? { ...r, yes } : r)));

describe('the ballot drafts', () => {
  it('shows what the sheet holds until the clerk types, and marks only real changes', () => {
    const drafts = voteDrafts(
      ballot,
      typing(ballot, [
        [0, ' 7 '],
        [1, '6'],
      ]),
    );
    expect(drafts.map((d) => [d.text, d.changed, d.conflict])).toEqual([
      ['7', false, false],
      ['6', true, false],
      ['2', false, false],
    ]);
    expect(votesToSave(drafts)).toEqual({ ok: true, entries: [{ initiativeId: 'SK-0006', name: 'Bình', yes: 6 }] });
  });

  it('keeps nothing when the clerk types what the sheet already holds', () => {
    expect(
      typing(ballot, [
        [0, '7'],
        [2, '2 '],
      ]).size,
    ).toBe(0);
  });

  it('saves nothing while a box holds a fraction or more votes than members', () => {
    const drafts = voteDrafts(
      ballot,
      typing(ballot, [
        [0, '6.5'],
        [1, '10'],
        [2, ''],
      ]),
    );
    expect(drafts.map((d) => d.parsed)).toEqual([
      { ok: false, reason: 'notWhole' },
      { ok: false, reason: 'tooMany' },
      { ok: true, yes: null },
    ]);
    expect(votesToSave(drafts)).toEqual({ ok: false, invalid: 2, conflicts: 0 });
  });

  it('counts entered, passed and failed votes as saved, and the persons on each list', () => {
    const b = view([
      row(1, 'A', 7, 'passed', ['ubnd', 'national']),
      row(2, 'B', null, null, ['ubnd', 'media']),
      row(3, 'C', 2, 'failed', []),
    ]);
    expect(tally(b)).toEqual({
      total: 3,
      entered: 2,
      passed: 1,
      failed: 1,
      perList: { ubnd: 2, national: 1, media: 1 },
    });
  });
});

describe('a vote typed while the sheet changed', () => {
  const typed = typing(ballot, [[1, '7']]);

  it('is a conflict when the sheet now holds another value, and nothing is saved until the clerk chooses', () => {
    const now = edited(ballot, 1, 4);
    const drafts = voteDrafts(now, typed);
    expect(drafts[1]).toMatchObject({ text: '7', changed: true, conflict: true });
    expect(votesToSave(drafts)).toEqual({ ok: false, invalid: 0, conflicts: 1 });
  });

  it('keeps the sheet value when the clerk says so, or saves the typed one', () => {
    const now = edited(ballot, 1, 4);
    const kept = resolveVote(typed, now.rows[1]!, 'sheet');
    expect(voteDrafts(now, kept)[1]).toMatchObject({ text: '4', changed: false, conflict: false });
    const mine = resolveVote(typed, now.rows[1]!, 'typed');
    expect(voteDrafts(now, mine)[1]).toMatchObject({ text: '7', changed: true, conflict: false });
    expect(votesToSave(voteDrafts(now, mine))).toEqual({
      ok: true,
      entries: [{ initiativeId: 'SK-0006', name: 'Bình', yes: 7 }],
    });
  });

  it('is settled, not a conflict, when the sheet now holds what was typed (a save, or the same vote entered elsewhere)', () => {
    const now = edited(ballot, 1, 7);
    expect(voteDrafts(now, typed)[1]).toMatchObject({ changed: false, conflict: false });
    expect(settleVotes(now, typed).size).toBe(0);
  });

  it('stays, with invalid and conflicting ones, when the sheet is read again', () => {
    const more = typing(
      ballot,
      [
        [0, '6.5'],
        [2, '3'],
      ],
      typed,
    );
    const now = edited(ballot, 2, 1);
    const settled = settleVotes(now, more);
    expect([...settled.values()].map((v) => [v.name, v.text])).toEqual([
      ['Bình', '7'],
      ['An', '6.5'],
      ['Cường', '3'],
    ]);
    expect(voteDrafts(now, settled).map((d) => d.conflict)).toEqual([false, false, true]);
  });

  it('is listed, not dropped, when its person left "Biểu quyết"; dropped only when the clerk says so', () => {
    const now = view([rows[0], rows[2]]);
    const settled = settleVotes(now, typed);
    const orphans = orphanVotes(now, settled);
    expect(orphans).toEqual([{ initiativeId: 'SK-0006', name: 'Bình', text: '7', base: null }]);
    expect(dropVotes(settled, orphans).size).toBe(0);
  });

  it('never loses a typed value that differs from the sheet, whatever the edits and re-reads (random sequences)', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      let sheet = ballot;
      let typedNow: TypedVotes = new Map();
      // What the clerk last typed in each box, by row index.
      const mine = new Map<number, string>();
      for (let step = 0; step < 12; step++) {
        const i = random(3);
        const what = random(4);
        if (what === 0) sheet = edited(sheet, i, random(2) === 0 ? null : random(10));
        else if (what === 3) typedNow = settleVotes(sheet, typedNow);
        else {
          const text = String(random(10));
          typedNow = typeVote(typedNow, sheet.rows[i]!, text);
          mine.set(i, text);
        }
        const drafts = voteDrafts(sheet, typedNow);
        for (const [r, text] of mine) {
          if (Number(text) === sheet.rows[r]!.yes) continue;
          // Differs from the sheet: still in its box, counted unsaved.
          expect(drafts[r]).toMatchObject({ text, changed: true });
        }
      }
    }
  });
});

describe('the ballot in groups and pages', () => {
  const b = view([
    row(1, 'A', null, null, ['ubnd']),
    row(2, 'B', null, null, ['ubnd', 'national']),
    row(3, 'C', null, null, ['ubnd', 'media']),
    row(4, 'D', null, null, []),
    row(5, 'E', null, null, ['ubnd', 'national', 'media']),
    row(6, 'F', null, null, ['ubnd']),
  ]);

  it('puts each person once, in their most specific list, lists in the order Tổng Liên đoàn, phóng sự, UBND, none', () => {
    const groups = groupProposals(voteDrafts(b, new Map()));
    expect(groups.map((g) => [g.key, g.items.map((d) => d.row.name)])).toEqual([
      ['national', ['B', 'E']],
      ['media', ['C']],
      ['ubnd', ['A', 'F']],
      ['none', ['D']],
    ]);
  });

  it('leaves out empty groups', () => {
    expect(groupProposals(voteDrafts(view([rows[0]]), new Map())).map((g) => g.key)).toEqual(['ubnd']);
  });

  it('pages with the positions shown, clamping a page past the end', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(pageOf(items, 0, 10)).toMatchObject({ page: 0, pages: 3, from: 1, to: 10, total: 23 });
    expect(pageOf(items, 2, 10)).toMatchObject({ items: [20, 21, 22], from: 21, to: 23 });
    expect(pageOf(items, 9, 10)).toMatchObject({ page: 2, from: 21, to: 23 });
    expect(pageOf([], 3, 10)).toMatchObject({ items: [], page: 0, pages: 1, from: 0, to: 0, total: 0 });
  });
});

describe('the rulings drafts', () => {
  const item = (id: string, ruling: CouncilCase['ruling'], note = ''): CouncilCase => ({
    initiativeId: id,
    title: 't',
    rank: 3,
    score: 8533,
    walkTier: 'Ba',
    pending: false,
    tier: ruling === 'Không xếp giải' ? null : (ruling ?? 'Ba'),
    reasons: [],
    ruling,
    note,
  });
  const cases = [item('SK-0001', 'Nhì', 'x'), item('SK-0002', null), item('SK-0003', 'Ba')];

  it('sends only changed rulings, including one cleared', () => {
    let edits = editRuling(new Map(), cases[0]!, { ruling: null, note: 'x' });
    edits = editRuling(edits, cases[1]!, { ruling: 'Khuyến khích', note: ' đồng hạng ' });
    edits = editRuling(edits, cases[2]!, { ruling: 'Ba', note: '' });
    expect(rulingsToSave(rulingDrafts(cases, edits))).toEqual({
      ok: true,
      entries: [
        { initiativeId: 'SK-0001', ruling: null, note: 'x' },
        { initiativeId: 'SK-0002', ruling: 'Khuyến khích', note: ' đồng hạng ' },
      ],
    });
  });

  it('holds back a ruling "Quyết định" changed since it was chosen, until the clerk chooses', () => {
    const edits = editRuling(new Map(), cases[1]!, { ruling: 'Nhì', note: '' });
    const now = [cases[0]!, item('SK-0002', 'Ba'), cases[2]!];
    expect(rulingDrafts(now, edits)[1]).toMatchObject({ ruling: 'Nhì', conflict: true });
    expect(rulingsToSave(rulingDrafts(now, edits))).toEqual({ ok: false, conflicts: 1 });
    expect(rulingDrafts(now, resolveRuling(edits, now[1]!, 'sheet'))[1]).toMatchObject({
      ruling: 'Ba',
      changed: false,
    });
    expect(rulingsToSave(rulingDrafts(now, resolveRuling(edits, now[1]!, 'typed')))).toEqual({
      ok: true,
      entries: [{ initiativeId: 'SK-0002', ruling: 'Nhì', note: '' }],
    });
  });

  it('forgets edits the sheet now holds, and lists those whose initiative no longer needs a ruling', () => {
    const edits = editRuling(editRuling(new Map(), cases[1]!, { ruling: 'Nhì', note: '' }), cases[2]!, {
      ruling: null,
      note: '',
    });
    const now = [cases[0]!, item('SK-0002', 'Nhì')];
    const settled = settleRulings(now, edits);
    expect([...settled.keys()]).toEqual(['SK-0003']);
    expect(orphanRulings(now, settled)).toEqual(['SK-0003']);
  });
});

describe('the ballot step words', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(ballotMessages.dictionaries.en).sort()).toEqual(
      Object.keys(ballotMessages.dictionaries.vi).sort(),
    );
  });
});
