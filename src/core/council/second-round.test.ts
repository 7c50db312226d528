import { describe, expect, it } from 'vitest';
import type { Initiative, InitiativeId, Member, MemberId, ScoreRow } from '../model';
import { secondRound } from './second-round';

const member = (n: number, excludedUnits: string[] = []): Member => ({
  id: `TV${String(n).padStart(2, '0')}` as MemberId,
  name: `Thành viên ${n}`,
  position: '',
  unit: '',
  role: 'Ủy viên',
  excludedUnits,
});

const sk = (n: number): InitiativeId => `SK-${String(n).padStart(4, '0')}` as InitiativeId;

const initiative = (n: number, unit = 'LĐLĐ huyện A'): Initiative =>
  ({
    id: sk(n),
    title: `Sáng kiến ${n}`,
    authors: ['Tác giả'],
    positions: [],
    workplace: 'Đơn vị',
    unit,
    field: 'sx',
    benefitVnd: null,
    summary: '',
    source: null,
    duplicateOf: null,
    checks: [],
  });

let nextRow = 2;
const row = (n: number, m: number, over: Partial<ScoreRow> = {}): ScoreRow => ({
  row: nextRow++,
  initiativeId: sk(n),
  memberId: `TV${String(m).padStart(2, '0')}`,
  scores: { TM: 200, HQ: 300, AD: 200 },
  comment: '',
  conflict: false,
  ...over,
});

/** Initiatives 1..n, each reviewed by three members in turn out of `m`. */
function firstRound(n: number, m: number): ScoreRow[] {
  const rows: ScoreRow[] = [];
  for (let i = 1; i <= n; i++) for (let k = 0; k < 3; k++) rows.push(row(i, ((i + k) % m) + 1));
  return rows;
}

describe('the second round', () => {
  it('gives every target exactly one member who has not reviewed it, with loads within one', () => {
    const members = Array.from({ length: 7 }, (_, j) => member(j + 1));
    const rows = firstRound(30, 7);
    const targets = [3, 5, 8, 9, 12, 13, 17, 20, 21, 22, 25, 26, 29].map(sk);
    const r = secondRound({
      initiatives: Array.from({ length: 30 }, (_, i) => initiative(i + 1)),
      members,
      targets,
      rows,
    });
    expect(r.round).toBe(2);
    expect(r.pairs.map((p) => p.initiativeId)).toEqual(targets);
    for (const p of r.pairs) {
      expect(rows.some((x) => x.initiativeId === p.initiativeId && x.memberId === p.memberId)).toBe(false);
    }
    const loads = [...r.loads.values()];
    expect(loads.reduce((a, b) => a + b, 0)).toBe(targets.length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(r.skipped).toEqual([]);
  });

  it('never picks a member who must not review the union, and balances where the conflicts allow', () => {
    // TV01–TV03 must not review "huyện B"; its initiatives can only go to TV04–TV06.
    const members = [...[1, 2, 3].map((n) => member(n, ['LĐLĐ Huyện B'])), ...[4, 5, 6].map((n) => member(n))];
    const initiatives = Array.from({ length: 12 }, (_, i) =>
      initiative(i + 1, i < 6 ? 'LĐLĐ huyện B' : 'LĐLĐ huyện A'),
    );
    const rows = initiatives.flatMap((_it, i) => (i < 6 ? [4, 5] : [1, 2, 3]).map((m) => row(i + 1, m)));
    const r = secondRound({ initiatives, members, targets: initiatives.map((i) => i.id), rows });
    expect(r.pairs).toHaveLength(12);
    // Huyện B: only TV06 is left for every one of them.
    expect(r.pairs.slice(0, 6).map((p) => p.memberId)).toEqual(Array(6).fill('TV06'));
    // Huyện A goes to TV04 and TV05 (TV06 is full), three each.
    const a = r.pairs.slice(6).map((p) => p.memberId);
    expect(a.filter((m) => m === 'TV04')).toHaveLength(3);
    expect(a.filter((m) => m === 'TV05')).toHaveLength(3);
  });

  it('numbers the round after the highest in the sheet, and skips an initiative whose earlier row is still empty', () => {
    const members = Array.from({ length: 5 }, (_, j) => member(j + 1));
    const rows = [
      ...firstRound(4, 5),
      row(1, 5, { round: 2 }),
      row(2, 5, { round: 2, scores: { TM: null, HQ: null, AD: null } }),
    ];
    const r = secondRound({
      initiatives: [1, 2, 3, 4].map((n) => initiative(n)),
      members,
      targets: [sk(1), sk(2)],
      rows,
    });
    expect(r.round).toBe(3);
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0]!.initiativeId).toBe(sk(1));
    // SK-0001 has TV02–TV04 (round 1) and TV05 (round 2): only TV01 is left.
    expect(r.pairs[0]!.memberId).toBe('TV01');
    expect(r.skipped).toEqual([{ initiativeId: sk(2), reason: 'waiting' }]);
  });

  it('says when no member is left, and gives the same pairs for the same input', () => {
    const members = Array.from({ length: 3 }, (_, j) => member(j + 1));
    const rows = firstRound(3, 3);
    const input = { initiatives: [1, 2, 3].map((n) => initiative(n)), members, targets: [sk(2)], rows };
    expect(secondRound(input).skipped).toEqual([{ initiativeId: sk(2), reason: 'noMember' }]);
    const wide = {
      ...input,
      members: Array.from({ length: 9 }, (_, j) => member(j + 1)),
      targets: [sk(1), sk(2), sk(3)],
    };
    expect(secondRound(wide)).toEqual(secondRound(wide));
    expect(secondRound({ ...wide, rows: [...rows].reverse() }).pairs).toEqual(secondRound(wide).pairs);
  });
});
