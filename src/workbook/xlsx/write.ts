// Renders a SheetPlan onto an exceljs worksheet: values, styles, widths, heights, merges, freeze,
// tables, validation, protection, page setup, tab colour. Charts are not written: exceljs 4 has
// no chart writer (see XLSX_CAPABILITIES).

import type * as ExcelJS from 'exceljs';
import { columnLetter, parseAddress, rectAddress, type CellRect } from '../../core/sheet/grid';
import { isPlanFormula, type PlanValue, type SheetPlan, type ValidationRule, type ValidationSpec } from '../../core/sheet/plan';
import { argb, resolveLayers, type StyleLayer, type XStyle } from './style';

/** Centimetres → inches (page margins: plans use cm, the file format inches). */
export const CM_PER_INCH = 2.54;

/** exceljs paper size code of A4. */
const PAPER_A4 = 9;

/** Text number format: a string cell carries it so a clerk retyping the cell keeps it text. */
export const TEXT_FORMAT = '@';

/** Excel's own limits on what a cell and a row may hold. */
export const EXCEL_MAX_CELL_TEXT = 32_767;
export const EXCEL_MAX_ROW_HEIGHT = 409;

/** Something that could not be stored as planned, so the caller can list it (nothing is dropped silently). */
export interface StorageIssue {
  readonly sheet: string;
  /** A1 address, or the row number for a height. */
  readonly cell: string;
  /** Characters XML cannot hold (replaced by U+FFFD), text past 32,767 (cut), a number that is not finite (left empty), a row past 409 pt (capped). */
  readonly kind: 'chars' | 'long' | 'nonFinite' | 'height';
  readonly detail: string;
}
export type IssueSink = (issue: StorageIssue) => void;

/** Characters XML 1.0 forbids (control characters, U+FFFE, U+FFFF) and unpaired surrogates. */
const span = (from: number, to: number): string => `${String.fromCharCode(from)}-${String.fromCharCode(to)}`;
const UNSTORABLE = new RegExp(`[${span(0, 8)}${span(11, 12)}${span(14, 31)}\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`, 'g');
const UNSTORABLE_TEST = new RegExp(UNSTORABLE.source);

const codePoint = (ch: string): string => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A text as a cell can hold it: forbidden characters replaced, at most 32,767 characters; each change noted. */
function storableText(text: string, note: (kind: StorageIssue['kind'], detail: string) => void): string {
  let out = text;
  if (UNSTORABLE_TEST.test(out)) {
    const found = new Set<string>();
    out = out.replace(UNSTORABLE, (ch) => {
      found.add(codePoint(ch));
      return '\uFFFD';
    });
    note('chars', [...found].join(', '));
  }
  if (out.length > EXCEL_MAX_CELL_TEXT) {
    note('long', String(out.length));
    let cut = EXCEL_MAX_CELL_TEXT;
    // Never split a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(out.charAt(cut - 1))) cut--;
    out = out.slice(0, cut);
  }
  return out;
}

/**
 * The plan value as it can be stored, checked only where it could fail (a cheap test per value):
 * text with characters XML forbids or past Excel's length, numbers that are not finite.
 */
export function storable(v: PlanValue | undefined, sheet: string, row: number, col: number, sink: IssueSink | undefined): PlanValue | undefined {
  if (typeof v === 'string') {
    if (v.length <= EXCEL_MAX_CELL_TEXT && !UNSTORABLE_TEST.test(v)) return v;
    return storableText(v, (kind, detail) => sink?.({ sheet, cell: `${columnLetter(col)}${row + 1}`, kind, detail }));
  }
  if (typeof v === 'number') {
    if (Number.isFinite(v)) return v;
    sink?.({ sheet, cell: `${columnLetter(col)}${row + 1}`, kind: 'nonFinite', detail: String(v) });
    return null;
  }
  if (v !== null && v !== undefined && isPlanFormula(v) && UNSTORABLE_TEST.test(v.formula)) {
    return { ...v, formula: storableText(v.formula, (kind, detail) => sink?.({ sheet, cell: `${columnLetter(col)}${row + 1}`, kind, detail })) };
  }
  return v;
}

/** exceljs's value for a plan value: strings stay strings (never parsed), formulas lose their "=". */
export function toCellValue(v: PlanValue | undefined): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  if (isPlanFormula(v)) {
    const f = v.formula.startsWith('=') ? v.formula.slice(1) : v.formula;
    return { formula: f };
  }
  return v;
}

function rectBottom(r: CellRect): number {
  return r.row + r.rowCount;
}

