// Property tests for the pivotal flag of SPEC §4 (fast-check): reviews that all agree are never
// pivotal; adding a review equal to the official score never makes an initiative pivotal; and on
// any council the flag is exactly a direct reading of the rule (leave one valid review out, the
// mean of the others rounded half-up, compared with every outcome line).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rules } from '../../src/core/council/rules';
import type { ScoreRow } from '../../src/core/model';
import { rank, type InitiativeResult, type OutcomeLine, type RankResult } from '../../src/core/ranking';
import { initiative, members, rules, skId, SMALL_TIERS } from './builders';

const TV = members(6);
const TARGET = 99;

interface Review {
  readonly tm: number;
  readonly hq: number;
  readonly ad: number;
}

const arbReview: fc.Arbitrary<Review> = fc.record({
  tm: fc.integer({ min: 0, max: 300 }),
  hq: fc.integer({ min: 0, max: 400 }),
  ad: fc.integer({ min: 0, max: 300 }),
});

/** Background: 2–14 initiatives of 3 reviews each, scores in tenths anywhere in range. */
const arbBackground = fc.array(fc.tuple(arbReview, arbReview, arbReview), { minLength: 2, maxLength: 14 });

const arbRules: fc.Arbitrary<Rules> = fc
  .record({
    spread: fc.constantFrom(0, 1000, 2000),
    ubndMin: fc.integer({ min: 1, max: 8 }),
    floor: fc.constantFrom(7000, 9000),
    policy: fc.constantFrom('overflow' as const, 'pending' as const),
  })
  .map(({ spread, ubndMin, floor, policy }) =>
    rules({
      tiers: SMALL_TIERS,
      disagreementSpreadHundredths: spread,
      ubnd: { min: ubndMin, max: ubndMin + 2, floorHundredths: floor },
      boundaryTiePolicy: policy,
    }),
  );

let row = 2;
function rowsFor(n: number, reviews: readonly Review[], from = 0): ScoreRow[] {
  return reviews.map((r, k) => ({
    row: row++,
    initiativeId: skId(n),
    memberId: TV[(from + k) % TV.length]!.id,
    scores: { TM: r.tm, HQ: r.hq, AD: r.ad },
    comment: '',
    conflict: false,
  }));
}

function council(background: readonly (readonly Review[])[], target: readonly Review[], r: Rules): RankResult {
  const scores = [...background.flatMap((rs, k) => rowsFor(k + 1, rs, k)), ...rowsFor(TARGET, target)];
  const initiatives = [...background.map((_, k) => initiative(k + 1)), initiative(TARGET)];
  return rank({ initiatives, members: TV, rules: r, scores });
}

const find = (res: RankResult, n: number): InitiativeResult =>
  res.initiatives.find((x) => x.initiative.id === skId(n))!;

/** Half-up rounding of a non-negative ratio, as SPEC §4 says, written out again here. */
const roundHalfUp = (num: number, den: number): number => Math.floor((2 * num + den) / (2 * den));

/** The lines as SPEC §4 reads, from the results alone. */
function linesByHand(res: RankResult, r: Rules): OutcomeLine[] {
  const out: OutcomeLine[] = [];
  for (const t of r.tiers) {
    // A group left pending at a tier holds its places (they count as taken).
    const pendingHere = res.initiatives.filter((x) => x.pending && pendingAt(x) === t.name);
    const holders = [...res.initiatives.filter((x) => x.tier === t.name), ...pendingHere];
    const full = holders.length >= t.quota || pendingHere.length > 0;
    if (full && holders.length === 0) continue;
    out.push({
      kind: 'tier',
      tier: t.name,
      full,
      score: full ? Math.min(...holders.map((x) => x.official!)) : t.minHundredths,
    });
  }
  const official = new Map(res.initiatives.map((x) => [x.initiative.id as string, x.official]));
  const best = res.lists.ubnd.map((e) => official.get(e.initiative)!);
  if (best.length > 0) out.push({ kind: 'ubnd', score: Math.min(...best) });
  return out;
}

/** The tier a pending group was left at: named in its pendingTie flag. */
function pendingAt(x: InitiativeResult): string | null {
  const f = x.flags.find((g) => g.code === 'ranking.flag.pendingTie');
  return f ? String(f.params?.tier) : null;
}

