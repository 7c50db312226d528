// Reads sheets as grids through the Excel JavaScript API. The used range's size is learnt first;
// then values (and formulas, fonts, hidden rows) come in row blocks sized so a response stays under
// the payload limit and each block under Excel's 5,000,000-cell limit. Block size adapts to the
// bytes per cell actually seen, so a register of short cells takes few round trips.

import { cellKey, parseAddress, type CellRect, type CellValue, type SheetGrid } from '../../core/sheet/grid';
import type { ReadOptions } from '../port';
import { type RequestBudget } from './batch';
import { jsonCellBytes } from './bytes';

/** Columns a sheet is assumed to have when its first block is read before its size is known. */
const PROBE_COLUMNS = 24;
/** Every column of a sheet (XFD). */
const MAX_COLUMNS = 16_384;

/** Excel refuses range operations over more cells than this. */
export const MAX_CELLS_PER_REQUEST = 5_000_000;

/** First guess of response bytes per cell per array loaded, before any block is seen. */
const FIRST_GUESS_BYTES = 48;
/** getCellProperties returns `{"format":{"font":{"name":"…"}}}` per cell. */
const FONT_PROPS_BYTES = 48;
/** Sheets up to this many cells have their fonts read cell by cell with the values (~50 KB). */
const SMALL_SHEET_CELLS = 1000;
/** A column's font name for a block: one small load. */
const FONT_COLUMN_BYTES = 300;
/** Per row: its brackets and commas in each array loaded, and its share of the block's action. */
const ROW_OVERHEAD_BYTES = 12;
/** getRowProperties returns `{"rowHidden":false}` (and the row's address fields) per row. */
const ROW_PROPS_BYTES = 48;

function isPayloadError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

const ERROR_TEXTS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#BUSY!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#UNKNOWN!',
]);

export interface ReadTarget {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly options: ReadOptions;
}

interface Dims {
  readonly used: Excel.Range;
  readonly columns: Excel.Range | null;
  readonly merges: Excel.RangeAreas | null;
  /** The speculative first block, when one was asked for. */
  readonly first: Excel.Range | null;
}

interface Block {
  readonly row: number;
  readonly rowCount: number;
  /** Column of the block's first cell (0 for blocks read from column A). */
  readonly col: number;
  readonly values: Excel.Range;
  readonly formulas: Excel.Range | null;
  /** Font name of each column of the block: null when the column's cells differ. */
  readonly fonts: Excel.RangeFont[] | null;
  /** Per-cell fonts, for a sheet small enough to read them at once. */
  readonly cellFonts: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  readonly rowProps: OfficeExtension.ClientResult<Excel.RowProperties[]> | null;
}

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

/**
 * Reads every target. `canReadMerges` says whether ExcelApi 1.13 (getMergedAreasOrNullObject) is
 * there: without it `merges` stays undefined so intake can say which columns may hold merges.
 */
