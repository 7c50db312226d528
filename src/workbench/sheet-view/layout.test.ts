import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisLength, buildAxis, indexAt, size, start, visibleSpan } from './layout';

describe('sheet geometry', () => {
  const rows = buildAxis(10_000, (i) => (i % 10 === 0 ? 40 : 20));

  it('adds up the sizes of every row', () => {
    expect(axisLength(rows)).toBe(1000 * 40 + 9000 * 20);
    expect(start(rows, 1)).toBe(40);
    expect(size(rows, 10)).toBe(40);
  });

  it('finds the row under a position, and clamps past either end', () => {
    expect(indexAt(rows, 0)).toBe(0);
    expect(indexAt(rows, 39.9)).toBe(0);
    expect(indexAt(rows, 40)).toBe(1);
    expect(indexAt(rows, -5)).toBe(0);
    expect(indexAt(rows, 1e9)).toBe(9_999);
  });

  it('draws only the rows a viewport shows, plus the overscan', () => {
    expect(visibleSpan(rows, 0, 100)).toEqual({ first: 0, last: 3 });
    const span = visibleSpan(rows, 100_000, 600, 5);
    expect(span.last - span.first).toBeLessThan(45);
  });

  it('shows nothing for an empty sheet or viewport', () => {
    expect(visibleSpan(buildAxis(0, () => 20), 0, 500)).toEqual({ first: 0, last: -1 });
    expect(visibleSpan(rows, 0, 0).last).toBeLessThan(0);
  });

  it('always returns an item that contains the position', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 80 }), { minLength: 1, maxLength: 200 }), fc.nat(20_000), (sizes, p) => {
        const axis = buildAxis(sizes.length, (i) => sizes[i]!);
        const position = p % axisLength(axis);
        const i = indexAt(axis, position);
        expect(start(axis, i)).toBeLessThanOrEqual(position);
        expect(start(axis, i) + size(axis, i)).toBeGreaterThan(position);
      }),
    );
  });
});
