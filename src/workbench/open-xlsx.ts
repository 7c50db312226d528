// Opens an .xlsx file the user picked into the simulated Excel, replacing what it held: values
// (formula results as stored), merges, hidden rows and columns, widths, heights and the cell looks
// the sheet view draws. exceljs is loaded only here, on demand, so the page starts light.
import type * as ExcelJSTypes from 'exceljs';
import { readGrid } from '../workbook/xlsx/read';
import type { SimSheet } from './excel-sim/sheet';
import type { SimWorkbookState } from './excel-sim/state';
import { DEFAULT_STYLE, type SimBorder, type StylePatch } from './excel-sim/style';

/** Excel column width is in characters of the default font: about 7 px each plus 5 px of padding. */
function widthToPoints(chars: number): number {
  return (Math.round(chars * 7 + 5) * 72) / 96;
}

function hex(color: Partial<ExcelJSTypes.Color> | undefined): string | undefined {
  const argb = color?.argb;
  return typeof argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

function border(b: Partial<ExcelJSTypes.Border> | undefined): SimBorder | null {
  if (b?.style === undefined) return null;
  const color = hex(b.color) ?? '#000000';
  switch (b.style) {
    case 'hair':
      return { style: 'Continuous', weight: 'Hairline', color };
    case 'medium':
      return { style: 'Continuous', weight: 'Medium', color };
    case 'thick':
      return { style: 'Continuous', weight: 'Thick', color };
    case 'double':
      return { style: 'Double', weight: 'Thick', color };
    case 'dotted':
    case 'dashed':
    case 'dashDot':
    case 'dashDotDot':
    case 'slantDashDot':
      return { style: 'Dash', weight: 'Thin', color };
    case 'mediumDashed':
    case 'mediumDashDot':
    case 'mediumDashDotDot':
      return { style: 'Dash', weight: 'Medium', color };
    default:
      return { style: 'Continuous', weight: 'Thin', color };
  }
}

const HORIZONTAL: Readonly<Record<string, string>> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
  justify: 'Justify',
  fill: 'Fill',
  centerContinuous: 'CenterAcrossSelection',
  distributed: 'Distributed',
};
const VERTICAL: Readonly<Record<string, string>> = { top: 'Top', middle: 'Center', bottom: 'Bottom', justify: 'Justify', distributed: 'Distributed' };

/** The look of an exceljs cell style as a patch over Excel's default. */
export function stylePatch(style: Partial<ExcelJSTypes.Style>): StylePatch {
  const p: StylePatch = {};
  const f = style.font;
  if (f !== undefined) {
    if (f.name !== undefined) p.fontName = f.name;
    if (f.size !== undefined) p.fontSize = f.size;
    if (f.bold === true) p.bold = true;
    if (f.italic === true) p.italic = true;
    if (f.underline !== undefined && f.underline !== false && f.underline !== 'none') p.underline = f.underline === 'double' ? 'Double' : 'Single';
    if (f.strike === true) p.strikethrough = true;
    const color = hex(f.color);
    if (color !== undefined) p.fontColor = color;
  }
  const fill = style.fill;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const color = hex(fill.fgColor);
    if (color !== undefined) p.fill = color;
  }
  const b = style.border;
  if (b !== undefined) {
    const top = border(b.top);
    const bottom = border(b.bottom);
    const left = border(b.left);
    const right = border(b.right);
    if (top !== null) p.top = top;
    if (bottom !== null) p.bottom = bottom;
    if (left !== null) p.left = left;
    if (right !== null) p.right = right;
  }
  const a = style.alignment;
  if (a !== undefined) {
    const h = a.horizontal === undefined ? undefined : HORIZONTAL[a.horizontal];
    const v = a.vertical === undefined ? undefined : VERTICAL[a.vertical];
    if (h !== undefined) p.horizontalAlignment = h;
    if (v !== undefined) p.verticalAlignment = v;
    if (a.wrapText === true) p.wrapText = true;
  }
  if (typeof style.numFmt === 'string' && style.numFmt !== '') p.numberFormat = style.numFmt;
  return p;
}

/** Empties the simulated workbook, as opening another file does. */
function clear(state: SimWorkbookState): void {
  for (const s of [...state.sheets]) state.removeSheet(s);
  state.names.length = 0;
  state.tables.length = 0;
  state.settings.clear();
  state.active = null;
  state.selection = null;
}

function copyLooks(state: SimWorkbookState, sheet: SimSheet, ws: ExcelJSTypes.Worksheet): void {
  // exceljs shares one style object between cells styled alike; intern each object once.
  const ids = new Map<object, number>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let largestFont = 0;
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const style = cell.style as Partial<ExcelJSTypes.Style> | undefined;
      if (style === undefined || Object.keys(style).length === 0) return;
      largestFont = Math.max(largestFont, style.font?.size ?? 0);
      let id = ids.get(style);
      if (id === undefined) {
        id = state.styles.intern({ ...DEFAULT_STYLE, ...stylePatch(style) });
        ids.set(style, id);
      }
      if (id !== 0) sheet.setStyleId(rowNumber - 1, colNumber - 1, id);
    });
    // A row without a stored height is auto-fitted by Excel to its largest font (about 1.3 × the size).
    const height = row.height !== undefined && row.height > 0 ? row.height : Math.max(sheet.standardHeight, Math.ceil(largestFont * 1.3));
    if (height !== sheet.standardHeight) sheet.rowHeight.set(rowNumber - 1, height);
  });
  for (let c = 1; c <= ws.columnCount; c++) {
    const width = ws.getColumn(c).width;
    if (width !== undefined && width > 0) sheet.colWidth.set(c - 1, widthToPoints(width));
  }
}

/** Replaces the simulated workbook with the file's sheets; returns how many sheets were read. */
export async function openXlsxInSim(state: SimWorkbookState, data: ArrayBuffer): Promise<number> {
  const mod = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  // exceljs is CommonJS: bundlers expose it as the module or under `default`.
  const ExcelJS = (mod as unknown as { default?: typeof ExcelJSTypes }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data);
  const date1904 = wb.properties.date1904;
  clear(state);
  for (const ws of wb.worksheets) {
    const grid = readGrid(ws, { merges: true, hidden: true }, date1904);
    const visibility = ws.state === 'hidden' ? 'Hidden' : ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    const sheet = state.addSheet(ws.name, [], { visibility });
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) sheet.put(r, c, v);
      }),
    );
    sheet.merges.push(...(grid.merges ?? []));
    for (const c of grid.hiddenColumns ?? []) sheet.hiddenCols.add(c);
    for (const r of grid.hiddenRows ?? []) sheet.hiddenRows.add(r);
    copyLooks(state, sheet, ws);
  }
  // Excel opens a workbook on its first visible sheet.
  const first = state.sheets.find((s) => s.visibility === 'Visible') ?? null;
  state.active = first;
  state.selection = first === null ? null : { sheet: first, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
  state.touch();
  return wb.worksheets.length;
}
