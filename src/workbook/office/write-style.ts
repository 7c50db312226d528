// A plan's cell styles through the Excel JavaScript API: one operation per property of each styled
// rectangle (number formats go with the values, not here).

import type { CellRect } from '../../core/sheet/grid';
import type { CellStyle, SheetPlan } from '../../core/sheet/plan';
import { ACTION_BYTES, type RequestBudget } from './batch';

/** Every styled rectangle of a plan, in order (later rectangles win where they overlap). */
export async function queueStyles(ws: Excel.Worksheet, budget: RequestBudget, plan: SheetPlan): Promise<void> {
  for (const s of plan.styles ?? []) {
    const range = ws.getRangeByIndexes(s.rect.row, s.rect.col, s.rect.rowCount, s.rect.colCount);
    await budget.reserve(ACTION_BYTES * styleOpCount(s.style, s.rect));
    applyStyle(range, s.style, s.rect);
  }
}

function styleOpCount(s: CellStyle, rect: CellRect): number {
  let n = 0;
  for (const k of Object.keys(s)) if (k !== 'numberFormat') n++;
  if (s.border) n += 2 * (4 + (rect.rowCount > 1 ? 1 : 0) + (rect.colCount > 1 ? 1 : 0));
  return n + 1;
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Sets a plan style on a range; number formats are written with the values, not here. */
function applyStyle(range: Excel.Range, s: CellStyle, rect: CellRect): void {
  const font = range.format.font;
  if (s.fontName !== undefined) font.name = s.fontName;
  if (s.fontSize !== undefined) font.size = s.fontSize;
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.underline !== undefined) font.underline = s.underline ? 'Single' : 'None';
  if (s.fontColor !== undefined) font.color = s.fontColor;
  if (s.fill !== undefined) range.format.fill.color = s.fill;
  if (s.horizontal !== undefined)
    range.format.horizontalAlignment = capitalise(s.horizontal) as Excel.HorizontalAlignment;
  if (s.vertical !== undefined) range.format.verticalAlignment = capitalise(s.vertical) as Excel.VerticalAlignment;
  if (s.wrap !== undefined) range.format.wrapText = s.wrap;
  if (s.border !== undefined) {
    const weight = s.border === 'medium' ? 'Medium' : 'Thin';
    const edges: `${Excel.BorderIndex}`[] = [...EDGES];
    if (rect.rowCount > 1) edges.push('InsideHorizontal');
    if (rect.colCount > 1) edges.push('InsideVertical');
    for (const e of edges) {
      const b = range.format.borders.getItem(e);
      b.style = 'Continuous';
      b.weight = weight;
    }
  }
  if (s.borderBottom !== undefined) {
    const b = range.format.borders.getItem('EdgeBottom');
    b.style = 'Continuous';
    b.weight = s.borderBottom === 'medium' ? 'Medium' : 'Thin';
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
