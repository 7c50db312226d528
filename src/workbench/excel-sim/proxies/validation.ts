// Excel.DataValidation (ExcelApi 1.8) on a range: rule, prompt, error alert, clear. Rules are kept per
// rectangle; setting a rule on part of an area splits the old area, as Excel does.

import { subtract, intersects } from '../address';
import { defineClass, SimObject } from '../client';
import { simError } from '../errors';
import { checkEditable, type RangeTarget } from '../range-ops';
import type { SimValidation } from '../sheet';
import type { SimRange } from './range';

function defaults(t: RangeTarget): SimValidation {
  return {
    rect: t.rect,
    rule: {},
    prompt: { showPrompt: false, title: '', message: '' },
    errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
    ignoreBlanks: true,
  };
}

/** The validation covering the whole range, undefined if none, 'mixed' when cells differ. */
function current(t: RangeTarget): SimValidation | undefined | 'mixed' {
  const hits = t.sheet.validations.filter((v) => intersects(v.rect, t.rect));
  if (hits.length === 0) return undefined;
  const first = hits[0]!;
  const same = hits.every((v) => JSON.stringify({ ...v, rect: null }) === JSON.stringify({ ...first, rect: null }));
  if (!same) return 'mixed';
  const covered = hits.reduce((n, v) => {
    const r0 = Math.max(v.rect.row, t.rect.row);
    const r1 = Math.min(v.rect.row + v.rect.rowCount, t.rect.row + t.rect.rowCount);
    const c0 = Math.max(v.rect.col, t.rect.col);
    const c1 = Math.min(v.rect.col + v.rect.colCount, t.rect.col + t.rect.colCount);
    return n + (r1 - r0) * (c1 - c0);
  }, 0);
  return covered === t.rect.rowCount * t.rect.colCount ? first : 'mixed';
}

/** Applies a change to the validation of the range, carving it out of any overlapping areas. */
function update(t: RangeTarget, change: (v: SimValidation) => void): void {
  const now = current(t);
  const base: SimValidation = now && now !== 'mixed' ? { ...now, rect: t.rect } : defaults(t);
  const next: SimValidation = { ...base, prompt: { ...base.prompt }, errorAlert: { ...base.errorAlert }, rect: t.rect };
  change(next);
  const kept: SimValidation[] = [];
  for (const v of t.sheet.validations) {
    for (const rect of subtract(v.rect, t.rect)) kept.push({ ...v, rect });
  }
  kept.push(next);
  t.sheet.validations = kept;
}

const RULE_TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};

export class SimDataValidation extends SimObject<RangeTarget> {
  constructor(private readonly owner: SimRange) {
    super(owner.context, `${owner.path}.dataValidation`);
  }
  get typeName(): string {
    return 'DataValidation';
  }
  protected resolveTarget(): RangeTarget | null {
    return this.owner.target();
  }
  clear(): void {
    this.enqueue({ o: this.path, m: 'clear' }, '1.8', (t) => {
      checkEditable(this.engine.state, t, 'structure');
      const kept = [];
      for (const v of t.sheet.validations) for (const rect of subtract(v.rect, t.rect)) kept.push({ ...v, rect });
      t.sheet.validations = kept;
    });
  }
}

defineClass(SimDataValidation, {
  props: {
    rule: {
      get: (t) => {
        const v = current(t);
        return v === 'mixed' ? null : (v?.rule ?? {});
      },
      set: (t, value, o) => {
        checkEditable(o.engine.state, t, 'structure');
        const rule = (value ?? {}) as Record<string, unknown>;
        const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
        if (kinds.length !== 1 || !RULE_TYPES[kinds[0]!]) throw simError('InvalidArgument', 'A data validation rule needs exactly one rule type.');
        const kind = kinds[0]!;
        const body = rule[kind] as Record<string, unknown>;
        if (kind === 'list' && (body['source'] === undefined || body['source'] === '')) throw simError('InvalidArgument', 'List source');
        if ((kind === 'decimal' || kind === 'wholeNumber') && (body['formula1'] === undefined || body['operator'] === undefined)) {
          throw simError('InvalidArgument', 'formula1 and operator are required');
        }
        update(t, (v) => {
          v.rule = JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
        });
      },
      since: '1.8',
    },
    type: {
      get: (t) => {
        const v = current(t);
        if (v === 'mixed') return 'MixedCriteria';
        const kind = v ? Object.keys(v.rule)[0] : undefined;
        return kind ? (RULE_TYPES[kind] ?? 'Inconsistent') : 'None';
      },
      since: '1.8',
    },
    prompt: {
      get: (t) => {
        const v = current(t);
        return v === 'mixed' ? null : { ...(v ?? defaults(t)).prompt };
      },
      set: (t, value) =>
        update(t, (v) => {
          v.prompt = { ...v.prompt, ...(value as object) };
        }),
      since: '1.8',
    },
    errorAlert: {
      get: (t) => {
        const v = current(t);
        return v === 'mixed' ? null : { ...(v ?? defaults(t)).errorAlert };
      },
      set: (t, value) =>
        update(t, (v) => {
          v.errorAlert = { ...v.errorAlert, ...(value as object) };
        }),
      since: '1.8',
    },
    ignoreBlanks: {
      get: (t) => {
        const v = current(t);
        return v === 'mixed' ? null : (v ?? defaults(t)).ignoreBlanks;
      },
      set: (t, value) =>
        update(t, (v) => {
          v.ignoreBlanks = Boolean(value);
        }),
      since: '1.8',
    },
  },
});
