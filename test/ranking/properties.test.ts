// Property tests for the rules of SPEC §4 (fast-check): the ranking is a permutation of the
// complete initiatives, equal inputs tie, raising a score never lowers a rank, no tier exceeds its
// quota unless a tie is flagged, and nothing depends on row order.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Initiative, ScoreRow } from '../../src/core/model';
import { rank, rankedIds, rankJson, type RankInput, type RankResult } from '../../src/core/ranking';
import { dong, initiative, members, rules, skId, SMALL_TIERS } from './builders';

interface Case {
  readonly input: RankInput;
}

const TV = members(5);

/** Scores on a coarse grid (multiples of 5 points) so that ties are common. */
const arbCase: fc.Arbitrary<Case> = fc
  .record({
    count: fc.integer({ min: 1, max: 18 }),
    cells: fc.array(
      fc.record({
        member: fc.integer({ min: 0, max: 5 }), // 5 = not a member
        tm: fc.integer({ min: 0, max: 6 }),
        hq: fc.integer({ min: 0, max: 8 }),
        ad: fc.integer({ min: 0, max: 6 }),
        conflict: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
        target: fc.nat(),
      }),
      { maxLength: 80 },
    ),
    benefits: fc.array(fc.option(fc.constantFrom(0, 100, 200), { nil: null }), { minLength: 18, maxLength: 18 }),
    dup: fc.option(fc.integer({ min: 1, max: 17 }), { nil: null }),
    tiers: fc.boolean(),
    coAuthors: fc.boolean(),
  })
  .map(({ count, cells, benefits, dup, tiers, coAuthors }) => {
    const initiatives: Initiative[] = Array.from({ length: count }, (_, k) =>
      initiative(k + 1, {
        authors: [`Tác giả ${k % 7}`, `Đồng tác giả ${k % 3}`],
        workplace: `Đơn vị ${k % 4}`,
        benefitVnd: benefits[k] === null || benefits[k] === undefined ? null : dong(benefits[k]),
        field: (['sx', 'gd', 'yt'] as const)[k % 3]!,
        duplicateOf: dup !== null && dup < k ? skId(dup) : null,
      }),
    );
    const scores: ScoreRow[] = cells.map((c, r) => ({
      row: r + 2,
      initiativeId: skId((c.target % count) + 1),
      memberId: c.member === 5 ? 'TV99' : TV[c.member]!.id,
      scores: { TM: c.tm * 50, HQ: c.hq * 50, AD: c.ad * 50 },
      comment: '',
      conflict: c.conflict,
    }));
    return {
      input: {
        initiatives,
        members: TV,
        rules: rules({ tiers: tiers ? SMALL_TIERS : rules().tiers, coAuthorsArePersons: coAuthors, minReviews: 2 }),
        scores,
      },
    };
  });

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const rankOf = (res: RankResult, id: string): number | null =>
  res.initiatives.find((r) => r.initiative.id === id)?.rank ?? null;

describe('ranking properties', () => {
  it('ranks exactly the complete initiatives, each once, with ranks 1 + the number strictly ahead', () => {
    fc.assert(
      fc.property(arbCase, ({ input }) => {
        const res = rank(input);
        const ids = rankedIds(res);
        const complete = res.initiatives.filter((r) => r.status === 'complete').map((r) => r.initiative.id);
        expect([...ids].sort()).toEqual([...complete].sort());
        expect(new Set(ids).size).toBe(ids.length);
        const ranked = res.initiatives.filter((r) => r.rank !== null);
        ranked.forEach((r, p) => {
          const ahead = ranked.filter(
            (o) =>
              o.official! > r.official! ||
              (o.official === r.official && o.tieBreak! > r.tieBreak!) ||
              (o.official === r.official &&
                o.tieBreak === r.tieBreak &&
                (o.initiative.benefitVnd ?? -1) > (r.initiative.benefitVnd ?? -1)),
          ).length;
          expect(r.rank).toBe(ahead + 1);
          expect(r.position).toBe(p);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives equal inputs the same rank', () => {
    fc.assert(
      fc.property(arbCase, ({ input }) => {
        // A twin of the first initiative with the same reviews and benefit.
        const first = input.initiatives[0]!;
        const twin = initiative(999, { benefitVnd: first.benefitVnd, duplicateOf: null });
        const twinScores = input.scores
          .filter((s) => s.initiativeId === first.id)
          .map((s) => ({ ...s, initiativeId: twin.id, row: s.row + 1000 }));
        const res = rank({
          ...input,
          initiatives: [...input.initiatives, twin],
          scores: [...input.scores, ...twinScores],
        });
        if (first.duplicateOf === null) expect(rankOf(res, twin.id)).toBe(rankOf(res, first.id));
      }),
      { numRuns: 200 },
    );
  });

  it('never lowers an initiative when one of its scores rises', () => {
    fc.assert(
      fc.property(
        arbCase,
        fc.nat(),
        fc.constantFrom('TM', 'HQ', 'AD'),
        fc.integer({ min: 1, max: 100 }),
        ({ input }, pick, code, step) => {
          const before = rank(input);
          const valid = before.initiatives
            .filter((r) => r.rank !== null)
            .flatMap((r) => r.reviews.map((v) => ({ r, v })));
          if (valid.length === 0) return;
          const { r, v } = valid[pick % valid.length]!;
          const max = code === 'HQ' ? 400 : 300;
          const scores = input.scores.map((s) => {
            if (s.initiativeId !== r.initiative.id || s.memberId !== v.memberId) return s;
            const x = s.scores[code];
            return typeof x === 'number' ? { ...s, scores: { ...s.scores, [code]: Math.min(max, x + step) } } : s;
          });
          const after = rank({ ...input, scores });
          expect(rankOf(after, r.initiative.id)!).toBeLessThanOrEqual(r.rank!);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every tier within its quota unless a boundary tie is flagged in it', () => {
    fc.assert(
      fc.property(arbCase, fc.constantFrom('overflow' as const, 'pending' as const), ({ input }, policy) => {
        const res = rank({ ...input, rules: { ...input.rules, boundaryTiePolicy: policy } });
        for (const t of input.rules.tiers) {
          const inTier = res.initiatives.filter((r) => r.tier === t.name);
          if (inTier.length > t.quota) {
            expect(policy).toBe('overflow');
            expect(inTier.some((r) => r.flags.some((f) => f.code === 'ranking.flag.boundaryTie'))).toBe(true);
          }
          expect(inTier.every((r) => r.official! >= t.minHundredths && r.passed)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('decides the same whatever the order of the score rows and the register', () => {
    fc.assert(
      fc.property(arbCase, fc.integer(), ({ input }, seed) => {
        const a = rankJson(rank(input));
        const b = rankJson(
          rank({ ...input, scores: shuffle(input.scores, seed), initiatives: shuffle(input.initiatives, seed + 1) }),
        );
        expect(b).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('puts every prize winner on the UBND list and only UBND persons on the national list', () => {
    fc.assert(
      fc.property(arbCase, ({ input }) => {
        const res = rank(input);
        const ubnd = new Set(res.lists.ubnd.map((e) => e.person.key));
        for (const p of res.persons) if (p.hasPrize) expect(ubnd.has(p.key)).toBe(true);
        for (const e of res.lists.national) expect(ubnd.has(e.person.key)).toBe(true);
        expect(res.lists.media.length).toBeLessThanOrEqual(input.rules.media.max);
      }),
      { numRuns: 200 },
    );
  });
});
