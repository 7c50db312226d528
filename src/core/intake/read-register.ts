// Intake (SPEC §2.1, §3): read a register as handed over (any sheet, any layout) into initiatives,
// problems and conversions, the way a careful clerk would read it, without configuration. The
// stages, each in its own file: locate (sheet and header) → columns (mapping, the clerk's fixes,
// missing columns) → walk the rows (read-row: decoded text, authors, money) → sheet problems →
// combine (ids, duplicates, one line per source).

import { DEFAULT_FIELD_NAMES } from '../model';
import type { Problem } from '../problems';
import { correctedMapping, missingColumns } from './columns';
import { combine, EMPTY_MAPPING, type SourceEntry, type SourceRead } from './combine';
import { fieldMatcher } from './field-codes';
import { HEADER_SEARCH_ROWS, type HeaderFound } from './header';
import { IdAllocator } from './ids';
import { chooseSheet, isOwnSheet, type Located } from './locate';
import type { RowContext } from './read-row';
import { mergesUnknown, noRows, sheetProblem } from './sheet-problems';
import type { IntakeOptions, IntakeResult, SourceInput } from './types';
import { walkRows } from './walk-rows';
import type { SheetGrid } from '../sheet/grid';

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
    sources:
      sheet === ''
        ? []
        : [
            {
              file: null,
              sheet,
              status: 'noRegister',
              headerRows: { first: 0, last: 0 },
              mapping: EMPTY_MAPPING,
              stats: { rows: 0, sections: 0, skipped: 0, duplicates: 0 },
              encodings: { tcvn3: 0, vni: 0 },
              problems,
            },
          ],
  };
}

/** One located register sheet read through the stages: columns, rows, sheet problems. */
export function readRows(
  located: Located & { readonly header: HeaderFound },
  fixes: IntakeOptions['mapping'],
  options: IntakeOptions,
): SourceRead {
  const fieldNames = options.fieldNames ?? DEFAULT_FIELD_NAMES;
  const { grid, cells, header } = located;
  const mapping = correctedMapping(header.mapping, fixes);
  const before = missingColumns(mapping, grid.name);
  const matchField = fieldMatcher(fieldNames, options.fieldAliases ?? {});
  const ctx: RowContext = {
    cells,
    sheet: grid.name,
    mapping,
    unit: mapping.benefitUnit,
    matchField,
    sectionUnit: '',
    sectionField: null,
  };
  const { drafts, sections, skipped } = walkRows(ctx, header.dataStart);
  const after: Problem[] = [];
  const none = noRows(drafts, grid.name, header.last);
  if (none) after.push(none);
  const merges = mergesUnknown(cells, mapping, drafts);
  if (merges) before.unshift(merges);
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
    return emptyResult(
      grid.name,
      [sheetProblem('intake.header.notFound', grid.name, 'error', { rows: HEADER_SEARCH_ROWS })],
      options,
    );
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
      return {
        file: input.file,
        sheet: '',
        status: 'unreadable',
        problems: [
          {
            code: input.code,
            severity: 'error',
            sheet: '',
            row: null,
            column: null,
            params: { file: input.file, ...input.params },
          },
        ],
      };
    }
    const file = input.file ?? null;
    // A council book given as a source is read for its registers, never for the add-in's own sheets.
    const grids = input.sheet === undefined ? input.grids.filter((g) => !isOwnSheet(g.name)) : input.grids;
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
