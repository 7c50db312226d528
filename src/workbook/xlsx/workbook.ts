// The WorkbookPort over an exceljs workbook held in memory: the CLI opens a file, the core reads
// grids and hands back plans, and the result is saved to a new file (the input is never written).

import * as ExcelJSModule from 'exceljs';
import type { SheetGrid } from '../../core/sheet/grid';
import { SHEET_ROLES, type CellWrite, type SheetRole } from '../../core/sheet/plan';
import { SheetMissingError, SheetProtectedError } from '../errors';
import type { ProgressCallback, SheetInfo, SheetRequest, WorkbookChange, WorkbookPort } from '../port';
import { quotedSheet, sameSheetName, sheetKey, sheetOfReference } from '../office/names';
import { readGrid, valueExtent } from './read';
import { addValidations, renderPlan, storable, TEXT_FORMAT, toCellValue, type StorageIssue } from './write';

// exceljs is CommonJS: Node's ESM loader puts its exports under `default` only, bundlers and vitest
// also as named exports. Take whichever is there.
const ExcelJS: typeof ExcelJSModule =
  (ExcelJSModule as typeof ExcelJSModule & { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

/** What the .xlsx writer can and cannot do, so reports and the CLI can say so. */
export const XLSX_CAPABILITIES = {
  /** exceljs 4 has no chart writer: plans' charts are skipped in .xlsx output. */
  charts: false,
} as const;

export interface XlsxWorkbook extends WorkbookPort {
  readonly host: 'xlsx';
  save(path: string): Promise<void>;
  toBuffer(): Promise<Uint8Array>;
  /** What was written other than planned (characters XML forbids, text past 32,767, numbers not finite, rows past 409 pt), to list. */
  storageIssues(): readonly StorageIssue[];
  /** The last `select` call (the xlsx host has no screen; tests and the CLI read this). */
  readonly selection: { readonly sheet: string; readonly address: string } | null;
}

export async function openXlsx(source: string | Uint8Array | ArrayBuffer): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  // JSZip (under exceljs) reads a Uint8Array as it is; exceljs's typing only names ArrayBuffer.
  else await wb.xlsx.load(source as ArrayBuffer);
  return new XlsxPort(wb);
}

export function createXlsx(): XlsxWorkbook {
  return new XlsxPort(new ExcelJS.Workbook());
}

/** exceljs's style manager, as far as the default font goes (font 0, the "Normal" style's). */
interface StylesModel {
  styles?: { model?: { fonts?: string[] } };
}
interface WithPrepareModel {
  prepareModel(model: StylesModel, options: unknown): void;
}

/**
 * The workbook's default font, font 0, is the unit of every column width ("characters" of its
 * digit). exceljs always writes Calibri 11, whose digit is 7 px in Excel; where Calibri is missing
 * (LibreOffice on Linux) a wider stand-in makes every column a third wider than planned, and the
 * documents' row heights, measured for the planned widths, no longer match. Times New Roman 10.5
 * has the same 7 px digit in Excel and in LibreOffice (Liberation Serif has its metrics), so the
 * planned widths mean the same on both; cells the plans style keep their own fonts.
 */
export const DEFAULT_FONT_XML = '<font><sz val="10.5"/><name val="Times New Roman"/><family val="1"/></font>';

function useDefaultFont(wb: ExcelJSModule.Workbook): void {
  const xlsx = wb.xlsx as unknown as WithPrepareModel;
  const prepare = xlsx.prepareModel.bind(xlsx);
  xlsx.prepareModel = (model, options) => {
    prepare(model, options);
    const fonts = model.styles?.model?.fonts;
    if (fonts && fonts.length > 0) fonts[0] = DEFAULT_FONT_XML;
  };
}

interface DefinedNameModel {
  name: string;
  ranges: string[];
}

function isPasswordProtected(ws: ExcelJSModule.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean; hashValue?: string; password?: string } | null })
    .sheetProtection;
  return Boolean(p?.sheet && (p.hashValue || p.password));
}

function isProtected(ws: ExcelJSModule.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return Boolean(p?.sheet);
}

class XlsxPort implements XlsxWorkbook {
  readonly host = 'xlsx' as const;
  selection: { readonly sheet: string; readonly address: string } | null = null;
  private readonly issues: StorageIssue[] = [];
  private readonly note = (issue: StorageIssue): void => {
    this.issues.push(issue);
  };

