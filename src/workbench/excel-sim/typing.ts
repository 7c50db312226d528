// What happens when a person types into a cell (the workbench's sheet view, browser journeys):
// the sheet's protection and the cell's data validation are enforced, which API writes skip.

import { parseLocal, parseQualified } from './address';
import { interpretInput } from './convert';
import { asText } from './payload';
import type { SimSheet, SimValidation } from './sheet';
import type { SimWorkbookState } from './state';

export type TypingResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'protected' }
  | { readonly ok: false; readonly reason: 'validation'; readonly title: string; readonly message: string };

type Body = Record<string, unknown>;

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(String(v).replace(/^=/, ''));
}

function compareOp(x: number, op: string, a: number, b: number): boolean {
  switch (op) {
    case 'Between':
      return x >= a && x <= b;
    case 'NotBetween':
      return x < a || x > b;
    case 'EqualTo':
      return x === a;
    case 'NotEqualTo':
      return x !== a;
    case 'GreaterThan':
      return x > a;
    case 'LessThan':
      return x < a;
    case 'GreaterThanOrEqualTo':
      return x >= a;
    case 'LessThanOrEqualTo':
      return x <= a;
    default:
      return true;
  }
}

function listItems(state: SimWorkbookState, sheet: SimSheet, source: unknown): string[] {
  const s = String(source);
  if (s.startsWith('=')) {
    const ref = parseQualified(s.slice(1));
    const target = ref?.sheet !== undefined ? state.findSheet(ref.sheet) : sheet;
    if (!ref || !target) return [];
    const out: string[] = [];
    for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rowCount; r++) {
      for (let c = ref.rect.col; c < ref.rect.col + ref.rect.colCount; c++) {
        const v = state.valueAt(target, r, c);
        if (v !== null && typeof v !== 'object') out.push(String(v));
      }
    }
    return out;
  }
  return s.split(',').map((x) => x.trim());
}

/** Whether `value` (as stored after typing) passes the rule; blanks pass when ignoreBlanks. */
function passes(state: SimWorkbookState, sheet: SimSheet, v: SimValidation, value: unknown): boolean {
  if (value === null || value === '') return v.ignoreBlanks;
  const [kind, raw] = Object.entries(v.rule)[0] ?? [];
  const body = (raw ?? {}) as Body;
  const op = asText(body['operator'] ?? 'Between');
  switch (kind) {
    case 'decimal':
    case 'wholeNumber':
    case 'date':
    case 'time': {
      if (typeof value !== 'number') return false;
      if (kind === 'wholeNumber' && !Number.isInteger(value)) return false;
      return compareOp(value, op, num(body['formula1']), num(body['formula2']));
    }
    case 'textLength':
      return compareOp(asText(value).length, op, num(body['formula1']), num(body['formula2']));
    case 'list':
      return listItems(state, sheet, body['source']).some((item) => item.toLowerCase() === asText(value).toLowerCase());
    default:
      return true;
  }
}

/** Types `text` into a cell as a person would; refused by protection or a Stop validation alert. */
export function typeInto(state: SimWorkbookState, sheetName: string, address: string, text: string): TypingResult {
  const sheet = state.getSheet(sheetName);
  const rect = parseLocal(address);
  if (!rect) throw new Error(`excel-sim: bad address "${address}"`);
  const { row, col } = rect;
  const style = state.styles.get(sheet.styleId(row, col));
  if (sheet.protection.protected && style.locked) return { ok: false, reason: 'protected' };
  const validation = sheet.validations.find(
    (v) => row >= v.rect.row && row < v.rect.row + v.rect.rowCount && col >= v.rect.col && col < v.rect.col + v.rect.colCount,
  );
  if (validation && validation.errorAlert.showAlert) {
    const typed = interpretInput(text, style.numberFormat, { currentYear: state.currentYear });
    const value = typed.kind === 'value' ? typed.value : typed.kind === 'clear' ? null : text;
    // Only a Stop alert refuses the entry; Warning and Information let the person keep it.
    if (!passes(state, sheet, validation, value) && validation.errorAlert.style === 'Stop') {
      return { ok: false, reason: 'validation', title: validation.errorAlert.title, message: validation.errorAlert.message };
    }
  }
  state.writeInput(sheet, row, col, text, 'values');
  state.touch();
  return { ok: true };
}
