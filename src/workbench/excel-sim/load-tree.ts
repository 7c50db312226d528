// The forms office.js accepts for load(): "a,b", ["a"], "format/font/name", { select, expand } and
// property trees ({ format: { font: { name: true } } }), normalised into one tree of paths.

/** Property name → true (load it) or the subtree of a navigation property. */
export type LoadTree = Map<string, LoadTree | true>;

/** Normalises every form office.js accepts for load() into a tree of property paths. */
export function parseLoad(arg: unknown): LoadTree | 'all' {
  if (arg === undefined || arg === null) return 'all';
  const tree: LoadTree = new Map();
  const addPath = (path: string): void => {
    const parts = path
      .split('/')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    let node = tree;
    for (let i = 0; i < parts.length; i++) {
      const key = parts[i]!;
      if (i === parts.length - 1) {
        if (!node.has(key)) node.set(key, true);
      } else {
        let next = node.get(key);
        if (next === undefined || next === true) {
          next = new Map();
          node.set(key, next);
        }
        node = next;
      }
    }
  };
  const addList = (v: unknown): void => {
    if (typeof v === 'string') v.split(',').forEach(addPath);
    else if (Array.isArray(v)) v.forEach((x) => addList(x));
  };
  if (typeof arg === 'string' || Array.isArray(arg)) {
    addList(arg);
    return tree;
  }
  if (typeof arg === 'object') {
    const o = arg as Record<string, unknown>;
    if ('select' in o || 'expand' in o) {
      addList(o['select']);
      addList(o['expand']);
      return tree;
    }
    const walk = (obj: Record<string, unknown>, node: LoadTree): void => {
      for (const [k, v] of Object.entries(obj)) {
        if (k === '$all' && v === true) continue;
        if (v === true) node.set(k, true);
        else if (v && typeof v === 'object') {
          const sub: LoadTree = new Map();
          const inner = v as Record<string, unknown>;
          if (inner['$all'] === true && Object.keys(inner).length === 1) node.set(k, true);
          else {
            walk(inner, sub);
            node.set(k, sub);
          }
        }
      }
    };
    walk(o, tree);
    return tree;
  }
  return 'all';
}

