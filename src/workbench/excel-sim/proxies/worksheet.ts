// Excel.Worksheet and Excel.WorksheetCollection, plus the worksheet's freeze panes and protection.

import { MAX_COLS, MAX_ROWS, localAddress } from '../address';
import { defineClass, SimCollection, SimObject } from '../client';
import { simError } from '../errors';
import { asText } from '../payload';
import type { SimSheet, Visibility } from '../sheet';
import type { SimWorkbookState } from '../state';
import { SimChartCollection } from './charts';
import { SimNamedItemCollection } from './names';
import { SimPageBreaks, SimPageLayout } from './page-layout';
import { SheetPart } from './sheet-part';
import { SimRange } from './range';
import { SimTableCollection } from './tables';

type Ctx = SimObject<unknown>['context'];

const BAD_NAME = /[\\/?*[\]:]/;

/** Excel's sheet-name rules: 1–31 characters, none of \ / ? * [ ] :, no leading/trailing apostrophe. */
export function checkSheetName(state: SimWorkbookState, name: string, except?: SimSheet): void {
  if (name.length === 0 || name.length > 31 || BAD_NAME.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history') {
    throw simError('InvalidArgument', `Sheet name "${name}" is not allowed.`);
  }
  const other = state.findSheet(name);
  if (other && other !== except) throw simError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
}

function visibleCount(state: SimWorkbookState): number {
  return state.sheets.filter((s) => s.visibility === 'Visible').length;
}

export class SimWorksheet extends SimObject<SimSheet> {
  constructor(
    context: Ctx,
    path: string,
    private readonly resolver: () => SimSheet | null,
    nullable = false,
  ) {
    super(context, path);
    this.nullable = nullable;
  }

  get typeName(): string {
    return 'Worksheet';
  }

  protected resolveTarget(): SimSheet | null {
    const s = this.resolver();
    if (s?.deleted) throw simError('ItemNotFound', 'The worksheet was deleted.', this.path);
    return s;
  }

  instantiateNow(since?: string): void {
    this.instantiate({ o: this.path }, since);
  }

  private range(call: string, rect: (s: SimSheet) => import('../address').Rect, since?: string): SimRange {
    const r = new SimRange(this.context, `${this.path}.${call}`, () => {
      const s = this.target();
      return s ? { sheet: s, rect: rect(s) } : null;
    });
    if (since) r.instantiateNow(since);
    return r;
  }

