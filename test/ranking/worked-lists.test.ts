// Worked examples for SPEC §4 "Individuals", the UBND, national and media lists, and the ballot.

import { describe, expect, it } from 'vitest';
import type { Initiative, ScoreRow } from '../../src/core/model';
import { parseFraction } from '../../src/core/council/values';
import { ballotThreshold, rank, type BallotVote, type RankResult } from '../../src/core/ranking';
import { dong, initiative, members, reviewsWithTotals, rules, skId, SMALL_TIERS } from './builders';

const TV = members(10);
const IDS = TV.map((m) => m.id);

function scored(entries: readonly [number, number][]): ScoreRow[] {
  return entries.flatMap(([n, total]) => reviewsWithTotals(skId(n), [total, total, total], IDS));
}

const names = (list: RankResult['lists']['ubnd']): string[] => list.map((e) => e.person.name);

describe('persons', () => {
  it('are one person for "Nguyễn Thị Hoà" and "Nguyễn Thị Hòa" at one workplace, best initiative the higher ranked', () => {
    const inits = [
      initiative(1, { authors: ['Nguyễn Thị Hoà'], workplace: 'Trường THPT Nguyễn Trung Trực' }),
      initiative(2, { authors: ['Nguyễn Thị  Hòa'], workplace: 'trường THPT Nguyễn Trung Trực ' }),
      initiative(3, { authors: ['Nguyễn Thị Hòa'], workplace: 'Bệnh viện Đa khoa' }),
    ];
    const res = rank({
      initiatives: inits,
      members: TV,
      rules: rules(),
      scores: scored([
        [1, 72],
        [2, 81],
        [3, 75],
      ]),
    });
    expect(res.persons).toHaveLength(2);
    expect(res.persons[0]).toMatchObject({ best: skId(2), leadCount: 2, name: 'Nguyễn Thị  Hòa' });
    expect(res.lists.ubnd.map((e) => e.initiative)).toEqual([skId(2), skId(3)]);
  });

  it('include co-authors only when the rules say so', () => {
    const inits = [initiative(1, { authors: ['Trần Văn An', 'Lê Thị Bình'] })];
    const scores = scored([[1, 80]]);
    expect(rank({ initiatives: inits, members: TV, rules: rules(), scores }).lists.ubnd).toHaveLength(1);
    const both = rank({ initiatives: inits, members: TV, rules: rules({ coAuthorsArePersons: true }), scores });
    expect(names(both.lists.ubnd)).toEqual(['Trần Văn An', 'Lê Thị Bình']);
    expect(both.persons[1]).toMatchObject({ leadCount: 0, hasPrize: true });
  });
});

