import { describe, expect, it } from 'vitest';
import { parseScaled } from '../sheets/kit';
import { compareIds, splitList } from './fold';
import { foldPlain as fold } from '../text/fold';
import { formatDate, parseBool, parseDate, parseFraction, parseTierList } from './values';

describe('values typed in the council sheets', () => {
  it('keep fractions exact whether typed as a fraction, a percentage or a percent-formatted number', () => {
    expect(parseFraction('2/3')).toEqual({ ok: true, value: { num: 2, den: 3 } });
    expect(parseFraction('4/6')).toEqual({ ok: true, value: { num: 2, den: 3 } });
    expect(parseFraction('70%')).toEqual({ ok: true, value: { num: 7, den: 10 } });
    expect(parseFraction('66,5 %')).toEqual({ ok: true, value: { num: 133, den: 200 } });
    expect(parseFraction(0.75)).toEqual({ ok: true, value: { num: 3, den: 4 } });
    for (const bad of ['0/3', '4/3', '2/0', 'hai phần ba', '120%', 1.5])
      expect(parseFraction(bad).ok, String(bad)).toBe(false);
  });

  it('read dates day first, as ISO, or as an Excel serial, and refuse impossible days', () => {
    expect(parseDate('05/05/2021')).toEqual({ ok: true, value: '2021-05-05' });
    expect(parseDate('5-5-2021')).toEqual({ ok: true, value: '2021-05-05' });
    expect(parseDate('2021-05-05')).toEqual({ ok: true, value: '2021-05-05' });
    expect(parseDate(44321)).toEqual({ ok: true, value: '2021-05-05' });
    expect(parseDate('29/02/2021').ok).toBe(false);
    expect(parseDate('')).toEqual({ ok: true, value: '' });
    expect(formatDate('2021-05-05')).toBe('05/05/2021');
  });

  it('read yes/no, tier lists and decimals the way clerks type them', () => {
    expect(parseBool('Có')).toEqual({ ok: true, value: true });
    expect(parseBool('KHÔNG')).toEqual({ ok: true, value: false });
    expect(parseBool('có lẽ').ok).toBe(false);
    expect(parseTierList('Nhất; giải Nhì')).toEqual({ ok: true, value: ['Nhất', 'Nhì'] });
    expect(parseScaled('7,5', 1)).toEqual({ ok: true, value: 75 });
    expect(parseScaled(7.1, 1)).toEqual({ ok: true, value: 71 });
    expect(parseScaled('7,50', 1)).toEqual({ ok: true, value: 75 });
    expect(parseScaled('7,55', 1)).toEqual({ ok: false, reason: 'tooPrecise' });
    expect(parseScaled('1.000.000', 0)).toEqual({ ok: false, reason: 'notNumber' });
  });

  it('fold names, split lists and order ids by their number', () => {
    expect(fold('  LĐLĐ  Huyện Châu Thành ')).toBe('ldld huyen chau thanh');
    expect(fold('Hoà')).toBe(fold('Hòa'));
    expect(splitList('A; B;\nC ;;')).toEqual(['A', 'B', 'C']);
    expect(['SK-10000', 'SK-9999', 'SK-0001'].sort(compareIds)).toEqual(['SK-0001', 'SK-9999', 'SK-10000']);
  });
});
