// Intake (SPEC §2.1, §3): read a register as handed over (any sheet, any layout) into initiatives,
// problems and conversions, the way a careful clerk would read it, without configuration.

import { DEFAULT_FIELD_NAMES } from '../model';
import type { Problem } from '../problems';
import { columnLetter, type SheetGrid } from '../sheet/grid';
import { SHEET_ROLES } from '../sheet/plan';
import { foldForMatch, foldPlain } from '../text/fold';
import { cleanLine } from '../text/normalize';
import { CellReader } from './cells';
import { fieldMatcher } from './field-codes';
import type { RegisterField } from './fields';
import { findHeader, HEADER_SEARCH_ROWS, type HeaderFound } from './header';
import { combine, EMPTY_MAPPING, type SourceEntry, type SourceRead } from './combine';
import { IdAllocator } from './ids';
import { readRow, type RowContext, type RowDraft } from './read-row';
import { isItemNumber, isSectionNumeral, lineKind, namesField, namesUnion, stripSectionNumber } from './row-kind';
import type { ColumnMapping, IntakeOptions, IntakeResult, MappedColumn, SourceInput } from './types';
import { unitFromHeader } from '../text/money';


/** Sheets the add-in writes itself: never mistaken for the register handed over. */
const OWN_SHEETS = new Set(Object.values(SHEET_ROLES).map((r) => foldForMatch(r.name)));

interface Located {
  readonly grid: SheetGrid;
  readonly cells: CellReader;
  readonly header: HeaderFound | null;
}

function locate(grid: SheetGrid): Located {
  const cells = new CellReader(grid, HEADER_SEARCH_ROWS);
  const header = findHeader(cells);
  if (header) cells.headerEnd = header.last;
  return { grid, cells, header };
}

/** The clerk's sheet, or the one whose header names the most register columns (own sheets last). */
function chooseSheet(grids: readonly SheetGrid[], wanted: string | undefined): Located | null {
  if (wanted !== undefined) {
    const grid = grids.find((g) => g.name === wanted) ?? grids.find((g) => foldForMatch(g.name) === foldForMatch(wanted));
    return grid ? locate(grid) : null;
  }
  let best: Located | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const grid of grids) {
    const found = locate(grid);
    const own = OWN_SHEETS.has(foldForMatch(grid.name));
    const s = found.header ? found.header.score - (own ? 100 : 0) : -1000;
    if (s > bestScore) {
      best = found;
      bestScore = s;
    }
  }
  return best;
}

/** The automatic mapping with the clerk's corrections applied. */
function corrected(mapping: ColumnMapping, fixes: IntakeOptions['mapping']): ColumnMapping {
  if (!fixes) return mapping;
  const columns: Partial<Record<RegisterField, MappedColumn>> = { ...mapping.columns };
  for (const [field, index] of Object.entries(fixes) as [RegisterField, number | null | undefined][]) {
    if (index === undefined) continue;
    if (index === null) delete columns[field];
    else columns[field] = { index, letter: columnLetter(index), header: mapping.headers[index] ?? '', confidence: 1 };
  }
  const benefit = columns.benefit;
  return { ...mapping, columns, benefitUnit: benefit ? unitFromHeader(benefit.header) : 'dong' };
}

const FIELD_LABELS: Readonly<Record<RegisterField, string>> = {
  stt: 'STT',
  title: 'Tên sáng kiến',
  authors: 'Tác giả',
  coAuthors: 'Đồng tác giả',
  position: 'Chức vụ',
  workplace: 'Đơn vị công tác',
  positionWorkplace: 'Chức vụ, đơn vị công tác',
  unit: 'Công đoàn cấp trên',
  field: 'Lĩnh vực',
  benefit: 'Giá trị làm lợi',
  summary: 'Tóm tắt',
};

