import { describe, expect, it } from 'vitest';
import type { BallotRow, BallotView } from '../../../app/ballot';
import type { CouncilCase } from '../../../app/decisions';
import { rulingDrafts, rulingsToSave, tally, voteDrafts, votesToSave } from './logic';
import { ballotMessages } from './messages';

const row = (n: number, name: string, yes: number | null, outcome: BallotRow['outcome'] = null): BallotRow => ({
  row: n,
  name,
  workplace: 'Trường A',
  initiativeId: `SK-000${n}`,
  yes,
  lists: ['ubnd'],
  outcome,
});

const ballot: BallotView = {
  sheet: 'Biểu quyết',
  members: 9,
  threshold: 6,
  fraction: { num: 2, den: 3 },
  rows: [row(5, 'An', 7, 'passed'), row(6, 'Bình', null), row(7, 'Cường', 2, 'failed')],
};

describe('the ballot drafts', () => {
  it('shows what the sheet holds until the clerk types, and marks only real changes', () => {
    const drafts = voteDrafts(ballot, new Map([['SK-0005|An', ' 7 '], ['SK-0006|Bình', '6']]));
    expect(drafts.map((d) => [d.text, d.changed])).toEqual([
      [' 7 ', false],
      ['6', true],
      ['2', false],
    ]);
    expect(votesToSave(drafts)).toEqual({ ok: true, entries: [{ initiativeId: 'SK-0006', name: 'Bình', yes: 6 }] });
  });

  it('saves nothing while a box holds a fraction or more votes than members', () => {
    const drafts = voteDrafts(ballot, new Map([['SK-0005|An', '6.5'], ['SK-0006|Bình', '10'], ['SK-0007|Cường', '']]));
    expect(drafts.map((d) => d.parsed)).toEqual([
      { ok: false, reason: 'notWhole' },
      { ok: false, reason: 'tooMany' },
      { ok: true, yes: null },
    ]);
    expect(votesToSave(drafts)).toEqual({ ok: false, invalid: 2 });
  });

  it('counts entered, passed and failed votes as saved', () => {
    expect(tally(ballot)).toEqual({ total: 3, entered: 2, passed: 1, failed: 1 });
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

  it('sends only changed rulings, including one cleared', () => {
    const drafts = rulingDrafts([item('SK-0001', 'Nhì', 'x'), item('SK-0002', null), item('SK-0003', 'Ba')], new Map([
      ['SK-0001', { ruling: null, note: 'x' }],
      ['SK-0002', { ruling: 'Khuyến khích', note: ' đồng hạng ' }],
      ['SK-0003', { ruling: 'Ba', note: '' }],
    ]));
    expect(rulingsToSave(drafts)).toEqual([
      { initiativeId: 'SK-0001', ruling: null, note: 'x' },
      { initiativeId: 'SK-0002', ruling: 'Khuyến khích', note: ' đồng hạng ' },
    ]);
  });
});

describe('the ballot step words', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(ballotMessages.dictionaries.en).sort()).toEqual(Object.keys(ballotMessages.dictionaries.vi).sort());
  });
});
