// Intake, second stage: the columns. The header search proposes a mapping; the clerk's corrections
// win; a column the register cannot do without (title), or should have, is a problem to show.

import type { Problem } from '../problems';
import { columnLetter } from '../sheet/grid';
import { unitFromHeader } from '../text/money';
import type { RegisterField } from './fields';
import { sheetProblem } from './sheet-problems';
import type { ColumnMapping, IntakeOptions, MappedColumn } from './types';

/** How a field is named to the clerk when its column is missing. */
export const FIELD_LABELS: Readonly<Record<RegisterField, string>> = {
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

/** The automatic mapping with the clerk's corrections applied (null removes a column). */
export function correctedMapping(mapping: ColumnMapping, fixes: IntakeOptions['mapping']): ColumnMapping {
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

/** Missing columns, by how much they matter: no title is an error, no authors or workplace a warning. */
export function missingColumns(mapping: ColumnMapping, sheet: string): Problem[] {
  const cols = mapping.columns;
  const problems: Problem[] = [];
  if (!cols.title) problems.push(sheetProblem('intake.column.missing', sheet, 'error', { field: FIELD_LABELS.title }));
  if (!cols.authors)
    problems.push(sheetProblem('intake.column.missing', sheet, 'warning', { field: FIELD_LABELS.authors }));
  if (!cols.workplace && !cols.positionWorkplace) {
    problems.push(sheetProblem('intake.column.missing', sheet, 'warning', { field: FIELD_LABELS.workplace }));
  }
  if (!cols.benefit)
    problems.push(sheetProblem('intake.column.missing', sheet, 'info', { field: FIELD_LABELS.benefit }));
  return problems;
}