function emptyResult(sheet: string, problems: Problem[], options: IntakeOptions): IntakeResult {
  return {
    sheet,
    headerRows: { first: 0, last: 0 },
    mapping: EMPTY_MAPPING,
    initiatives: [],
    problems,
    conversions: [],
    vanished: [...new IdAllocator(options.previous ?? []).vanished()],
    stats: { rows: 0, sections: 0, skipped: 0, duplicates: 0 },
    fieldNames: options.fieldNames ?? DEFAULT_FIELD_NAMES,
    sources: sheet === '' ? [] : [{ file: null, sheet, status: 'noRegister', headerRows: { first: 0, last: 0 }, mapping: EMPTY_MAPPING, stats: { rows: 0, sections: 0, skipped: 0, duplicates: 0 }, encodings: { tcvn3: 0, vni: 0 }, problems }],
  };
}

/**
 * Whether row r only adds to the initiative read at row `prev`: no title or item number of its own,
 * and either its title is the one merged down from `prev`, or it is blank right under the rows of
 * that initiative and the row names an author.
 */
function isContinuation(
  cells: CellReader,
  r: number,
  prev: number,
  lastRead: number,
  titleCol: number,
  stt: number | undefined,
  authorsCol: number,
): boolean {
  const ownTitle = cells.own(r, titleCol);
  if (ownTitle !== null && !(typeof ownTitle === 'string' && ownTitle.trim() === '')) return false;
  if (stt !== undefined) {
    const ownStt = cells.own(r, stt);
    if (ownStt !== null && !(typeof ownStt === 'string' && ownStt.trim() === '')) return false;
  }
  const author = cells.text(r, authorsCol, false);
  // A signature or total line written in the authors column is not a co-author.
  if (author !== '' && lineKind(author) !== null) return false;
  // Under the same merged title the row belongs to that initiative, with or without a name of its own.
  const from = cells.mergedFrom(r, titleCol);
  if (from !== null) return from <= prev && prev < r;
  return author !== '' && lastRead === r - 1;
}

/** The initiative with the authors (and their positions) of a continuation row appended. */
function withCoAuthors(draft: RowDraft, more: RowDraft): RowDraft {
  return { ...draft, authors: [...draft.authors, ...more.authors], positions: [...draft.positions, ...more.positions] };
}

function sheetProblem(code: string, sheet: string, severity: Problem['severity'], params?: Record<string, string | number>): Problem {
  return { code, severity, sheet, row: null, column: null, ...(params ? { params } : {}) };
}

