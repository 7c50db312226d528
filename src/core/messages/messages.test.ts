import { describe, expect, it } from 'vitest';
import { allMessageMaps, describeProblem, message } from './index';

describe('message maps', () => {
  it('have an English sentence for every Vietnamese one and the reverse', () => {
    for (const m of allMessageMaps()) {
      expect(Object.keys(m.en).sort()).toEqual(Object.keys(m.vi).sort());
    }
  });

  it('never repeat a code across domains', () => {
    const seen = new Set<string>();
    for (const m of allMessageMaps()) {
      for (const k of Object.keys(m.vi)) {
        expect(seen.has(k), k).toBe(false);
        seen.add(k);
      }
    }
  });

  it('write a fraction with the decimal comma in Vietnamese and the point in English, whole numbers as they are', () => {
    const params = { member: 'TV01', total: 83.5, without: 65, score: 71.17, line: 73.83, lineName: 'Khuyến khích' };
    expect(message('vi', 'ranking.flag.pivotal', params)).toBe(
      'Một phiếu quyết định kết quả: bỏ phiếu TV01 (83,5) thì điểm là 65, khác phía ranh giới Khuyến khích (73,83) so với 71,17.',
    );
    expect(message('en', 'ranking.flag.pivotal', params)).toContain(
      '(83.5) the score is 65, across the Khuyến khích line (73.83) from 71.17',
    );
    expect(message('vi', 'ranking.flag.incomplete', { valid: 2, min: 3 })).toMatch(/2.*3/);
  });

  it('fall back to the code itself for an unknown code, so nothing crashes', () => {
    expect(message('vi', 'no.such.code')).toBe('no.such.code');
  });

  it('name the cell of a problem', () => {
    expect(describeProblem('vi', { code: 'x', severity: 'error', sheet: 'DS', row: 12, column: 'C' })).toBe(
      'DS!C12: x',
    );
  });
});