describe('the UBND list (here 4–6 persons, floor 70, one place per tier)', () => {
  const oneEach = SMALL_TIERS.map((t) => ({ ...t, quota: 1 }));
  const small = rules({ ubnd: { min: 4, max: 6, floorHundredths: 7000 }, tiers: oneEach });
  const build = (entries: [number, number][]): RankResult =>
    rank({ initiatives: entries.map(([n]) => initiative(n)), members: TV, rules: small, scores: scored(entries) });

  it('takes everyone at or above 70 and stops at the maximum', () => {
    const res = build([
      [1, 90],
      [2, 85],
      [3, 80],
      [4, 78],
      [5, 75],
      [6, 72],
      [7, 71],
      [8, 70],
    ]);
    expect(res.lists.ubnd.map((e) => e.initiative)).toEqual([1, 2, 3, 4, 5, 6].map(skId));
    expect(res.listFlags.map((f) => f.code)).not.toContain('ranking.list.ubndOverMax');
  });

  it('never splits a tied group at the maximum: it goes in whole and both list and persons are flagged', () => {
    const res = build([
      [1, 90],
      [2, 85],
      [3, 80],
      [4, 78],
      [5, 75],
      [6, 72],
      [7, 72],
      [8, 70],
    ]);
    expect(res.lists.ubnd.map((e) => e.initiative)).toEqual([1, 2, 3, 4, 5, 6, 7].map(skId));
    expect(res.lists.ubnd[6]!.flags).toContainEqual({
      code: 'ranking.flag.ubndCutTie',
      params: { rank: 6, size: 2, cut: 6 },
    });
    expect(res.lists.ubnd[5]!.flags.map((f) => f.code)).toEqual(['ranking.flag.ubndCutTie']);
    expect(res.listFlags).toContainEqual({ code: 'ranking.list.ubndOverMax', params: { count: 7, max: 6 } });
  });

  it('continues below 70 to the minimum when too few reach it, again without splitting a group', () => {
    const res = build([
      [1, 90],
      [2, 71],
      [3, 65],
      [4, 60],
      [5, 60],
      [6, 55],
      [7, 45],
    ]);
    expect(res.lists.ubnd.map((e) => e.initiative)).toEqual([1, 2, 3, 4, 5].map(skId));
    expect(res.lists.ubnd[4]!.flags.map((f) => f.code)).toEqual(['ranking.flag.ubndCutTie']);
  });

  it('takes all who passed and flags the list when fewer than the minimum passed', () => {
    const res = build([
      [1, 90],
      [2, 60],
      [3, 49],
    ]);
    expect(res.lists.ubnd.map((e) => e.initiative)).toEqual([skId(1), skId(2)]);
    expect(res.listFlags).toContainEqual({ code: 'ranking.list.ubndTooFew', params: { count: 2, min: 4 } });
  });

  it('holds every prize winner even past the maximum', () => {
    const tight = rules({ ubnd: { min: 1, max: 2, floorHundredths: 7000 }, tiers: SMALL_TIERS });
    const e: [number, number][] = [
      [1, 90],
      [2, 85],
      [3, 80],
    ];
    const res = rank({ initiatives: e.map(([n]) => initiative(n)), members: TV, rules: tight, scores: scored(e) });
    expect(res.lists.ubnd.map((x) => x.initiative)).toEqual([skId(1), skId(2), skId(3)]);
    expect(res.lists.ubnd[2]!.flags.map((f) => f.code)).toEqual(['ranking.flag.ubndPrizeAdded']);
  });
});

describe('the UBND list with the default rules (75–120)', () => {
  it('stops at 120 unless the group at the cut is tied, then takes it whole and flags it', () => {
    // 125 persons ≥ 70: positions 120 and 121 share 70,1.
    const entries: [number, number][] = [];
    for (let k = 1; k <= 119; k++) entries.push([k, 99 - k * 0.2]);
    entries.push([120, 70.1], [121, 70.1], [122, 70], [123, 70], [124, 70], [125, 70]);
    const res = rank({
      initiatives: entries.map(([n]) => initiative(n)),
      members: TV,
      rules: rules(),
      scores: scored(entries),
    });
    expect(res.lists.ubnd).toHaveLength(121);
    expect(res.lists.ubnd[120]!.initiative).toBe(skId(121));
    expect(res.listFlags).toContainEqual({ code: 'ranking.list.ubndOverMax', params: { count: 121, max: 120 } });
  });

  it('flags fewer than 75 available persons and proposes all 60 who passed', () => {
    const entries: [number, number][] = Array.from({ length: 70 }, (_, k) => [k + 1, k < 60 ? 90 - k * 0.5 : 40]);
    const res = rank({
      initiatives: entries.map(([n]) => initiative(n)),
      members: TV,
      rules: rules(),
      scores: scored(entries),
    });
    expect(res.lists.ubnd).toHaveLength(60);
    expect(res.listFlags).toContainEqual({ code: 'ranking.list.ubndTooFew', params: { count: 60, min: 75 } });
  });
});

