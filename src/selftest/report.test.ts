import { describe, expect, it } from 'vitest';
import { formatReport } from './report';
import { words, type CaseResult } from './types';

const RESULTS: CaseResult[] = [
  {
    id: 'text',
    title: words('Chữ trong ô "@"', 'Text in "@" cells'),
    expected: words('"0931288125"'),
    seen: words('khác: "0931288125" → 931288125', 'differs: "0931288125" → 931288125'),
    status: 'fail',
  },
  {
    id: 'merges',
    title: words('Ô gộp', 'Merged areas'),
    expected: words('600'),
    seen: words('thiếu 1.13', 'no 1.13'),
    status: 'fallback',
  },
];

describe('the plain-text report', () => {
  it('starts with the versions and the tally, then one block per case, in the pane’s language', () => {
    const header = {
      addinVersion: '0.1.0',
      diagnostics: { host: 'Excel', platform: 'PC', version: '16.0.18025.20000' },
      at: '2026-12-03T07:00:00.000Z',
    };
    expect(formatReport(RESULTS, header, 'vi').split('\n')).toEqual([
      'Kiểm tra Excel này — Hội đồng sáng kiến',
      'Tiện ích: 0.1.0',
      'Office: Excel PC 16.0.18025.20000',
      'Lúc: 2026-12-03T07:00:00.000Z',
      'Kết quả: 0 đạt, 1 không đạt, 1 dùng cách thay thế',
      '',
      '[KHÔNG ĐẠT] Chữ trong ô "@" (text)',
      '  Mong đợi: "0931288125"',
      '  Thấy: khác: "0931288125" → 931288125',
      '[THAY THẾ] Ô gộp (merges)',
      '  Mong đợi: 600',
      '  Thấy: thiếu 1.13',
    ]);
    const en = formatReport(RESULTS, { ...header, diagnostics: null }, 'en');
    expect(en).toContain('Office: unknown');
    expect(en).toContain('[FAIL] Text in "@" cells (text)');
    expect(en).toContain('Result: 0 passed, 1 failed, 1 using a fallback');
  });
});
