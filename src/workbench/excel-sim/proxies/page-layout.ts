// Excel.PageLayout (ExcelApi 1.9): orientation, paper, margins, zoom, print titles and area; and the
// worksheet's manual horizontal page breaks (Excel.PageBreakCollection, ExcelApi 1.9).

import { MAX_COLS, localAddress } from '../address';
import { defineClass } from '../client';
import { simError } from '../errors';
import type { SimPageLayout as Layout, SimSheet } from '../sheet';
import { SimRange } from './range';
import { SheetPart } from './sheet-part';
import type { SimWorksheet } from './worksheet';

type Key = keyof Layout;

function field(key: Key, parse: (v: unknown) => unknown = (v) => v) {
  return {
    get: (s: SimSheet) => s.pageLayout[key],
    set: (s: SimSheet, v: unknown) => {
      (s.pageLayout as unknown as Record<string, unknown>)[key] = parse(v);
    },
    since: '1.9',
  };
}

function margin(v: unknown): number {
  const n = Number(v);
  if (!(n >= 0 && n <= 1_000)) throw simError('InvalidArgument', `Margin ${String(v)}`);
  return n;
}

export class SimPageLayout extends SheetPart {
  constructor(ws: SimWorksheet) {
    super(ws, 'pageLayout');
  }
  get typeName(): string {
    return 'PageLayout';
  }

  private rectOf(s: SimSheet, range: SimRange | string): import('../address').Rect {
    if (typeof range === 'string') return this.engine.resolveAddress(range, s).rect;
    const t = range.target();
    if (!t) throw simError('InvalidArgument', 'Range');
    return t.rect;
  }

  setPrintTitleRows(range: SimRange | string): void {
    this.sameContext(range);
    const desc = typeof range === 'string' ? range : range.path;
    this.enqueue({ o: this.path, m: 'setPrintTitleRows', a: [desc] }, '1.9', (s) => {
      const r = this.rectOf(s, range);
      s.pageLayout.printTitleRows = localAddress({ row: r.row, col: 0, rowCount: r.rowCount, colCount: MAX_COLS }, true);
    });
  }

  /** The rows repeated at the top of each printed page, or a null object (ExcelApi 1.9). */
  getPrintTitleRowsOrNullObject(): SimRange {
    const r = new SimRange(
      this.context,
      `${this.path}.getPrintTitleRowsOrNullObject()`,
      () => {
        const s = this.target();
        const address = s?.pageLayout.printTitleRows;
        return s && address ? { sheet: s, rect: this.engine.resolveAddress(address, s).rect } : null;
      },
      true,
    );
    r.instantiateNow('1.9');
    return r;
  }

  setPrintTitleColumns(range: SimRange | string): void {
    this.sameContext(range);
    const desc = typeof range === 'string' ? range : range.path;
    this.enqueue({ o: this.path, m: 'setPrintTitleColumns', a: [desc] }, '1.9', (s) => {
      const r = this.rectOf(s, range);
      s.pageLayout.printTitleColumns = localAddress({ row: 0, col: r.col, rowCount: 1_048_576, colCount: r.colCount }, true);
    });
  }

  setPrintArea(range: SimRange | string): void {
    this.sameContext(range);
    const desc = typeof range === 'string' ? range : range.path;
    this.enqueue({ o: this.path, m: 'setPrintArea', a: [desc] }, '1.9', (s) => {
      s.pageLayout.printArea = localAddress(this.rectOf(s, range), true);
    });
  }

  setPrintMargins(unit: string, options: Record<string, number>): void {
    this.enqueue({ o: this.path, m: 'setPrintMargins', a: [unit, options] }, '1.9', (s) => {
      // Points are the API's unit; inches and centimetres are converted.
      const f = unit === 'Inches' ? 72 : unit === 'Centimeters' ? 72 / 2.54 : 1;
      const map: Record<string, keyof Layout> = {
        left: 'leftMargin',
        right: 'rightMargin',
        top: 'topMargin',
        bottom: 'bottomMargin',
        header: 'headerMargin',
        footer: 'footerMargin',
      };
      for (const [k, v] of Object.entries(options)) {
        const key = map[k];
        if (key) (s.pageLayout as unknown as Record<string, unknown>)[key] = margin(v * f);
      }
    });
  }
}

defineClass(SimPageLayout, {
  props: {
    orientation: field('orientation', (v) => {
      if (v !== 'Portrait' && v !== 'Landscape') throw simError('InvalidArgument', `Orientation ${String(v)}`);
      return v;
    }),
    paperSize: field('paperSize', String),
    leftMargin: field('leftMargin', margin),
    rightMargin: field('rightMargin', margin),
    topMargin: field('topMargin', margin),
    bottomMargin: field('bottomMargin', margin),
    headerMargin: field('headerMargin', margin),
    footerMargin: field('footerMargin', margin),
    centerHorizontally: field('centerHorizontally', Boolean),
    centerVertically: field('centerVertically', Boolean),
    printGridlines: field('printGridlines', Boolean),
    printHeadings: field('printHeadings', Boolean),
    blackAndWhite: field('blackAndWhite', Boolean),
    draftMode: field('draftMode', Boolean),
    firstPageNumber: field('firstPageNumber'),
    printComments: field('printComments', String),
    printErrors: field('printErrors', String),
    printOrder: field('printOrder', String),
    zoom: {
      get: (s) => ({ ...s.pageLayout.zoom }),
      set: (s, v) => {
        const z = (v ?? {}) as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
        if (z.scale !== undefined && !(z.scale >= 10 && z.scale <= 400)) throw simError('InvalidArgument', `Zoom scale ${z.scale}`);
        s.pageLayout.zoom = { ...z };
      },
      since: '1.9',
    },
  },
});

/** Worksheet.horizontalPageBreaks: manual breaks above a row; `add` and `removePageBreaks` only. */
export class SimPageBreaks extends SheetPart {
  constructor(ws: SimWorksheet) {
    super(ws, 'horizontalPageBreaks');
  }
  get typeName(): string {
    return 'PageBreakCollection';
  }

  add(pageBreakRange: SimRange | string): void {
    this.sameContext(pageBreakRange);
    const desc = typeof pageBreakRange === 'string' ? pageBreakRange : pageBreakRange.path;
    this.enqueue({ o: this.path, m: 'add', a: [desc] }, '1.9', (s) => {
      const row = (typeof pageBreakRange === 'string' ? this.engine.resolveAddress(pageBreakRange, s).rect : pageBreakRange.target()?.rect)?.row;
      if (row === undefined) throw simError('InvalidArgument', 'Range');
      if (!s.pageLayout.rowBreaks.includes(row)) s.pageLayout.rowBreaks = [...s.pageLayout.rowBreaks, row].sort((a, b) => a - b);
    });
  }

  removePageBreaks(): void {
    this.enqueue({ o: this.path, m: 'removePageBreaks' }, '1.9', (s) => {
      s.pageLayout.rowBreaks = [];
    });
  }
}

defineClass(SimPageBreaks, { props: {} });