function pivotalByHand(x: InitiativeResult, lines: readonly OutcomeLine[], r: Rules): boolean {
  if (x.status !== 'complete' || x.spread === null || x.spread < r.disagreementSpreadHundredths) return false;
  const totals = x.reviews.map((v) => v.total);
  const sum = totals.reduce((a, b) => a + b, 0);
  const official = x.official!;
  return totals.some((t) => {
    const without = roundHalfUp(sum - t, totals.length - 1);
    return lines.some((l) => official >= l.score !== without >= l.score);
  });
}

describe('the pivotal flag, as properties', () => {
  it('agrees on every initiative of any council with a direct reading of SPEC §4', () => {
    let seen = 0;
    fc.assert(
      fc.property(arbBackground, fc.array(arbReview, { minLength: 3, maxLength: 5 }), arbRules, (bg, target, r) => {
        const res = council(bg, target, r);
        const lines = linesByHand(res, r);
        expect(res.lines).toEqual(lines);
        for (const x of res.initiatives) {
          const flagged = x.flags.some((f) => f.code === 'ranking.flag.pivotal');
          expect(flagged).toBe(pivotalByHand(x, lines, r));
          expect(x.pivot !== null).toBe(flagged);
          if (flagged) seen++;
          expect(
            flagged
              ? res.agenda.some((a) => a.flag.code === 'ranking.flag.pivotal' && a.initiatives[0] === x.initiative.id)
              : true,
          ).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
    // Not vacuous: the councils generated do raise the flag.
    expect(seen).toBeGreaterThan(20);
  });

  it('never flags an initiative whose reviews all agree, even when every spread counts as a disagreement', () => {
    fc.assert(
      fc.property(arbBackground, arbReview, fc.integer({ min: 3, max: 5 }), arbRules, (bg, one, count, r) => {
        const res = council(
          bg,
          Array.from({ length: count }, () => one),
          { ...r, disagreementSpreadHundredths: 0 },
        );
        const x = find(res, TARGET);
        expect(x.flags.map((f) => f.code)).toContain('ranking.flag.disagreement');
        expect(x.pivot).toBeNull();
        expect(x.flags.map((f) => f.code)).not.toContain('ranking.flag.pivotal');
      }),
      { numRuns: 150 },
    );
  });

  it('never makes an initiative pivotal by adding a review equal to its official score', () => {
    // The target: c reviews whose totals average exactly m and whose HQ scores average exactly h
    // (tenths), so that a review of total m with HQ h leaves the official score and tie-break alone.
    const arbTarget = fc
      .record({
        c: fc.integer({ min: 3, max: 5 }),
        m: fc.integer({ min: 400, max: 950 }),
        h: fc.integer({ min: 100, max: 350 }),
        deltas: fc.array(fc.tuple(fc.integer({ min: -300, max: 300 }), fc.integer({ min: -60, max: 60 })), {
          minLength: 4,
          maxLength: 4,
        }),
      })
      .map(({ c, m, h, deltas }) => {
        const totals: [number, number][] = [];
        for (let k = 0; k < c - 1; k++) totals.push([m + deltas[k]![0], h + deltas[k]![1]]);
        totals.push([c * m - totals.reduce((a, t) => a + t[0], 0), c * h - totals.reduce((a, t) => a + t[1], 0)]);
        return { m, h, totals };
      })
      .filter(({ totals }) => totals.every(([t, hq]) => hq >= 0 && hq <= 400 && t - hq >= 0 && t - hq <= 600));
    const split = (total: number, hq: number): Review => {
      const tm = Math.min(300, Math.ceil((total - hq) / 2));
      return { tm, hq, ad: total - hq - tm };
    };
    let pivotalBefore = 0;
    fc.assert(
      fc.property(arbBackground, arbTarget, arbRules, (bg, { m, h, totals }, r) => {
        const reviews = totals.map(([t, hq]) => split(t, hq));
        const before = council(bg, reviews, r);
        const after = council(bg, [...reviews, split(m, h)], r);
        const x0 = find(before, TARGET);
        const x1 = find(after, TARGET);
        expect(x0.official).toBe(m * 10);
        expect(x1.official).toBe(m * 10);
        expect(after.lines).toEqual(before.lines);
        if (x0.pivot === null) expect(x1.pivot).toBeNull();
        else pivotalBefore++;
        // Every line the new result crosses was crossed before: the extra review only pulls the others in.
        for (const l of x1.pivot?.lines ?? []) expect(x0.pivot?.lines).toContainEqual(l);
      }),
      { numRuns: 150 },
    );
    expect(pivotalBefore).toBeGreaterThan(5);
  });
});
