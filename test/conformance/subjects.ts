// The two adapters under one harness: each subject gives a fresh port and a way to look at what it
// wrote (the saved .xlsx reopened with exceljs, or the simulator's state), in the plan's units.

import * as ExcelJSModule from 'exceljs';
import type { SimOptions, SimulatedExcel } from '../../src/workbench/excel-sim';
import { createOfficePort, pointsToChars, type OfficePort } from '../../src/workbook/office';
import type { WorkbookPort } from '../../src/workbook/port';
import { createXlsx, type XlsxWorkbook } from '../../src/workbook/xlsx';

const ExcelJS: typeof ExcelJSModule =
  (ExcelJSModule as typeof ExcelJSModule & { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

/** What a written sheet looks like, in plan units (characters, centimetres). */
export interface WrittenSheet {
  numberFormat(row: number, col: number): string;
  columnWidth(col: number): number;
  /** Points. */
  rowHeight(row: number): number;
  fontName(row: number, col: number): string;
  bold(row: number, col: number): boolean;
  page(): {
    orientation: 'portrait' | 'landscape';
    paper: string;
    margins: { top: number; bottom: number; left: number; right: number };
    printTitleRows: string | null;
    fitToPagesWide: number | null;
  };
  freeze(): { rows: number; columns: number };
  /** The data validation on a cell, in one shape for both hosts; null when none. */
  validation(row: number, col: number): WrittenValidation | null;
}

export interface WrittenValidation {
  readonly kind: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly prompt: { readonly title: string; readonly message: string } | null;
  readonly error: { readonly title: string; readonly message: string } | null;
}

const numberOrNull = (v: unknown): number | null => (v === undefined || v === null || v === '' ? null : Number(v));

export interface Subject {
  readonly name: string;
  readonly port: WorkbookPort;
  /** Looks at one sheet as it now is. */
  look(sheet: string): Promise<WrittenSheet>;
}

const CM_PER_INCH = 2.54;
const PT_PER_CM = 72 / CM_PER_INCH;

/** A fresh workbook, or one opened from a file (`openXlsx`). */
export function xlsxSubject(port: XlsxWorkbook = createXlsx()): Subject & { readonly port: XlsxWorkbook } {
  return {
    name: 'xlsx',
    port,
    async look(sheet) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await port.toBuffer()) as unknown as ArrayBuffer);
      const ws = wb.getWorksheet(sheet);
      if (!ws) throw new Error(`no sheet ${sheet}`);
      return {
        numberFormat: (r, c) => ws.getCell(r + 1, c + 1).numFmt || 'General',
        columnWidth: (c) => ws.getColumn(c + 1).width ?? 8.43,
        rowHeight: (r) => ws.getRow(r + 1).height ?? 15,
        fontName: (r, c) => ws.getCell(r + 1, c + 1).font?.name ?? 'Calibri',
        bold: (r, c) => Boolean(ws.getCell(r + 1, c + 1).font?.bold),
        page: () => {
          const p = ws.pageSetup;
          const m = p.margins;
          return {
            orientation: p.orientation ?? 'portrait',
            paper: Number(p.paperSize) === 9 ? 'A4' : String(p.paperSize),
            margins: {
              top: (m?.top ?? 0) * CM_PER_INCH,
              bottom: (m?.bottom ?? 0) * CM_PER_INCH,
              left: (m?.left ?? 0) * CM_PER_INCH,
              right: (m?.right ?? 0) * CM_PER_INCH,
            },
            printTitleRows: p.printTitlesRow ? p.printTitlesRow.replace(/^(\d+):(\d+)$/, '$$$1:$$$2') : null,
            fitToPagesWide: p.fitToPage ? (p.fitToWidth ?? 1) : null,
          };
        },
        freeze: () => {
          const v = ws.views[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
          return v?.state === 'frozen' ? { rows: v.ySplit ?? 0, columns: v.xSplit ?? 0 } : { rows: 0, columns: 0 };
        },
        validation: (r, c) => {
          const dv = ws.getCell(r + 1, c + 1).dataValidation as ExcelJSModule.DataValidation | undefined;
          if (!dv?.type) return null;
          const [min, max] = (dv.formulae ?? []) as unknown[];
          return {
            kind: dv.type,
            min: dv.type === 'list' ? null : numberOrNull(min),
            max: dv.type === 'list' ? null : numberOrNull(max),
            prompt: dv.showInputMessage ? { title: dv.promptTitle ?? '', message: dv.prompt ?? '' } : null,
            error: dv.showErrorMessage ? { title: dv.errorTitle ?? '', message: dv.error ?? '' } : null,
          };
        },
      };
    },
  };
}

