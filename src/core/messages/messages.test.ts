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

  it('fall back to the code itself for an unknown code, so nothing crashes', () => {
    expect(message('vi', 'no.such.code')).toBe('no.such.code');
  });

  it('name the cell of a problem', () => {
    expect(describeProblem('vi', { code: 'x', severity: 'error', sheet: 'DS', row: 12, column: 'C' })).toBe('DS!C12: x');
  });
});
