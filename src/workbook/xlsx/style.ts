// Plan styles → exceljs styles. A sheet's styled rectangles are layered into a small set of
// distinct style objects shared by every cell that ends up with the same layers: exceljs caches
// written styles by object identity, so sharing keeps a 250,000-row sheet fast to save.

import type * as ExcelJS from 'exceljs';
import type { CellRect } from '../../core/sheet/grid';
import type { CellStyle } from '../../core/sheet/plan';

export type XStyle = Partial<ExcelJS.Style>;

/** "#RRGGBB" → exceljs ARGB "FFRRGGBB". */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

/** A new style: `base` with the properties `s` sets laid over it, property by property. */
export function layerStyle(base: XStyle, s: CellStyle): XStyle {
  const out: XStyle = { ...base };
  if (
    s.fontName !== undefined ||
    s.fontSize !== undefined ||
    s.bold !== undefined ||
    s.italic !== undefined ||
    s.underline !== undefined ||
    s.fontColor !== undefined
  ) {
    const font: Partial<ExcelJS.Font> = { ...base.font };
    if (s.fontName !== undefined) font.name = s.fontName;
    if (s.fontSize !== undefined) font.size = s.fontSize;
    if (s.bold !== undefined) font.bold = s.bold;
    if (s.italic !== undefined) font.italic = s.italic;
    if (s.underline !== undefined) font.underline = s.underline;
    if (s.fontColor !== undefined) font.color = { argb: argb(s.fontColor) };
    out.font = font;
  }
  if (s.fill !== undefined) {
    out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  }
  if (s.horizontal !== undefined || s.vertical !== undefined || s.wrap !== undefined) {
    const al: Partial<ExcelJS.Alignment> = { ...base.alignment };
    if (s.horizontal !== undefined) al.horizontal = s.horizontal;
    if (s.vertical !== undefined) al.vertical = s.vertical === 'center' ? 'middle' : s.vertical;
    if (s.wrap !== undefined) al.wrapText = s.wrap;
    out.alignment = al;
  }
  if (s.numberFormat !== undefined) out.numFmt = s.numberFormat;
  if (s.border !== undefined || s.borderBottom !== undefined) {
    const b: Partial<ExcelJS.Borders> = { ...base.border };
    if (s.border !== undefined) {
      const edge = { style: s.border };
      b.top = edge;
      b.left = edge;
      b.right = edge;
      b.bottom = edge;
    }
    if (s.borderBottom !== undefined) b.bottom = { style: s.borderBottom };
    out.border = b;
  }
  return out;
}

/** One layer over a rectangle: a plan style, or "unlocked" for a protected sheet's editable cells. */
export type StyleLayer =
  { readonly rect: CellRect; readonly style: CellStyle } | { readonly rect: CellRect; readonly unlocked: true };

/**
 * Resolves layers into a style id per cell of a rows × cols area (0 = untouched) and the table
 * of distinct styles. Ids combine through a map keyed by (id, layer), so object count is the
 * number of distinct layer stacks, not the number of cells.
 */
export function resolveLayers(
  rows: number,
  cols: number,
  base: XStyle | null,
  layers: readonly StyleLayer[],
): { ids: Int32Array; styles: XStyle[] } {
  const ids = new Int32Array(rows * cols);
  const styles: XStyle[] = [{}];
  if (base) {
    styles.push(base);
    ids.fill(1);
  }
  const combos = new Map<number, number>();
  const n = layers.length + 1;
  for (let li = 0; li < layers.length; li++) {
    const layer = layers[li]!;
    const r0 = Math.max(0, layer.rect.row);
    const r1 = Math.min(rows, layer.rect.row + layer.rect.rowCount);
    const c0 = Math.max(0, layer.rect.col);
    const c1 = Math.min(cols, layer.rect.col + layer.rect.colCount);
    for (let r = r0; r < r1; r++) {
      const off = r * cols;
      for (let c = c0; c < c1; c++) {
        const prev = ids[off + c]!;
        const key = prev * n + li;
        let next = combos.get(key);
        if (next === undefined) {
          const from = styles[prev]!;
          const made: XStyle =
            'unlocked' in layer ? { ...from, protection: { locked: false } } : layerStyle(from, layer.style);
          next = styles.length;
          styles.push(made);
          combos.set(key, next);
        }
        ids[off + c] = next;
      }
    }
  }
  return { ids, styles };
}
