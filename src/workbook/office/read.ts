// Reads sheets as grids through the Excel JavaScript API. The used range's size is learnt first;
// then values (and formulas, fonts, hidden rows) come in row blocks sized so a response stays under
// the payload limit and each block under Excel's 5,000,000-cell limit. Block size adapts to the
// bytes per cell actually seen, so a register of short cells takes few round trips.

import type { SheetGrid } from '../../core/sheet/grid';
import type { SheetRequest } from '../port';
import { type RequestBudget } from './batch';
import { resolveRoles } from './discover';
import { sameSheetName } from './names';
import {
  arraysPerCell,
  blockProperties,
  FONT_PROPS_BYTES,
  GridBuilder,
  readMixedFonts,
  SMALL_SHEET_CELLS,
  type Block,
  type ReadTarget,
} from './read-grid';
import { parseAreas, readMergesInBlocks } from './read-merges';

export type { ReadTarget } from './read-grid';

/** Columns a sheet is assumed to have when its first block is read before its size is known. */
const PROBE_COLUMNS = 24;
/** Every column of a sheet (XFD). */
const MAX_COLUMNS = 16_384;

/** Excel refuses range operations over more cells than this. */
export const MAX_CELLS_PER_REQUEST = 5_000_000;

/** First guess of response bytes per cell per array loaded, before any block is seen. */
const FIRST_GUESS_BYTES = 48;
/** A column's font name for a block: one small load. */
const FONT_COLUMN_BYTES = 300;
/** Per row: its brackets and commas in each array loaded, and its share of the block's action. */
const ROW_OVERHEAD_BYTES = 12;

function isPayloadError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

interface Dims {
  readonly used: Excel.Range;
  readonly columns: Excel.Range | null;
  readonly merges: Excel.RangeAreas | null;
  /** The speculative first block, when one was asked for. */
  readonly first: Excel.Range | null;
}

interface Sizes {
  readonly dims: Dims[];
  /** Merges were asked for at all (ExcelApi 1.13 and a target that wants them). */
  readonly askMerges: boolean;
  /** …and came whole with the sizes (false: Excel refused more than 512 at once). */
  readonly wholeSheetMerges: boolean;
}

/**
 * Round trip 1: the used range of each sheet, the small metadata that needs no size, and — for
 * sheets read for values and formulas only — a speculative first block: the used range's first
 * rows. A council or config sheet is then read in this one round trip.
 */