/** Walks one located register sheet: sections, subtotals, signature blocks, co-author rows. */
function readRows(located: Located & { readonly header: HeaderFound }, fixes: IntakeOptions['mapping'], options: IntakeOptions): SourceRead {
  const fieldNames = options.fieldNames ?? DEFAULT_FIELD_NAMES;
  const { grid, cells, header } = located;
  const mapping = corrected(header.mapping, fixes);
  const cols = mapping.columns;
  const problems: Problem[] = [];
  if (!cols.title) problems.push(sheetProblem('intake.column.missing', grid.name, 'error', { field: FIELD_LABELS.title }));
  if (!cols.authors) problems.push(sheetProblem('intake.column.missing', grid.name, 'warning', { field: FIELD_LABELS.authors }));
  if (!cols.workplace && !cols.positionWorkplace) {
    problems.push(sheetProblem('intake.column.missing', grid.name, 'warning', { field: FIELD_LABELS.workplace }));
  }
  if (!cols.benefit) problems.push(sheetProblem('intake.column.missing', grid.name, 'info', { field: FIELD_LABELS.benefit }));

  const matchField = fieldMatcher(fieldNames, options.fieldAliases ?? {});
  const drafts: RowDraft[] = [];
  const ctx: RowContext = { cells, sheet: grid.name, mapping, unit: mapping.benefitUnit, matchField, sectionUnit: '', sectionField: null };
  let outer: 'unit' | 'field' | null = null;
  let sections = 0;
  let skipped = 0;
  let afterTotal = false;
  /** 0-based row last read into an initiative (its own row or a co-author row under it). */
  let lastRead = -1;
  const stt = cols.stt?.index;
  const authorsCol = cols.authors?.index;
  const titleCol = cols.title?.index;
  const width = cells.width;

  for (let r = header.dataStart; r < cells.rowCount; r++) {
    // Co-authors listed one per row under a title merged down (or left blank) belong to the initiative above.
    const last = drafts[drafts.length - 1];
    if (last !== undefined && titleCol !== undefined && authorsCol !== undefined && isContinuation(cells, r, last.row - 1, lastRead, titleCol, stt, authorsCol)) {
      drafts[drafts.length - 1] = withCoAuthors(last, readRow(ctx, r));
      lastRead = r;
      continue;
    }
    const sttValue = stt === undefined ? null : cells.value(r, stt);
    // A number in the STT column is an item number; text may be one too ("12.") or a section numeral.
    const sttText = typeof sttValue === 'number' ? '' : stt === undefined ? '' : cells.text(r, stt, false);
    const itemNumber = typeof sttValue === 'number' ? Number.isFinite(sttValue) && sttValue >= 0 : isItemNumber(sttText);
    const hasAuthor = authorsCol !== undefined && cells.text(r, authorsCol, false) !== '';
    const titleText = titleCol === undefined ? '' : cells.text(r, titleCol, false);
    // The common row, numbered with a title and an author, needs no closer look.
    if (itemNumber && hasAuthor && titleText !== '' && !afterTotal) {
      drafts.push(readRow(ctx, r));
      lastRead = r;
      continue;
    }
    // The texts a clerk sees on the row (visible columns; formula errors are not text).
    let first = '';
    let firstCol = 0;
    let distinct = 0;
    let seen = '';
    let any = false;
    for (let c = 0; c < width; c++) {
      if (cells.isHidden(c)) continue;
      const v = cells.value(r, c);
      if (v === null || typeof v === 'object') continue;
      any = true;
      if (typeof v !== 'string' || c === stt) continue;
      // Read as the clerk sees it: a subtotal typed in TCVN3 must still read "Cộng".
      const t = cells.text(r, c, false);
      if (t === '' || t === seen) continue;
      if (first === '') {
        first = t;
        firstCol = c;
      }
      if (seen !== t) {
        distinct++;
        seen = t;
      }
    }
    if (!any) {
      skipped++;
      continue;
    }
    if (afterTotal && itemNumber && hasAuthor && titleText !== '') afterTotal = false;
    // A numbered line that only names a field or a union ("1. Lĩnh vực giáo dục") is a sub-section.
    const numberedSection = itemNumber && !hasAuthor && distinct === 1 && (namesField(foldPlain(first)) || namesUnion(foldPlain(first)));
    if ((!itemNumber && !hasAuthor) || numberedSection) {
      // Subtotals, totals and signature blocks; the title block's lines below a grand total too.
      const kind = lineKind(first || sttText);
      if (kind !== null || afterTotal) {
        if (kind === 'total') afterTotal = true;
        skipped++;
        continue;
      }
      // A section title: one text across the row (after a section numeral), no author, no item number.
      const sttIsText = stt !== undefined && sttText !== '' && !isSectionNumeral(sttText) && !itemNumber;
      const sectionText = sttIsText ? sttText : first;
      if ((distinct === 1 && !sttIsText) || (distinct === 0 && sttIsText)) {
        const name = cleanLine(stripSectionNumber(sectionText));
        // The section title was read decoded; list its conversion like any other cell's.
        cells.text(r, sttIsText ? stt : firstCol, true);
        const folded = foldPlain(name);
        const fieldCode = namesUnion(folded) ? null : matchField(name);
        const isField = namesField(folded) || (fieldCode !== null && !namesUnion(folded) && !cols.field);
        if (name !== '') {
          sections++;
          if (isField) {
            if (outer === null) outer = 'field';
            // A new outer section starts afresh; an inner one keeps what the outer gave.
            if (outer === 'field') ctx.sectionUnit = '';
            ctx.sectionField = fieldCode;
          } else {
            if (outer === null) outer = 'unit';
            if (outer === 'unit') ctx.sectionField = null;
            ctx.sectionUnit = name;
          }
          continue;
        }
      }
    }
    // An initiative needs an item number, or a title with something about who or where.
    const isData =
      itemNumber ||
      (titleText !== '' &&
        (hasAuthor ||
          ['workplace', 'positionWorkplace', 'benefit', 'unit'].some((f) => {
            const col = cols[f as RegisterField]?.index;
            return col !== undefined && cells.text(r, col, false) !== '';
          })));
    if (!isData || afterTotal) {
      skipped++;
      continue;
    }
    drafts.push(readRow(ctx, r));
    lastRead = r;
  }

  const before = problems;
  const after: Problem[] = [];
  // A header with nothing under it is almost always the wrong sheet or a register not yet filled.
  if (drafts.length === 0) after.push(sheetProblem('intake.rows.none', grid.name, 'warning', { row: header.last + 1 }));

  if (grid.merges === undefined) {
    // Old Excel cannot say which cells are merged: name the columns where a merged cell would hide values.
    const gaps: string[] = [];
    for (const f of ['unit', 'workplace', 'positionWorkplace', 'field', 'title', 'authors'] as const) {
      const col = cols[f];
      if (col && drafts.some((d) => cells.text(d.row - 1, col.index, false) === '')) gaps.push(col.letter);
    }
    before.unshift(sheetProblem('intake.merges.unknown', grid.name, 'info', { columns: gaps.length > 0 ? gaps.join(', ') : '—' }));
  }
  return { grid, cells, header, mapping, drafts, before, after, sections, skipped };
}

