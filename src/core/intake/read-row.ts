// One initiative row: the clerk's reading of each mapped cell, with a problem for each thing to fix.

import type { Dong, FieldCode, Initiative } from '../model';
import type { Problem, Severity } from '../problems';
import { cellKey, columnLetter, serialText } from '../sheet/grid';
import { splitAuthors, splitPositions, splitPositionWorkplace } from '../text/authors';
import { parseMoney, type MoneyUnit } from '../text/money';

import type { CellReader } from './cells';
import type { FieldMatcher } from './field-codes';
import type { RegisterField } from './fields';
import type { ColumnMapping } from './types';

/** What one row says of its initiative, before it has an id or is compared with the others. */
export interface RowDraft
  extends Pick<Initiative, 'title' | 'authors' | 'positions' | 'workplace' | 'unit' | 'field' | 'benefitVnd' | 'summary'> {
  /** Excel row, 1-based. */
  readonly row: number;
  readonly problems: Problem[];
}

export interface RowContext {
  readonly cells: CellReader;
  readonly sheet: string;
  readonly mapping: ColumnMapping;
  readonly unit: MoneyUnit;
  readonly matchField: FieldMatcher;
  /** Union and field given by the section rows above (updated as sections pass). */
  sectionUnit: string;
  sectionField: FieldCode | null;
}

/** 1,000 billion đồng. */
const LARGEST_PLAUSIBLE = 1_000_000_000_000;

/** Fields whose formula errors matter: the clerk must see them. */
const MATTERS: readonly RegisterField[] = ['title', 'authors', 'coAuthors', 'position', 'workplace', 'positionWorkplace', 'unit', 'field'];

/** A cell's clean text on one line (cells come back clean; only line breaks remain to join). */
function line(text: string): string {
  return text.includes('\n') ? text.replace(/\n+/g, ' ') : text;
}

export function readRow(ctx: RowContext, r: number): RowDraft {
  const { cells, mapping, sheet } = ctx;
  const cols = mapping.columns;
  const problems: Problem[] = [];
  const row = r + 1;
  const problem = (code: string, severity: Severity, field: RegisterField | null, params?: Record<string, string | number>): void => {
    const col = field === null ? undefined : cols[field]?.index;
    problems.push({
      code,
      severity,
      sheet,
      row,
      column: col === undefined ? null : columnLetter(col),
      ...(params ? { params } : {}),
    });
  };
  const text = (field: RegisterField): string => {
    const col = cols[field]?.index;
    if (col === undefined) return '';
    const v = cells.value(r, col);
    if (typeof v === 'object' && v !== null) {
      if (MATTERS.includes(field)) problem('intake.cell.error', 'warning', field, { value: v.error });
      return '';
    }
    return cells.text(r, col);
  };

  const title = line(text('title'));
  if (title === '') problem('intake.title.missing', 'error', 'title');

  // Authors: one cell or two (lead, co-authors); markers removed, the marked lead moved first.
  const list = splitAuthors(text('authors'));
  const co = cols.coAuthors ? splitAuthors(text('coAuthors')).names : [];
  const authors = [...list.names, ...co];
  if (authors.length === 0) problem('intake.author.missing', 'warning', 'authors');

  let positions: string[] = [];
  let workplace = line(text('workplace'));
  if (cols.position) {
    const raw = splitPositions(text('position'), list.names.length);
    // Positions follow their authors when the lead was moved to the front.
    positions = raw.length === list.order.length ? list.order.map((i) => raw[i]!) : raw;
  }
  // Positions written after the names in the authors cell ("Nguyễn Văn A - Giáo viên"), where no column gives them.
  if (positions.length === 0 && list.positions.some((p) => p !== '')) {
    const given = [...list.positions];
    while (given[given.length - 1] === '') given.pop();
    positions = given;
  }
  for (const piece of list.unsure) problem('intake.author.unsure', 'warning', 'authors', { value: piece });
  if (cols.positionWorkplace) {
    const lines = text('positionWorkplace').split('\n').filter((l) => l !== '');
    const parts = lines.map((l) => splitPositionWorkplace(l));
    if (positions.length === 0) positions = parts.map((p) => p.position).filter((p) => p !== '');
    if (workplace === '') workplace = parts.find((p) => p.workplace !== '')?.workplace ?? '';
  }
  if (workplace === '' && (cols.workplace || cols.positionWorkplace)) {
    problem('intake.workplace.missing', 'warning', cols.workplace ? 'workplace' : 'positionWorkplace');
  }

  const unit = line(text('unit')) || ctx.sectionUnit;

  let field = ctx.sectionField;
  const fieldText = line(text('field'));
  if (fieldText !== '') {
    const code = ctx.matchField(fieldText);
    if (code === null) problem('intake.field.unknown', 'warning', 'field', { value: fieldText });
    else field = code;
  }

  let benefitVnd: Dong | null = null;
  const bcol = cols.benefit?.index;
  if (bcol !== undefined) {
    let v = cells.value(r, bcol);
    if (typeof v === 'string') v = cells.decode(v, r, bcol);
    const key = cellKey(r, bcol);
    // A formula never calculated reads as empty, and a date is no amount: said, never taken silently.
    const uncalculated = cells.grid.uncalculated?.has(key) === true;
    const date = typeof v === 'number' && cells.grid.dates?.has(key) === true ? v : null;
    if (uncalculated) problem('intake.money.uncalculated', 'error', 'benefit', { formula: cells.grid.formulas?.get(key) ?? '' });
    else if (date !== null) problem('intake.money.date', 'error', 'benefit', { value: serialText(date) });
    const money = uncalculated || date !== null ? parseMoney(null, ctx.unit) : parseMoney(v, ctx.unit);
    const shown = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : typeof v === 'object' && v !== null && 'error' in v ? v.error : '';
    if (money.kind === 'amount') {
      benefitVnd = money.vnd;
      // A few đồng of benefit is never meant: most likely millions typed into a đồng column.
      if (ctx.unit === 'dong' && money.vnd > 0 && money.vnd < 1000 && (typeof v === 'number' || /^[\d.,\s]+$/.test(shown))) {
        problem('intake.money.small', 'warning', 'benefit', { value: shown });
      }
      // Over a thousand billion đồng is no workers' initiative: most likely đồng typed into a scaled column.
      if (money.vnd > LARGEST_PLAUSIBLE) problem('intake.money.large', 'warning', 'benefit', { value: shown });
    }
    else if (money.kind === 'problem') problem(money.code, 'error', 'benefit', { value: shown });
    else if (money.words && !money.known) problem('intake.money.text', 'info', 'benefit', { value: shown });
  }

  const summary = cols.summary && !cells.isError(r, cols.summary.index) ? text('summary') : '';
  return { row, title, authors, positions, workplace, unit, field, benefitVnd, summary, problems };
}
