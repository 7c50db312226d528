// The workbook behind the simulated API: sheets in tab order, names, tables, settings, selection,
// the style table and formula evaluation. Tests and the workbench read and seed it directly
// (nothing here counts as a request); add-in code reaches it only through the proxies.

import { type CellError, columnLetter } from '../../core/sheet/grid';
import { parseLocal, parseQualified, qualifiedAddress, type Rect } from './address';
import { interpretInput, type RawValue } from './convert';
import { simError } from './errors';
import { evaluate, type FormulaHost, type Scalar } from './formula-eval';
import { FormulaSyntaxError, parseFormula, parseShared } from './formula-parse';
import { formatValue } from './numfmt';
import { SimSheet, type Visibility } from './sheet';
import { type SimStyle, StyleTable, type StylePatch } from './style';

export interface SimName {
  name: string;
  /** The sheet a range name points to; null once that sheet is deleted (#REF!). */
  sheet: SimSheet | null;
  rect: Rect | null;
  /** For a name that is a constant or formula rather than a range ("=0.5"). */
  formula: string | null;
  comment: string;
  visible: boolean;
  /** Worksheet-scoped names belong to a sheet; workbook names have null. */
  scope: SimSheet | null;
}

export interface SimTable {
  readonly id: string;
  name: string;
  sheet: SimSheet;
  rect: Rect;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showFilterButton: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
}

/** One cell as seen by tests and the workbench sheet view. */
export interface SimCellView {
  /** The value Excel reports (formula result, "" when empty, errors as "#N/A" strings via `error`). */
  readonly value: string | number | boolean | CellError | null;
  readonly formula: string | undefined;
  readonly numberFormat: string;
  /** What Excel displays. */
  readonly text: string;
  readonly style: SimStyle;
}

export type SeedValue = string | number | boolean | null;

export interface SeedOptions {
  /** Font name per cell address ("B3" → ".VnTime"), for legacy-encoding registers. */
  readonly fonts?: Readonly<Record<string, string>>;
  /** Areas to merge ("A1:C1"). */
  readonly merges?: readonly string[];
  /** 0-based column indexes to hide. */
  readonly hiddenColumns?: readonly number[];
  readonly hiddenRows?: readonly number[];
  /** Formulas per address ("D2" → "=SUM(A2:C2)"). */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Number formats per address or area ("A2:A100" → "@"). */
  readonly numberFormats?: Readonly<Record<string, string>>;
  /** Bold cells or areas. */
  readonly bold?: readonly string[];
  readonly visibility?: Visibility;
  /** Insert at this 0-based tab position instead of at the end. */
  readonly position?: number;
  /**
   * How values are stored: "raw" keeps strings as given (as a file opened in Excel would hold
   * them; the default), "typed" converts them as if typed into General cells.
   */
  readonly mode?: 'raw' | 'typed';
}

let nextTableId = 1;

export class SimWorkbookState {
  readonly sheets: SimSheet[] = [];
  readonly names: SimName[] = [];
  readonly tables: SimTable[] = [];
  readonly settings = new Map<string, unknown>();
  readonly customProperties = new Map<string, string | number | boolean>();
  readonly properties: Record<string, string> = {
    author: '',
    title: '',
    subject: '',
    category: '',
    comments: '',
    company: '',
    keywords: '',
    manager: '',
    lastAuthor: '',
  };
  readonly styles = new StyleTable();
  active: SimSheet | null = null;
  selection: { sheet: SimSheet; rect: Rect } | null = null;
  /** Year used for dates typed without a year. */
  currentYear = new Date().getFullYear();
  /** A broken rule (options.ts `textFormat`): "@" cells convert written text as General ones do. */
  ignoreTextFormat = false;
  private calc = new Map<SimSheet, Map<number, Scalar>>();
  private readonly evaluating = new Map<SimSheet, Set<number>>();
  private readonly hosts = new WeakMap<SimSheet, FormulaHost>();

  // ---- sheets ----

