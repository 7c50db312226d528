// The sheet a document is written into, cell by cell: values, merged text sized for its wrapped
// lines, styles and row heights. The stages of `buildDocument` write through it.

import type { CellRect } from '../sheet/grid';
import type { CellStyle, PlanValue, StyledRect } from '../sheet/plan';
import { CELL_PAD } from './document-fit';
import { rowHeightPt, wrappedLines } from './measure';

export const DOCUMENT_FONT = 'Times New Roman';
export const DOCUMENT_FONT_PT = 13;

export function cellRect(row: number, col: number, rowCount: number, colCount: number): CellRect {
  return { row, col, rowCount, colCount };
}

export class DocSheet {
  readonly rows: (readonly PlanValue[])[] = [];
  /** Lines built cell by cell; table rows given whole are used as they are. */
  private readonly built = new Map<number, PlanValue[]>();
  readonly styles: StyledRect[] = [];
  readonly merges: CellRect[] = [];
  readonly heights = new Map<number, number>();

  /** `widths` are the grid's (changed in place by the header blocks); `n` its columns. */
  constructor(
    readonly widths: number[],
    readonly n: number,
  ) {}

  spanWidth(from: number, to: number): number {
    let w = 0;
    for (let c = from; c < to; c++) w += this.widths[c] ?? 0;
    return w;
  }

  put(r: number, c: number, v: PlanValue): void {
    let line = this.built.get(r);
    if (!line) {
      line = [];
      this.built.set(r, line);
      this.rows[r] = line;
    }
    while (line.length < c) line.push(null);
    line[c] = v;
  }

  /** A whole row given as it is (no copy). */
  setRow(r: number, row: readonly PlanValue[]): void {
    this.rows[r] = row;
  }

  style(rect: CellRect, style: CellStyle): void {
    this.styles.push({ rect, style });
  }

  /** Writes merged text over [from, to) of row r, sizing the row for its wrapped lines. */
  text(r: number, from: number, to: number, value: string, s: CellStyle): void {
    this.put(r, from, value);
    const area = cellRect(r, from, 1, to - from);
    if (to - from > 1) this.merges.push(area);
    this.style(area, { wrap: true, vertical: 'center', ...s });
    const size = s.fontSize ?? DOCUMENT_FONT_PT;
    const lines = wrappedLines(value, this.spanWidth(from, to) - CELL_PAD, size, s.bold ?? false, s.italic ?? false);
    const h = rowHeightPt(lines, size);
    if (h > (this.heights.get(r) ?? 0)) this.heights.set(r, h);
  }
}
