import { describe, expect, it } from 'vitest';
import { drawView, HEADER_HEIGHT, HEADER_WIDTH, sheetAxes, type View } from './draw';
import type { CellLook, SheetSnapshot } from './types';

const LOOK: CellLook = {
  fontName: 'Calibri',
  fontSize: 11,
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

/** A sheet of `rows` × `cols` cells of 20 × 64 px whose text is their address. */
function sheet(rows: number, cols: number, extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return {
    name: 'S',
    rowCount: rows,
    columnCount: cols,
    text: (r, c) => `${r},${c}`,
    kind: () => 'text',
    formula: () => undefined,
    lookId: () => 0,
    look: () => LOOK,
    merges: [],
    frozenRows: 0,
    frozenColumns: 0,
    charts: [],
    columnWidth: () => 64,
    rowHeight: () => 20,
    columnHidden: () => false,
    rowHidden: () => false,
    ...extra,
  };
}

function draw(s: SheetSnapshot, view: Partial<View> = {}) {
  const { rows, cols } = sheetAxes(s);
  return drawView(s, rows, cols, { top: 0, left: 0, width: HEADER_WIDTH + 640, height: HEADER_HEIGHT + 400, ...view }, () => ({}));
}

describe('drawing a view of a sheet', () => {
  it('draws the rows and columns in view with a little overscan, not the whole sheet', () => {
    const d = draw(sheet(10_000, 50), { top: 100_000 });
    expect(d.rows[0]?.row).toBeGreaterThanOrEqual(4_990);
    expect(d.rows.length).toBeLessThan(40);
    expect(d.columns.length).toBeLessThanOrEqual(12);
    expect(d.rows.every((r) => r.cells.length === d.columns.length)).toBe(true);
  });

  it('draws a merged area once, from its top-left cell, even when that cell has scrolled away', () => {
    const merged = sheet(100, 10, { merges: [{ row: 2, col: 1, rowCount: 30, colCount: 2 }] });
    const d = draw(merged, { top: 20 * 20 });
    const anchor = d.rows.find((r) => r.row === 2);
    expect(anchor?.cells).toHaveLength(1);
    expect(anchor?.cells[0]).toMatchObject({ row: 2, col: 1, rowSpan: 30, colSpan: 2 });
    const inside = d.rows.find((r) => r.row === 25);
    expect(inside?.cells.some((c) => c.col === 1 || c.col === 2)).toBe(false);
    expect(inside?.cells.some((c) => c.col === 3)).toBe(true);
  });

  it('keeps frozen rows and columns drawn wherever the sheet is scrolled', () => {
    const frozen = sheet(1_000, 40, { frozenRows: 2, frozenColumns: 1 });
    const d = draw(frozen, { top: 10_000, left: 1_000 });
    expect(d.frozenRows.map((r) => r.row)).toEqual([0, 1]);
    expect(d.rows.every((r) => r.row >= 2)).toBe(true);
    expect(d.frozenColumns.map((c) => c.label)).toEqual(['A']);
    expect(d.columns.every((c) => c.index >= 1)).toBe(true);
    expect(d.rows[0]?.frozenCells.map((c) => c.col)).toEqual([0]);
    expect(d.frozenHeight).toBe(40);
    expect(d.frozenWidth).toBe(64);
  });

  it('gives frozen cells a background so the scrolling cells pass under them', () => {
    const d = draw(sheet(100, 20, { frozenColumns: 1 }), { left: 300 });
    expect(d.rows[0]?.frozenCells[0]?.style.backgroundColor).toBe('#ffffff');
    expect(d.rows[0]?.cells[0]?.style.backgroundColor).toBeUndefined();
  });

  it('skips hidden rows and columns', () => {
    const d = draw(sheet(50, 10, { rowHidden: (r) => r === 3, columnHidden: (c) => c === 2 }));
    expect(d.rows.some((r) => r.row === 3)).toBe(false);
    expect(d.columns.some((c) => c.index === 2)).toBe(false);
  });

  it('lets left-aligned text run on into empty cells to its right, and no further', () => {
    const spilling = sheet(20, 10, {
      text: (r, c) => (r === 0 && (c === 0 || c === 3) ? 'x' : ''),
      kind: (r, c) => (r === 0 && (c === 0 || c === 3) ? 'text' : 'empty'),
    });
    const row0 = draw(spilling).rows[0];
    expect(row0?.cells.find((c) => c.col === 0)?.spill).toBe(2 * 64);
    expect(row0?.cells.find((c) => c.col === 0)?.style.overflow).toBe('visible');
    expect(row0?.cells.find((c) => c.col === 3)?.spill).toBeGreaterThan(0);
    const wrapped = sheet(20, 10, { ...spilling, look: () => ({ ...LOOK, wrapText: true }) });
    expect(draw(wrapped).rows[0]?.cells.find((c) => c.col === 0)?.spill).toBe(0);
  });
});
