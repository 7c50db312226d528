// The normalised register, sheet "Sáng kiến": one row per initiative in one canonical layout,
// a filterable table with a frozen header. Register text is plain strings (adapters write them
// literally, never as formulas); money is a number shown "#,##0".

import { describeProblem, message, type Locale } from '../messages';
import type { Initiative } from '../model';
import type { Problem } from '../problems';
import type { PlanValue, SheetPlan } from '../sheet/plan';
import { SHEET_ROLES } from '../sheet/plan';
import { sourceLabel } from './combine';
import type { IntakeResult } from './types';
import { printWorkingSheet, WORKING_FONT, type WorkingColumn } from '../sheet/working';

/** The columns of "Sáng kiến", in order (SPEC §2.1). */
export const REGISTER_COLUMNS = [
  'Mã SK',
  'Tên sáng kiến',
  'Tác giả',
  'Đồng tác giả',
  'Chức vụ',
  'Đơn vị công tác',
  'Công đoàn cấp trên',
  'Lĩnh vực',
  'Giá trị làm lợi (đồng)',
  'Tóm tắt',
  'Dòng gốc',
  'Trùng với',
  'Kiểm tra',
] as const;

const WIDTHS = [10, 48, 24, 30, 22, 32, 28, 22, 18, 48, 18, 11, 48];
const MONEY_COL = 8;
/** Every text column wraps; on paper the long ones narrow to fit A4 at 70 % (title and summary kept readable). */
const PRINT_COLUMNS: readonly WorkingColumn[] = WIDTHS.map((width, c) => ({
  width,
  wraps: c !== MONEY_COL,
  ...(c === 1 || c === 9 ? { min: 22 } : {}),
}));

/** Where a row came from, as written in "Dòng gốc": "Tong hop!10", or "[Huyen A.xlsx]DS!10" for a file of several. */
export function sourceText(sheet: string, row: number, file?: string): string {
  return `${sourceLabel(file, sheet)}!${row}`;
}

/** A problem's sentence without the address (the row is the address). */
function checkText(locale: Locale, p: Problem): string {
  const where = `${sourceLabel(p.file, p.sheet)}!${p.column ?? ''}${p.row ?? ''}: `;
  const full = describeProblem(locale, p);
  return full.startsWith(where) ? full.slice(where.length) : full;
}

/** One row of "Sáng kiến", in REGISTER_COLUMNS order. */
function initiativeRow(i: Initiative, result: IntakeResult, check: string): PlanValue[] {
  return [
    i.id,
    i.title,
    i.authors[0] ?? '',
    i.authors.slice(1).join('; '),
    i.positions.join('; '),
    i.workplace,
    i.unit,
    i.field === null ? '' : result.fieldNames[i.field],
    i.benefitVnd,
    i.summary,
    i.source ? sourceText(i.source.sheet, i.source.row, i.source.file) : '',
    i.duplicateOf ?? '',
    check,
  ];
}

/** The "Kiểm tra" code of an initiative kept in "Sáng kiến" after it left the register. */
export const VANISHED_CHECK = 'intake.vanished';

/**
 * `vanished` are initiatives of the previous "Sáng kiến" no longer in the register: kept at the end,
 * marked in "Kiểm tra", so their ids and scores are never lost (they are neither assigned nor ranked).
 */
export function registerSheetPlan(result: IntakeResult, locale: Locale = 'vi', vanished: readonly Initiative[] = []): SheetPlan {
  // Problems by source row; a register of one sheet keys by row alone, as it always has.
  const several = result.sources.length > 1;
  const rowKey = (file: string | undefined, sheet: string, row: number): string | number => (several ? `${sourceLabel(file, sheet)}!${row}` : row);
  const byRow = new Map<string | number, Problem[]>();
  for (const p of result.problems) {
    if (p.row === null || (!several && p.sheet !== result.sheet)) continue;
    const key = rowKey(p.file, p.sheet, p.row);
    const list = byRow.get(key);
    if (list) list.push(p);
    else byRow.set(key, [p]);
  }
  const rows: PlanValue[][] = [[...REGISTER_COLUMNS]];
  for (const i of result.initiatives) {
    const problems = i.source ? (byRow.get(rowKey(i.source.file, i.source.sheet, i.source.row)) ?? []) : [];
    rows.push(initiativeRow(i, result, problems.map((p) => checkText(locale, p)).join('\n')));
  }
  for (const i of vanished) rows.push(initiativeRow(i, result, message(locale, VANISHED_CHECK)));
  const n = rows.length;
  const print = printWorkingSheet(rows, 0, PRINT_COLUMNS);
  const all = { row: 0, col: 0, rowCount: n, colCount: REGISTER_COLUMNS.length };
  return {
    name: SHEET_ROLES.register.name,
    role: 'register',
    rows,
    columns: print.widths.map((width) => ({ width })),
    rowHeights: print.rowHeights,
    styles: [
      { rect: all, style: { vertical: 'top', wrap: true } },
      { rect: { row: 0, col: 0, rowCount: 1, colCount: REGISTER_COLUMNS.length }, style: { bold: true, horizontal: 'center', vertical: 'center', fill: '#DDEBF7' } },
      ...(n > 1 ? [{ rect: { row: 1, col: MONEY_COL, rowCount: n - 1, colCount: 1 }, style: { numberFormat: '#,##0', horizontal: 'right' as const } }] : []),
    ],
    freeze: { rows: 1, columns: 1 },
    page: print.page,
    tables: [{ name: 'SK_SangKien_Bang', rect: all, showFilter: true, style: 'TableStyleLight9' }],
    tabColor: '#2E75B6',
    font: WORKING_FONT,
  };
}