  storageIssues(): readonly StorageIssue[] {
    return this.issues;
  }

  constructor(private readonly wb: ExcelJSModule.Workbook) {
    // exceljs writes formulas without results: Excel and LibreOffice must compute them on opening
    // ("Tổng", the ballot's outcome, the ranking's stale check), or they would show empty.
    wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
    useDefaultFont(wb);
  }

  async save(path: string): Promise<void> {
    await this.wb.xlsx.writeFile(path);
  }

  async toBuffer(): Promise<Uint8Array> {
    const buf = await this.wb.xlsx.writeBuffer();
    return new Uint8Array(buf);
  }

  private sheet(name: string): ExcelJSModule.Worksheet | undefined {
    const exact = this.wb.getWorksheet(name);
    if (exact) return exact;
    return this.wb.worksheets.find((ws) => sameSheetName(ws.name, name));
  }

  private get date1904(): boolean {
    return Boolean((this.wb.properties as { date1904?: boolean }).date1904);
  }

  private definedNames(): DefinedNameModel[] {
    return (this.wb.definedNames as unknown as { model: DefinedNameModel[] }).model;
  }

  private setDefinedNames(model: DefinedNameModel[]): void {
    (this.wb.definedNames as unknown as { model: DefinedNameModel[] }).model = model;
  }

  listSheets(): Promise<SheetInfo[]> {
    return Promise.resolve(
      this.wb.worksheets.map((ws, position) => {
        const { rows, cols } = valueExtent(ws);
        return { name: ws.name, position, visibility: ws.state, rowCount: rows, columnCount: cols };
      }),
    );
  }

  resolveRole(role: SheetRole): Promise<string | null> {
    return Promise.resolve(this.roleSheet(role));
  }

  resolveRoles(roles: readonly SheetRole[]): Promise<(string | null)[]> {
    return Promise.resolve(roles.map((role) => this.roleSheet(role)));
  }

  private roleSheet(role: SheetRole): string | null {
    const spec = SHEET_ROLES[role];
    const named = this.definedNames().find((d) => d.name === spec.namedItem);
    const target = named?.ranges[0] ? sheetOfReference(named.ranges[0]) : null;
    const byName = target ? this.sheet(target) : undefined;
    if (byName) return byName.name;
    return this.sheet(spec.name)?.name ?? null;
  }

  readSheets(requests: readonly SheetRequest[]): Promise<(SheetGrid | null)[]> {
    const date1904 = this.date1904;
    return Promise.resolve(
      requests.map((req) => {
        const name = 'name' in req ? req.name : this.roleSheet(req.role);
        const ws = name === null ? undefined : this.sheet(name);
        return ws ? readGrid(ws, req, date1904) : null;
      }),
    );
  }

  async apply(changes: readonly WorkbookChange[], progress?: ProgressCallback): Promise<void> {
    this.precheck(changes);
    let done = 0;
    for (const change of changes) {
      await this.applyOne(change);
      done++;
      progress?.(done, changes.length);
    }
  }

  /** Refuses the whole batch before writing anything when a change targets a missing or locked sheet. */
  private precheck(changes: readonly WorkbookChange[]): void {
    const names = new Map<string, ExcelJSModule.Worksheet | null>();
    for (const ws of this.wb.worksheets) names.set(sheetKey(ws.name), ws);
    const need = (n: string): ExcelJSModule.Worksheet | null => {
      if (!names.has(sheetKey(n))) throw new SheetMissingError(n);
      return names.get(sheetKey(n)) ?? null;
    };
    for (const ch of changes) {
      switch (ch.kind) {
        case 'writePlan': {
          const ws = names.get(sheetKey(ch.plan.name));
          if (ws && isPasswordProtected(ws)) throw new SheetProtectedError(ws.name);
          if (!names.has(sheetKey(ch.plan.name))) names.set(sheetKey(ch.plan.name), null);
          break;
        }
        case 'writeCells': {
          const ws = need(ch.sheet);
          if (ws && isProtected(ws)) {
            for (const c of ch.cells) {
              const cell = ws.findCell(c.row + 1, c.col + 1);
              if (cell?.protection?.locked !== false) throw new SheetProtectedError(ws.name);
            }
          }
          break;
        }
        case 'renameSheet': {
          const ws = need(ch.from);
          names.delete(sheetKey(ch.from));
          names.set(sheetKey(ch.to), ws);
          break;
        }
        case 'deleteSheet':
          need(ch.name);
          names.delete(sheetKey(ch.name));
          break;
        case 'activate':
        case 'setValidations':
          need(ch.sheet);
          break;
      }
    }
  }

