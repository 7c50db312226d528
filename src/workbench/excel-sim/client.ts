// The office.js request model: proxy objects queue calls on their context; nothing touches the
// workbook until `context.sync()`, which checks the request size, runs the queue in order, and only
// then makes loaded properties readable. Reading a property that was not loaded throws
// PropertyNotLoaded, as office.js does.

import { propertyNotLoaded, SimRichApiError, simError } from './errors';
import { type LoadTree, parseLoad } from './load-tree';
import { jsonBytes } from './payload';
import type { SimEngine } from './engine';

/** One queued call: `desc` is what would be sent (measured as JSON), `run` performs it at sync. */
export interface Op {
  readonly desc: unknown;
  readonly run: (x: Exec) => void;
}

/** State of one sync while it runs. */
export class Exec {
  responseBytes = 0;
  readonly commits: (() => void)[] = [];
}


export interface PropSpec<T> {
  readonly get?: (target: T, obj: SimObject<T>) => unknown;
  readonly set?: (target: T, value: unknown, obj: SimObject<T>) => void;
  /** ExcelApi version that introduced the property. */
  readonly since?: string;
}

export interface ClassSpec<T> {
  readonly props: Readonly<Record<string, PropSpec<T>>>;
  readonly navs?: Readonly<Record<string, (obj: SimObject<T>) => SimObject<unknown>>>;
}

const SPECS = new WeakMap<object, ClassSpec<never>>();

/** Defines property getters/setters and navigation properties on a proxy class, office.js style. */
export function defineClass<T>(ctor: abstract new (...args: never[]) => SimObject<T>, spec: ClassSpec<T>): void {
  const proto: unknown = ctor.prototype;
  if (typeof proto === 'object' && proto !== null) SPECS.set(proto, spec);
  for (const [name, p] of Object.entries(spec.props)) {
    Object.defineProperty(ctor.prototype, name, {
      configurable: true,
      enumerable: false,
      get(this: SimObject<T>) {
        return this.readField(name);
      },
      set(this: SimObject<T>, value: unknown) {
        if (!p.set) throw simError('InvalidArgument', `Property ${name} is read-only.`);
        this.writeProp(name, value, p);
      },
    });
  }
  for (const [name, make] of Object.entries(spec.navs ?? {})) {
    Object.defineProperty(ctor.prototype, name, {
      configurable: true,
      enumerable: false,
      get(this: SimObject<T>) {
        return this.child(name, () => make(this));
      },
    });
  }
}