describe('the national list', () => {
  const inits: Initiative[] = [
    initiative(1, { benefitVnd: dong(500_000_000) }), // 95 Nhất
    initiative(2, { benefitVnd: dong(2_000_000_000) }), // 90 Nhất
    initiative(3), // 88 Nhất, no benefit
    initiative(4, { benefitVnd: dong(2_000_000_000) }), // 84 Nhì, same benefit as SK-0002 → after it by rank
    initiative(5, { benefitVnd: dong(9_000_000_000) }), // 79 Ba: not eligible
    initiative(6, { benefitVnd: dong(100_000_000) }), // 83 Nhì: fifth, cut
  ];
  const e: [number, number][] = [
    [1, 95],
    [2, 90],
    [3, 88],
    [4, 84],
    [5, 79],
    [6, 83],
  ];

  it('takes the 4 Nhất/Nhì persons by benefit desc, then rank, and flags a candidate without a benefit', () => {
    const res = rank({ initiatives: inits, members: TV, rules: rules(), scores: scored(e) });
    expect(res.lists.national.map((x) => x.initiative)).toEqual([skId(2), skId(4), skId(1), skId(6)]);
    const withNull = rank({
      initiatives: inits.slice(0, 4),
      members: TV,
      rules: rules(),
      scores: scored(e.slice(0, 4)),
    });
    expect(withNull.lists.national.map((x) => x.initiative)).toEqual([skId(2), skId(4), skId(1), skId(3)]);
    expect(withNull.lists.national[3]!.flags.map((f) => f.code)).toEqual(['ranking.flag.nationalMissingBenefit']);
    expect(withNull.initiatives.find((r) => r.initiative.id === skId(3))!.flags.map((f) => f.code)).toContain(
      'ranking.flag.nationalMissingBenefit',
    );
  });

  it('is empty and flagged when no one won Nhất or Nhì', () => {
    const res = rank({
      initiatives: [initiative(1), initiative(2)],
      members: TV,
      rules: rules(),
      scores: scored([
        [1, 78],
        [2, 72],
      ]),
    });
    expect(res.lists.national).toEqual([]);
    expect(res.listFlags).toContainEqual({ code: 'ranking.list.nationalTooFew', params: { count: 0, expected: 4 } });
  });
});

describe('the media list', () => {
  it('orders prize winners by initiatives led, then best rank, one per field, up to 5', () => {
    const inits = [
      initiative(1, { authors: ['An'], workplace: 'X', field: 'sx' }),
      initiative(2, { authors: ['An'], workplace: 'X', field: 'sx' }),
      initiative(3, { authors: ['An'], workplace: 'X', field: 'gd' }),
      initiative(4, { authors: ['Bình'], field: 'sx' }), // best rank but same field as An's best
      initiative(5, { authors: ['Chi'], field: 'gd' }),
      initiative(6, { authors: ['Dũng'], field: 'yt' }),
      initiative(7, { authors: ['Em'], field: 'mt' }),
      initiative(8, { authors: ['Phúc'], field: 'at' }),
      initiative(9, { authors: ['Giang'], field: 'cc' }),
      initiative(10, { authors: ['An'], workplace: 'X', field: 'sx' }),
      initiative(11, { authors: ['An'], workplace: 'X', field: 'sx', duplicateOf: skId(10) }),
    ];
    const e: [number, number][] = [
      [1, 80],
      [2, 60],
      [3, 60],
      [4, 95],
      [5, 90],
      [6, 88],
      [7, 86],
      [8, 84],
      [9, 83],
      [10, 40],
      [11, 99],
    ];
    const res = rank({ initiatives: inits, members: TV, rules: rules(), scores: scored(e) });
    // An leads 4 (duplicate not counted), best SK-0001 (sx) → first; Bình sx skipped; Chi gd, Dũng yt, Em mt, Phúc at; Giang cc would be 6th.
    expect(names(res.lists.media)).toEqual(['An', 'Chi', 'Dũng', 'Em', 'Phúc']);
    expect(res.persons.find((p) => p.name === 'An')!.leadCount).toBe(4);
  });

  it('fills to 3 ignoring fields when prize winners cover fewer than 3 fields, flagged', () => {
    const inits = [1, 2, 3, 4].map((n) => initiative(n, { authors: [`Người ${n}`], field: n === 4 ? 'gd' : 'sx' }));
    const res = rank({
      initiatives: inits,
      members: TV,
      rules: rules(),
      scores: scored([
        [1, 90],
        [2, 88],
        [3, 86],
        [4, 70],
      ]),
    });
    expect(names(res.lists.media)).toEqual(['Người 1', 'Người 4', 'Người 2']);
    expect(res.lists.media[2]!.flags.map((f) => f.code)).toEqual(['ranking.flag.mediaFieldRepeated']);
    expect(res.listFlags).toContainEqual({ code: 'ranking.list.mediaFieldsFilled', params: { fields: 2, min: 3 } });
  });
});