  private async applyOne(change: WorkbookChange): Promise<void> {
    switch (change.kind) {
      case 'writePlan': {
        const plan = change.plan;
        const old = this.sheet(plan.name);
        let ws: ExcelJSModule.Worksheet;
        if (old) {
          // Clearing every part of an exceljs sheet in place is not possible (tables, validation,
          // views), so the sheet is replaced by a new one at the same tab position.
          const orderNo = (old as unknown as { orderNo: number }).orderNo;
          const state = old.state;
          this.wb.removeWorksheet(old.id);
          ws = this.wb.addWorksheet(plan.name);
          (ws as unknown as { orderNo: number }).orderNo = orderNo;
          ws.state = state;
        } else {
          ws = this.wb.addWorksheet(plan.name);
        }
        if (change.visibility) ws.state = change.visibility;
        await renderPlan(ws, plan, this.note);
        this.pointName(SHEET_ROLES[plan.role].namedItem, ws.name);
        return;
      }
      case 'writeCells':
        this.writeCells(this.sheet(change.sheet)!, change.cells);
        return;
      case 'setValidations': {
        const ws = this.sheet(change.sheet)!;
        // As in Excel, a protected sheet keeps its validation as it is.
        if (!isProtected(ws)) addValidations(ws, change.validations);
        return;
      }
      case 'renameSheet': {
        const ws = this.sheet(change.from)!;
        const from = ws.name;
        ws.name = change.to;
        this.retargetNames(from, change.to);
        return;
      }
      case 'deleteSheet': {
        const ws = this.sheet(change.name)!;
        this.wb.removeWorksheet(ws.id);
        this.retargetNames(ws.name, null);
        return;
      }
      case 'activate': {
        const index = this.wb.worksheets.indexOf(this.sheet(change.sheet)!);
        this.wb.views = [
          {
            ...((this.wb.views as ExcelJSModule.WorkbookView[] | undefined)?.[0] ?? defaultView()),
            activeTab: index,
            firstSheet: 0,
          },
        ];
        return;
      }
    }
  }

  private writeCells(ws: ExcelJSModule.Worksheet, cells: readonly CellWrite[]): void {
    for (const w of cells) {
      const cell = ws.getCell(w.row + 1, w.col + 1);
      const value = storable(w.value, ws.name, w.row, w.col, this.note);
      cell.value = toCellValue(value);
      const fmt = w.numberFormat ?? (typeof value === 'string' ? TEXT_FORMAT : undefined);
      // Styles loaded from a file are shared between cells: replace, never mutate.
      if (fmt !== undefined) cell.style = { ...cell.style, numFmt: fmt };
    }
  }

  /** Points a workbook-level name at A1 of a sheet (a whole-range name costs exceljs a cell map). */
  private pointName(name: string, sheet: string): void {
    const model = this.definedNames().filter((d) => d.name !== name);
    model.push({ name, ranges: [`${quotedSheet(sheet)}!$A$1`] });
    this.setDefinedNames(model);
  }

  /** After a rename or delete, names that pointed at the sheet follow it (or go, as Excel's #REF! would). */
  private retargetNames(from: string, to: string | null): void {
    const model: DefinedNameModel[] = [];
    for (const d of this.definedNames()) {
      const ranges: string[] = [];
      for (const r of d.ranges) {
        const s = sheetOfReference(r);
        if (s !== null && sameSheetName(s, from)) {
          if (to !== null) ranges.push(`${quotedSheet(to)}!${r.slice(r.lastIndexOf('!') + 1)}`);
        } else ranges.push(r);
      }
      if (ranges.length) model.push({ name: d.name, ranges });
    }
    this.setDefinedNames(model);
  }

  select(sheet: string, address: string): Promise<void> {
    this.selection = { sheet, address };
    return Promise.resolve();
  }
}

function defaultView(): ExcelJSModule.WorkbookView {
  return {
    x: 0,
    y: 0,
    width: 10000,
    height: 20000,
    firstSheet: 0,
    activeTab: 0,
    visibility: 'visible',
  };
}