function specOf<T>(obj: SimObject<T>): ClassSpec<T> {
  let proto: object | null = Object.getPrototypeOf(obj) as object | null;
  while (proto) {
    const s = SPECS.get(proto);
    if (s) return s as ClassSpec<T>;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return { props: {} };
}

// Names that libraries probe on any object (promises, test matchers, React, inspectors).
const BENIGN = new Set(['then', 'toJSON', 'constructor', 'asymmetricMatch', 'nodeType', 'tagName', 'inspect', 'length', 'size', 'stack', 'message']);

function guarded<O extends object>(o: O): O {
  return new Proxy<O>(o, {
    get(target, prop, receiver) {
      return guardedGet(target, prop, receiver);
    },
  });
}

function guardedGet(target: object, prop: string | symbol, receiver: unknown): unknown {
  if (typeof prop === 'symbol' || prop in target || BENIGN.has(prop) || /^[_@$]/.test(prop)) {
    return Reflect.get(target, prop, receiver) as unknown;
  }
  const type = (target as { typeName?: string }).typeName ?? 'object';
  throw new TypeError(`excel-sim: ${type}.${prop} is not simulated (the members that are: src/workbench/excel-sim/proxies/)`);
}

export abstract class SimObject<T> {
  /** Values readable now: loaded at a sync or set locally. */
  protected readonly fields = new Map<string, unknown>();
  private readonly children = new Map<string, SimObject<unknown>>();
  private resolved: { target: T | null } | undefined;
  /** True for objects from *OrNullObject methods: a missing item is a null object, not an error. */
  protected nullable = false;

  constructor(
    readonly context: SimContextImpl,
    /** Human-readable object path; part of each request's measured payload. */
    readonly path: string,
  ) {
    // Reading a member the simulator lacks says so, instead of "undefined is not a function".
    return guarded(this);
  }

  /** office.js refuses, at call time, an object from another Excel.run passed as an argument. */
  sameContext(other: unknown): void {
    if (other instanceof SimObject && other.context !== this.context) {
      throw simError('InvalidRequestContext', undefined, this.path);
    }
  }

  /** Type name used in errors ("Range", "Worksheet"). */
  abstract get typeName(): string;

  /** Finds the workbook object this proxy stands for; runs only during sync. */
  protected abstract resolveTarget(): T | null;

  get engine(): SimEngine {
    return this.context.engine;
  }

  /** The target; throws the resolution error (ItemNotFound, …); null for a null object. */
  target(): T | null {
    if (this.resolved) return this.resolved.target;
    const t = this.resolveTarget();
    if (t === null && !this.nullable) throw simError('ItemNotFound', undefined, this.path);
    this.resolved = { target: t };
    return t;
  }

  /** For proxies created from known targets (collection items). */
  setResolved(target: T): this {
    this.resolved = { target };
    return this;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    return this.readField('isNullObject') as boolean;
  }

  readField(name: string): unknown {
    if (this.fields.has(name)) return this.fields.get(name);
    throw propertyNotLoaded(name, this.typeName);
  }

  writeProp(name: string, value: unknown, p: PropSpec<T>): void {
    this.fields.set(name, value);
    this.enqueue({ o: this.path, p: name, v: value }, p.since, (t) => p.set!(t, value, this));
  }

  child<C extends SimObject<unknown>>(key: string, make: () => C): C {
    let c = this.children.get(key);
    if (!c) {
      c = make();
      this.children.set(key, c);
    }
    return c as C;
  }

  /** Queues an action on this object; skipped when the object turns out to be a null object. */
  protected enqueue(desc: unknown, since: string | undefined, run: (target: T, x: Exec) => void): void {
    const call = desc as { m?: string; p?: string };
    this.context.push({
      desc,
      run: (x) => {
        try {
          if (since) this.engine.requireVersion(since, this.path);
          const t = this.target();
          if (t === null) return;
          run(t, x);
        } catch (e) {
          if (e instanceof SimRichApiError) throw e.locate(`${this.typeName}.${call.m ?? call.p ?? ''}`);
          throw e;
        }
      },
    });
  }

  /** Queues a method call whose result office.js returns as a ClientResult. */
  protected enqueueResult<R>(desc: unknown, since: string | undefined, run: (target: T) => R): SimClientResult<R> {
    const result = new SimClientResult<R>();
    this.enqueue(desc, since, (t, x) => {
      const v = run(t);
      x.responseBytes += jsonBytes(v);
      x.commits.push(() => result.accept(v));
    });
    return result;
  }

  /** Queues resolution so that a missing item fails (or becomes a null object) at the next sync. */
  protected instantiate(desc: unknown, since?: string): void {
    this.context.push({
      desc,
      run: (x) => {
        if (since) this.engine.requireVersion(since, this.path);
        const t = this.target();
        if (this.nullable) x.commits.push(() => this.fields.set('isNullObject', t === null));
      },
    });
  }

  load(arg?: unknown): this {
    const tree = parseLoad(arg);
    this.context.push({
      desc: { o: this.path, load: arg ?? '*' },
      run: (x) => {
        const t = this.target();
        if (t === null) return;
        const out = this.snapshot(t, tree, x);
        x.responseBytes += jsonBytes(out);
      },
    });
    return this;
  }

  /** Reads the requested properties now (at this point of the queue) and schedules their commit. */
  snapshot(t: T, tree: LoadTree | 'all', x: Exec): Record<string, unknown> {
    const spec = specOf(this);
    const out: Record<string, unknown> = {};
    const entries: [string, LoadTree | true][] =
      tree === 'all'
        ? Object.entries(spec.props)
            .filter(([, p]) => p.get && (!p.since || this.engine.supports(p.since)))
            .map(([k]) => [k, true])
        : [...tree.entries()];
    for (const [key, sub] of entries) {
      const p = spec.props[key];
      if (p?.get) {
        if (p.since) this.engine.requireVersion(p.since, `${this.path}.${key}`);
        out[key] = p.get(t, this);
        continue;
      }
      const nav = spec.navs?.[key];
      if (nav) {
        const c = this.child(key, () => nav(this));
        const ct = c.target();
        if (ct !== null) out[key] = c.snapshot(ct, sub === true ? 'all' : sub, x);
        continue;
      }
      if (key === 'isNullObject') continue;
      const extra = this.snapshotExtra(t, key, sub, x);
      if (extra !== undefined) {
        out[key] = extra;
        continue;
      }
      throw simError('InvalidArgument', `Cannot load property "${key}" of ${this.typeName}.`, this.path);
    }
    x.commits.push(() => {
      for (const [k, v] of Object.entries(out)) {
        if (!spec.navs?.[k]) this.fields.set(k, v);
      }
    });
    return out;
  }

  /** Hook for collections (items). */
  protected snapshotExtra(_t: T, _key: string, _sub: LoadTree | true, _x: Exec): unknown {
    return undefined;
  }

  /** office.js `set`: assigns several properties, including those of navigation properties. */
  set(properties: Record<string, unknown>): void {
    const spec = specOf(this);
    for (const [k, v] of Object.entries(properties)) {
      if (spec.props[k]?.set) Reflect.set(this, k, v);
      else if (spec.navs?.[k] && v && typeof v === 'object') {
        (Reflect.get(this, k) as SimObject<unknown>).set(v as Record<string, unknown>);
      } else throw simError('InvalidArgument', `Cannot set "${k}" on ${this.typeName}.`);
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.fields);
  }

  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
}

/** A collection proxy: `items` after load, like office.js collections. */
export abstract class SimCollection<T, I> extends SimObject<T> {
  /** Proxies for the current items (built at sync from the target). */
  protected abstract itemsOf(target: T): SimObject<I>[];

  get items(): unknown[] {
    return this.readField('items') as unknown[];
  }

  override snapshot(t: T, tree: LoadTree | 'all', x: Exec): Record<string, unknown> {
    // On a collection, load("name") means the items' name; "items/name" says the same.
    let itemTree: LoadTree | 'all' = tree;
    if (tree !== 'all') {
      const items = tree.get('items');
      if (items !== undefined) itemTree = items === true ? 'all' : items;
    }
    const proxies = this.itemsOf(t);
    const values = proxies.map((p) => p.snapshot(p.target()!, itemTree, x));
    x.commits.push(() => this.fields.set('items', proxies));
    return { items: values };
  }

  getCount(): SimClientResult<number> {
    return this.enqueueResult({ o: this.path, m: 'getCount' }, undefined, (t) => this.itemsOf(t).length);
  }
}

/** office.js ClientResult: `value` readable after sync. */
export class SimClientResult<R> {
  private has = false;
  private v: R | undefined;
  accept(v: R): void {
    this.v = v;
    this.has = true;
  }
  get value(): R {
    if (!this.has) throw propertyNotLoaded('value', 'ClientResult');
    return this.v as R;
  }
  toJSON(): unknown {
    return this.has ? { value: this.v } : {};
  }
}

/** The request context handed to a batch (typed as Excel.RequestContext at the boundary). */
export class SimContextImpl {
  private queue: Op[] = [];
  closed = false;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private readonly roots: { workbook: unknown; application: unknown };

  constructor(
    readonly engine: SimEngine,
    makeRoots: (ctx: SimContextImpl) => { workbook: unknown; application: unknown },
  ) {
    this.roots = makeRoots(this);
  }

  get workbook(): unknown {
    return this.roots.workbook;
  }

  get application(): unknown {
    return this.roots.application;
  }

  push(op: Op): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync<V>(passThroughValue?: V): Promise<V | undefined> {
    // office.js always answers asynchronously.
    await Promise.resolve();
    const ops = this.queue;
    this.queue = [];
    if (ops.length === 0) return passThroughValue;
    if (this.closed) throw simError('InvalidObjectPath', 'The request context is no longer valid (Excel.run ended).');
    this.engine.execute(ops);
    return passThroughValue;
  }
}

export function isSimError(e: unknown): e is SimRichApiError {
  return e instanceof SimRichApiError;
}