async function learnSizes(
  budget: RequestBudget,
  targets: readonly ReadTarget[],
  canReadMerges: boolean,
): Promise<Sizes> {
  const probing = targets.filter((t) => !t.options.fonts && !t.options.hidden).length;
  const queueDims = (probe: boolean, withMerges: boolean): Dims[] =>
    targets.map((t) => {
      // Never a null object: a blank sheet's used range is A1, so chaining on it is safe.
      const used = t.sheet.getUsedRange(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      let merges: Excel.RangeAreas | null = null;
      if (t.options.merges && withMerges) {
        merges = t.sheet.getRange().getMergedAreasOrNullObject();
        merges.load('address');
      }
      let first: Excel.Range | null = null;
      if (probe && !t.options.fonts && !t.options.hidden) {
        const arrays = arraysPerCell(t.options);
        const rows = Math.max(
          1,
          Math.floor(budget.capacity / 2 / probing / (PROBE_COLUMNS * FIRST_GUESS_BYTES * arrays)),
        );
        first = used.getIntersectionOrNullObject(t.sheet.getRangeByIndexes(0, 0, rows, MAX_COLUMNS));
        first.load(`${blockProperties(t.options)},rowIndex,rowCount,columnIndex`);
      }
      return { used, columns: null, merges, first };
    });
  let probe = probing > 0;
  const askMerges = canReadMerges && targets.some((t) => t.options.merges);
  let wholeSheetMerges = askMerges;
  for (;;) {
    const dims = queueDims(probe, wholeSheetMerges);
    try {
      await budget.sync();
      return { dims, askMerges, wholeSheetMerges };
    } catch (e) {
      // A sheet far wider than guessed overflowed the response: learn the sizes first, then read.
      if (isPayloadError(e) && probe) {
        probe = false;
        continue;
      }
      // Excel fails to return more than 512 merged areas at once (@types/office-js,
      // Range.getMergedAreasOrNullObject): ask without them, then read them in row blocks.
      if (wholeSheetMerges) {
        wholeSheetMerges = false;
        continue;
      }
      throw e;
    }
  }
}

/** A grid per target, sized from its used range, with the speculative first block taken; where each goes on. */
function startGrids(
  targets: readonly ReadTarget[],
  dims: readonly Dims[],
): { grids: GridBuilder[]; next: Map<GridBuilder, number> } {
  const grids: GridBuilder[] = targets.map((t, i) => {
    const u = dims[i]!.used;
    return new GridBuilder(t, u.rowIndex + u.rowCount, u.columnIndex + u.columnCount);
  });
  const next = new Map<GridBuilder, number>(grids.map((g) => [g, 0]));
  grids.forEach((g, i) => {
    const first = dims[i]!.first;
    if (!first || first.isNullObject) return;
    g.take({
      row: first.rowIndex,
      rowCount: first.rowCount,
      col: first.columnIndex,
      values: first,
      formulas: g.options.formulas ? first : null,
      fonts: null,
      cellFonts: null,
      rowProps: null,
    });
    next.set(g, first.rowIndex + first.rowCount);
  });
  return { grids, next };
}

/**
 * Round trips 2…n: blocks of rows, as many per request as the budget allows (hidden columns ride
 * with the first). A grid's first block is a probe (half a request); later blocks are sized on
 * the densest block seen, in bytes per row. Sizing on the longest single row instead left reads
 * of registers, whose summaries vary in length, at half the budget and twice the round trips.
 */
async function readBlocks(
  budget: RequestBudget,
  grids: readonly GridBuilder[],
  next: Map<GridBuilder, number>,
): Promise<void> {
  const hiddenCols = new Map<GridBuilder, OfficeExtension.ClientResult<Excel.ColumnProperties[]>>();
  let carried = 0;
  for (const g of grids) {
    if (g.options.hidden && g.cols > 0) {
      hiddenCols.set(g, g.sheet.getRangeByIndexes(0, 0, 1, g.cols).getColumnProperties({ columnHidden: true }));
      carried += g.cols * 32;
    }
  }
  const rowGuess = (g: GridBuilder): number =>
    g.rowBytes > 0
      ? Math.ceil(g.rowBytes * 1.03) + ROW_OVERHEAD_BYTES
      : g.cols * FIRST_GUESS_BYTES * g.arrays + ROW_OVERHEAD_BYTES;

  for (;;) {
    // Plan one request: take rows from each grid in turn until the budget is spent.
    const pending: { grid: GridBuilder; block: Block }[] = [];
    let bytes = carried;
    let cells = 0;
    for (const g of grids) {
      let row = next.get(g)!;
      while (g.cols > 0 && row < g.rows) {
        const per = rowGuess(g);
        const room = g.rowBytes > 0 ? budget.capacity - bytes : Math.min(budget.capacity / 2, budget.capacity - bytes);
        let count = Math.min(
          g.rows - row,
          Math.floor(room / per),
          Math.floor((MAX_CELLS_PER_REQUEST - cells) / (g.cols * g.arrays)),
        );
        if (count <= 0) {
          // A row wider than a whole request is still read, alone.
          if (pending.length > 0) break;
          count = 1;
        }
        pending.push({ grid: g, block: g.queueBlock(row, count) });
        bytes +=
          count * per +
          (g.options.fonts
            ? g.rows * g.cols <= SMALL_SHEET_CELLS
              ? count * g.cols * FONT_PROPS_BYTES
              : g.cols * FONT_COLUMN_BYTES
            : 0);
        cells += count * g.cols * g.arrays;
        row += count;
        if (g.rowBytes === 0) break;
      }
      next.set(g, row);
      if (bytes >= budget.capacity) break;
    }
    if (pending.length === 0 && carried === 0) break;
    try {
      await budget.sync();
    } catch (e) {
      // Rows denser than any block seen so far overflowed the response: read them again in
      // smaller blocks.
      if (!isPayloadError(e) || pending.every((p) => p.block.rowCount === 1)) throw e;
      for (const p of pending) {
        p.grid.rowBytes = Math.max(p.grid.rowBytes, rowGuess(p.grid) * 2);
        next.set(p.grid, Math.min(next.get(p.grid)!, p.block.row));
      }
      continue;
    }
    carried = 0;
    for (const p of pending) p.grid.take(p.block);
  }
  for (const [g, props] of hiddenCols) g.takeHiddenColumns(props.value);
}

/**
 * Text that looks like an error ("#N/A") is told apart from a real error by its value type,
 * asked only for those few cells (one round trip, only when there are any).
 */
async function confirmErrors(budget: RequestBudget, grids: readonly GridBuilder[]): Promise<void> {
  const suspects: { grid: GridBuilder; row: number; col: number; type: Excel.Range }[] = [];
  for (const g of grids) {
    for (const [row, col] of g.errorSuspects) {
      const type = g.sheet.getRangeByIndexes(row, col, 1, 1);
      type.load('valueTypes');
      suspects.push({ grid: g, row, col, type });
    }
  }
  if (suspects.length > 0) {
    await budget.sync();
    for (const s of suspects) {
      if (String(s.type.valueTypes[0]?.[0]) === 'Error') s.grid.markError(s.row, s.col);
    }
  }
}

/**
 * Reads every target: sizes → blocks → mixed fonts → merges (in row blocks when too many) → error
 * texts → grids. `canReadMerges` says whether ExcelApi 1.13 (getMergedAreasOrNullObject) is there:
 * without it `merges` stays undefined so intake can say which columns may hold merges.
 */
export async function readTargets(
  budget: RequestBudget,
  targets: readonly ReadTarget[],
  canReadMerges: boolean,
): Promise<SheetGrid[]> {
  const { dims, askMerges, wholeSheetMerges } = await learnSizes(budget, targets, canReadMerges);
  const { grids, next } = startGrids(targets, dims);
  await readBlocks(budget, grids, next);
  await readMixedFonts(budget, grids);
  const blockMerges =
    askMerges && !wholeSheetMerges
      ? await readMergesInBlocks(
          budget,
          grids.filter((g) => g.options.merges),
        )
      : null;
  await confirmErrors(budget, grids);
  return grids.map((g, i) => {
    const whole = dims[i]!.merges;
    if (blockMerges) return g.build(blockMerges.get(g));
    return g.build(whole ? (whole.isNullObject ? [] : parseAreas(whole.address)) : undefined);
  });
}

/** The port's `readSheets`: each request by name or role (one round trip resolves them), null where there is no such sheet. */
export async function readRequests(
  context: Excel.RequestContext,
  budget: RequestBudget,
  requests: readonly SheetRequest[],
  canReadMerges: boolean,
): Promise<(SheetGrid | null)[]> {
  const roles = requests.flatMap((r) => ('role' in r ? [r.role] : []));
  const { sheets, byRole } = await resolveRoles(context, budget, roles);
  const targets: ReadTarget[] = [];
  const slots: (number | null)[] = requests.map((req) => {
    const wanted = 'name' in req ? req.name : (byRole.get(req.role) ?? null);
    const name = wanted === null ? undefined : sheets.find((s) => sameSheetName(s, wanted));
    if (name === undefined) return null;
    targets.push({ sheet: context.workbook.worksheets.getItem(name), name, options: req });
    return targets.length - 1;
  });
  const grids = targets.length ? await readTargets(budget, targets, canReadMerges) : [];
  return slots.map((i) => (i === null ? null : grids[i]!));
}