describe('the ballot', () => {
  it('needs ⌈2/3 × 10⌉ = 7 yes votes, and 66,67 % of 9 is 6,0003 → 7 where 2/3 of 9 is exactly 6', () => {
    expect(ballotThreshold({ num: 2, den: 3 }, 10)).toBe(7);
    expect(ballotThreshold({ num: 2, den: 3 }, 9)).toBe(6);
    // The fraction as "Cấu hình" gives it, read by the council's reader (the one the product uses).
    const pct = parseFraction('66,67 %');
    expect(pct).toEqual({ ok: true, value: { num: 6667, den: 10000 } });
    if (!pct.ok) throw new Error('66,67 % not read');
    expect(ballotThreshold(pct.value, 10)).toBe(7);
    expect(ballotThreshold(pct.value, 9)).toBe(7);
    expect(parseFraction('2/3')).toEqual({ ok: true, value: { num: 2, den: 3 } });
    expect(parseFraction('66.67%')).toEqual({ ok: true, value: { num: 6667, den: 10000 } });
    expect(parseFraction(0.75)).toEqual({ ok: true, value: { num: 3, den: 4 } });
    expect(parseFraction('hai phần ba').ok).toBe(false);
  });

  it('marks each proposal passed, failed or without a vote once votes are entered', () => {
    const e: [number, number][] = [
      [1, 90],
      [2, 85],
      [3, 80],
    ];
    const inits = e.map(([n]) => initiative(n, { authors: [`Người ${n}`] }));
    const before = rank({ initiatives: inits, members: TV, rules: rules(), scores: scored(e) });
    expect(before.ballot).toMatchObject({ members: 10, threshold: 7, votesEntered: false });
    expect(before.lists.ubnd.map((x) => x.ballot)).toEqual([null, null, null]);
    const votes: BallotVote[] = [
      { row: 5, name: 'Người 1', workplace: 'Đơn vị 1', initiativeId: skId(1), yes: 7 },
      { row: 6, name: 'Người 2', workplace: 'Đơn vị 2', initiativeId: skId(2), yes: 6 },
      { row: 7, name: 'Người 3', workplace: 'Đơn vị 3', initiativeId: skId(3), yes: null },
      { row: 8, name: 'Ai đó', workplace: '', initiativeId: 'SK-0077', yes: 9 },
    ];
    const after = rank({ initiatives: inits, members: TV, rules: rules(), scores: scored(e), votes });
    expect(after.lists.ubnd.map((x) => [x.ballot, x.yes])).toEqual([
      ['passed', 7],
      ['failed', 6],
      ['noVote', null],
    ]);
    expect(after.lists.ubnd[2]!.flags.map((f) => f.code)).toContain('ranking.flag.ballotNoVote');
    expect(after.problems.map((p) => [p.code, p.row])).toEqual([['ranking.ballot.notProposed', 8]]);
  });
});
