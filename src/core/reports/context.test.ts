import { describe, expect, it } from 'vitest';
import type { Initiative, InitiativeId } from '../model';
import { positionOf } from './context';

const initiative = (authors: string[], positions: string[]): Initiative => ({
  id: 'SK-0001' as InitiativeId,
  title: 'Cải tiến máy cắt',
  authors,
  positions,
  workplace: 'Nhà máy A',
  unit: 'CĐ Công Thương',
  field: null,
  benefitVnd: null,
  summary: '',
  source: null,
  duplicateOf: null,
  checks: [],
});

describe('the position written for a person', () => {
  it('is the one aligned with their name, compared as persons are (case, spaces, "Hoà" = "Hòa")', () => {
    const i = initiative(['Trần Văn Bình', 'Nguyễn Thị Hoà'], ['Tổ trưởng', ' Kỹ sư ']);
    expect(positionOf(i, 'nguyễn  thị hòa')).toBe('Kỹ sư');
    expect(positionOf(i, 'Trần Văn Bình')).toBe('Tổ trưởng');
  });

  it("falls back to the lead author's position for a name not among the authors", () => {
    expect(positionOf(initiative(['Trần Văn Bình'], ['Tổ trưởng']), 'Lê Văn C')).toBe('Tổ trưởng');
  });
});
