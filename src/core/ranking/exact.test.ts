import { describe, expect, it } from 'vitest';
import { ceilDiv, formatHundredths, roundDiv, roundDivBig } from './exact';
import { foldName } from './fold';
import { compareIds } from './ids';

describe('exact rounding', () => {
  it('rounds halves up and everything else to the nearest', () => {
    expect(roundDiv(20005, 2)).toBe(10003); // 10002,5 → 10003
    expect(roundDiv(8, 3)).toBe(3); // 2,67
    expect(roundDiv(7, 3)).toBe(2); // 2,33
    expect(roundDiv(-5, 2)).toBe(-3); // half away from zero, as Excel's ROUND
    expect(roundDivBig(20005n, 2n)).toBe(10003n);
    expect(roundDivBig(-5n, 2n)).toBe(-3n);
    expect(ceilDiv(20, 3)).toBe(7);
    expect(ceilDiv(18, 3)).toBe(6);
  });

  it('writes hundredths with a decimal comma', () => {
    expect(formatHundredths(8533)).toBe('85,33');
    expect(formatHundredths(7005)).toBe('70,05');
    expect(formatHundredths(-250)).toBe('-2,50');
  });
});

describe('matching names and ids', () => {
  it('folds case, spaces and the tone place of oa/oe/uy, but keeps other diacritics', () => {
    expect(foldName('  Nguyễn Thị  Hoà ')).toBe(foldName('nguyễn thị hòa'));
    expect(foldName('Thuỷ')).toBe(foldName('Thủy'));
    expect(foldName('Khoẻ')).toBe(foldName('Khỏe'));
    expect(foldName('Hòa')).not.toBe(foldName('Hoa'));
  });

  it('orders ids by number: SK-9999 before SK-10000', () => {
    expect(['SK-10000', 'SK-9999', 'SK-0002'].sort(compareIds)).toEqual(['SK-0002', 'SK-9999', 'SK-10000']);
  });
});
