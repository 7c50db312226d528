import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { configSheetPlan, readConfig } from './config';
import { councilSheetPlan, MEMBER_ROLES, readCouncil } from './members';
import { DEFAULT_RULES, type Rules } from '../council/rules';
import { FIELD_CODES, type Member, type MemberId } from '../model';
import type { CellValue } from '../sheet/grid';
import { planToGrid } from '../../../test/council/builders';

const text = fc
  .string({ minLength: 1, maxLength: 20 })
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s !== '');

const rulesArb: fc.Arbitrary<Rules> = fc
  .record({
    codes: fc.uniqueArray(
      fc.stringMatching(/^[A-Z][A-Z0-9]{0,4}$/).filter((c) => c !== 'STT' && c !== 'TONG'),
      { minLength: 1, maxLength: 5, selector: (s) => s.toLowerCase() },
    ),
    maxima: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 5, maxLength: 5 }),
    weights: fc.array(fc.record({ num: fc.integer({ min: 1, max: 9 }), den: fc.constantFrom(1, 2, 3, 4) }), {
      minLength: 5,
      maxLength: 5,
    }),
    k: fc.integer({ min: 1, max: 9 }),
    mins: fc.uniqueArray(fc.integer({ min: 0, max: 10000 }), { minLength: 4, maxLength: 4 }),
    quotas: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 4, maxLength: 4 }),
    pass: fc.integer({ min: 0, max: 10000 }),
    ubnd: fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 })),
    ballot: fc
      .integer({ min: 1, max: 12 })
      .chain((den) => fc.record({ num: fc.integer({ min: 1, max: den }), den: fc.constant(den) })),
    policy: fc.constantFrom('overflow' as const, 'pending' as const),
    method: fc.constantFrom('mean' as const, 'trimmed' as const),
    coAuthors: fc.boolean(),
    chair: fc.oneof(fc.constant(''), text),
    province: text,
    date: fc.oneof(
      fc.constant(''),
      fc
        .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    ),
  })
  .map((r) => {
    const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
    const mins = [...r.mins].sort((a, b) => b - a);
    const ballotG = gcd(r.ballot.num, r.ballot.den);
    return {
      ...DEFAULT_RULES,
      rubric: r.codes.map((code, i) => {
        const w = r.weights[i]!;
        const g = gcd(w.num, w.den);
        return { code, name: `Tiêu chí ${code}`, maxTenths: r.maxima[i]!, weight: { num: w.num / g, den: w.den / g } };
      }),
      reviewersPerInitiative: r.k,
      minReviews: Math.min(r.k, 3),
      scoreMethod: r.method,
      passMarkHundredths: r.pass,
      tiers: DEFAULT_RULES.tiers.map((t, i) => ({ ...t, quota: r.quotas[i]!, minHundredths: mins[i]! })),
      boundaryTiePolicy: r.policy,
      ubnd: { min: Math.min(...r.ubnd), max: Math.max(...r.ubnd), floorHundredths: 7000 },
      coAuthorsArePersons: r.coAuthors,
      ballotFraction: { num: r.ballot.num / ballotG, den: r.ballot.den / ballotG },
      documents: { ...DEFAULT_RULES.documents, chairName: r.chair, province: r.province, date: r.date },
    };
  });

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'Mã',
    'Khóa',
    'Giá trị',
    'Mã TV',
    'Họ và tên',
    'Vai trò',
    'so_nguoi_cham',
    'ty_le_bieu_quyet',
    'ngay_van_ban',
    '2/3',
    '7,5',
  ),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant({ error: '#N/A' }),
);
const gridArb = fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 25 }).map((values) => ({ name: 'X', values }));

describe('council sheets, on any input', () => {
  it('read back any valid rules exactly as written', () => {
    fc.assert(
      fc.property(rulesArb, (rules) => {
        const { rules: read, problems } = readConfig(planToGrid(configSheetPlan(rules)));
        expect(problems).toEqual([]);
        expect(read).toEqual(rules);
      }),
      { numRuns: 200 },
    );
  });

  it('read back any council as written', () => {
    const memberArb = fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^TV[0-9]{1,4}$/),
        name: text,
        position: fc.oneof(fc.constant(''), text),
        unit: fc.oneof(fc.constant(''), text),
        role: fc.constantFrom(...MEMBER_ROLES),
        excluded: fc.array(
          text.map((t) => t.replace(/;/g, ',')),
          { maxLength: 3 },
        ),
      }),
      { selector: (m) => m.id, maxLength: 12, minLength: 1 },
    );
    fc.assert(
      fc.property(memberArb, (raw) => {
        const members: Member[] = raw.map((m) => ({
          id: m.id as MemberId,
          name: m.name,
          position: m.position,
          unit: m.unit,
          role: m.role,
          excludedUnits: m.excluded,
        }));
        const { members: read, problems } = readCouncil(planToGrid(councilSheetPlan(members)));
        expect(problems).toEqual([]);
        expect(read).toEqual(members);
      }),
      { numRuns: 200 },
    );
  });

  it('never throw on any grid, and always return complete rules', () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const { rules } = readConfig(grid);
        expect(rules.rubric.length).toBeGreaterThan(0);
        expect(Object.keys(rules.fieldNames).sort()).toEqual([...FIELD_CODES].sort());
        readCouncil(grid, ['A']);
      }),
      { numRuns: 500 },
    );
  });
});
