// Intake, third stage: walking the rows under the header as a clerk reads them. Each row is an
// initiative, a co-author row of the initiative above, a section title (its union or field for
// the rows beneath), or something to step over (blank, subtotal, total, signature block).

import type { FieldCode } from '../model';
import { foldPlain } from '../text/fold';
import { cleanLine } from '../text/normalize';
import type { CellReader } from './cells';
import type { FieldMatcher } from './field-codes';
import type { RegisterField } from './fields';
import { readRow, type RowContext, type RowDraft } from './read-row';
import { isItemNumber, isSectionNumeral, lineKind, namesField, namesUnion, stripSectionNumber } from './row-kind';
import type { ColumnMapping } from './types';

export interface RowsRead {
  readonly drafts: RowDraft[];
  readonly sections: number;
  readonly skipped: number;
}

/**
 * Whether row r only adds to the initiative read at row `prev`: no title or item number of its own,
 * and either its title is the one merged down from `prev`, or it is blank right under the rows of
 * that initiative and the row names an author.
 */
export function isContinuation(
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
export function withCoAuthors(draft: RowDraft, more: RowDraft): RowDraft {
  return { ...draft, authors: [...draft.authors, ...more.authors], positions: [...draft.positions, ...more.positions] };
}

/** The texts a clerk sees on a row, outside the STT column: the first, where, and how many differ. */
export interface RowTexts {
  /** Whether any visible cell holds a value (formula errors are not text, but are a value). */
  readonly any: boolean;
  readonly first: string;
  readonly firstCol: number;
  /** Changes of text from one cell to the next (a text merged across counts once). */
  readonly distinct: number;
}

export function rowTexts(cells: CellReader, r: number, stt: number | undefined): RowTexts {
  let first = '';
  let firstCol = 0;
  let distinct = 0;
  let seen = '';
  let any = false;
  for (let c = 0; c < cells.width; c++) {
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
  return { any, first, firstCol, distinct };
}

/**
 * Sections nest one way round in a register: the first kind seen (union or field) is the outer one.
 * Entering a section sets what the rows beneath it take from it.
 */
export class Sections {
  private outer: 'unit' | 'field' | null = null;
  count = 0;

  constructor(private readonly ctx: RowContext) {}

  enter(name: string, isField: boolean, fieldCode: FieldCode | null): void {
    this.count++;
    if (isField) {
      if (this.outer === null) this.outer = 'field';
      // A new outer section starts afresh; an inner one keeps what the outer gave.
      if (this.outer === 'field') this.ctx.sectionUnit = '';
      this.ctx.sectionField = fieldCode;
    } else {
      if (this.outer === null) this.outer = 'unit';
      if (this.outer === 'unit') this.ctx.sectionField = null;
      this.ctx.sectionUnit = name;
    }
  }
}

/** A section's name and kind, from its one text (a union unless it names a field, or a field code when the register has no field column). */
export function sectionKind(
  name: string,
  matchField: FieldMatcher,
  hasFieldColumn: boolean,
): { isField: boolean; fieldCode: FieldCode | null } {
  const folded = foldPlain(name);
  const fieldCode = namesUnion(folded) ? null : matchField(name);
  const isField = namesField(folded) || (fieldCode !== null && !namesUnion(folded) && !hasFieldColumn);
  return { isField, fieldCode };
}

/** An initiative needs an item number, or a title with something about who or where. */
export function isDataRow(
  cells: CellReader,
  r: number,
  mapping: ColumnMapping,
  itemNumber: boolean,
  titleText: string,
  hasAuthor: boolean,
): boolean {
  const cols = mapping.columns;
  return (
    itemNumber ||
    (titleText !== '' &&
      (hasAuthor ||
        ['workplace', 'positionWorkplace', 'benefit', 'unit'].some((f) => {
          const col = cols[f as RegisterField]?.index;
          return col !== undefined && cells.text(r, col, false) !== '';
        })))
  );
}

/** Walks the rows from `dataStart` to the end of the sheet: sections, subtotals, signature blocks, co-author rows. */
export function walkRows(ctx: RowContext, dataStart: number): RowsRead {
  const { cells, mapping, matchField } = ctx;
  const cols = mapping.columns;
  const drafts: RowDraft[] = [];
  const sections = new Sections(ctx);
  let skipped = 0;
  let afterTotal = false;
  /** 0-based row last read into an initiative (its own row or a co-author row under it). */
  let lastRead = -1;
  const stt = cols.stt?.index;
  const authorsCol = cols.authors?.index;
  const titleCol = cols.title?.index;

  for (let r = dataStart; r < cells.rowCount; r++) {
    // Co-authors listed one per row under a title merged down (or left blank) belong to the initiative above.
    const last = drafts[drafts.length - 1];
    if (
      last !== undefined &&
      titleCol !== undefined &&
      authorsCol !== undefined &&
      isContinuation(cells, r, last.row - 1, lastRead, titleCol, stt, authorsCol)
    ) {
      drafts[drafts.length - 1] = withCoAuthors(last, readRow(ctx, r));
      lastRead = r;
      continue;
    }
    const sttValue = stt === undefined ? null : cells.value(r, stt);
    // A number in the STT column is an item number; text may be one too ("12.") or a section numeral.
    const sttText = typeof sttValue === 'number' ? '' : stt === undefined ? '' : cells.text(r, stt, false);
    const itemNumber =
      typeof sttValue === 'number' ? Number.isFinite(sttValue) && sttValue >= 0 : isItemNumber(sttText);
    const hasAuthor = authorsCol !== undefined && cells.text(r, authorsCol, false) !== '';
    const titleText = titleCol === undefined ? '' : cells.text(r, titleCol, false);
    // The common row, numbered with a title and an author, needs no closer look.
    if (itemNumber && hasAuthor && titleText !== '' && !afterTotal) {
      drafts.push(readRow(ctx, r));
      lastRead = r;
      continue;
    }
    const { any, first, firstCol, distinct } = rowTexts(cells, r, stt);
    if (!any) {
      skipped++;
      continue;
    }
    if (afterTotal && itemNumber && hasAuthor && titleText !== '') afterTotal = false;
    // A numbered line that only names a field or a union ("1. Lĩnh vực giáo dục") is a sub-section.
    const numberedSection =
      itemNumber && !hasAuthor && distinct === 1 && (namesField(foldPlain(first)) || namesUnion(foldPlain(first)));
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
        const { isField, fieldCode } = sectionKind(name, matchField, cols.field !== undefined);
        if (name !== '') {
          sections.enter(name, isField, fieldCode);
          continue;
        }
      }
    }
    if (!isDataRow(cells, r, mapping, itemNumber, titleText, hasAuthor) || afterTotal) {
      skipped++;
      continue;
    }
    drafts.push(readRow(ctx, r));
    lastRead = r;
  }
  return { drafts, sections: sections.count, skipped };
}