export function readRegister(grids: readonly SheetGrid[], options: IntakeOptions = {}): IntakeResult {
  if (grids.length === 0) return emptyResult('', [sheetProblem('intake.sheet.none', '', 'error')], options);
  const located = chooseSheet(grids, options.sheet);
  if (!located) {
    const name = options.sheet ?? '';
    return emptyResult(name, [sheetProblem('intake.sheet.notFound', name, 'error', { sheet: name })], options);
  }
  const { grid, header } = located;
  if (!header) {
    return emptyResult(grid.name, [sheetProblem('intake.header.notFound', grid.name, 'error', { rows: HEADER_SEARCH_ROWS })], options);
  }
  return combine([{ file: null, read: readRows({ ...located, header }, options.mapping, options) }], options);
}

/**
 * Several sources read as one register (SPEC §3): each with its own layout, units and corrections;
 * ids and duplicates across all of them; a file that could not be read, or holds no register, is a
 * line with its problem and the others are still read.
 */
export function readSources(inputs: readonly SourceInput[], options: IntakeOptions = {}): IntakeResult {
  const entries: SourceEntry[] = inputs.map((input): SourceEntry => {
    if ('code' in input) {
      return { file: input.file, sheet: '', status: 'unreadable', problems: [{ code: input.code, severity: 'error', sheet: '', row: null, column: null, params: { file: input.file, ...input.params } }] };
    }
    const file = input.file ?? null;
    // A council book given as a source is read for its registers, never for the add-in's own sheets.
    const grids = input.sheet === undefined ? input.grids.filter((g) => !OWN_SHEETS.has(foldForMatch(g.name))) : input.grids;
    const located = chooseSheet(grids, input.sheet);
    if (!located) {
      const name = input.sheet ?? '';
      const problem =
        input.sheet !== undefined
          ? sheetProblem('intake.sheet.notFound', name, 'error', { sheet: name })
          : file !== null
            ? sheetProblem('file.noRegister', '', 'error', { file, rows: HEADER_SEARCH_ROWS })
            : sheetProblem('intake.sheet.none', '', 'error');
      return { file, sheet: name, status: 'noRegister', problems: [problem] };
    }
    const { grid, header } = located;
    if (!header) {
      // A file with no register table in it is named as such; a ticked sheet says where it looked.
      const problem =
        file !== null && input.sheet === undefined
          ? sheetProblem('file.noRegister', grid.name, 'error', { file, rows: HEADER_SEARCH_ROWS })
          : sheetProblem('intake.header.notFound', grid.name, 'error', { rows: HEADER_SEARCH_ROWS });
      return { file, sheet: grid.name, status: 'noRegister', problems: [problem] };
    }
    return { file, read: readRows({ ...located, header }, input.mapping, options) };
  });
  return combine(entries, options);
}
