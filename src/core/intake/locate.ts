// Intake, first stage: which sheet is the register, and where its header is. The clerk may name
// the sheet; otherwise the one whose header names the most register columns wins.

import type { SheetGrid } from '../sheet/grid';
import { SHEET_ROLES } from '../sheet/plan';
import { foldForMatch } from '../text/fold';
import { CellReader } from './cells';
import { findHeader, HEADER_SEARCH_ROWS, type HeaderFound } from './header';

/** Sheets the add-in writes itself: never mistaken for the register handed over. */
export const OWN_SHEETS: ReadonlySet<string> = new Set(Object.values(SHEET_ROLES).map((r) => foldForMatch(r.name)));

export function isOwnSheet(name: string): boolean {
  return OWN_SHEETS.has(foldForMatch(name));
}

/** A sheet with its cell reader and, when one was found, its header. */
export interface Located {
  readonly grid: SheetGrid;
  readonly cells: CellReader;
  readonly header: HeaderFound | null;
}

export function locate(grid: SheetGrid): Located {
  const cells = new CellReader(grid, HEADER_SEARCH_ROWS);
  const header = findHeader(cells);
  if (header) cells.headerEnd = header.last;
  return { grid, cells, header };
}

/** The clerk's sheet, or the one whose header names the most register columns (own sheets last). */
export function chooseSheet(grids: readonly SheetGrid[], wanted: string | undefined): Located | null {
  if (wanted !== undefined) {
    const grid =
      grids.find((g) => g.name === wanted) ?? grids.find((g) => foldForMatch(g.name) === foldForMatch(wanted));
    return grid ? locate(grid) : null;
  }
  let best: Located | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const grid of grids) {
    const found = locate(grid);
    const own = isOwnSheet(grid.name);
    const s = found.header ? found.header.score - (own ? 100 : 0) : -1000;
    if (s > bestScore) {
      best = found;
      bestScore = s;
    }
  }
  return best;
}
