import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assign, memberLoads } from './assign';
import { foldPlain as fold } from '../text/fold';
import type { Initiative, Member } from '../model';
import { initiative, member, skId, tvId } from '../../../test/council/builders';

// Spellings of a few unions as clerks type them: the same union with and without diacritics.
const UNIONS = [
  ['LĐLĐ huyện Châu Thành', 'ldld huyen chau thanh'],
  ['Công đoàn ngành Y tế', 'CÔNG ĐOÀN NGÀNH Y TẾ'],
  ['LĐLĐ TP Rạch Giá', 'LĐLĐ TP  Rạch Giá'],
  ['Công đoàn Giáo dục', 'Cong doan Giao duc'],
] as const;

const councilArb = fc.record({
  memberExclusions: fc.array(fc.subarray([0, 1, 2, 3]), { minLength: 1, maxLength: 7 }),
  items: fc.array(
    fc.record({
      unit: fc.integer({ min: 0, max: 3 }),
      spelling: fc.integer({ min: 0, max: 1 }),
      duplicate: fc.boolean(),
    }),
    { maxLength: 12 },
  ),
  k: fc.integer({ min: 1, max: 4 }),
});

interface CouncilCase {
  readonly memberExclusions: readonly number[][];
  readonly items: readonly { readonly unit: number; readonly spelling: number; readonly duplicate: boolean }[];
  readonly k: number;
}

function build(c: CouncilCase): {
  initiatives: Initiative[];
  members: Member[];
} {
  const members = c.memberExclusions.map((ex, i) =>
    member(
      tvId(i + 1),
      ex.map((u) => UNIONS[u]![(i + 1) % 2]!),
    ),
  );
  const initiatives = c.items.map((it, i) =>
    initiative(
      skId(i + 1),
      UNIONS[it.unit]![it.spelling],
      it.duplicate && i > 0 ? { duplicateOf: initiative(skId(1)).id } : {},
    ),
  );
  return { initiatives, members };
}

const eligibleOf = (it: Initiative, members: readonly Member[]): Member[] =>
  members.filter((m) => !m.excludedUnits.some((u) => fold(u) === fold(it.unit)));

/** Smallest max − min load over every assignment that gives each initiative min(k, eligible) reviewers. */
function bestSpread(initiatives: readonly Initiative[], members: readonly Member[], k: number): number {
  const subsets = (n: number, take: number): number[][] => {
    const out: number[][] = [];
    const rec = (start: number, acc: number[]): void => {
      if (acc.length === take) return void out.push([...acc]);
      for (let i = start; i < n; i++) rec(i + 1, [...acc, i]);
    };
    rec(0, []);
    return out;
  };
  const index = new Map(members.map((m, i) => [m.id, i]));
  const options = initiatives
    .filter((it) => it.duplicateOf === null)
    .map((it) => {
      const el = eligibleOf(it, members).map((m) => index.get(m.id)!);
      return subsets(el.length, Math.min(k, el.length)).map((s) => s.map((i) => el[i]!));
    });
  const loads = new Array<number>(members.length).fill(0);
  let best = Infinity;
  const rec = (i: number): void => {
    if (i === options.length) {
      best = Math.min(best, Math.max(...loads) - Math.min(...loads));
      return;
    }
    for (const s of options[i]!) {
      for (const m of s) loads[m]!++;
      rec(i + 1);
      for (const m of s) loads[m]!--;
    }
  };
  rec(0);
  return best;
}