function rectRight(r: CellRect): number {
  return r.col + r.colCount;
}

/** The rows × columns the plan touches (values, styles, merges, tables, validations). */
export function planExtent(plan: SheetPlan): { rows: number; cols: number } {
  let rows = plan.rows.length;
  let cols = plan.columns?.length ?? 0;
  for (const row of plan.rows) if (row.length > cols) cols = row.length;
  const rects: CellRect[] = [];
  for (const s of plan.styles ?? []) rects.push(s.rect);
  for (const m of plan.merges ?? []) rects.push(m);
  for (const t of plan.tables ?? []) rects.push(t.rect);
  for (const u of plan.protection?.unlocked ?? []) rects.push(u);
  for (const r of rects) {
    if (rectBottom(r) > rows) rows = rectBottom(r);
    if (rectRight(r) > cols) cols = rectRight(r);
  }
  return { rows, cols };
}

function writeValuesAndStyles(ws: ExcelJS.Worksheet, plan: SheetPlan, sink: IssueSink | undefined): void {
  const { rows, cols } = planExtent(plan);
  const base: XStyle | null = plan.font ? { font: { name: plan.font.name, size: plan.font.size } } : null;
  const layers: StyleLayer[] = [];
  for (const s of plan.styles ?? []) layers.push(s);
  for (const u of plan.protection?.unlocked ?? []) layers.push({ rect: u, unlocked: true });
  const { ids, styles } = resolveLayers(rows, cols, base, layers);
  // Text variants of each style, made once per style id that holds a string somewhere.
  const textStyles = new Map<number, XStyle>();
  const textStyle = (id: number): XStyle => {
    let s = textStyles.get(id);
    if (!s) {
      s = { ...styles[id]!, numFmt: TEXT_FORMAT };
      textStyles.set(id, s);
    }
    return s;
  };

  for (let r = 0; r < rows; r++) {
    const line = plan.rows[r];
    const off = r * cols;
    let row: ExcelJS.Row | undefined;
    for (let c = 0; c < cols; c++) {
      const v = storable(line?.[c], ws.name, r, c, sink);
      const id = ids[off + c]!;
      const isText = typeof v === 'string';
      if ((v === undefined || v === null) && id === 0) continue;
      row ??= ws.getRow(r + 1);
      const cell = row.getCell(c + 1);
      if (v !== undefined && v !== null) cell.value = toCellValue(v);
      if (isText) cell.style = textStyle(id);
      else if (id !== 0) cell.style = styles[id]!;
    }
  }
}

function validationModel(rule: ValidationRule): ExcelJS.DataValidation {
  const dv: ExcelJS.DataValidation =
    rule.kind === 'decimal'
      ? { type: 'decimal', operator: 'between', allowBlank: true, formulae: [rule.min, rule.max] }
      : {
          type: 'list',
          allowBlank: true,
          // A list literal is one quoted, comma-separated string; quotes inside are doubled.
          formulae: [`"${rule.items.map((i) => i.replace(/"/g, '""')).join(',')}"`],
        };
  if (rule.prompt) {
    dv.showInputMessage = true;
    dv.promptTitle = rule.prompt.title;
    dv.prompt = rule.prompt.message;
  }
  dv.showErrorMessage = true;
  dv.errorStyle = 'stop';
  if (rule.error) {
    dv.errorTitle = rule.error.title;
    dv.error = rule.error.message;
  }
  return dv;
}

interface WithDataValidations {
  dataValidations: { model: Record<string, ExcelJS.DataValidation> };
}

/** Data validation on rectangles of an existing sheet, replacing any rule held by their cells alone. */
export function addValidations(ws: ExcelJS.Worksheet, validations: readonly ValidationSpec[]): void {
  const model = (ws as unknown as WithDataValidations).dataValidations.model;
  for (const v of validations) {
    // A sheet read from a file holds one key per cell (exceljs expands each sqref): a key inside
    // the new rectangle goes, so the file never carries two rules for one cell.
    for (const key of Object.keys(model)) {
      const at = parseAddress(key);
      if (at && contains(v.rect, at)) delete model[key];
    }
    model[rectAddress(v.rect)] = validationModel(v.rule);
  }
}

function contains(outer: CellRect, inner: CellRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.col + inner.colCount <= outer.col + outer.colCount
  );
}

/**
 * Writes a plan onto an empty worksheet. Returns the promise of sheet protection (exceljs hashes
 * passwords asynchronously even when there is none).
 */
