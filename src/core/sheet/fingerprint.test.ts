import { describe, expect, it } from 'vitest';
import { fingerprintGrid, fingerprintPlan } from './fingerprint';
import type { SheetPlan } from './plan';

const plan: SheetPlan = {
  name: 'Xếp hạng',
  role: 'ranking',
  rows: [
    ['Mã SK', 'Điểm', 'Tổng'],
    ['SK-0001', 87.5, { formula: '=B2*2' }],
    ['SK-0002', 80, null],
  ],
};

describe('sheet fingerprints', () => {
  it('match between a plan and the same sheet read back, formula results left out', () => {
    const grid = {
      name: 'Xếp hạng',
      values: [
        ['Mã SK', 'Điểm', 'Tổng'],
        ['SK-0001', 87.5, 175],
        ['SK-0002', 80, ''],
      ],
      formulas: new Map([['1,2', '=B2*2']]),
    };
    expect(fingerprintGrid(grid)).toBe(fingerprintPlan(plan));
  });

  it('change when a clerk edits a value by hand', () => {
    const grid = { name: 'Xếp hạng', values: [['Mã SK', 'Điểm', 'Tổng'], ['SK-0001', 88, 176], ['SK-0002', 80]], formulas: new Map([['1,2', '=B2*2']]) };
    expect(fingerprintGrid(grid)).not.toBe(fingerprintPlan(plan));
  });

  it('tell a moved value from the original', () => {
    const a = { name: 's', values: [['x', null]] };
    const b = { name: 's', values: [[null, 'x']] };
    expect(fingerprintGrid(a)).not.toBe(fingerprintGrid(b));
  });
});
