// One worksheet's storage: rows are allocated only when a cell in them is written, and each row
// holds plain arrays (values, formulas, style ids), so 250,000 × 13 cells cost three arrays per row.

import type { CellError } from '../../core/sheet/grid';
import { MAX_COLS, type Rect } from './address';
import type { RawValue } from './convert';

export interface SimRow {
  /** Stored values; a formula cell stores null here (its value is computed). */
  v: (RawValue | undefined)[];
  /** Formula text per column ("=SUM(A1:A3)"), only for rows that have one. */
  f: (string | undefined)[] | undefined;
  /** Explicit style id per column; undefined means the row's, then the column's, then the default. */
  s: (number | undefined)[] | undefined;
}

export interface SimBorderPatch {
  readonly style?: string;
  readonly weight?: string;
  readonly color?: string;
}

export interface SimValidation {
  rect: Rect;
  /** The rule as Excel.DataValidationRule JSON ({ decimal: {…} } or { list: {…} }). */
  rule: Record<string, unknown>;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface SimChart {
  readonly id: string;
  name: string;
  /** Excel.ChartType, e.g. "ColumnClustered", "Pie". */
  type: string;
  /** Source data address, sheet-qualified. */
  source: string;
  seriesBy: string;
  title: string;
  /** Points from the sheet's top-left corner. */
  top: number;
  left: number;
  width: number;
  height: number;
  /** Cells the chart was placed over with setPosition, when it was. */
  startCell?: string;
  endCell?: string;
}

export interface SimPageLayout {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  /** Margins in points, as the API reports them. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  firstPageNumber: number | '';
  printComments: string;
  printErrors: string;
  printOrder: string;
  /** Excel.PageLayoutZoomOptions: { scale } or { horizontalFitToPages, verticalFitToPages }. */
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Local address of the rows repeated on each page ("$1:$3"), or null. */
  printTitleRows: string | null;
  printTitleColumns: string | null;
  /** Local address of the print area, or null for the used range. */
  printArea: string | null;
  header: { center: string; left: string; right: string };
  footer: { center: string; left: string; right: string };
  /** Manual horizontal page breaks (Worksheet.horizontalPageBreaks): 0-based rows that start a page. */
  rowBreaks: number[];
}

export interface SimProtection {
  protected: boolean;
  /** Excel.WorksheetProtectionOptions as given to protect(). */
  options: Record<string, boolean | string>;
  password: string | undefined;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

let nextSheetId = 1;

export function defaultPageLayout(): SimPageLayout {
  // Excel's "Normal" margins: 0.7" left/right, 0.75" top/bottom, 0.3" header/footer.
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    firstPageNumber: '',
    printComments: 'NoComments',
    printErrors: 'AsDisplayed',
    printOrder: 'DownThenOver',
    zoom: { scale: 100 },
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
    header: { center: '', left: '', right: '' },
    footer: { center: '', left: '', right: '' },
    rowBreaks: [],
  };
}

export class SimSheet {
  readonly id: string;
  deleted = false;
  visibility: Visibility = 'Visible';
  tabColor = '';
  showGridlines = true;
  /** Points; Excel's default column is 8.43 characters of Calibri 11, 48 points. */
  standardWidth = 48;
  /** Points; default row height for Calibri 11. */
  standardHeight = 15;
  readonly rows: (SimRow | undefined)[] = [];
  readonly colStyle = new Map<number, number>();
  readonly rowStyle = new Map<number, number>();
  readonly colWidth = new Map<number, number>();
  readonly rowHeight = new Map<number, number>();
  readonly hiddenCols = new Set<number>();
  readonly hiddenRows = new Set<number>();
  merges: Rect[] = [];
  freeze: { rows: number; cols: number } = { rows: 0, cols: 0 };
  pageLayout: SimPageLayout = defaultPageLayout();
  validations: SimValidation[] = [];
  protection: SimProtection = { protected: false, options: {}, password: undefined };
  charts: SimChart[] = [];
  /** Width of the widest row so far (columns), to bound scans. */
  maxCols = 0;

  constructor(public name: string) {
    this.id = `{sim-sheet-${nextSheetId++}}`;
  }

  row(r: number): SimRow | undefined {
    return this.rows[r];
  }