  getRange(address?: string): SimRange {
    if (address === undefined || address === '') {
      return this.range('getRange()', () => ({ row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLS }));
    }
    return this.range(`getRange(${JSON.stringify(address)})`, (s) => {
      const p = this.engine.resolveAddress(address, s);
      if (p.sheet !== s) throw simError('InvalidArgument', `Address ${address} is on another sheet.`);
      return p.rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this.range(
      `getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS) {
          throw simError('InvalidArgument', 'The range is outside the worksheet.');
        }
        return { row: startRow, col: startColumn, rowCount, colCount: columnCount };
      },
      '1.7',
    );
  }

  getCell(row: number, column: number): SimRange {
    return this.range(`getCell(${row},${column})`, () => {
      if (row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLS) throw simError('InvalidArgument', 'The cell is outside the worksheet.');
      return { row, col: column, rowCount: 1, colCount: 1 };
    });
  }

  getUsedRange(valuesOnly?: boolean): SimRange {
    // An empty sheet's used range is A1, as in Excel.
    return this.range(`getUsedRange(${String(valuesOnly ?? false)})`, (s) => s.usedRect(valuesOnly ?? false) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    const r = new SimRange(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${String(valuesOnly ?? false)})`,
      () => {
        const s = this.target();
        const rect = s?.usedRect(valuesOnly ?? false);
        return s && rect ? { sheet: s, rect } : null;
      },
      true,
    );
    r.instantiateNow('1.4');
    return r;
  }

  activate(): void {
    this.enqueue({ o: this.path, m: 'activate' }, undefined, (s) => {
      if (s.visibility !== 'Visible') throw simError('InvalidOperation', 'A hidden sheet cannot be activated.');
      const state = this.engine.state;
      state.active = s;
      state.selection = { sheet: s, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    });
  }

  delete(): void {
    this.enqueue({ o: this.path, m: 'delete' }, undefined, (s) => {
      const state = this.engine.state;
      if (s.visibility === 'Visible' && visibleCount(state) <= 1) {
        throw simError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      state.removeSheet(s);
    });
  }

  calculate(_markAllDirty: boolean): void {
    this.enqueue({ o: this.path, m: 'calculate' }, '1.6', () => this.engine.state.touch());
  }
}

defineClass(SimWorksheet, {
  props: {
    id: { get: (s) => s.id },
    name: {
      get: (s) => s.name,
      set: (s, v, o) => {
        const name = String(v);
        checkSheetName(o.engine.state, name, s);
        s.name = name;
      },
    },
    position: {
      get: (s, o) => o.engine.state.sheets.indexOf(s),
      set: (s, v, o) => {
        const sheets = o.engine.state.sheets;
        const to = Number(v);
        if (!Number.isInteger(to) || to < 0 || to >= sheets.length) throw simError('InvalidArgument', `Position ${String(v)}`);
        sheets.splice(sheets.indexOf(s), 1);
        sheets.splice(to, 0, s);
      },
    },
    visibility: {
      get: (s) => s.visibility,
      set: (s, v, o) => {
        const vis = asText(v) as Visibility;
        if (vis !== 'Visible' && vis !== 'Hidden' && vis !== 'VeryHidden') throw simError('InvalidArgument', `Visibility ${String(v)}`);
        const state = o.engine.state;
        if (vis !== 'Visible' && s.visibility === 'Visible' && visibleCount(state) <= 1) {
          throw simError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
        }
        s.visibility = vis;
        if (vis !== 'Visible' && state.active === s) {
          state.active = state.sheets.find((x) => x.visibility === 'Visible') ?? null;
          state.selection = state.active ? { sheet: state.active, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } } : null;
        }
      },
    },
    tabColor: {
      get: (s) => s.tabColor,
      set: (s, v) => {
        s.tabColor = v === null || v === '' ? '' : asText(v).toUpperCase();
      },
      since: '1.7',
    },
    showGridlines: { get: (s) => s.showGridlines, set: (s, v) => void (s.showGridlines = Boolean(v)), since: '1.8' },
    standardWidth: { get: (s) => s.standardWidth, set: (s, v) => void (s.standardWidth = Number(v)), since: '1.7' },
    standardHeight: { get: (s) => s.standardHeight, since: '1.7' },
  },
  navs: {
    protection: (o) => new SimWorksheetProtection(o as SimWorksheet),
    freezePanes: (o) => new SimFreezePanes(o as SimWorksheet),
    pageLayout: (o) => new SimPageLayout(o as SimWorksheet),
    horizontalPageBreaks: (o) => new SimPageBreaks(o as SimWorksheet),
    tables: (o) => new SimTableCollection(o.context, `${o.path}.tables`, () => (o as SimWorksheet).target()),
    charts: (o) => new SimChartCollection(o as SimWorksheet),
    names: (o) => new SimNamedItemCollection(o.context, `${o.path}.names`, () => (o as SimWorksheet).target()),
  },
});

export class SimWorksheetProtection extends SheetPart {
  constructor(ws: SimWorksheet) {
    super(ws, 'protection');
  }
  get typeName(): string {
    return 'WorksheetProtection';
  }
  protect(options?: Record<string, boolean | string>, password?: string): void {
    this.enqueue({ o: this.path, m: 'protect', a: [options ?? {}, password === undefined ? null : '***'] }, '1.2', (s) => {
      // Protecting a protected sheet has long been a no-op that keeps its options and password.
      if (s.protection.protected) return;
      s.protection = { protected: true, options: { ...(options ?? {}) }, password };
    });
  }
  unprotect(password?: string): void {
    this.enqueue({ o: this.path, m: 'unprotect', a: [password === undefined ? null : '***'] }, '1.2', (s) => {
      if (!s.protection.protected) return;
      if (s.protection.password !== undefined && s.protection.password !== password) {
        throw simError('InvalidArgument', 'The password is incorrect.');
      }
      s.protection = { protected: false, options: {}, password: undefined };
    });
  }
}
defineClass(SimWorksheetProtection, {
  props: {
    protected: { get: (s) => s.protection.protected, since: '1.2' },
    options: { get: (s) => ({ ...s.protection.options }), since: '1.2' },
  },
});

export class SimFreezePanes extends SheetPart {
  constructor(ws: SimWorksheet) {
    super(ws, 'freezePanes');
  }
  get typeName(): string {
    return 'WorksheetFreezePanes';
  }
  freezeRows(count?: number): void {
    this.enqueue({ o: this.path, m: 'freezeRows', a: [count ?? 1] }, '1.7', (s) => {
      s.freeze = { rows: count ?? 1, cols: 0 };
    });
  }
  freezeColumns(count?: number): void {
    this.enqueue({ o: this.path, m: 'freezeColumns', a: [count ?? 1] }, '1.7', (s) => {
      s.freeze = { rows: 0, cols: count ?? 1 };
    });
  }
  freezeAt(frozenRange: SimRange | string): void {
    this.sameContext(frozenRange);
    const desc = typeof frozenRange === 'string' ? frozenRange : frozenRange.path;
    this.enqueue({ o: this.path, m: 'freezeAt', a: [desc] }, '1.7', (s) => {
      const rect = typeof frozenRange === 'string' ? this.engine.resolveAddress(frozenRange, s).rect : frozenRange.target()?.rect;
      if (!rect) return;
      s.freeze = { rows: rect.row + rect.rowCount, cols: rect.col + rect.colCount };
    });
  }
  unfreeze(): void {
    this.enqueue({ o: this.path, m: 'unfreeze' }, '1.7', (s) => {
      s.freeze = { rows: 0, cols: 0 };
    });
  }
  getLocationOrNullObject(): SimRange {
    const r = new SimRange(
      this.context,
      `${this.path}.getLocationOrNullObject()`,
      () => {
        const s = this.target();
        if (!s || (s.freeze.rows === 0 && s.freeze.cols === 0)) return null;
        return {
          sheet: s,
          rect:
            s.freeze.cols === 0
              ? { row: 0, col: 0, rowCount: s.freeze.rows, colCount: MAX_COLS }
              : s.freeze.rows === 0
                ? { row: 0, col: 0, rowCount: MAX_ROWS, colCount: s.freeze.cols }
                : { row: 0, col: 0, rowCount: s.freeze.rows, colCount: s.freeze.cols },
        };
      },
      true,
    );
    r.instantiateNow('1.7');
    return r;
  }
}
defineClass(SimFreezePanes, { props: {} });

export class SimWorksheetCollection extends SimCollection<SimWorkbookState, SimSheet> {
  constructor(context: Ctx) {
    super(context, 'worksheets');
  }
  get typeName(): string {
    return 'WorksheetCollection';
  }
  protected resolveTarget(): SimWorkbookState {
    return this.engine.state;
  }
  protected itemsOf(state: SimWorkbookState): SimObject<SimSheet>[] {
    return state.sheets.map((s) => this.proxyFor(s));
  }

  private proxyFor(s: SimSheet): SimWorksheet {
    return this.child(`id:${s.id}`, () => new SimWorksheet(this.context, `worksheets.getItem(${JSON.stringify(s.id)})`, () => s)).setResolved(s);
  }

  private find(key: string): SimSheet | null {
    const state = this.engine.state;
    return state.findSheet(key) ?? state.sheets.find((s) => s.id === key) ?? null;
  }

  getItem(key: string): SimWorksheet {
    const ws = new SimWorksheet(this.context, `worksheets.getItem(${JSON.stringify(key)})`, () => this.find(key));
    ws.instantiateNow();
    return ws;
  }

  getItemOrNullObject(key: string): SimWorksheet {
    const ws = new SimWorksheet(this.context, `worksheets.getItemOrNullObject(${JSON.stringify(key)})`, () => this.find(key), true);
    ws.instantiateNow('1.4');
    return ws;
  }

  getActiveWorksheet(): SimWorksheet {
    const ws = new SimWorksheet(this.context, 'worksheets.getActiveWorksheet()', () => this.engine.state.active);
    ws.instantiateNow();
    return ws;
  }

  getFirst(visibleOnly?: boolean): SimWorksheet {
    const ws = new SimWorksheet(this.context, 'worksheets.getFirst()', () => this.engine.state.sheets.find((s) => !visibleOnly || s.visibility === 'Visible') ?? null);
    ws.instantiateNow('1.5');
    return ws;
  }

  getLast(visibleOnly?: boolean): SimWorksheet {
    const ws = new SimWorksheet(this.context, 'worksheets.getLast()', () => [...this.engine.state.sheets].reverse().find((s) => !visibleOnly || s.visibility === 'Visible') ?? null);
    ws.instantiateNow('1.5');
    return ws;
  }

  add(name?: string): SimWorksheet {
    let created: SimSheet | null = null;
    this.context.push({
      desc: { o: this.path, m: 'add', a: [name ?? null] },
      run: () => {
        const state = this.engine.state;
        let n = name;
        if (n === undefined || n === '') {
          let i = state.sheets.length + 1;
          while (state.findSheet(`Sheet${i}`)) i++;
          n = `Sheet${i}`;
        }
        checkSheetName(state, n);
        created = state.addSheet(n);
      },
    });
    return new SimWorksheet(this.context, `worksheets.add(${JSON.stringify(name ?? null)})`, () => created);
  }
}

/** Local print-title address of whole rows, e.g. "$1:$3". */
export function rowsAddress(first: number, last: number): string {
  return localAddress({ row: first, col: 0, rowCount: last - first + 1, colCount: MAX_COLS }, true);
}