  /** Adds a sheet seeded with values (row-major from A1); returns it. Not counted as a request. */
  addSheet(name: string, values: readonly (readonly SeedValue[])[] = [], opts: SeedOptions = {}): SimSheet {
    if (this.findSheet(name)) throw new Error(`excel-sim: sheet "${name}" already exists`);
    const sheet = new SimSheet(name);
    if (opts.visibility) sheet.visibility = opts.visibility;
    const pos = opts.position ?? this.sheets.length;
    this.sheets.splice(Math.max(0, Math.min(pos, this.sheets.length)), 0, sheet);
    if (!this.active && sheet.visibility === 'Visible') {
      this.active = sheet;
      this.selection = { sheet, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    }
    for (let r = 0; r < values.length; r++) {
      const row = values[r]!;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === null || v === undefined || v === '') continue;
        if (opts.mode === 'typed') this.writeInput(sheet, r, c, v, 'values');
        else sheet.put(r, c, v);
      }
    }
    for (const [addr, f] of Object.entries(opts.formulas ?? {})) {
      const rect = mustRect(addr);
      sheet.put(rect.row, rect.col, null, f.startsWith('=') ? f : `=${f}`);
    }
    for (const [addr, fmt] of Object.entries(opts.numberFormats ?? {})) {
      this.patchRect(sheet, mustRect(addr), { numberFormat: fmt });
    }
    for (const [addr, font] of Object.entries(opts.fonts ?? {})) {
      this.patchRect(sheet, mustRect(addr), { fontName: font });
    }
    for (const addr of opts.bold ?? []) this.patchRect(sheet, mustRect(addr), { bold: true });
    for (const addr of opts.merges ?? []) sheet.merges.push(mustRect(addr));
    for (const c of opts.hiddenColumns ?? []) sheet.hiddenCols.add(c);
    for (const r of opts.hiddenRows ?? []) sheet.hiddenRows.add(r);
    this.touch();
    return sheet;
  }

  findSheet(name: string): SimSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** The sheet, or an exception (for tests: a missing sheet is a test bug). */
  getSheet(name: string): SimSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`excel-sim: no sheet "${name}"`);
    return s;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  removeSheet(sheet: SimSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) return;
    this.sheets.splice(i, 1);
    sheet.deleted = true;
    for (const n of this.names) if (n.sheet === sheet) n.sheet = null;
    for (let k = this.names.length - 1; k >= 0; k--) if (this.names[k]!.scope === sheet) this.names.splice(k, 1);
    for (let k = this.tables.length - 1; k >= 0; k--) if (this.tables[k]!.sheet === sheet) this.tables.splice(k, 1);
    if (this.active === sheet) {
      this.active = this.sheets.find((s) => s.visibility === 'Visible') ?? null;
      this.selection = this.active ? { sheet: this.active, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } } : null;
    }
    this.touch();
  }

  // ---- cells ----

  /** A cell by sheet name and A1 address, as Excel reports it. */
  cell(sheetName: string, address: string): SimCellView {
    const sheet = this.getSheet(sheetName);
    const rect = mustRect(address);
    return this.cellAt(sheet, rect.row, rect.col);
  }

  cellAt(sheet: SimSheet, r: number, c: number): SimCellView {
    const style = this.styles.get(sheet.styleId(r, c));
    const value = this.valueAt(sheet, r, c);
    return {
      value,
      formula: sheet.formula(r, c),
      numberFormat: style.numberFormat,
      text: formatValue(value, style.numberFormat),
      style,
    };
  }

  /** The value of a cell: stored, or its formula's result (recomputed after any change). */
  valueAt(sheet: SimSheet, r: number, c: number): RawValue {
    const f = sheet.formula(r, c);
    if (f === undefined) return sheet.raw(r, c);
    let cache = this.calc.get(sheet);
    if (!cache) {
      cache = new Map();
      this.calc.set(sheet, cache);
    }
    const key = r * 16_384 + c;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    let busy = this.evaluating.get(sheet);
    if (!busy) {
      busy = new Set();
      this.evaluating.set(sheet, busy);
    }
    // A circular reference gives 0, as Excel shows it after its warning.
    if (busy.has(key)) return 0;
    busy.add(key);
    let result: Scalar;
    try {
      const { ast, dr, dc } = parseShared(f, r, c);
      result = evaluate(ast, this.host(sheet), dr, dc);
    } catch (e) {
      if (!(e instanceof FormulaSyntaxError)) throw e;
      result = { error: '#NAME?' };
    } finally {
      busy.delete(key);
    }
    cache.set(key, result);
    return result;
  }

  /** Every cell with a value or formula in the used range, row by row (for views and tests). */
  *usedCells(sheetName: string): Generator<{ row: number; col: number; address: string } & SimCellView> {
    const sheet = this.getSheet(sheetName);
    const used = sheet.usedRect(true);
    if (!used) return;
    const cells: [number, number][] = [];
    sheet.eachContent(used, (r, c) => cells.push([r, c]));
    for (const [r, c] of cells) yield { row: r, col: c, address: `${columnLetter(c)}${r + 1}`, ...this.cellAt(sheet, r, c) };
  }

  /** Values of a sheet's used range (values only) from A1 as a ragged-free grid; [] when empty. */
  grid(sheetName: string): RawValue[][] {
    const sheet = this.getSheet(sheetName);
    const used = sheet.usedRect(true);
    if (!used) return [];
    const rows = used.row + used.rowCount;
    const cols = used.col + used.colCount;
    const out: RawValue[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: RawValue[] = new Array<RawValue>(cols).fill(null);
      if (sheet.row(r)) for (let c = 0; c < cols; c++) line[c] = this.valueAt(sheet, r, c);
      out.push(line);
    }
    return out;
  }

  /**
   * Writes one input value the way Excel's API does for `values` or `formulas`: converting typed
   * text in General cells, keeping "@" cells as text, honouring the apostrophe prefix.
   */
  writeInput(sheet: SimSheet, r: number, c: number, input: unknown, _mode: 'values' | 'formulas'): void {
    const styleId = sheet.styleId(r, c);
    const style = this.styles.get(styleId);
    const format = this.ignoreTextFormat && style.numberFormat === '@' ? 'General' : style.numberFormat;
    const got = interpretInput(input, format, { currentYear: this.currentYear });
    switch (got.kind) {
      case 'skip':
        return;
      case 'clear':
        sheet.put(r, c, null);
        if (style.quotePrefix) sheet.setStyleId(r, c, this.styles.derive(styleId, { quotePrefix: false }));
        return;
      case 'formula':
        try {
          parseFormula(got.formula);
        } catch (e) {
          if (e instanceof FormulaSyntaxError) throw simError('InvalidArgument', `Formula ${got.formula}: ${e.message}`);
          throw e;
        }
        sheet.put(r, c, null, got.formula);
        if (style.quotePrefix) sheet.setStyleId(r, c, this.styles.derive(styleId, { quotePrefix: false }));
        return;
      case 'value': {
        sheet.put(r, c, got.value);
        const patch: StylePatch = {};
        if (got.autoFormat && style.numberFormat === 'General') patch.numberFormat = got.autoFormat;
        if ((got.quotePrefix ?? false) !== style.quotePrefix) patch.quotePrefix = got.quotePrefix ?? false;
        if (patch.numberFormat !== undefined || patch.quotePrefix !== undefined) {
          sheet.setStyleId(r, c, this.styles.derive(styleId, patch));
        }
      }
    }
  }

  /** Applies a style patch to every cell of rect (whole columns/rows set the column/row default). */
  patchRect(sheet: SimSheet, rect: Rect, patch: StylePatch | ((s: SimStyle) => StylePatch)): void {
    const key = typeof patch === 'function' ? '' : JSON.stringify(patch);
    const memo = new Map<number, number>();
    const derive = (id: number): number => {
      let n = memo.get(id);
      if (n === undefined) {
        n =
          typeof patch === 'function'
            ? this.styles.intern({ ...this.styles.get(id), ...patch(this.styles.get(id)) })
            : this.styles.derive(id, patch, key);
        memo.set(id, n);
      }
      return n;
    };
    const wholeCols = rect.row === 0 && rect.rowCount === 1_048_576;
    const wholeRows = rect.col === 0 && rect.colCount === 16_384;
    if (wholeCols) {
      for (let c = rect.col; c < rect.col + rect.colCount; c++) sheet.colStyle.set(c, derive(sheet.colStyle.get(c) ?? 0));
      // Cells where a row format meets these columns take the column's change too.
      for (const r of sheet.rowStyle.keys()) {
        for (let c = rect.col; c < rect.col + rect.colCount; c++) sheet.setStyleId(r, c, derive(sheet.styleId(r, c)));
      }
      // Existing cells in those columns change too.
      for (let r = 0; r < sheet.rows.length; r++) {
        const row = sheet.rows[r];
        if (!row?.s) continue;
        const end = Math.min(rect.col + rect.colCount, row.s.length);
        for (let c = rect.col; c < end; c++) {
          const own = row.s[c];
          if (own !== undefined) row.s[c] = derive(own);
        }
      }
      return;
    }
    if (wholeRows) {
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        sheet.rowStyle.set(r, derive(sheet.rowStyle.get(r) ?? 0));
        const row = sheet.row(r);
        if (!row?.s) continue;
        for (let c = 0; c < row.s.length; c++) {
          const own = row.s[c];
          if (own !== undefined) row.s[c] = derive(own);
        }
      }
      return;
    }
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.col; c < rect.col + rect.colCount; c++) sheet.setStyleId(r, c, derive(sheet.styleId(r, c)));
    }
  }

  // ---- names and tables ----

  findName(name: string, scope: SimSheet | null = null): SimName | undefined {
    const key = name.toLowerCase();
    return this.names.find((n) => n.scope === scope && n.name.toLowerCase() === key);
  }

  /** Adds a workbook-scoped name pointing at "Sheet!A1:B2" (seeding helper). */
  addName(name: string, reference: string, comment = ''): SimName {
    const parsed = parseQualified(reference.replace(/^=/, ''));
    const sheet = parsed?.sheet !== undefined ? this.findSheet(parsed.sheet) : undefined;
    const n: SimName = {
      name,
      sheet: sheet ?? null,
      rect: sheet && parsed ? parsed.rect : null,
      formula: sheet ? null : reference.startsWith('=') ? reference : `=${reference}`,
      comment,
      visible: true,
      scope: null,
    };
    this.names.push(n);
    this.touch();
    return n;
  }

  /** "=Sheet1!$A$1:$B$2" for a range name, the formula otherwise, "=#REF!" when its sheet is gone. */
  nameFormula(n: SimName): string {
    if (n.formula !== null) return n.formula;
    if (!n.sheet || !n.rect) return '=#REF!';
    return `=${qualifiedAddress(n.sheet.name, n.rect, true)}`;
  }

  findTable(name: string): SimTable | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key);
  }

  newTable(sheet: SimSheet, rect: Rect, showHeaders: boolean): SimTable {
    let i = this.tables.length + 1;
    while (this.findTable(`Table${i}`)) i++;
    const t: SimTable = {
      id: String(nextTableId++),
      name: `Table${i}`,
      sheet,
      rect,
      style: 'TableStyleMedium2',
      showHeaders,
      showTotals: false,
      showFilterButton: true,
      showBandedRows: true,
      showBandedColumns: false,
      highlightFirstColumn: false,
      highlightLastColumn: false,
    };
    this.tables.push(t);
    return t;
  }

  /** Forgets computed formula results; called after anything a formula could depend on changes. */
  touch(): void {
    if (this.calc.size > 0) this.calc = new Map();
  }

  private host(sheet: SimSheet): FormulaHost {
    let h = this.hosts.get(sheet);
    if (!h) {
      h = this.makeHost(sheet);
      this.hosts.set(sheet, h);
    }
    return h;
  }

  private makeHost(sheet: SimSheet): FormulaHost {
    const resolve = (name: string | undefined): SimSheet | undefined => (name === undefined ? sheet : this.findSheet(name));
    return {
      cell: (name, r, c) => {
        const s = resolve(name);
        return s ? this.valueAt(s, r, c) : { error: '#REF!' };
      },
      each: (name, rect, fn) => {
        const s = resolve(name);
        if (!s) return;
        s.eachContent(rect, (r, c) => fn(this.valueAt(s, r, c), r, c));
      },
      sheetExists: (name) => resolve(name) !== undefined,
      name: (name) => {
        const n = this.findName(name, sheet) ?? this.findName(name);
        return n?.sheet && n.rect ? { sheet: n.sheet.name, rect: n.rect } : undefined;
      },
    };
  }
}

function mustRect(address: string): Rect {
  const r = parseLocal(address);
  if (!r) throw new Error(`excel-sim: bad address "${address}"`);
  return r;
}
