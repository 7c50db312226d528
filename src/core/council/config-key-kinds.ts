// The kinds of value a "Cấu hình" key holds (whole number, points, text, document name) and the
// record every key is: how it reads a cell into the rules being built and writes it back.

import type { PlanValue } from '../sheet/plan';
import type { CellValue } from '../sheet/grid';
import type { Rules } from './rules';
import { cellText, unscale } from '../sheets/kit';
import { parsePoints, parseWhole, type Parsed } from './values';

/** Rules being built from the sheet: the top level is replaced field by field. */
export type RulesDraft = { -readonly [K in keyof Rules]: Rules[K] };

export interface ConfigKey {
  readonly key: string;
  readonly note: { readonly vi: string; readonly en: string };
  /** Value written to the sheet for these rules. */
  write(rules: Rules): PlanValue;
  /** Applies a non-empty cell; returns a problem code when the value cannot be used (the default stays). */
  read(v: CellValue, draft: RulesDraft): Parsed<true>;
  /** Text keys take an empty cell as a value ("" chair name); the others treat it as "use the default". */
  readonly emptyIsValue?: boolean;
}

export const done: Parsed<true> = { ok: true, value: true };

export function apply<T>(p: Parsed<T>, set: (v: T) => void): Parsed<true> {
  if (!p.ok) return p;
  set(p.value);
  return done;
}

export type Note = ConfigKey['note'];

export function whole(
  key: string,
  min: number,
  max: number,
  get: (r: Rules) => number,
  set: (d: RulesDraft, v: number) => void,
  note: Note,
): ConfigKey {
  return { key, note, write: get, read: (v, d) => apply(parseWhole(v, min, max), (x) => set(d, x)) };
}

/** Points kept in hundredths (85 points = 8500). */
export function points(
  key: string,
  get: (r: Rules) => number,
  set: (d: RulesDraft, v: number) => void,
  note: Note,
): ConfigKey {
  return {
    key,
    note,
    write: (r) => unscale(get(r), 2),
    read: (v, d) => apply(parsePoints(v, 2, 0, 100), (x) => set(d, x)),
  };
}

export function text(
  key: string,
  get: (r: Rules) => string,
  set: (d: RulesDraft, v: string) => void,
  note: Note,
): ConfigKey {
  return {
    key,
    note,
    emptyIsValue: true,
    write: get,
    read: (v, d) => apply({ ok: true, value: cellText(v) }, (x) => set(d, x)),
  };
}

export function doc<K extends keyof Rules['documents']>(key: string, field: K, note: Note): ConfigKey {
  return text(
    key,
    (r) => String(r.documents[field]),
    (d, v) => {
      d.documents = { ...d.documents, [field]: v };
    },
    note,
  );
}