  ensureRow(r: number): SimRow {
    let row = this.rows[r];
    if (!row) {
      // Fill holes so the array stays dense (sparse arrays fall off V8's fast path).
      while (this.rows.length < r) this.rows.push(undefined);
      row = { v: [], f: undefined, s: undefined };
      this.rows[r] = row;
    }
    return row;
  }

  raw(r: number, c: number): RawValue {
    return this.rows[r]?.v[c] ?? null;
  }

  formula(r: number, c: number): string | undefined {
    return this.rows[r]?.f?.[c];
  }

  /** Stores a value (clearing any formula) or a formula (clearing the value). */
  put(r: number, c: number, value: RawValue, formula?: string): void {
    const row = this.ensureRow(r);
    if (formula !== undefined) {
      row.f ??= [];
      row.f[c] = formula;
      setAt(row.v, c, null);
    } else {
      if (row.f && row.f[c] !== undefined) row.f[c] = undefined;
      setAt(row.v, c, value);
    }
    if (c + 1 > this.maxCols) this.maxCols = c + 1;
  }

  /** Explicit style id of a cell, or undefined when it inherits. */
  ownStyle(r: number, c: number): number | undefined {
    return this.rows[r]?.s?.[c];
  }

  styleId(r: number, c: number): number {
    return this.rows[r]?.s?.[c] ?? this.rowStyle.get(r) ?? this.colStyle.get(c) ?? 0;
  }

  setStyleId(r: number, c: number, id: number): void {
    const row = this.ensureRow(r);
    row.s ??= [];
    setAt(row.s, c, id);
    if (c + 1 > this.maxCols) this.maxCols = c + 1;
  }

  hasContent(r: number, c: number): boolean {
    const row = this.rows[r];
    if (!row) return false;
    return (row.v[c] ?? null) !== null || row.f?.[c] !== undefined;
  }

  /** The smallest rectangle holding every value (and, unless valuesOnly, every formatted cell). */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = -1;
    let r1 = -1;
    let c0 = MAX_COLS;
    let c1 = -1;
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      let lo = -1;
      let hi = -1;
      const scan = (arr: readonly unknown[] | undefined, isValue: boolean): void => {
        if (!arr) return;
        for (let c = 0; c < arr.length; c++) {
          const x = arr[c];
          const used = isValue ? x !== null && x !== undefined : x !== undefined && x !== 0;
          if (used) {
            if (lo < 0 || c < lo) lo = c;
            break;
          }
        }
        for (let c = arr.length - 1; c >= 0; c--) {
          const x = arr[c];
          const used = isValue ? x !== null && x !== undefined : x !== undefined && x !== 0;
          if (used) {
            if (c > hi) hi = c;
            break;
          }
        }
      };
      scan(row.v, true);
      scan(row.f, true);
      if (!valuesOnly) scan(row.s, false);
      if (hi < 0) continue;
      if (r0 < 0) r0 = r;
      r1 = r;
      if (lo < c0) c0 = lo;
      if (hi > c1) c1 = hi;
    }
    if (r0 < 0) return null;
    return { row: r0, col: c0, rowCount: r1 - r0 + 1, colCount: c1 - c0 + 1 };
  }

  /** Calls fn for every stored non-empty value or formula cell inside rect, row by row. */
  eachContent(rect: Rect, fn: (r: number, c: number, row: SimRow) => void): void {
    const rEnd = Math.min(rect.row + rect.rowCount, this.rows.length);
    const cEnd = rect.col + rect.colCount;
    for (let r = rect.row; r < rEnd; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const width = Math.min(cEnd, Math.max(row.v.length, row.f?.length ?? 0));
      for (let c = rect.col; c < width; c++) {
        if ((row.v[c] ?? null) !== null || row.f?.[c] !== undefined) fn(r, c, row);
      }
    }
  }

  columnWidth(c: number): number {
    return this.colWidth.get(c) ?? this.standardWidth;
  }

  rowHeightOf(r: number): number {
    return this.rowHeight.get(r) ?? this.standardHeight;
  }
}

function setAt<T>(arr: (T | undefined)[], i: number, v: T): void {
  // Grow with explicit undefined rather than leaving holes.
  while (arr.length < i) arr.push(undefined);
  arr[i] = v;
}

export function isErrorValue(v: RawValue): v is CellError {
  return typeof v === 'object' && v !== null;
}
