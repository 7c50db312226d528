// A cell's look as CSS, as close to Excel's rendering as a browser grid needs: fonts, fills,
// explicit borders, alignment (General: numbers right, text left, as Excel does).
import type { CSSProperties } from 'react';
import type { BorderLook, CellKind, CellLook } from './types';

/** Excel's light gridline, drawn where a cell has no border of its own. */
export const GRIDLINE = '1px solid #e1e1e1';

function borderCss(b: BorderLook | null): string | undefined {
  if (b === null || b.style === 'None') return undefined;
  const width = b.weight === 'Thick' ? 3 : b.weight === 'Medium' ? 2 : 1;
  const style = b.style === 'Double' ? 'double' : /Dash|Dot/.test(b.style) ? 'dashed' : 'solid';
  return `${b.style === 'Double' ? 3 : width}px ${style} ${b.color}`;
}

function justify(h: string, kind: CellKind): CSSProperties['justifyContent'] {
  switch (h) {
    case 'Left':
      return 'flex-start';
    case 'Right':
      return 'flex-end';
    case 'Center':
    case 'CenterAcrossSelection':
    case 'Centered':
      return 'center';
    default:
      // General alignment: numbers to the right, booleans and errors centred, text to the left.
      return kind === 'number' ? 'flex-end' : kind === 'boolean' || kind === 'error' ? 'center' : 'flex-start';
  }
}

function align(v: string): CSSProperties['alignItems'] {
  return v === 'Top' ? 'flex-start' : v === 'Center' || v === 'Justify' || v === 'Distributed' ? 'center' : 'flex-end';
}

/** CSS for a cell's box; the neighbour's right/bottom gridline is not drawn twice (each cell draws its own right and bottom). */
export function lookToCss(look: CellLook, kind: CellKind): CSSProperties {
  const decorations = [look.underline ? 'underline' : '', look.strikethrough ? 'line-through' : ''].filter(Boolean);
  const css: CSSProperties = {
    fontFamily: `"${look.fontName}", Calibri, Carlito, "Liberation Sans", Arial, sans-serif`,
    fontSize: `${look.fontSize}pt`,
    fontWeight: look.bold ? 700 : 400,
    fontStyle: look.italic ? 'italic' : 'normal',
    color: look.fontColor,
    justifyContent: justify(look.horizontalAlignment, kind),
    alignItems: align(look.verticalAlignment),
    textAlign: look.horizontalAlignment === 'Center' ? 'center' : look.horizontalAlignment === 'Right' ? 'right' : 'left',
    whiteSpace: look.wrapText ? 'pre-wrap' : 'pre',
    borderRight: borderCss(look.right) ?? GRIDLINE,
    borderBottom: borderCss(look.bottom) ?? GRIDLINE,
  };
  if (decorations.length > 0) css.textDecoration = decorations.join(' ');
  if (look.fill !== null) css.backgroundColor = look.fill;
  const top = borderCss(look.top);
  const left = borderCss(look.left);
  if (top !== undefined) css.borderTop = top;
  if (left !== undefined) css.borderLeft = left;
  return css;
}
