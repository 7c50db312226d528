// Excel.Range: an address on a sheet, resolved at sync. Values, formulas, formats and merges go
// through range-ops so the conversions and limits are the same for every caller.

import { MAX_COLS, MAX_ROWS, type Rect, cellCount, intersects, isEntireColumn, isEntireRow, qualifiedAddress } from '../address';
import { defineClass, SimCollection, SimObject, type SimClientResult } from '../client';
import { simError } from '../errors';
import { MAX_MERGED_AREAS } from '../engine';
import {
  checkEditable,
  type ClearWhat,
  clearRange,
  heightOf,
  mergeRange,
  type RangeTarget,
  readFormulas,
  readNumberFormat,
  readText,
  readValues,
  readValueTypes,
  triState,
  unmergeRange,
  widthOf,
  writeMatrix,
  writeNumberFormat,
} from '../range-ops';
import { SimRangeFormat } from './format';
import { SimDataValidation } from './validation';
import { getCellProperties, setCellProperties, getColumnProperties, setColumnProperties, getRowProperties, setRowProperties } from './cell-properties';
import { SimWorksheet } from './worksheet';

function within(r: Rect): Rect {
  if (r.row < 0 || r.col < 0 || r.rowCount < 1 || r.colCount < 1 || r.row + r.rowCount > MAX_ROWS || r.col + r.colCount > MAX_COLS) {
    throw simError('InvalidArgument', 'The range is outside the worksheet.');
  }
  return r;
}

export class SimRange extends SimObject<RangeTarget> {
  constructor(
    context: SimObject<unknown>['context'],
    path: string,
    private readonly resolver: () => RangeTarget | null,
    nullable = false,
  ) {
    super(context, path);
    this.nullable = nullable;
  }

  get typeName(): string {
    return 'Range';
  }

  protected resolveTarget(): RangeTarget | null {
    const t = this.resolver();
    if (t && t.sheet.deleted) throw simError('InvalidObjectPath', 'The worksheet was deleted.', this.path);
    return t;
  }

  /** A range computed from this one at sync time. */
  private derive(call: string, f: (t: RangeTarget) => RangeTarget | null, opts: { nullable?: boolean; since?: string } = {}): SimRange {
    const r = new SimRange(
      this.context,
      `${this.path}.${call}`,
      () => {
        const t = this.target();
        return t ? f(t) : null;
      },
      opts.nullable ?? false,
    );
    if (opts.nullable || opts.since) r.instantiateNow(opts.since);
    return r;
  }

  instantiateNow(since?: string): void {
    this.instantiate({ o: this.path }, since);
  }

