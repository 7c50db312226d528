import { describe, expect, it } from 'vitest';
import { parseScoreInput } from '../../../core/council';
import { benefitText, sameInput, tenthsText } from './format';

describe('how the scoring form shows numbers', () => {
  it('shows tenths with the pane language decimal mark, and whole points without one', () => {
    expect(tenthsText(75, 'vi')).toBe('7,5');
    expect(tenthsText(75, 'en')).toBe('7.5');
    expect(tenthsText(300, 'vi')).toBe('30');
    expect(tenthsText(5, 'vi')).toBe('0,5');
    expect(tenthsText(null, 'vi')).toBe('');
    expect(tenthsText('invalid', 'en')).toBe('');
  });

  it('shows every score so that reading it back gives the same tenths', () => {
    for (let t = 0; t <= 400; t++) {
      for (const locale of ['vi', 'en'] as const) expect(parseScoreInput(tenthsText(t, locale), 400)).toEqual({ ok: true, tenths: t });
    }
  });

  it('writes a benefit in đồng with grouping', () => {
    expect(benefitText(1_500_000, 'vi')).toBe('1.500.000 đồng');
    expect(benefitText(null, 'vi')).toBeNull();
  });

  it('treats spaces around typed text and the comment as no change', () => {
    const a = { scores: { TM: '7,5' }, comment: 'Tốt', conflict: false };
    expect(sameInput(a, { scores: { TM: ' 7,5 ' }, comment: 'Tốt ', conflict: false })).toBe(true);
    expect(sameInput(a, { scores: { TM: '8' }, comment: 'Tốt', conflict: false })).toBe(false);
    expect(sameInput(a, { ...a, conflict: true })).toBe(false);
  });
});
