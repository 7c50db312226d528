import { describe, expect, it } from 'vitest';
import { isDateFormat } from './number-format';

describe('isDateFormat', () => {
  it('knows the date and time formats Excel offers', () => {
    for (const f of [
      'dd/mm/yyyy',
      'm/d/yyyy',
      'd-mmm-yy',
      '[$-409]mmmm d, yyyy',
      'hh:mm:ss',
      'h:mm AM/PM',
      'mm:ss.0',
      '[h]:mm',
    ])
      expect(isDateFormat(f), f).toBe(true);
  });

  it('does not take numbers, text or words in quotes for dates', () => {
    for (const f of [
      'General',
      '@',
      '0',
      '0.0',
      '#,##0',
      '0%',
      '#,##0 "đồng"',
      '0.0 "điểm"',
      '[Red]#,##0;-#,##0',
      '\\d0',
    ])
      expect(isDateFormat(f), f).toBe(false);
  });
});
