import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../council/rules';
import type { Initiative, InitiativeId, MemberId, ScoreRow } from '../model';
import type { SheetGrid } from '../sheet/grid';
import { inputFingerprint } from './fingerprint';
import { rank, type RankInput } from './rank';
import { isStale, rankingSheetPlan } from './ranking-sheet';

const init = (n: number): Initiative => ({
  id: `SK-000${n}` as InitiativeId,
  title: n === 2 ? '=HYPERLINK("http://x")' : `Sáng kiến ${n}`,
  authors: [`Tác giả ${n}`],
  positions: [],
  workplace: 'Trường A',
  unit: 'LĐLĐ huyện Châu Thành',
  field: 'gd',
  benefitVnd: null,
  summary: '',
  source: null,
  duplicateOf: null,
  checks: [],
});
const row = (n: number, m: string, tm: number, conflict = false): ScoreRow => ({
  row: 0,
  initiativeId: `SK-000${n}`,
  memberId: m,
  scores: { TM: tm, HQ: 300, AD: 200 },
  comment: '',
  conflict,
});
const input: RankInput = {
  initiatives: [init(1), init(2)],
  members: ['TV01', 'TV02', 'TV03'].map((id) => ({
    id: id as MemberId,
    name: id,
    position: '',
    unit: '',
    role: 'Ủy viên' as const,
    excludedUnits: [],
  })),
  rules: DEFAULT_RULES,
  scores: [
    row(1, 'TV01', 250),
    row(1, 'TV02', 250),
    row(1, 'TV03', 240),
    row(2, 'TV01', 200),
    row(2, 'TV02', 200, true),
  ],
};

function asGrid(plan: ReturnType<typeof rankingSheetPlan>): SheetGrid {
  return {
    name: plan.name,
    values: plan.rows.map((r) => r.map((v) => (typeof v === 'object' && v !== null ? null : v))),
  };
}

describe('the "Xếp hạng" sheet', () => {
  const result = rank(input);
  const fp = inputFingerprint(input);
  const plan = rankingSheetPlan(result, { computedAt: '2021-05-05 09:30', fingerprint: fp });

  it('is stamped with the time and fingerprint, and is stale exactly when the fingerprint differs', () => {
    expect(plan.rows[1]).toEqual(['Tính lúc:', '2021-05-05 09:30', 'Mã dữ liệu:', fp]);
    expect(isStale(asGrid(plan), fp)).toBe(false);
    const changed = inputFingerprint({ ...input, scores: [...input.scores.slice(0, 4), row(2, 'TV02', 210, true)] });
    expect(changed).not.toBe(fp);
    expect(isStale(asGrid(plan), changed)).toBe(true);
    expect(isStale(null, fp)).toBe(true);
    expect(isStale({ name: 'Xếp hạng', values: [['gõ tay']] }, fp)).toBe(true);
  });

  it('shows every initiative with its figures and flags in words, and the invalid reviews below', () => {
    const header = plan.rows.findIndex((r) => r[0] === 'Hạng');
    const head = plan.rows[header]!;
    const first = plan.rows[header + 1]!;
    expect(first[head.indexOf('Mã SK')]).toBe('SK-0001');
    expect(first[head.indexOf('Điểm chính thức')]).toBe(74.67);
    expect(first[head.indexOf('Hạng')]).toBe(1);
    const second = plan.rows[header + 2]!;
    // A title that looks like a formula stays literal text.
    expect(second[head.indexOf('Tên sáng kiến')]).toBe('=HYPERLINK("http://x")');
    expect(second[head.indexOf('Hạng')]).toBe('Chưa đủ phiếu');
    expect(second[head.indexOf('Ghi chú')]).toContain('Chưa đủ phiếu: 1/3');
    const invalidAt = plan.rows.findIndex((r) => r[0] === 'PHIẾU CHẤM KHÔNG HỢP LỆ (không được tính)');
    expect(plan.rows[invalidAt + 2]).toEqual(['0', 'TV02', 'SK-0002', 'Khai báo xung đột lợi ích', '']);
  });

  it('writes the flags in English when asked', () => {
    const en = rankingSheetPlan(result, { computedAt: 'now', fingerprint: fp }, 'en');
    expect(
      en.rows.some((r) => {
        const last = r[r.length - 1];
        return typeof last === 'string' && last.startsWith('Too few reviews');
      }),
    ).toBe(true);
  });
});
