// Merged areas through the Excel JavaScript API: parsing a RangeAreas address, and reading a sheet
// with more merged areas than Excel returns at once in row blocks.

import { parseAddress, type CellRect } from '../../core/sheet/grid';
import type { RequestBudget } from './batch';
import type { GridBuilder } from './read-grid';

/** Parses a RangeAreas address ("Sheet1!A1:C1, Sheet1!A3:B4") into rectangles. */
export function parseAreas(address: string): CellRect[] {
  const out: CellRect[] = [];
  for (const part of address.split(',')) {
    const a = part.trim();
    if (!a) continue;
    const rect = parseAddress(a.slice(a.lastIndexOf('!') + 1));
    if (rect) out.push(rect);
  }
  return out;
}

/** Rows per block when merged areas are read in blocks; halved while Excel still refuses a block. */
const MERGE_BLOCK_ROWS = 256;
/** Most merged areas Excel returns from one getMergedAreasOrNullObject (@types/office-js). */
export const MAX_MERGED_AREAS = 512;
/** Bytes reserved per block: its action and up to 512 addresses ("'Sáng kiến'!AB1234:AC1236,"). */
const MERGE_BLOCK_BYTES = 200 + MAX_MERGED_AREAS * 40;

/**
 * Reads the merged areas of sheets with more than Excel returns at once, in row blocks, many per
 * request. Excel lists an area in the block holding its top-left cell (office-js issue #3611), the
 * simulator in every block it touches: areas are kept once each. A sheet whose single rows still
 * hold too many (or whose Excel refuses every block) is left without merges (undefined), as on an
 * Excel without ExcelApi 1.13, so intake warns instead of failing.
 */
export async function readMergesInBlocks(
  budget: RequestBudget,
  grids: readonly GridBuilder[],
): Promise<Map<GridBuilder, CellRect[] | undefined>> {
  const out = new Map<GridBuilder, CellRect[] | undefined>();
  const perRequest = Math.max(1, Math.floor(budget.capacity / MERGE_BLOCK_BYTES));
  for (const g of grids) {
    const found = new Map<string, CellRect>();
    let rowsPer = MERGE_BLOCK_ROWS;
    let row = 0;
    let readable = true;
    while (row < g.rows && g.cols > 0) {
      const pending: Excel.RangeAreas[] = [];
      let r = row;
      while (r < g.rows && pending.length < perRequest) {
        const count = Math.min(rowsPer, g.rows - r);
        const areas = g.sheet.getRangeByIndexes(r, 0, count, g.cols).getMergedAreasOrNullObject();
        areas.load('address');
        pending.push(areas);
        r += count;
      }
      try {
        await budget.sync();
      } catch {
        if (rowsPer === 1) {
          readable = false;
          break;
        }
        rowsPer = Math.max(1, Math.floor(rowsPer / 2));
        continue;
      }
      for (const areas of pending) {
        if (areas.isNullObject) continue;
        for (const rect of parseAreas(areas.address))
          found.set(`${rect.row},${rect.col},${rect.rowCount},${rect.colCount}`, rect);
      }
      row = r;
    }
    out.set(g, readable ? [...found.values()].sort((a, b) => a.row - b.row || a.col - b.col) : undefined);
  }
  return out;
}
