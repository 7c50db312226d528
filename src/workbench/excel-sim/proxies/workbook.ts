// Excel.Workbook with its settings, document properties (custom properties) and selection.

import { defineClass, SimCollection, SimObject } from '../client';
import { simError } from '../errors';
import type { SimWorkbookState } from '../state';
import { SimNamedItemCollection } from './names';
import { SimRange } from './range';
import { SimTableCollection } from './tables';
import { SimWorksheetCollection } from './worksheet';

type Ctx = SimObject<unknown>['context'];

export class SimWorkbook extends SimObject<SimWorkbookState> {
  constructor(context: Ctx) {
    super(context, 'workbook');
  }
  get typeName(): string {
    return 'Workbook';
  }
  protected resolveTarget(): SimWorkbookState {
    return this.engine.state;
  }
  getSelectedRange(): SimRange {
    return new SimRange(this.context, 'workbook.getSelectedRange()', () => {
      const sel = this.engine.state.selection;
      if (!sel) throw simError('InvalidSelection');
      return { sheet: sel.sheet, rect: sel.rect };
    });
  }
  getActiveCell(): SimRange {
    const r = new SimRange(this.context, 'workbook.getActiveCell()', () => {
      const sel = this.engine.state.selection;
      if (!sel) throw simError('InvalidSelection');
      return { sheet: sel.sheet, rect: { row: sel.rect.row, col: sel.rect.col, rowCount: 1, colCount: 1 } };
    });
    r.instantiateNow('1.7');
    return r;
  }
}
defineClass(SimWorkbook, {
  props: {
    name: { get: (_s, o) => o.engine.workbookName, since: '1.7' },
    readOnly: { get: () => false, since: '1.8' },
  },
  navs: {
    worksheets: (o) => new SimWorksheetCollection(o.context),
    names: (o) => new SimNamedItemCollection(o.context, 'workbook.names', null),
    tables: (o) => new SimTableCollection(o.context, 'workbook.tables', null),
    settings: (o) => new SimSettingCollection(o.context),
    properties: (o) => new SimDocumentProperties(o.context),
    application: (o) => new SimApplication(o.context),
  },
});

type SettingTarget = { readonly key: string };

export class SimSetting extends SimObject<SettingTarget> {
  constructor(
    context: Ctx,
    path: string,
    private readonly key: string,
    nullable = false,
  ) {
    super(context, path);
    this.nullable = nullable;
  }
  get typeName(): string {
    return 'Setting';
  }
  protected resolveTarget(): SettingTarget | null {
    return this.engine.state.settings.has(this.key) ? { key: this.key } : null;
  }
  instantiateNow(since?: string): void {
    this.instantiate({ o: this.path }, since);
  }
  delete(): void {
    this.enqueue({ o: this.path, m: 'delete' }, '1.4', (t) => void this.engine.state.settings.delete(t.key));
  }
}
defineClass(SimSetting, {
  props: {
    key: { get: (t) => t.key, since: '1.4' },
    value: {
      get: (t, o) => o.engine.state.settings.get(t.key),
      set: (t, v, o) => void o.engine.state.settings.set(t.key, JSON.parse(JSON.stringify(v)) as unknown),
      since: '1.4',
    },
  },
});

export class SimSettingCollection extends SimCollection<SimWorkbookState, SettingTarget> {
  constructor(context: Ctx) {
    super(context, 'workbook.settings');
  }
  get typeName(): string {
    return 'SettingCollection';
  }
  protected resolveTarget(): SimWorkbookState {
    this.engine.requireVersion('1.4', this.path);
    return this.engine.state;
  }
  protected itemsOf(state: SimWorkbookState): SimObject<SettingTarget>[] {
    return [...state.settings.keys()].map((key) => new SimSetting(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, key).setResolved({ key }));
  }
  add(key: string, value: unknown): SimSetting {
    this.context.push({
      desc: { o: this.path, m: 'add', a: [key, value] },
      run: () => {
        this.engine.requireVersion('1.4', this.path);
        // Settings hold JSON; what cannot round-trip through JSON is lost, as in Excel.
        this.engine.state.settings.set(key, JSON.parse(JSON.stringify(value ?? null)) as unknown);
      },
    });
    return new SimSetting(this.context, `${this.path}.add(${JSON.stringify(key)})`, key);
  }
  getItem(key: string): SimSetting {
    const s = new SimSetting(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, key);
    s.instantiateNow('1.4');
    return s;
  }
  getItemOrNullObject(key: string): SimSetting {
    const s = new SimSetting(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, key, true);
    s.instantiateNow('1.4');
    return s;
  }
}