describe('assign', () => {
  it('gives every initiative k distinct eligible reviewers, or all it can with a problem', () => {
    fc.assert(
      fc.property(councilArb, (c) => {
        const { initiatives, members } = build(c);
        const { pairs, problems } = assign(initiatives, members, c.k);
        const byItem = new Map<string, string[]>();
        for (const p of pairs) byItem.set(p.initiativeId, [...(byItem.get(p.initiativeId) ?? []), p.memberId]);
        const short = new Set(
          problems.filter((p) => p.code === 'council.assign.tooFewReviewers').map((p) => p.params?.['id']),
        );
        for (const it of initiatives) {
          const got = byItem.get(it.id) ?? [];
          if (it.duplicateOf !== null) {
            expect(got).toEqual([]);
            continue;
          }
          const eligible = eligibleOf(it, members);
          expect(new Set(got).size).toBe(got.length);
          expect(got.length).toBe(Math.min(c.k, eligible.length));
          expect(short.has(it.id)).toBe(eligible.length < c.k);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never pairs a member with an initiative of a union they must not review', () => {
    fc.assert(
      fc.property(councilArb, (c) => {
        const { initiatives, members } = build(c);
        const unitOf = new Map(initiatives.map((i) => [i.id, fold(i.unit)]));
        const excluded = new Map(members.map((m) => [m.id, new Set(m.excludedUnits.map(fold))]));
        for (const p of assign(initiatives, members, c.k).pairs) {
          expect(excluded.get(p.memberId)!.has(unitOf.get(p.initiativeId)!)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps loads within one of each other whenever any assignment can', () => {
    fc.assert(
      fc.property(
        fc.record({
          memberExclusions: fc.array(fc.subarray([0, 1, 2, 3]), { minLength: 1, maxLength: 4 }),
          items: fc.array(
            fc.record({
              unit: fc.integer({ min: 0, max: 3 }),
              spelling: fc.integer({ min: 0, max: 1 }),
              duplicate: fc.constant(false),
            }),
            { maxLength: 5 },
          ),
          k: fc.integer({ min: 1, max: 2 }),
        }),
        (c) => {
          const { initiatives, members } = build(c);
          const loads = memberLoads(assign(initiatives, members, c.k).pairs);
          const all = members.map((m) => loads.get(m.id) ?? 0);
          const spread = Math.max(...all) - Math.min(...all);
          const best = bestSpread(initiatives, members, c.k);
          if (best <= 1) expect(spread).toBeLessThanOrEqual(1);
          expect(spread).toBeGreaterThanOrEqual(best);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic, whatever the order of the members', () => {
    fc.assert(
      fc.property(councilArb, fc.integer({ min: 0, max: 1000 }), (c, seed) => {
        const { initiatives, members } = build(c);
        const shuffled = [...members].sort(
          (a, b) => ((a.id.charCodeAt(3) * 7919 + seed) % 13) - ((b.id.charCodeAt(3) * 7919 + seed) % 13),
        );
        expect(assign(initiatives, shuffled, c.k)).toEqual(assign(initiatives, members, c.k));
      }),
      { numRuns: 200 },
    );
  });

  it('spreads a plain council evenly and lists pairs in register order', () => {
    const members = [member('TV01'), member('TV02'), member('TV03'), member('TV04')];
    const initiatives = [1, 2, 3, 4, 5].map((n) => initiative(skId(n)));
    const { pairs, problems } = assign(initiatives, members, 3);
    expect(problems).toEqual([]);
    expect(pairs.map((p) => p.initiativeId)).toEqual(initiatives.flatMap((i) => [i.id, i.id, i.id]));
    expect([...memberLoads(pairs).values()].sort()).toEqual([3, 4, 4, 4]);
  });

  it('shares what is left evenly when conflicts force one member to carry more', () => {
    const members = ['TV01', 'TV02', 'TV03', 'TV04', 'TV05'].map((id) =>
      member(id, id === 'TV01' ? [] : ['Công đoàn X']),
    );
    const initiatives = [
      ...Array.from({ length: 10 }, (_, i) => initiative(skId(i + 1), 'Công đoàn X')),
      ...Array.from({ length: 8 }, (_, i) => initiative(skId(i + 11), 'Công đoàn Y')),
    ];
    const { pairs, problems } = assign(initiatives, members, 1);
    const loads = memberLoads(pairs);
    expect(members.map((m) => loads.get(m.id) ?? 0)).toEqual([10, 2, 2, 2, 2]);
    expect(problems.map((p) => [p.code, p.params])).toEqual([['council.assign.unbalanced', { min: 2, max: 10 }]]);
  });

  it('keeps pairs already scored and fills the gaps around them', () => {
    fc.assert(
      fc.property(councilArb, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }), (c, picks) => {
        const { initiatives, members } = build(c);
        const first = assign(initiatives, members, c.k).pairs;
        // Some of the first pairs were scored; then a member joins the council.
        const keep = first.filter((_, i) => picks.some(([a]) => a % Math.max(1, first.length) === i));
        const more = [...members, member('TV99')];
        const { pairs, problems } = assign(initiatives, more, c.k, { keep });
        const got = new Set(pairs.map((p) => `${p.initiativeId}/${p.memberId}`));
        for (const p of keep) expect(got.has(`${p.initiativeId}/${p.memberId}`)).toBe(true);
        const fresh = assign(initiatives, more, c.k);
        const short = (r: typeof problems) => r.filter((p) => p.code === 'council.assign.tooFewReviewers').length;
        expect(pairs.length).toBe(fresh.pairs.length);
        expect(short(problems)).toBe(short(fresh.problems));
        const excluded = new Map(more.map((m) => [m.id, new Set(m.excludedUnits.map(fold))]));
        const unitOf = new Map(initiatives.map((i) => [i.id, fold(i.unit)]));
        for (const p of pairs) expect(excluded.get(p.memberId)!.has(unitOf.get(p.initiativeId)!)).toBe(false);
        // Every initiative still has distinct reviewers.
        const per = new Map<string, string[]>();
        for (const p of pairs) per.set(p.initiativeId, [...(per.get(p.initiativeId) ?? []), p.memberId]);
        for (const ms of per.values()) expect(new Set(ms).size).toBe(ms.length);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a late initiative to the least loaded members without moving anyone', () => {
    const members = [member('TV01'), member('TV02'), member('TV03'), member('TV04')];
    const initiatives = [1, 2, 3, 4].map((n) => initiative(skId(n)));
    const first = assign(initiatives, members, 2).pairs;
    const later = assign([...initiatives, initiative(skId(5))], members, 2, { keep: first });
    expect(later.pairs.slice(0, first.length)).toEqual(first);
    const loads = memberLoads(later.pairs);
    expect(Math.max(...loads.values()) - Math.min(...loads.values())).toBeLessThanOrEqual(1);
  });

  it('reports an impossible count or an empty council instead of throwing', () => {
    expect(assign([initiative(skId(1))], [member('TV01')], 0).problems.map((p) => p.code)).toEqual([
      'council.assign.badCount',
    ]);
    expect(assign([initiative(skId(1))], [], 3).problems.map((p) => p.code)).toEqual(['council.assign.noMembers']);
  });

  it('assigns the national register (250,000 initiatives × 3) with every pair and even loads', () => {
    const units = Array.from({ length: 63 }, (_, i) => `Công đoàn đơn vị ${i + 1}`);
    const members = Array.from({ length: 45 }, (_, i) =>
      member(tvId(i + 1), i % 3 === 0 ? [units[i % units.length]!, units[(i * 7) % units.length]!] : []),
    );
    const initiatives = Array.from({ length: 250_000 }, (_, i) =>
      initiative(skId(i + 1), units[(i * 31 + (i >> 4)) % units.length]),
    );
    const { pairs, problems } = assign(initiatives, members, 3);
    expect(pairs.length).toBe(750_000);
    expect(problems).toEqual([]);
    const loads = [...memberLoads(pairs).values()];
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    // How fast is measured by `npm run bench`, never asserted here: this machine is shared.
  });
});