export async function readTargets(
  budget: RequestBudget,
  targets: readonly ReadTarget[],
  canReadMerges: boolean,
): Promise<SheetGrid[]> {
  // Round trip 1: the used range of each sheet, the small metadata that needs no size, and — for
  // sheets read for values and formulas only — a speculative first block: the used range's first
  // rows. A council or config sheet is then read in this one round trip.
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
        const arrays = t.options.formulas ? 2 : 1;
        const rows = Math.max(
          1,
          Math.floor(budget.capacity / 2 / probing / (PROBE_COLUMNS * FIRST_GUESS_BYTES * arrays)),
        );
        first = used.getIntersectionOrNullObject(t.sheet.getRangeByIndexes(0, 0, rows, MAX_COLUMNS));
        first.load(
          t.options.formulas ? 'values,formulas,rowIndex,rowCount,columnIndex' : 'values,rowIndex,rowCount,columnIndex',
        );
      }
      return { used, columns: null, merges, first };
    });
  let probe = probing > 0;
  const askMerges = canReadMerges && targets.some((t) => t.options.merges);
  let wholeSheetMerges = askMerges;
  let dims: Dims[];
  for (;;) {
    dims = queueDims(probe, wholeSheetMerges);
    try {
      await budget.sync();
      break;
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

  // Round trips 2…n: blocks of rows, as many per request as the budget allows. A grid's first
  // block is a probe (half a request); later blocks are sized on the densest block seen, in bytes
  // per row. Sizing on the longest single row instead left reads of registers, whose summaries
  // vary in length, at half the budget and twice the round trips.
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
  await readMixedFonts(budget, grids);
  const blockMerges =
    askMerges && !wholeSheetMerges
      ? await readMergesInBlocks(
          budget,
          grids.filter((g) => g.options.merges),
        )
      : null;

  // Text that looks like an error ("#N/A") is told apart from a real error by its value type,
  // asked only for those few cells.
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

  return grids.map((g, i) => {
    const whole = dims[i]!.merges;
    if (blockMerges) return g.build(blockMerges.get(g));
    return g.build(whole ? (whole.isNullObject ? [] : parseAreas(whole.address)) : undefined);
  });
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
async function readMergesInBlocks(
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

interface FontSegment {
  readonly row: number;
  readonly count: number;
  readonly col: number;
  readonly name: string;
}

/** Reads, cell by cell, the fonts of the column segments whose cells differ, in budgeted requests. */
async function readMixedFonts(budget: RequestBudget, grids: readonly GridBuilder[]): Promise<void> {
  const perRequest = Math.max(1, Math.floor(budget.capacity / FONT_PROPS_BYTES));
  const work: { grid: GridBuilder; seg: Omit<FontSegment, 'name'> }[] = [];
  for (const grid of grids) {
    for (const seg of grid.mixedFonts) {
      // Split segments so one never needs more than a request.
      for (let r = seg.row; r < seg.row + seg.count; r += perRequest) {
        work.push({ grid, seg: { row: r, col: seg.col, count: Math.min(perRequest, seg.row + seg.count - r) } });
      }
    }
  }
  let i = 0;
  while (i < work.length) {
    const batch: {
      grid: GridBuilder;
      seg: Omit<FontSegment, 'name'>;
      props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
    }[] = [];
    let cells = 0;
    while (i < work.length && (batch.length === 0 || cells + work[i]!.seg.count <= perRequest)) {
      const { grid, seg } = work[i]!;
      const props = grid.sheet
        .getRangeByIndexes(seg.row, seg.col, seg.count, 1)
        .getCellProperties({ format: { font: { name: true } } });
      batch.push({ grid, seg, props });
      cells += seg.count;
      i++;
    }
    await budget.sync();
    for (const b of batch) b.grid.takeCellFonts(b.seg, b.props.value);
  }
}

class GridBuilder {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly options: ReadOptions;
  /** Arrays loaded per cell: values, plus formulas when asked. */
  readonly arrays: number;
  private readonly values: CellValue[][] = [];
  private readonly formulas: Map<string, string> | undefined;
  private readonly hiddenRows: Set<number> | undefined;
  private hiddenColumns: Set<number> | undefined;
  private readonly cellFonts: { r: number; c: number; name: string }[] = [];
  /** Column segments whose cells share one font, and those whose cells differ (read cell by cell). */
  private readonly uniformFonts: FontSegment[] = [];
  readonly mixedFonts: Omit<FontSegment, 'name'>[] = [];
  private readonly fontCounts = new Map<string, number>();
  readonly errorSuspects: [number, number][] = [];
  /**
   * Response bytes per row of the densest block read so far (a block's bytes over its rows); 0
   * before the first block. A block of thousands of rows is near the sheet's mean, and the budget's
   * margin under Excel's limit absorbs the rest; a denser stretch is refused and read again.
   */
  rowBytes = 0;

  constructor(
    target: ReadTarget,
    readonly rows: number,
    readonly cols: number,
  ) {
    this.sheet = target.sheet;
    this.name = target.name;
    this.options = target.options;
    this.arrays = target.options.formulas ? 2 : 1;
    this.formulas = target.options.formulas ? new Map() : undefined;
    this.hiddenRows = target.options.hidden ? new Set() : undefined;
  }

  queueBlock(row: number, rowCount: number): Block {
    const values = this.sheet.getRangeByIndexes(row, 0, rowCount, this.cols);
    values.load(this.options.formulas ? 'values,formulas' : 'values');
    // One font name per column of the block: Excel answers null only where the cells differ, and
    // only those columns are then read cell by cell (most registers use one font throughout).
    let fonts: Excel.RangeFont[] | null = null;
    let cellFonts: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null = null;
    if (this.options.fonts && this.rows * this.cols <= SMALL_SHEET_CELLS) {
      // A small sheet: every cell's font in the same request, no second pass.
      cellFonts = values.getCellProperties({ format: { font: { name: true } } });
    } else if (this.options.fonts) {
      fonts = [];
      for (let c = 0; c < this.cols; c++) {
        const font = this.sheet.getRangeByIndexes(row, c, rowCount, 1).format.font;
        font.load('name');
        fonts.push(font);
      }
    }
    const rowProps = this.options.hidden ? values.getRowProperties({ rowHidden: true }) : null;
    return {
      row,
      rowCount,
      col: 0,
      values,
      formulas: this.options.formulas ? values : null,
      fonts,
      cellFonts,
      rowProps,
    };
  }

  /** Copies a loaded block into the grid, learning its bytes per row (for block sizing). */
  take(block: Block): void {
    const vals = block.values.values as unknown[][];
    const forms = block.formulas ? (block.formulas.formulas as unknown[][]) : null;
    let blockBytes = 0;
    for (let i = 0; i < block.rowCount; i++) {
      let bytes = 0;
      const r = block.row + i;
      const src = vals[i] ?? [];
      const frow = forms?.[i];
      let last = -1;
      for (let c = 0; c < src.length; c++) {
        const v = src[c];
        bytes += jsonCellBytes(v);
        if (v !== '' && v !== null && v !== undefined) last = c;
      }
      const c0 = block.col;
      const line: CellValue[] = new Array<CellValue>(last < 0 ? 0 : c0 + last + 1).fill(null);
      for (let c = 0; c <= last; c++) {
        const v = src[c];
        if (typeof v === 'string') {
          line[c0 + c] = v === '' ? null : v;
          if (ERROR_TEXTS.has(v)) this.errorSuspects.push([r, c0 + c]);
        } else if (typeof v === 'number' || typeof v === 'boolean') line[c0 + c] = v;
      }
      this.values[r] = line;
      if (frow && this.formulas) {
        for (let c = 0; c < frow.length; c++) {
          const f = frow[c];
          bytes += jsonCellBytes(f);
          // Text "=1+1" reads back as both value and formula; a real formula differs from its value.
          if (typeof f === 'string' && f.startsWith('=') && f !== src[c]) this.formulas.set(cellKey(r, c0 + c), f);
        }
      }
      blockBytes += bytes;
    }
    if (block.cellFonts) {
      const props = block.cellFonts.value;
      for (let c = 0; c < this.cols; c++) {
        this.takeCellFonts(
          { row: block.row, count: block.rowCount, col: c },
          props.map((line) => [line[c] ?? {}]),
        );
      }
    }
    if (block.fonts) {
      for (let c = 0; c < block.fonts.length; c++) {
        const name = block.fonts[c]!.name as string | null;
        if (name) this.uniformFonts.push({ row: block.row, count: block.rowCount, col: c, name });
        else this.mixedFonts.push({ row: block.row, count: block.rowCount, col: c });
      }
    }
    if (block.rowProps && this.hiddenRows) {
      const props = block.rowProps.value;
      for (let i = 0; i < props.length; i++) if (props[i]?.rowHidden) this.hiddenRows.add(block.row + i);
    }
    if (block.rowProps) blockBytes += block.rowCount * ROW_PROPS_BYTES;
    if (block.rowCount > 0) this.rowBytes = Math.max(this.rowBytes, blockBytes / block.rowCount);
  }

  /** Per-cell fonts of a column segment whose cells differ. */
  takeCellFonts(seg: Omit<FontSegment, 'name'>, props: Excel.CellProperties[][]): void {
    for (let i = 0; i < props.length; i++) {
      const name = props[i]?.[0]?.format?.font?.name;
      const r = seg.row + i;
      const v = this.values[r]?.[seg.col];
      if (!name || v === null || v === undefined) continue;
      this.cellFonts.push({ r, c: seg.col, name });
      this.fontCounts.set(name, (this.fontCounts.get(name) ?? 0) + 1);
    }
  }

  takeHiddenColumns(props: Excel.ColumnProperties[]): void {
    this.hiddenColumns = new Set();
    for (let c = 0; c < props.length; c++) if (props[c]?.columnHidden) this.hiddenColumns.add(c);
  }

  markError(row: number, col: number): void {
    const line = this.values[row];
    const v = line?.[col];
    if (line && typeof v === 'string') line[col] = { error: v };
  }

  /** `mergeRects` undefined: merges were not read (not asked, or Excel could not say). */
  build(mergeRects: CellRect[] | undefined): SheetGrid {
    // Rows before the used range, and trailing empty rows, read as empty.
    for (let r = 0; r < this.values.length; r++) if (!this.values[r]) this.values[r] = [];
    while (this.values.length > 0 && this.values[this.values.length - 1]!.length === 0) this.values.pop();
    let fonts: Map<string, string> | undefined;
    let defaultFont: string | undefined;
    if (this.options.fonts) {
      // Fonts of empty cells say nothing about how the register was typed: count filled cells only.
      const filled = (seg: Omit<FontSegment, 'name'>): number => {
        let n = 0;
        for (let r = seg.row; r < seg.row + seg.count; r++) {
          const v = this.values[r]?.[seg.col];
          if (v !== null && v !== undefined) n++;
        }
        return n;
      };
      for (const seg of this.uniformFonts)
        this.fontCounts.set(seg.name, (this.fontCounts.get(seg.name) ?? 0) + filled(seg));
      let best = 0;
      for (const [name, n] of this.fontCounts) {
        if (n > best) {
          best = n;
          defaultFont = name;
        }
      }
      fonts = new Map();
      for (const seg of this.uniformFonts) {
        if (seg.name === defaultFont) continue;
        for (let r = seg.row; r < seg.row + seg.count; r++) {
          const v = this.values[r]?.[seg.col];
          if (v !== null && v !== undefined) fonts.set(cellKey(r, seg.col), seg.name);
        }
      }
      for (const f of this.cellFonts) if (f.name !== defaultFont) fonts.set(cellKey(f.r, f.c), f.name);
    }
    const hiddenColumns = this.options.hidden ? (this.hiddenColumns ?? new Set<number>()) : undefined;
    return {
      name: this.name,
      values: this.values,
      ...(this.formulas ? { formulas: this.formulas } : {}),
      ...(mergeRects ? { merges: mergeRects } : {}),
      ...(hiddenColumns ? { hiddenColumns } : {}),
      ...(this.hiddenRows ? { hiddenRows: this.hiddenRows } : {}),
      ...(fonts ? { fonts } : {}),
      ...(defaultFont !== undefined ? { defaultFont } : {}),
    };
  }
}
