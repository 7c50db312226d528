import { describe, expect, it } from 'vitest';
import { GRIDLINE, lookToCss } from './look';
import type { CellLook } from './types';

const plain: CellLook = {
  fontName: 'Times New Roman',
  fontSize: 13,
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  fontColor: '#000000',
  fill: null,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
  top: null,
  bottom: null,
  left: null,
  right: null,
};

describe('a cell look as CSS', () => {
  it('puts numbers on the right and text on the left under General alignment, as Excel does', () => {
    expect(lookToCss(plain, 'number').justifyContent).toBe('flex-end');
    expect(lookToCss(plain, 'text').justifyContent).toBe('flex-start');
  });

  it('draws bold, fills and the font named in the workbook', () => {
    const css = lookToCss({ ...plain, bold: true, fill: '#FFFF00' }, 'text');
    expect(css.fontWeight).toBe(700);
    expect(css.backgroundColor).toBe('#FFFF00');
    expect(css.fontFamily).toMatch(/^"Times New Roman"/);
  });

  it('draws a bordered table with its own borders and plain cells with gridlines', () => {
    const thin = { weight: 'Thin', style: 'Continuous', color: '#000000' };
    const css = lookToCss({ ...plain, top: thin, bottom: { ...thin, weight: 'Medium' }, left: thin, right: thin }, 'text');
    expect(css.borderTop).toBe('1px solid #000000');
    expect(css.borderBottom).toBe('2px solid #000000');
    expect(lookToCss(plain, 'text').borderRight).toBe(GRIDLINE);
    expect(lookToCss(plain, 'text').borderTop).toBeUndefined();
  });

  it('wraps text only where the cell says so', () => {
    expect(lookToCss({ ...plain, wrapText: true }, 'text').whiteSpace).toBe('pre-wrap');
    expect(lookToCss(plain, 'text').whiteSpace).toBe('pre');
  });
});
