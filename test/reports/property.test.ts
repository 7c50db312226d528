import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIER_NAMES } from '../../src/core/council/rules';
import { buildReports } from '../../src/core/reports';
import { isPlanFormula } from '../../src/core/sheet/plan';
import { COUNCIL, RULES, entry, rankResult, result } from './builders';
import { strings } from './read-plan';

const text = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('', ' ', '=1+1', '@x', '-', '+', 'a\nb', 'Ư'.repeat(300)));

const person = fc.record({
  title: text,
  author: text,
  position: text,
  workplace: text,
  unit: text,
  summary: text,
  benefit: fc.option(fc.integer({ min: 0, max: 5e12 }), { nil: null }),
  score: fc.integer({ min: 0, max: 10_000 }),
  tier: fc.option(fc.constantFrom(...TIER_NAMES), { nil: null }),
  status: fc.constantFrom('complete' as const, 'incomplete' as const),
});

describe('the reports over any council', () => {
  it('never throw, keep every register text as a plain string, and print at 70 % or more', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), fc.boolean(), (people, votes) => {
        const results = people.map((p, i) => result({ n: i + 1, ...p }, p.status === 'complete' ? i : null));
        const ubnd = results.filter((r) => r.status === 'complete').map((r, i) => entry(r, votes ? { yes: i % 9, ballot: i % 2 ? 'passed' : 'failed' } : {}));
        const { plans } = buildReports({
          result: rankResult(results, { ubnd, national: ubnd.slice(0, 4), media: ubnd.slice(0, 3), votesEntered: votes }),
          members: COUNCIL,
          rules: RULES,
          today: '2021-05-05',
        });
        expect(plans).toHaveLength(6);
        const written = new Set(plans.flatMap((p) => strings(p).map((s) => s.text)));
        for (const p of people) if (p.title.trim() !== '') expect(written.has(p.title), p.title).toBe(true);
        for (const plan of plans) {
          expect(plan.page!.scale!).toBeGreaterThanOrEqual(70);
          for (const line of plan.rows) for (const v of line) expect(isPlanFormula(v)).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});
