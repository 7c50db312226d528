import { describe, expect, it } from 'vitest';
import { dateToSerial } from './dates';
import { formatGeneral, formatValue } from './numfmt';

describe('display text through number formats', () => {
  it('shows General numbers with up to 11 characters, then scientific', () => {
    expect(formatGeneral(931288125)).toBe('931288125');
    expect(formatGeneral(0.1 + 0.2)).toBe('0.3');
    expect(formatGeneral(-1.5)).toBe('-1.5');
    expect(formatGeneral(123456789012)).toBe('1.23457E+11');
    expect(formatGeneral(1 / 3)).toBe('0.333333333');
  });

  it('applies digit, grouping, percent and section formats', () => {
    expect(formatValue(1250000000, '#,##0')).toBe('1,250,000,000');
    expect(formatValue(85.456, '0.0')).toBe('85.5');
    expect(formatValue(85, '0.00')).toBe('85.00');
    expect(formatValue(-1234.5, '#,##0.00')).toBe('-1,234.50');
    expect(formatValue(-5, '0;(0)')).toBe('(5)');
    expect(formatValue(0, '0;-0;"không"')).toBe('không');
    expect(formatValue(0.256, '0.0%')).toBe('25.6%');
    expect(formatValue(2.5, '0')).toBe('3');
    expect(formatValue('chữ', '@')).toBe('chữ');
    expect(formatValue(true, 'General')).toBe('TRUE');
    expect(formatValue({ error: '#N/A' }, '0.0')).toBe('#N/A');
  });

  it('renders dates and times, month before minutes by position', () => {
    const serial = dateToSerial(2021, 5, 3) + (10 * 60 + 5) / 1440;
    expect(formatValue(serial, 'dd/mm/yyyy hh:mm')).toBe('03/05/2021 10:05');
    expect(formatValue(serial, 'm/d/yyyy')).toBe('5/3/2021');
    expect(formatValue(serial, 'd mmmm yyyy')).toBe('3 May 2021');
    expect(formatValue(serial, 'h:mm AM/PM')).toBe('10:05 AM');
    expect(formatValue(43800, 'mmm-yy')).toBe('Dec-19');
    expect(dateToSerial(1900, 1, 1)).toBe(1);
    expect(dateToSerial(1900, 3, 1)).toBe(61);
  });
});