export async function officeSubject(
  opts: SimOptions = {},
  maxRequestBytes?: number,
): Promise<Subject & { readonly port: OfficePort; readonly sim: SimulatedExcel }> {
  // Loaded on demand so the xlsx half of the suite runs on its own too.
  const { createSimulatedExcel } = await import('../../src/workbench/excel-sim');
  const sim = createSimulatedExcel(opts);
  const port = createOfficePort((batch) => sim.run(batch), {
    isSetSupported: (n, v) => sim.isSetSupported(n, v),
    ...(maxRequestBytes !== undefined ? { maxRequestBytes } : {}),
  });
  return {
    name: 'office',
    port,
    sim,
    look(sheet) {
      const st = sim.state;
      const ws = st.getSheet(sheet);
      return Promise.resolve({
        numberFormat: (r, c) => st.cellAt(ws, r, c).numberFormat,
        columnWidth: (c) => pointsToChars(ws.columnWidth(c)),
        rowHeight: (r) => ws.rowHeightOf(r),
        fontName: (r, c) => st.cellAt(ws, r, c).style.fontName,
        bold: (r, c) => st.cellAt(ws, r, c).style.bold,
        page: () => {
          const p = ws.pageLayout;
          return {
            orientation: p.orientation === 'Landscape' ? 'landscape' : 'portrait',
            paper: p.paperSize,
            margins: {
              top: p.topMargin / PT_PER_CM,
              bottom: p.bottomMargin / PT_PER_CM,
              left: p.leftMargin / PT_PER_CM,
              right: p.rightMargin / PT_PER_CM,
            },
            printTitleRows: p.printTitleRows,
            fitToPagesWide: p.zoom.horizontalFitToPages ?? null,
          };
        },
        freeze: () => ({ rows: ws.freeze.rows, columns: ws.freeze.cols }),
        validation: (r, c) => {
          const v = ws.validations.find(
            (x) =>
              r >= x.rect.row &&
              r < x.rect.row + x.rect.rowCount &&
              c >= x.rect.col &&
              c < x.rect.col + x.rect.colCount,
          );
          const [kind, rule] = Object.entries(v?.rule ?? {})[0] ?? [];
          if (!v || kind === undefined) return null;
          const limits = (rule ?? {}) as { formula1?: unknown; formula2?: unknown };
          return {
            kind,
            min: kind === 'list' ? null : numberOrNull(limits.formula1),
            max: kind === 'list' ? null : numberOrNull(limits.formula2),
            prompt: v.prompt.showPrompt ? { title: v.prompt.title, message: v.prompt.message } : null,
            error: v.errorAlert.showAlert ? { title: v.errorAlert.title, message: v.errorAlert.message } : null,
          };
        },
      });
    },
  };
}

/** Both subjects, fresh, for `describe.each`. */
export const SUBJECTS: readonly {
  readonly name: string;
  readonly make: () => Promise<Subject>;
  /** Whether the host can report merged areas (ExcelApi 1.13 in Excel). */
  readonly readsMerges: boolean;
}[] = [
  { name: 'xlsx (exceljs)', make: () => Promise.resolve(xlsxSubject()), readsMerges: true },
  { name: 'office (simulated Excel)', make: () => officeSubject(), readsMerges: true },
  // The oldest Excel the add-in supports: everything but merged-area reading must work the same.
  {
    name: 'office (simulated Excel, ExcelApi 1.9)',
    make: () => officeSubject({ apiVersion: '1.9' }),
    readsMerges: false,
  },
];