export class SimDocumentProperties extends SimObject<SimWorkbookState> {
  constructor(context: Ctx) {
    super(context, 'workbook.properties');
  }
  get typeName(): string {
    return 'DocumentProperties';
  }
  protected resolveTarget(): SimWorkbookState {
    this.engine.requireVersion('1.7', this.path);
    return this.engine.state;
  }
}
function docProp(key: string) {
  return {
    get: (s: SimWorkbookState) => s.properties[key] ?? '',
    set: (s: SimWorkbookState, v: unknown) => {
      s.properties[key] = String(v);
    },
    since: '1.7',
  };
}
defineClass(SimDocumentProperties, {
  props: {
    author: docProp('author'),
    title: docProp('title'),
    subject: docProp('subject'),
    category: docProp('category'),
    comments: docProp('comments'),
    company: docProp('company'),
    keywords: docProp('keywords'),
    manager: docProp('manager'),
    lastAuthor: { get: (s: SimWorkbookState) => s.properties['lastAuthor'] ?? '', since: '1.7' },
  },
  navs: {
    custom: (o) => new SimCustomPropertyCollection(o.context),
  },
});

type CustomTarget = { readonly key: string };

function typeOfCustom(v: unknown): string {
  return typeof v === 'number' ? 'Number' : typeof v === 'boolean' ? 'Boolean' : 'String';
}

export class SimCustomProperty extends SimObject<CustomTarget> {
  constructor(
    context: Ctx,
    path: string,
    private readonly key: string,
    nullable = false,
  ) {
    super(context, path);
    this.nullable = nullable;
  }
  get typeName(): string {
    return 'CustomProperty';
  }
  protected resolveTarget(): CustomTarget | null {
    const found = [...this.engine.state.customProperties.keys()].find((k) => k.toLowerCase() === this.key.toLowerCase());
    return found === undefined ? null : { key: found };
  }
  instantiateNow(since?: string): void {
    this.instantiate({ o: this.path }, since);
  }
  delete(): void {
    this.enqueue({ o: this.path, m: 'delete' }, '1.7', (t) => void this.engine.state.customProperties.delete(t.key));
  }
}
defineClass(SimCustomProperty, {
  props: {
    key: { get: (t) => t.key, since: '1.7' },
    value: {
      get: (t, o) => o.engine.state.customProperties.get(t.key),
      set: (t, v, o) => void o.engine.state.customProperties.set(t.key, customValue(v)),
      since: '1.7',
    },
    type: { get: (t, o) => typeOfCustom(o.engine.state.customProperties.get(t.key)), since: '1.7' },
  },
});

function customValue(v: unknown): string | number | boolean {
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  // Excel limits a custom property's text value to 255 characters.
  if (s.length > 255) throw simError('InvalidArgument', 'A custom property value is limited to 255 characters.');
  return s;
}

export class SimCustomPropertyCollection extends SimCollection<SimWorkbookState, CustomTarget> {
  constructor(context: Ctx) {
    super(context, 'workbook.properties.custom');
  }
  get typeName(): string {
    return 'CustomPropertyCollection';
  }
  protected resolveTarget(): SimWorkbookState {
    this.engine.requireVersion('1.7', this.path);
    return this.engine.state;
  }
  protected itemsOf(state: SimWorkbookState): SimObject<CustomTarget>[] {
    return [...state.customProperties.keys()].map((key) =>
      new SimCustomProperty(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, key).setResolved({ key }),
    );
  }
  add(key: string, value: unknown): SimCustomProperty {
    this.context.push({
      desc: { o: this.path, m: 'add', a: [key, value] },
      run: () => {
        this.engine.requireVersion('1.7', this.path);
        const props = this.engine.state.customProperties;
        const existing = [...props.keys()].find((k) => k.toLowerCase() === key.toLowerCase());
        if (existing !== undefined) props.delete(existing);
        props.set(key, customValue(value));
      },
    });
    return new SimCustomProperty(this.context, `${this.path}.add(${JSON.stringify(key)})`, key);
  }
  getItem(key: string): SimCustomProperty {
    const p = new SimCustomProperty(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, key);
    p.instantiateNow('1.7');
    return p;
  }
  getItemOrNullObject(key: string): SimCustomProperty {
    const p = new SimCustomProperty(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, key, true);
    p.instantiateNow('1.7');
    return p;
  }
  deleteAll(): void {
    this.context.push({ desc: { o: this.path, m: 'deleteAll' }, run: () => this.engine.state.customProperties.clear() });
  }
}

export class SimApplication extends SimObject<SimWorkbookState> {
  constructor(context: Ctx) {
    super(context, 'application');
  }
  get typeName(): string {
    return 'Application';
  }
  protected resolveTarget(): SimWorkbookState {
    return this.engine.state;
  }
  calculate(_calculationType: string): void {
    this.enqueue({ o: this.path, m: 'calculate' }, undefined, (s) => s.touch());
  }
  suspendApiCalculationUntilNextSync(): void {
    this.enqueue({ o: this.path, m: 'suspendApiCalculationUntilNextSync' }, '1.6', () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.enqueue({ o: this.path, m: 'suspendScreenUpdatingUntilNextSync' }, '1.9', () => undefined);
  }
}
defineClass(SimApplication, {
  props: {
    // Readable since ExcelApi 1.1, settable since 1.8 (@types/office-js).
    calculationMode: { get: () => 'Automatic', set: (_s, _v, o) => o.engine.requireVersion('1.8', 'Application.calculationMode') },
  },
});
