// Builders for ranking tests: initiatives, members and score rows written the way a clerk would
// read them off a sheet, so each worked example stays short.

import type { Rules } from '../../src/core/council/rules';
import { DEFAULT_RULES } from '../../src/core/council/rules';
import type { FieldCode, Initiative, InitiativeId, Member, MemberId, ScoreRow } from '../../src/core/model';
import type { Dong } from '../../src/core/model';

export function skId(n: number): InitiativeId {
  return `SK-${String(n).padStart(4, '0')}` as InitiativeId;
}

export function initiative(n: number, over: Partial<Omit<Initiative, 'id'>> & { id?: string } = {}): Initiative {
  return {
    id: (over.id ?? skId(n)) as InitiativeId,
    title: `Sáng kiến số ${n}`,
    authors: [`Tác giả ${n}`],
    positions: [],
    workplace: `Đơn vị ${n}`,
    unit: 'LĐLĐ Thành phố Rạch Giá',
    field: 'sx',
    benefitVnd: null,
    summary: '',
    source: null,
    duplicateOf: null,
    checks: [],
    ...over,
  } as Initiative;
}

export function dong(n: number): Dong {
  return n as Dong;
}

export function field(f: FieldCode): FieldCode {
  return f;
}

export function members(count: number, over: (i: number) => Partial<Member> = () => ({})): Member[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `TV${String(i + 1).padStart(2, '0')}` as MemberId,
    name: `Thành viên ${i + 1}`,
    position: '',
    unit: '',
    role: 'Ủy viên' as const,
    excludedUnits: [],
    ...over(i),
  }));
}

let nextRow = 2;

/** A score row with TM, HQ, AD in points (7.5 → 75 tenths); `null` leaves a cell empty. */
export function review(
  id: string,
  member: string,
  tm: number | null | 'invalid',
  hq: number | null | 'invalid',
  ad: number | null | 'invalid',
  over: Partial<ScoreRow> = {},
): ScoreRow {
  const t = (x: number | null | 'invalid'): number | null | 'invalid' =>
    typeof x === 'number' ? Math.round(x * 10) : x;
  return {
    row: nextRow++,
    initiativeId: id,
    memberId: member,
    scores: { TM: t(tm), HQ: t(hq), AD: t(ad) },
    comment: '',
    conflict: false,
    ...over,
  };
}

/**
 * Three (or more) reviews whose totals are exactly the given points, spread over TM/HQ/AD with HQ
 * carrying `hq` points when given (defaults to 40 % of the total, to the tenth).
 */
export function reviewsWithTotals(
  id: string,
  totals: readonly number[],
  memberIds: readonly string[],
  hq?: number,
): ScoreRow[] {
  return totals.map((total, k) => {
    const tenths = Math.round(total * 10);
    const h = hq !== undefined ? Math.round(hq * 10) : Math.min(400, Math.round(tenths * 0.4));
    const rest = tenths - h;
    const tm = Math.min(300, Math.ceil(rest / 2));
    const ad = rest - tm;
    if (ad > 300 || ad < 0 || h > 400 || h < 0) throw new Error(`cannot spread ${total} with HQ ${hq ?? ''}`);
    return review(id, memberIds[k] ?? `TV${k + 1}`, tm / 10, h / 10, ad / 10);
  });
}

export function rules(over: Partial<Rules> = {}): Rules {
  return { ...DEFAULT_RULES, ...over };
}

/** Small tiers for hand-sized examples: Nhất 1 ≥ 85, Nhì 2 ≥ 80, Ba 2 ≥ 75, Khuyến khích 3 ≥ 70. */
export const SMALL_TIERS: Rules['tiers'] = [
  { name: 'Nhất', quota: 1, minHundredths: 8500 },
  { name: 'Nhì', quota: 2, minHundredths: 8000 },
  { name: 'Ba', quota: 2, minHundredths: 7500 },
  { name: 'Khuyến khích', quota: 3, minHundredths: 7000 },
];