  getCell(row: number, column: number): SimRange {
    return this.derive(`getCell(${row},${column})`, (t) => ({
      sheet: t.sheet,
      rect: within({ row: t.rect.row + row, col: t.rect.col + column, rowCount: 1, colCount: 1 }),
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derive(`getOffsetRange(${rowOffset},${columnOffset})`, (t) => ({
      sheet: t.sheet,
      rect: within({ ...t.rect, row: t.rect.row + rowOffset, col: t.rect.col + columnOffset }),
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derive(
      `getResizedRange(${deltaRows},${deltaColumns})`,
      (t) => ({
        sheet: t.sheet,
        rect: within({ ...t.rect, rowCount: t.rect.rowCount + deltaRows, colCount: t.rect.colCount + deltaColumns }),
      }),
      { since: '1.7' },
    );
  }

  getEntireColumn(): SimRange {
    return this.derive('getEntireColumn()', (t) => ({ sheet: t.sheet, rect: { row: 0, col: t.rect.col, rowCount: MAX_ROWS, colCount: t.rect.colCount } }));
  }

  getEntireRow(): SimRange {
    return this.derive('getEntireRow()', (t) => ({ sheet: t.sheet, rect: { row: t.rect.row, col: 0, rowCount: t.rect.rowCount, colCount: MAX_COLS } }));
  }

  getRow(row: number): SimRange {
    return this.derive(`getRow(${row})`, (t) => ({ sheet: t.sheet, rect: within({ ...t.rect, row: t.rect.row + row, rowCount: 1 }) }));
  }

  getColumn(column: number): SimRange {
    return this.derive(`getColumn(${column})`, (t) => ({ sheet: t.sheet, rect: within({ ...t.rect, col: t.rect.col + column, colCount: 1 }) }));
  }

  getLastRow(): SimRange {
    return this.derive('getLastRow()', (t) => ({ sheet: t.sheet, rect: { ...t.rect, row: t.rect.row + t.rect.rowCount - 1, rowCount: 1 } }));
  }

  getLastColumn(): SimRange {
    return this.derive('getLastColumn()', (t) => ({ sheet: t.sheet, rect: { ...t.rect, col: t.rect.col + t.rect.colCount - 1, colCount: 1 } }));
  }

  getLastCell(): SimRange {
    return this.derive('getLastCell()', (t) => ({
      sheet: t.sheet,
      rect: { row: t.rect.row + t.rect.rowCount - 1, col: t.rect.col + t.rect.colCount - 1, rowCount: 1, colCount: 1 },
    }));
  }

  getIntersectionOrNullObject(anotherRange: SimRange | string): SimRange {
    this.sameContext(anotherRange);
    return this.derive(
      'getIntersectionOrNullObject()',
      (t) => {
        const o = this.other(anotherRange, t);
        const r0 = Math.max(t.rect.row, o.row);
        const c0 = Math.max(t.rect.col, o.col);
        const r1 = Math.min(t.rect.row + t.rect.rowCount, o.row + o.rowCount);
        const c1 = Math.min(t.rect.col + t.rect.colCount, o.col + o.colCount);
        return r1 > r0 && c1 > c0 ? { sheet: t.sheet, rect: { row: r0, col: c0, rowCount: r1 - r0, colCount: c1 - c0 } } : null;
      },
      { nullable: true },
    );
  }

  getBoundingRect(anotherRange: SimRange | string): SimRange {
    this.sameContext(anotherRange);
    return this.derive('getBoundingRect()', (t) => {
      const o = this.other(anotherRange, t);
      const r0 = Math.min(t.rect.row, o.row);
      const c0 = Math.min(t.rect.col, o.col);
      const r1 = Math.max(t.rect.row + t.rect.rowCount, o.row + o.rowCount);
      const c1 = Math.max(t.rect.col + t.rect.colCount, o.col + o.colCount);
      return { sheet: t.sheet, rect: { row: r0, col: c0, rowCount: r1 - r0, colCount: c1 - c0 } };
    });
  }

  private other(another: SimRange | string, t: RangeTarget): Rect {
    if (typeof another === 'string') {
      const p = this.engine.resolveAddress(another, t.sheet);
      if (p.sheet !== t.sheet) throw simError('InvalidArgument', 'Ranges are on different worksheets.');
      return p.rect;
    }
    const o = another.target();
    if (!o || o.sheet !== t.sheet) throw simError('InvalidArgument', 'Ranges are on different worksheets.');
    return o.rect;
  }

  getUsedRange(valuesOnly?: boolean): SimRange {
    return this.derive(`getUsedRange(${String(valuesOnly ?? false)})`, (t) => usedWithin(t, valuesOnly ?? false) ?? { sheet: t.sheet, rect: { ...t.rect, rowCount: 1, colCount: 1 } });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return this.derive(`getUsedRangeOrNullObject(${String(valuesOnly ?? false)})`, (t) => usedWithin(t, valuesOnly ?? false), {
      nullable: true,
      since: '1.4',
    });
  }

  clear(applyTo?: ClearWhat): void {
    this.enqueue({ o: this.path, m: 'clear', a: [applyTo ?? 'All'] }, undefined, (t) => clearRange(this.engine.state, t, applyTo ?? 'All'));
  }

  merge(across?: boolean): void {
    this.enqueue({ o: this.path, m: 'merge', a: [across ?? false] }, '1.2', (t) => mergeRange(this.engine.state, t, across ?? false));
  }

  unmerge(): void {
    this.enqueue({ o: this.path, m: 'unmerge' }, '1.2', (t) => unmergeRange(this.engine.state, t));
  }

  getMergedAreasOrNullObject(): SimRangeAreas {
    const areas = new SimRangeAreas(this.context, `${this.path}.getMergedAreasOrNullObject()`, () => {
      const t = this.target();
      if (!t) return null;
      const rects = t.sheet.merges.filter((m) => intersects(m, t.rect));
      // Excel fails to return more than 512 merged areas (@types/office-js); the error is a guess.
      const counted = this.engine.options.mergesCountedPerSheet ? t.sheet.merges.length : rects.length;
      if (counted > MAX_MERGED_AREAS) {
        throw simError('GeneralException', `(${counted} merged areas; Excel returns at most ${MAX_MERGED_AREAS})`, `${this.path}.getMergedAreasOrNullObject`);
      }
      return rects.length > 0 ? { sheet: t.sheet, rects } : null;
    });
    areas.instantiateNow('1.13');
    return areas;
  }

  select(): void {
    this.enqueue({ o: this.path, m: 'select' }, undefined, (t) => {
      const state = this.engine.state;
      if (t.sheet.visibility !== 'Visible') throw simError('InvalidSelection', undefined, this.path);
      state.active = t.sheet;
      state.selection = { sheet: t.sheet, rect: t.rect };
    });
  }

  getCellProperties(cellPropertiesLoadOptions: Record<string, unknown>): SimClientResult<unknown[][]> {
    return this.enqueueResult({ o: this.path, m: 'getCellProperties', a: [cellPropertiesLoadOptions] }, '1.9', (t) =>
      getCellProperties(this.engine, t, cellPropertiesLoadOptions),
    );
  }

  setCellProperties(cellPropertiesData: unknown[][]): void {
    this.enqueue({ o: this.path, m: 'setCellProperties', a: [cellPropertiesData] }, '1.9', (t) =>
      setCellProperties(this.engine, t, cellPropertiesData),
    );
  }

  getColumnProperties(loadOptions: Record<string, unknown>): SimClientResult<unknown[]> {
    return this.enqueueResult({ o: this.path, m: 'getColumnProperties', a: [loadOptions] }, '1.9', (t) => getColumnProperties(this.engine, t, loadOptions));
  }

  setColumnProperties(data: unknown[]): void {
    this.enqueue({ o: this.path, m: 'setColumnProperties', a: [data] }, '1.9', (t) => setColumnProperties(this.engine, t, data));
  }

  getRowProperties(loadOptions: Record<string, unknown>): SimClientResult<unknown[]> {
    return this.enqueueResult({ o: this.path, m: 'getRowProperties', a: [loadOptions] }, '1.9', (t) => getRowProperties(this.engine, t, loadOptions));
  }

  setRowProperties(data: unknown[]): void {
    this.enqueue({ o: this.path, m: 'setRowProperties', a: [data] }, '1.9', (t) => setRowProperties(this.engine, t, data));
  }
}

function usedWithin(t: RangeTarget, valuesOnly: boolean): RangeTarget | null {
  const used = t.sheet.usedRect(valuesOnly);
  if (!used) return null;
  const r0 = Math.max(used.row, t.rect.row);
  const c0 = Math.max(used.col, t.rect.col);
  const r1 = Math.min(used.row + used.rowCount, t.rect.row + t.rect.rowCount);
  const c1 = Math.min(used.col + used.colCount, t.rect.col + t.rect.colCount);
  if (r1 <= r0 || c1 <= c0) return null;
  return { sheet: t.sheet, rect: { row: r0, col: c0, rowCount: r1 - r0, colCount: c1 - c0 } };
}

function readCells<V>(o: SimObject<RangeTarget>, t: RangeTarget, name: string, read: () => V): V {
  o.engine.checkReadCells(cellCount(t.rect), `${o.path}.${name}`);
  return read();
}

defineClass(SimRange, {
  props: {
    address: { get: (t) => qualifiedAddress(t.sheet.name, t.rect) },
    addressLocal: { get: (t) => qualifiedAddress(t.sheet.name, t.rect) },
    cellCount: { get: (t) => cellCount(t.rect) },
    rowCount: { get: (t) => t.rect.rowCount },
    columnCount: { get: (t) => t.rect.colCount },
    rowIndex: { get: (t) => t.rect.row },
    columnIndex: { get: (t) => t.rect.col },
    isEntireColumn: { get: (t) => isEntireColumn(t.rect), since: '1.7' },
    isEntireRow: { get: (t) => isEntireRow(t.rect), since: '1.7' },
    values: {
      get: (t, o) => readCells(o, t, 'values', () => readValues(o.engine.state, t)),
      set: (t, v, o) => writeMatrix(o.engine.state, t, v, 'values'),
    },
    formulas: {
      get: (t, o) => readCells(o, t, 'formulas', () => readFormulas(t)),
      set: (t, v, o) => writeMatrix(o.engine.state, t, v, 'formulas'),
    },
    formulasLocal: {
      get: (t, o) => readCells(o, t, 'formulasLocal', () => readFormulas(t)),
      set: (t, v, o) => writeMatrix(o.engine.state, t, v, 'formulas'),
    },
    numberFormat: {
      get: (t, o) => readCells(o, t, 'numberFormat', () => readNumberFormat(o.engine.state, t)),
      set: (t, v, o) => writeNumberFormat(o.engine.state, t, v),
    },
    numberFormatLocal: {
      get: (t, o) => readCells(o, t, 'numberFormatLocal', () => readNumberFormat(o.engine.state, t)),
      set: (t, v, o) => writeNumberFormat(o.engine.state, t, v),
      since: '1.7',
    },
    text: { get: (t, o) => readCells(o, t, 'text', () => readText(o.engine.state, t)) },
    valueTypes: { get: (t, o) => readCells(o, t, 'valueTypes', () => readValueTypes(o.engine.state, t)) },
    columnHidden: {
      get: (t) => triState(t.sheet.hiddenCols, t.rect.col, t.rect.colCount),
      set: (t, v, o) => {
        checkEditable(o.engine.state, t, 'columns');
        for (let c = t.rect.col; c < t.rect.col + t.rect.colCount; c++) {
          if (v) t.sheet.hiddenCols.add(c);
          else t.sheet.hiddenCols.delete(c);
        }
      },
      since: '1.2',
    },
    rowHidden: {
      get: (t) => triState(t.sheet.hiddenRows, t.rect.row, t.rect.rowCount),
      set: (t, v, o) => {
        checkEditable(o.engine.state, t, 'rows');
        for (let r = t.rect.row; r < t.rect.row + t.rect.rowCount; r++) {
          if (v) t.sheet.hiddenRows.add(r);
          else t.sheet.hiddenRows.delete(r);
        }
      },
      since: '1.2',
    },
    hidden: {
      get: (t) => {
        const rows = triState(t.sheet.hiddenRows, t.rect.row, t.rect.rowCount);
        const cols = triState(t.sheet.hiddenCols, t.rect.col, t.rect.colCount);
        return rows === true || cols === true;
      },
      since: '1.2',
    },
    width: { get: (t) => widthOf(t.sheet, t.rect), since: '1.3' },
    height: { get: (t) => heightOf(t.sheet, t.rect), since: '1.3' },
    left: { get: (t) => widthOf(t.sheet, { ...t.rect, col: 0, colCount: t.rect.col }), since: '1.3' },
    top: { get: (t) => heightOf(t.sheet, { ...t.rect, row: 0, rowCount: t.rect.row }), since: '1.3' },
    style: { get: () => 'Normal', set: () => undefined, since: '1.7' },
  },
  navs: {
    format: (o) => new SimRangeFormat(o as SimRange, 'format'),
    worksheet: (o) => {
      const ws = new SimWorksheet(o.context, `${o.path}.worksheet`, () => (o as SimRange).target()?.sheet ?? null);
      return ws;
    },
    dataValidation: (o) => new SimDataValidation(o as SimRange),
  },
});

export interface AreasTarget {
  readonly sheet: import('../sheet').SimSheet;
  readonly rects: readonly Rect[];
}

/** Excel.RangeAreas as returned by getMergedAreasOrNullObject. */
export class SimRangeAreas extends SimObject<AreasTarget> {
  constructor(
    context: SimObject<unknown>['context'],
    path: string,
    private readonly resolver: () => AreasTarget | null,
  ) {
    super(context, path);
    this.nullable = true;
  }
  get typeName(): string {
    return 'RangeAreas';
  }
  protected resolveTarget(): AreasTarget | null {
    return this.resolver();
  }
  instantiateNow(since?: string): void {
    this.instantiate({ o: this.path }, since);
  }
}

class SimRangeCollection extends SimCollection<AreasTarget, RangeTarget> {
  constructor(private readonly owner: SimRangeAreas) {
    super(owner.context, `${owner.path}.areas`);
  }
  get typeName(): string {
    return 'RangeCollection';
  }
  protected resolveTarget(): AreasTarget | null {
    return this.owner.target();
  }
  protected itemsOf(t: AreasTarget): SimObject<RangeTarget>[] {
    return t.rects.map((rect, i) => new SimRange(this.context, `${this.path}.items[${i}]`, () => ({ sheet: t.sheet, rect })).setResolved({ sheet: t.sheet, rect }));
  }
}

defineClass(SimRangeAreas, {
  props: {
    address: { get: (t) => t.rects.map((r) => qualifiedAddress(t.sheet.name, r)).join(',') },
    addressLocal: { get: (t) => t.rects.map((r) => qualifiedAddress(t.sheet.name, r)).join(',') },
    areaCount: { get: (t) => t.rects.length },
    cellCount: { get: (t) => t.rects.reduce((n, r) => n + cellCount(r), 0) },
  },
  navs: {
    areas: (o) => new SimRangeCollection(o as SimRangeAreas),
  },
});
