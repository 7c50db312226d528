import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonCellBytes, jsonMatrixBytes, jsonStringBytes } from './bytes';

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('payload estimates', () => {
  it('measure a string exactly as the UTF-8 bytes of its JSON, Vietnamese, emoji and escapes included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(jsonStringBytes(s)).toBe(utf8(JSON.stringify(s)));
      }),
    );
    expect(jsonStringBytes('Nguyễn Thị Hòa')).toBe(utf8('"Nguyễn Thị Hòa"'));
  });

  it('never measure a matrix of plain values below its JSON', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }), (m) => {
        expect(jsonMatrixBytes(m)).toBeGreaterThanOrEqual(utf8(JSON.stringify(m)));
      }),
    );
  });

  it('count a number by its shortest decimal form', () => {
    expect(jsonCellBytes(1250000)).toBe('1250000,'.length);
    expect(jsonCellBytes(85.5)).toBe('85.5,'.length);
  });
});
