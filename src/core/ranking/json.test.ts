import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../council/rules';
import type { Initiative, InitiativeId, MemberId, ScoreRow } from '../model';
import { listAfterBallot, rankJson } from './json';
import { rank } from './rank';

const init = (n: number, over: Partial<Initiative> = {}): Initiative => ({
  id: `SK-000${n}` as InitiativeId,
  title: `Sáng kiến ${n}`,
  authors: [`Tác giả ${n}`],
  positions: [],
  workplace: 'Xí nghiệp B',
  unit: 'CĐ Khu kinh tế',
  field: 'at',
  benefitVnd: null,
  summary: '',
  source: null,
  duplicateOf: null,
  checks: [],
  ...over,
});
const rows = (n: number, tm: number, count = 3): ScoreRow[] =>
  ['TV01', 'TV02', 'TV03'].slice(0, count).map((m) => ({
    row: 0,
    initiativeId: `SK-000${n}`,
    memberId: m,
    scores: { TM: tm, HQ: 400, AD: 300 },
    comment: '',
    conflict: false,
  }));
const members = ['TV01', 'TV02', 'TV03'].map((id) => ({
  id: id as MemberId,
  name: id,
  position: '',
  unit: '',
  role: 'Ủy viên' as const,
  excludedUnits: [],
}));

describe('rank --json', () => {
  it('has the shape of SPEC §6: initiatives with id, rank, score, hq, reviews, status, passed, tier, flags, and the three lists', () => {
    const result = rank({
      initiatives: [init(1), init(2), init(3, { duplicateOf: 'SK-0001' as InitiativeId })],
      members,
      rules: DEFAULT_RULES,
      scores: [...rows(1, 300), ...rows(2, 250, 2), ...rows(3, 300)],
    });
    const json = rankJson(result) as {
      initiatives: Record<string, unknown>[];
      lists: Record<string, Record<string, unknown>[]>;
    };
    expect(
      json.initiatives.map((x) => [
        x['id'],
        x['rank'],
        x['score'],
        x['hq'],
        x['reviews'],
        x['status'],
        x['passed'],
        x['tier'],
        x['flags'],
      ]),
    ).toEqual([
      ['SK-0001', 1, 100, 40, 3, 'complete', true, 'Nhất', ['ranking.flag.nationalMissingBenefit']],
      ['SK-0002', null, 95, 40, 2, 'incomplete', false, null, ['ranking.flag.incomplete']],
      ['SK-0003', null, 100, 40, 3, 'duplicate', false, null, ['ranking.flag.duplicate']],
    ]);
    expect(Object.keys(json.lists)).toEqual(['ubnd', 'national', 'media']);
    expect(json.lists['ubnd']![0]).toMatchObject({
      name: 'Tác giả 1',
      workplace: 'Xí nghiệp B',
      initiative: 'SK-0001',
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('shows only the proposals that passed once votes are entered', () => {
    const input = {
      initiatives: [init(1), init(2)],
      members,
      rules: DEFAULT_RULES,
      scores: [...rows(1, 300), ...rows(2, 250)],
    };
    expect(listAfterBallot(rank(input).lists.ubnd)).toHaveLength(2);
    const voted = rank({
      ...input,
      votes: [{ row: 5, name: 'Tác giả 1', workplace: '', initiativeId: 'SK-0001', yes: 2 }],
    });
    expect(listAfterBallot(voted.lists.ubnd).map((e) => e.initiative)).toEqual(['SK-0001']);
  });
});
