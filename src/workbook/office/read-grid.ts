// One sheet's grid as the Office adapter builds it from the blocks it reads: values (errors kept
// apart from text that looks like one), formulas, hidden rows and columns, and fonts (one name per
// column segment where the cells agree, cell by cell where they differ), then the default font.

import { cellKey, type CellRect, type CellValue, type SheetGrid } from '../../core/sheet/grid';
import { isDateFormat } from '../../core/sheet/number-format';
import type { ReadOptions } from '../port';
import type { RequestBudget } from './batch';
import { jsonCellBytes } from './bytes';

/** getCellProperties returns `{"format":{"font":{"name":"…"}}}` per cell. */
export const FONT_PROPS_BYTES = 48;
/** Sheets up to this many cells have their fonts read cell by cell with the values (~50 KB). */
export const SMALL_SHEET_CELLS = 1000;
/** getRowProperties returns `{"rowHidden":false}` (and the row's address fields) per row. */
export const ROW_PROPS_BYTES = 48;

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

/** Arrays Excel returns per cell for a read: values, plus formulas and number formats when asked. */
export function arraysPerCell(options: ReadOptions): number {
  return 1 + (options.formulas ? 1 : 0) + (options.dates ? 1 : 0);
}

/** The properties a block loads: values, and formulas and number formats when asked. */
export function blockProperties(options: ReadOptions): string {
  return ['values', ...(options.formulas ? ['formulas'] : []), ...(options.dates ? ['numberFormat'] : [])].join(',');
}

export interface ReadTarget {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly options: ReadOptions;
}

export interface Block {
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

interface FontSegment {
  readonly row: number;
  readonly count: number;
  readonly col: number;
  readonly name: string;
}

/** Reads, cell by cell, the fonts of the column segments whose cells differ, in budgeted requests. */
export async function readMixedFonts(budget: RequestBudget, grids: readonly GridBuilder[]): Promise<void> {
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

export class GridBuilder {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly options: ReadOptions;
  /** Arrays loaded per cell: values, plus formulas and number formats when asked. */
  readonly arrays: number;
  private readonly values: CellValue[][] = [];
  private readonly formulas: Map<string, string> | undefined;
  private readonly dates: Set<string> | undefined;
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
    this.arrays = arraysPerCell(target.options);
    this.formulas = target.options.formulas ? new Map() : undefined;
    this.dates = target.options.dates ? new Set() : undefined;
    this.hiddenRows = target.options.hidden ? new Set() : undefined;
  }

  queueBlock(row: number, rowCount: number): Block {
    const values = this.sheet.getRangeByIndexes(row, 0, rowCount, this.cols);
    values.load(blockProperties(this.options));
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
    const formats = this.dates ? (block.values.numberFormat as unknown[][]) : null;
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
      const fmts = formats?.[i];
      if (fmts && this.dates) {
        for (let c = 0; c < fmts.length; c++) {
          const f = fmts[c];
          // Every cell's format comes back, "General" included: all of them count toward block sizing.
          bytes += jsonCellBytes(f);
          if (typeof src[c] === 'number' && typeof f === 'string' && isDateFormat(f))
            this.dates.add(cellKey(r, c0 + c));
        }
      }
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
      ...(this.dates && this.dates.size > 0 ? { dates: this.dates } : {}),
      ...(mergeRects ? { merges: mergeRects } : {}),
      ...(hiddenColumns ? { hiddenColumns } : {}),
      ...(this.hiddenRows ? { hiddenRows: this.hiddenRows } : {}),
      ...(fonts ? { fonts } : {}),
      ...(defaultFont !== undefined ? { defaultFont } : {}),
    };
  }
}
