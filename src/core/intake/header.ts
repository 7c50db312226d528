// Finding the table: the header row anywhere in the first rows, one or two rows deep (a merged
// group title over sub-headers), and the columns it names. Title blocks above and a column-number
// row ("(1) (2) …") below are stepped over.

import { columnLetter } from '../sheet/grid';
import { cleanLine } from '../text/normalize';
import { unitFromHeader } from '../text/money';
import type { CellReader } from './cells';
import { matchHeader, REGISTER_FIELDS, type RegisterField } from './fields';
import type { ColumnMapping, MappedColumn } from './types';

/** How far down a header may start: title blocks rarely take more than a dozen rows. */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderFound {
  /** 0-based first and last header rows. */
  readonly first: number;
  readonly last: number;
  /** 0-based first row after the header (and after a column-number row). */
  readonly dataStart: number;
  readonly mapping: ColumnMapping;
  /** How much the header looks like a register's: the sum of confidences of the fields found (0 without a title). */
  readonly score: number;
  /** Columns whose header names a register field. */
  readonly named: number;
}

interface Candidate {
  readonly field: RegisterField;
  readonly col: number;
  readonly header: string;
  readonly confidence: number;
}

/** The header texts and matches of one or two rows read as one header. */
function readHeader(cells: CellReader, first: number, last: number): { headers: string[]; candidates: Candidate[] } {
  const headers: string[] = [];
  const candidates: Candidate[] = [];
  for (let c = 0; c < cells.width; c++) {
    const upper = cleanLine(cells.text(first, c, false));
    const lower = last > first ? cleanLine(cells.text(last, c, false)) : upper;
    // Under a group title the sub-header is the more specific name; alone or merged down, one text.
    const texts = lower === upper ? [upper] : [lower, `${upper} ${lower}`.trim(), upper];
    headers.push(lower === upper || lower === '' ? upper : upper === '' ? lower : `${upper} – ${lower}`);
    for (const t of texts) {
      if (t === '') continue;
      const m = matchHeader(t);
      if (m === null) continue;
      if (m.field !== 'other') candidates.push({ field: m.field, col: c, header: t, confidence: m.confidence });
      break;
    }
  }
  return { headers, candidates };
}

/** One column per field: the most confident, visible before hidden, leftmost first; a column serves one field. */
function assign(cells: CellReader, candidates: readonly Candidate[]): Partial<Record<RegisterField, MappedColumn>> {
  const sorted = [...candidates].sort(
    (a, b) =>
      b.confidence - a.confidence || Number(cells.isHidden(a.col)) - Number(cells.isHidden(b.col)) || a.col - b.col,
  );
  const columns: Partial<Record<RegisterField, MappedColumn>> = {};
  const used = new Set<number>();
  for (const c of sorted) {
    if (columns[c.field] !== undefined || used.has(c.col)) continue;
    columns[c.field] = { index: c.col, letter: columnLetter(c.col), header: c.header, confidence: c.confidence };
    used.add(c.col);
  }
  return columns;
}

function score(columns: Partial<Record<RegisterField, MappedColumn>>): number {
  let s = 0;
  for (const f of REGISTER_FIELDS) s += columns[f]?.confidence ?? 0;
  return s;
}

/**
 * A row of column numbers under the header: "(1)", "(2)" … or "A", "B" …, possibly with formulas
 * between them ("(5)=(3)x(4)"); no words.
 */
function isColumnNumberRow(cells: CellReader, row: number): boolean {
  let strict = 0;
  for (let c = 0; c < cells.width; c++) {
    const t = cells.text(row, c, false);
    if (t === '') continue;
    if (/^\(?\s*(\d{1,2}|[A-Z])\s*\)?$/.test(t)) strict++;
    else if (!/^[()\d\sA-Za-z=+\-*/×x.,]{1,24}$/.test(t) || /[A-Za-z]{2,}/.test(t)) return false;
  }
  return strict >= 3;
}

/** The header of a register in this sheet, or null when none of the first rows names a title column. */
export function findHeader(cells: CellReader): HeaderFound | null {
  const limit = Math.min(HEADER_SEARCH_ROWS, cells.rowCount);
  const read = (first: number, last: number): HeaderFound => {
    const { headers, candidates } = readHeader(cells, first, last);
    const columns = assign(cells, candidates);
    let dataStart = last + 1;
    while (dataStart < cells.rowCount && isColumnNumberRow(cells, dataStart)) dataStart++;
    const benefit = columns.benefit;
    return {
      first,
      last,
      dataStart,
      score: columns.title === undefined ? 0 : score(columns),
      named: Object.keys(columns).length,
      mapping: { columns, headers, benefitUnit: benefit ? unitFromHeader(benefit.header) : 'dong' },
    };
  };
  const single: HeaderFound[] = [];
  for (let r = 0; r < Math.min(limit + 1, cells.rowCount); r++) single.push(read(r, r));
  let best: HeaderFound | null = null;
  for (let r = 0; r < limit; r++) {
    const one = single[r]!;
    if (best === null || one.score > best.score) best = one;
    const below = single[r + 1];
    if (below === undefined) continue;
    // Two rows are one header when together they name more than the upper row alone and no less than
    // the lower one, and the upper row names columns itself (a group title over sub-headers, not a blank line).
    if (one.named < 2) continue;
    const pair = read(r, r + 1);
    if (pair.score > one.score && pair.score >= below.score && pair.score >= best.score) best = pair;
  }
  return best !== null && best.score >= 2 ? best : null;
}
