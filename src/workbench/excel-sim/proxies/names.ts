// Excel.NamedItem and NamedItemCollection (workbook and worksheet scope). A range name follows its
// sheet through renames and becomes #REF! when the sheet is deleted, as in Excel.

import { parseQualified } from '../address';
import { defineClass, SimCollection, SimObject } from '../client';
import { simError } from '../errors';
import type { SimSheet } from '../sheet';
import type { SimName, SimWorkbookState } from '../state';
import { SimRange } from './range';
import { SimWorksheet } from './worksheet';

type Ctx = SimObject<unknown>['context'];

/** Excel's defined-name rules: a letter, "_" or "\" first; letters, digits, "_" and "."; not a cell reference. */
export function checkDefinedName(name: string): void {
  const ok = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) && name.length <= 255;
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name);
  if (!ok || looksLikeCell) throw simError('InvalidArgument', `"${name}" is not a valid name.`);
}

export class SimNamedItem extends SimObject<SimName> {
  constructor(
    context: Ctx,
    path: string,
    private readonly resolver: () => SimName | null,
    nullable = false,
  ) {
    super(context, path);
    this.nullable = nullable;
  }
  get typeName(): string {
    return 'NamedItem';
  }
  protected resolveTarget(): SimName | null {
    const n = this.resolver();
    return n && this.engine.state.names.includes(n) ? n : null;
  }
  instantiateNow(since?: string): void {
    this.instantiate({ o: this.path }, since);
  }
  getRange(): SimRange {
    return new SimRange(this.context, `${this.path}.getRange()`, () => {
      const n = this.target();
      if (!n) return null;
      if (!n.sheet || !n.rect) throw simError('InvalidReference', `Name ${n.name} does not refer to a range.`);
      return { sheet: n.sheet, rect: n.rect };
    });
  }
  getRangeOrNullObject(): SimRange {
    const r = new SimRange(
      this.context,
      `${this.path}.getRangeOrNullObject()`,
      () => {
        const n = this.target();
        return n?.sheet && n.rect ? { sheet: n.sheet, rect: n.rect } : null;
      },
      true,
    );
    r.instantiateNow('1.4');
    return r;
  }
  delete(): void {
    this.enqueue({ o: this.path, m: 'delete' }, '1.4', (n) => {
      const names = this.engine.state.names;
      const i = names.indexOf(n);
      if (i >= 0) names.splice(i, 1);
      this.engine.state.touch();
    });
  }
}

function nameType(state: SimWorkbookState, n: SimName): string {
  if (n.formula === null) return n.sheet ? 'Range' : 'Error';
  const body = n.formula.slice(1);
  if (/^".*"$/.test(body)) return 'String';
  if (/^(TRUE|FALSE)$/i.test(body)) return 'Boolean';
  if (/^-?\d+$/.test(body)) return 'Integer';
  if (Number.isFinite(Number(body))) return 'Double';
  void state;
  return 'Formula';
}

defineClass(SimNamedItem, {
  props: {
    name: { get: (n) => n.name },
    type: { get: (n, o) => nameType(o.engine.state, n) },
    // The API's `value` is the reference without "=" ("Sheet1!$A$1:$B$2").
    value: { get: (n, o) => o.engine.state.nameFormula(n).slice(1) },
    formula: {
      get: (n, o) => o.engine.state.nameFormula(n),
      set: (n, v, o) => setReference(o.engine.state, n, String(v)),
      since: '1.7',
    },
    visible: { get: (n) => n.visible, set: (n, v) => void (n.visible = Boolean(v)) },
    comment: { get: (n) => n.comment, set: (n, v) => void (n.comment = String(v)), since: '1.4' },
    scope: { get: (n) => (n.scope ? 'Worksheet' : 'Workbook'), since: '1.4' },
  },
  navs: {
    worksheet: (o) => new SimWorksheet(o.context, `${o.path}.worksheet`, () => (o as SimNamedItem).target()?.sheet ?? null),
  },
});

function setReference(state: SimWorkbookState, n: SimName, reference: string): void {
  const body = reference.replace(/^=/, '');
  const parsed = parseQualified(body);
  const sheet = parsed?.sheet !== undefined ? state.findSheet(parsed.sheet) : (parsed ? n.scope : null);
  if (parsed && sheet) {
    n.sheet = sheet;
    n.rect = parsed.rect;
    n.formula = null;
  } else {
    n.sheet = null;
    n.rect = null;
    n.formula = `=${body}`;
  }
  state.touch();
}

export class SimNamedItemCollection extends SimCollection<SimSheet | SimWorkbookState, SimName> {
  constructor(
    context: Ctx,
    path: string,
    /** Resolves the sheet for worksheet-scoped names; null for the workbook's collection. */
    private readonly scopeResolver: (() => SimSheet | null) | null,
  ) {
    super(context, path);
  }
  get typeName(): string {
    return 'NamedItemCollection';
  }
  protected resolveTarget(): SimSheet | SimWorkbookState | null {
    return this.scopeResolver ? this.scopeResolver() : this.engine.state;
  }
  private scope(): SimSheet | null {
    return this.scopeResolver ? this.scopeResolver() : null;
  }
  protected itemsOf(): SimObject<SimName>[] {
    const scope = this.scope();
    return this.engine.state.names
      .filter((n) => n.scope === scope)
      .map((n) => new SimNamedItem(this.context, `${this.path}.getItem(${JSON.stringify(n.name)})`, () => n).setResolved(n));
  }
  getItem(name: string): SimNamedItem {
    const item = new SimNamedItem(this.context, `${this.path}.getItem(${JSON.stringify(name)})`, () => this.engine.state.findName(name, this.scope()) ?? null);
    item.instantiateNow();
    return item;
  }
  getItemOrNullObject(name: string): SimNamedItem {
    const item = new SimNamedItem(
      this.context,
      `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`,
      () => this.engine.state.findName(name, this.scope()) ?? null,
      true,
    );
    item.instantiateNow('1.4');
    return item;
  }
  add(name: string, reference: SimRange | string, comment?: string): SimNamedItem {
    this.sameContext(reference);
    let created: SimName | null = null;
    const ref = typeof reference === 'string' ? reference : reference.path;
    this.context.push({
      desc: { o: this.path, m: 'add', a: [name, ref, comment ?? null] },
      run: () => {
        this.engine.requireVersion(this.scopeResolver ? '1.4' : '1.1', this.path);
        const state = this.engine.state;
        checkDefinedName(name);
        const scope = this.scope();
        if (state.findName(name, scope)) throw simError('ItemAlreadyExists', `The name "${name}" already exists.`);
        const n: SimName = { name, sheet: null, rect: null, formula: null, comment: comment ?? '', visible: true, scope };
        if (typeof reference === 'string') {
          setReference(state, n, reference);
        } else {
          const t = reference.target();
          if (!t) throw simError('InvalidArgument', 'Reference');
          n.sheet = t.sheet;
          n.rect = t.rect;
        }
        state.names.push(n);
        state.touch();
        created = n;
      },
    });
    return new SimNamedItem(this.context, `${this.path}.add(${JSON.stringify(name)})`, () => created);
  }
}
