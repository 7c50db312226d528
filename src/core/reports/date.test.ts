import { describe, expect, it } from 'vitest';
import { dateWords, documentDate, parseDocDate, placeDateLine } from './date';

describe('the place-and-date line', () => {
  it('pads a day below 10 but not May, as the decree writes it', () => {
    expect(placeDateLine('Kiên Giang', { year: 2021, month: 5, day: 5 })).toBe('Kiên Giang, ngày 05 tháng 5 năm 2021');
  });

  it('pads January and February with a leading zero', () => {
    expect(dateWords({ year: 2021, month: 2, day: 5 })).toBe('ngày 05 tháng 02 năm 2021');
    expect(dateWords({ year: 2022, month: 1, day: 20 })).toBe('ngày 20 tháng 01 năm 2022');
  });

  it('leaves two-digit days and months from March on as they are', () => {
    expect(dateWords({ year: 2021, month: 12, day: 15 })).toBe('ngày 15 tháng 12 năm 2021');
    expect(dateWords({ year: 2021, month: 3, day: 10 })).toBe('ngày 10 tháng 3 năm 2021');
  });

  it('starts with a capital when no place is configured', () => {
    expect(placeDateLine('  ', { year: 2021, month: 5, day: 5 })).toBe('Ngày 05 tháng 5 năm 2021');
  });
});

describe('the document date', () => {
  const today = { year: 2026, month: 11, day: 25 };

  it('is the one set in "Cấu hình" when it is a real date', () => {
    expect(documentDate('2021-05-05', today)).toEqual({ date: { year: 2021, month: 5, day: 5 }, invalid: null });
  });

  it('is today when "Cấu hình" sets none', () => {
    expect(documentDate('', today)).toEqual({ date: today, invalid: null });
  });

  it('is today, with the unreadable text reported, when the configured date is not a calendar date', () => {
    expect(documentDate('2021-02-30', today)).toEqual({ date: today, invalid: '2021-02-30' });
    expect(documentDate('05/05/2021', today)).toEqual({ date: today, invalid: '05/05/2021' });
  });

  it('knows leap years', () => {
    expect(parseDocDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDocDate('2100-02-29')).toBeNull();
  });
});
