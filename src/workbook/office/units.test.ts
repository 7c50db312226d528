import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charsToPoints, cmToPoints, pointsToChars } from './units';

describe('unit conversions', () => {
  it('turn a width in characters into points as Excel does (7 px a character, 5 px padding, 0.75 pt a pixel)', () => {
    expect(charsToPoints(8.43)).toBeCloseTo(48, 0);
    expect(charsToPoints(10)).toBe(56.25);
    expect(charsToPoints(0)).toBe(0);
  });

  it('read a width back in characters to within a hundredth', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 255, noNaN: true }), (w) => {
        expect(Math.abs(pointsToChars(charsToPoints(w)) - w)).toBeLessThan(0.011);
      }),
    );
  });

  it('turn centimetres into points for page margins', () => {
    expect(cmToPoints(2.54)).toBe(72);
    expect(cmToPoints(3)).toBeCloseTo(85.04, 2);
  });
});
