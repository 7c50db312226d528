// Excel.Table and TableCollection: a table claims a rectangle; headers become unique text.

import { intersects, qualifiedAddress } from '../address';
import { defineClass, SimCollection, SimObject } from '../client';
import { simError } from '../errors';
import type { SimSheet } from '../sheet';
import type { SimTable, SimWorkbookState } from '../state';
import { SimRange } from './range';
import { SimWorksheet } from './worksheet';

type Ctx = SimObject<unknown>['context'];

export class SimTableProxy extends SimObject<SimTable> {
  constructor(
    context: Ctx,
    path: string,
    private readonly resolver: () => SimTable | null,
    nullable = false,
  ) {
    super(context, path);
    this.nullable = nullable;
  }
  get typeName(): string {
    return 'Table';
  }
  protected resolveTarget(): SimTable | null {
    const t = this.resolver();
    return t && this.engine.state.tables.includes(t) ? t : null;
  }
  instantiateNow(since?: string): void {
    this.instantiate({ o: this.path }, since);
  }
  private part(call: string, f: (t: SimTable) => import('../address').Rect | null): SimRange {
    return new SimRange(this.context, `${this.path}.${call}`, () => {
      const t = this.target();
      if (!t) return null;
      const rect = f(t);
      if (!rect) throw simError('InvalidOperation', `${call} is empty`);
      return { sheet: t.sheet, rect };
    });
  }
  getRange(): SimRange {
    return this.part('getRange()', (t) => t.rect);
  }
  getHeaderRowRange(): SimRange {
    return this.part('getHeaderRowRange()', (t) => (t.showHeaders ? { ...t.rect, rowCount: 1 } : null));
  }
  getDataBodyRange(): SimRange {
    return this.part('getDataBodyRange()', (t) => {
      const skip = t.showHeaders ? 1 : 0;
      return { ...t.rect, row: t.rect.row + skip, rowCount: t.rect.rowCount - skip };
    });
  }
  delete(): void {
    this.enqueue({ o: this.path, m: 'delete' }, undefined, (t) => {
      const tables = this.engine.state.tables;
      tables.splice(tables.indexOf(t), 1);
    });
  }
  convertToRange(): SimRange {
    const r = this.getRange();
    this.delete();
    return r;
  }
}

function flag(key: keyof SimTable, since?: string) {
  const spec = {
    get: (t: SimTable) => t[key],
    set: (t: SimTable, v: unknown) => {
      (t as unknown as Record<string, unknown>)[key] = Boolean(v);
    },
  };
  return since ? { ...spec, since } : spec;
}

defineClass(SimTableProxy, {
  props: {
    id: { get: (t) => t.id },
    name: {
      get: (t) => t.name,
      set: (t, v, o) => {
        const name = String(v);
        if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw simError('InvalidArgument', `Table name ${name}`);
        const other = o.engine.state.findTable(name) ?? o.engine.state.findName(name);
        if (other && other !== t) throw simError('ItemAlreadyExists', `Table name ${name}`);
        t.name = name;
      },
    },
    style: { get: (t) => t.style, set: (t, v) => void (t.style = String(v)) },
    showHeaders: flag('showHeaders'),
    showTotals: flag('showTotals'),
    showFilterButton: flag('showFilterButton', '1.3'),
    showBandedRows: flag('showBandedRows', '1.3'),
    showBandedColumns: flag('showBandedColumns', '1.3'),
    highlightFirstColumn: flag('highlightFirstColumn', '1.3'),
    highlightLastColumn: flag('highlightLastColumn', '1.3'),
  },
  navs: {
    worksheet: (o) => new SimWorksheet(o.context, `${o.path}.worksheet`, () => (o as SimTableProxy).target()?.sheet ?? null),
  },
});

export class SimTableCollection extends SimCollection<SimSheet | SimWorkbookState, SimTable> {
  constructor(
    context: Ctx,
    path: string,
    /** The worksheet for `worksheet.tables`; null for `workbook.tables`. */
    private readonly sheetResolver: (() => SimSheet | null) | null,
  ) {
    super(context, path);
  }
  get typeName(): string {
    return 'TableCollection';
  }
  protected resolveTarget(): SimSheet | SimWorkbookState | null {
    return this.sheetResolver ? this.sheetResolver() : this.engine.state;
  }
  private list(): SimTable[] {
    const sheet = this.sheetResolver?.() ?? null;
    return this.engine.state.tables.filter((t) => !this.sheetResolver || t.sheet === sheet);
  }
  protected itemsOf(): SimObject<SimTable>[] {
    return this.list().map((t) => new SimTableProxy(this.context, `${this.path}.getItem(${JSON.stringify(t.name)})`, () => t).setResolved(t));
  }
  getItem(key: string): SimTableProxy {
    const p = new SimTableProxy(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, () => this.list().find((t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key) ?? null);
    p.instantiateNow();
    return p;
  }
  getItemOrNullObject(key: string): SimTableProxy {
    const p = new SimTableProxy(
      this.context,
      `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => this.list().find((t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key) ?? null,
      true,
    );
    p.instantiateNow('1.4');
    return p;
  }
  add(address: SimRange | string, hasHeaders: boolean): SimTableProxy {
    this.sameContext(address);
    let created: SimTable | null = null;
    const desc = typeof address === 'string' ? address : address.path;
    this.context.push({
      desc: { o: this.path, m: 'add', a: [desc, hasHeaders] },
      run: () => {
        const state = this.engine.state;
        const home = this.sheetResolver ? this.sheetResolver() : state.active;
        const target = typeof address === 'string' ? this.engine.resolveAddress(address, home) : address.target();
        if (!target) throw simError('InvalidArgument', 'Table range');
        const { sheet, rect } = target;
        if (this.sheetResolver && sheet !== home) throw simError('InvalidArgument', 'The range is on another worksheet.');
        if (state.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect)) || sheet.merges.some((m) => intersects(m, rect))) {
          throw simError('MergedRangeConflict', undefined, qualifiedAddress(sheet.name, rect));
        }
        if (sheet.protection.protected) throw simError('AccessDenied', `(${sheet.name} is protected)`);
        if (hasHeaders) {
          // Headers are unique text; empty ones become "Column1", "Column2"…
          const seen = new Set<string>();
          for (let c = 0; c < rect.colCount; c++) {
            const v = state.valueAt(sheet, rect.row, rect.col + c);
            let text = v === null ? '' : typeof v === 'object' ? v.error : String(v);
            if (text === '') text = `Column${c + 1}`;
            let unique = text;
            for (let k = 2; seen.has(unique.toLowerCase()); k++) unique = `${text}${k}`;
            seen.add(unique.toLowerCase());
            if (unique !== v) sheet.put(rect.row, rect.col + c, unique);
          }
        }
        created = state.newTable(sheet, rect, hasHeaders);
      },
    });
    return new SimTableProxy(this.context, `${this.path}.add(${JSON.stringify(desc)})`, () => created);
  }
}