export async function renderPlan(ws: ExcelJS.Worksheet, plan: SheetPlan, sink?: IssueSink): Promise<void> {
  writeValuesAndStyles(ws, plan, sink);

  plan.columns?.forEach((spec, c) => {
    if (spec.width === undefined && !spec.hidden) return;
    const col = ws.getColumn(c + 1);
    if (spec.width !== undefined) col.width = spec.width;
    if (spec.hidden) col.hidden = true;
  });
  if (plan.rowHeights) {
    for (const [r, h] of plan.rowHeights) {
      if (h > EXCEL_MAX_ROW_HEIGHT) sink?.({ sheet: ws.name, cell: String(r + 1), kind: 'height', detail: String(h) });
      ws.getRow(r + 1).height = Math.min(h, EXCEL_MAX_ROW_HEIGHT);
    }
  }

  for (const m of plan.merges ?? []) {
    if (m.rowCount === 1 && m.colCount === 1) continue;
    ws.mergeCells(m.row + 1, m.col + 1, rectBottom(m), rectRight(m));
  }

  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    ws.views = [{ state: 'frozen', xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }];
  }

  for (const t of plan.tables ?? []) addTable(ws, t.name, t.rect, t.showFilter, t.style);

  if (plan.validations?.length) {
    const model = (ws as unknown as WithDataValidations).dataValidations.model;
    // A range key is written as one sqref; per-cell keys would cost a map entry per cell.
    for (const v of plan.validations) model[rectAddress(v.rect)] = validationModel(v.rule);
  }

  if (plan.page) {
    const p = plan.page;
    const setup: Partial<ExcelJS.PageSetup> = {
      paperSize: PAPER_A4,
      orientation: p.orientation,
      margins: {
        top: p.margins.top / CM_PER_INCH,
        bottom: p.margins.bottom / CM_PER_INCH,
        left: p.margins.left / CM_PER_INCH,
        right: p.margins.right / CM_PER_INCH,
        header: 0.3,
        footer: 0.3,
      },
    };
    if (p.fitToPagesWide !== undefined) {
      setup.fitToPage = true;
      setup.fitToWidth = p.fitToPagesWide;
      setup.fitToHeight = 0;
    } else {
      setup.fitToPage = false;
      setup.scale = p.scale ?? 100;
    }
    if (p.printTitleRows) setup.printTitlesRow = `${p.printTitleRows.first + 1}:${p.printTitleRows.last + 1}`;
    if (p.printArea) setup.printArea = rectAddress(p.printArea);
    if (p.centerHorizontally) setup.horizontalCentered = true;
    ws.pageSetup = { ...ws.pageSetup, ...setup };
    // exceljs breaks below a row: the row before each row that starts a page.
    for (const r of p.rowBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  }

  if (plan.tabColor) ws.properties.tabColor = { argb: argb(plan.tabColor) };

  if (plan.protection) {
    await ws.protect('', {
      formatColumns: plan.protection.allowFormatColumns ?? false,
      selectLockedCells: true,
      selectUnlockedCells: true,
    });
  }
}

function addTable(ws: ExcelJS.Worksheet, name: string, rect: CellRect, showFilter: boolean, style?: string): void {
  // exceljs's table writes its header and rows into the cells itself, so it is handed back the
  // values already written; headers must be unique text in Excel.
  const used = new Set<string>();
  const columns: ExcelJS.TableColumnProperties[] = [];
  const header = ws.getRow(rect.row + 1);
  for (let c = 0; c < rect.colCount; c++) {
    const v = header.getCell(rect.col + c + 1).value;
    let text = v === null || v === undefined ? `Cột ${c + 1}` : typeof v === 'object' ? `Cột ${c + 1}` : String(v);
    while (used.has(text.toLowerCase())) text = `${text} ${c + 1}`;
    used.add(text.toLowerCase());
    columns.push({ name: text, filterButton: showFilter });
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = 1; r < rect.rowCount; r++) {
    const row = ws.getRow(rect.row + r + 1);
    const line: ExcelJS.CellValue[] = [];
    for (let c = 0; c < rect.colCount; c++) line.push(row.getCell(rect.col + c + 1).value);
    rows.push(line);
  }
  ws.addTable({
    name,
    displayName: name,
    ref: rectAddress({ row: rect.row, col: rect.col, rowCount: 1, colCount: 1 }),
    headerRow: true,
    totalsRow: false,
    // exceljs fills an undefined theme with TableStyleMedium2; null writes no style (a plain table).
    style: {
      theme: (style ?? null) as unknown as NonNullable<ExcelJS.TableStyleProperties['theme']>,
      showRowStripes: Boolean(style),
    },
    columns,
    rows,
  });
}
