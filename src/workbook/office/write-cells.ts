// Single cells written through the Office adapter: a reviewer's save, a vote, a decision. Text
// keeps its form by the "@" format, or by a leading apostrophe on a protected sheet.

import type { CellWrite } from '../../core/sheet/plan';
import { ACTION_BYTES, type RequestBudget } from './batch';
import { jsonCellBytes } from './bytes';
import { officeValue, TEXT_FORMAT } from './write-values';

/**
 * Queues single cells. Adjacent cells of a row (a reviewer's criteria, total and comment) go as one
 * range. Text gets the "@" format first; on a protected sheet, where Excel refuses format changes
 * even on unlocked cells, it gets a leading apostrophe instead.
 */
export async function queueCells(
  sheet: Excel.Worksheet,
  cells: readonly CellWrite[],
  isProtected: boolean,
  budget: RequestBudget,
): Promise<void> {
  let i = 0;
  while (i < cells.length) {
    const first = cells[i]!;
    const values: (string | number | boolean)[] = [];
    const formats: string[] = [];
    let bytes = ACTION_BYTES * 2;
    let j = i;
    while (j < cells.length) {
      const w = cells[j]!;
      if (j > i && (w.row !== first.row || w.col !== first.col + (j - i))) break;
      let v = officeValue(w.value);
      // Formats cannot change on a protected sheet (its unlocked cells were formatted by
      // the plan): there text keeps its form by a leading apostrophe instead of "@".
      const fmt = isProtected ? undefined : (w.numberFormat ?? (typeof w.value === 'string' ? TEXT_FORMAT : undefined));
      if (typeof w.value === 'string' && isProtected) v = `'${w.value}`;
      if (j > i && (fmt !== undefined) !== formats.length > 0) break;
      values.push(v ?? '');
      if (fmt !== undefined) formats.push(fmt);
      bytes += jsonCellBytes(v) + (fmt !== undefined ? jsonCellBytes(fmt) : 0);
      j++;
    }
    await budget.reserve(bytes);
    const range = sheet.getRangeByIndexes(first.row, first.col, 1, j - i);
    if (formats.length > 0) range.numberFormat = [formats];
    range.values = [values];
    i = j;
  }
}
