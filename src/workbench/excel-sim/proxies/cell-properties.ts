// getCellProperties / setCellProperties and their row and column forms (ExcelApi 1.9): many cells'
// formats in one call, which is how an add-in reads fonts (TCVN3 detection) and writes styled plans
// without one request per cell.

import { qualifiedAddress, type Rect } from '../address';
import { simError } from '../errors';
import type { SimEngine } from '../engine';
import { asText } from '../payload';
import { checkDimensions, checkEditable, type RangeTarget } from '../range-ops';
import type { SimBorder, SimStyle, StylePatch } from '../style';
import { normaliseColor, uniform } from './format';

type Opts = Record<string, unknown>;

const NO_BORDER = { style: 'None', weight: 'Thin', color: '#000000' };

function border(b: SimBorder | null): Record<string, unknown> {
  return b ? { style: b.style, weight: b.weight, color: b.color } : { ...NO_BORDER };
}

/** The CellPropertiesFormat view of a style. */
function formatOf(s: SimStyle): Record<string, unknown> {
  return {
    font: {
      bold: s.bold,
      color: s.fontColor,
      italic: s.italic,
      name: s.fontName,
      size: s.fontSize,
      strikethrough: s.strikethrough,
      underline: s.underline,
    },
    fill: { color: s.fill ?? '#FFFFFF', pattern: s.fill ? 'Solid' : 'None' },
    horizontalAlignment: s.horizontalAlignment,
    verticalAlignment: s.verticalAlignment,
    wrapText: s.wrapText,
    indentLevel: s.indentLevel,
    borders: { top: border(s.top), bottom: border(s.bottom), left: border(s.left), right: border(s.right) },
    protection: { locked: s.locked, formulaHidden: s.formulaHidden },
  };
}

/** Keeps only what the load options ask for ({ format: { font: { name: true } } }). */
function pick(full: Record<string, unknown>, opts: unknown): Record<string, unknown> {
  if (opts === true) return full;
  const out: Record<string, unknown> = {};
  if (!opts || typeof opts !== 'object') return out;
  for (const [k, v] of Object.entries(opts as Opts)) {
    if (!v || !(k in full)) continue;
    const f = full[k];
    out[k] = v === true || typeof f !== 'object' || f === null ? f : pick(f as Record<string, unknown>, v);
  }
  return out;
}

export function getCellProperties(engine: SimEngine, t: RangeTarget, opts: Opts): unknown[][] {
  engine.checkReadCells(t.rect.rowCount * t.rect.colCount, 'Range.getCellProperties');
  const state = engine.state;
  const cache = new Map<number, Record<string, unknown>>();
  const out: unknown[][] = [];
  for (let i = 0; i < t.rect.rowCount; i++) {
    const line: unknown[] = [];
    const r = t.rect.row + i;
    for (let j = 0; j < t.rect.colCount; j++) {
      const c = t.rect.col + j;
      const id = t.sheet.styleId(r, c);
      let fmt = cache.get(id);
      if (!fmt) {
        fmt = pick(formatOf(state.styles.get(id)), opts['format']);
        cache.set(id, fmt);
      }
      const cell: Record<string, unknown> = {};
      if (opts['address']) cell['address'] = qualifiedAddress(t.sheet.name, { row: r, col: c, rowCount: 1, colCount: 1 });
      if (opts['addressLocal']) cell['addressLocal'] = qualifiedAddress(t.sheet.name, { row: r, col: c, rowCount: 1, colCount: 1 });
      if (opts['hidden']) cell['hidden'] = t.sheet.hiddenRows.has(r) || t.sheet.hiddenCols.has(c);
      if (opts['style']) cell['style'] = 'Normal';
      if (opts['format']) {
        const f: Record<string, unknown> = { ...fmt };
        const fo = opts['format'] as Opts;
        if (fo === (true as unknown) || fo['columnWidth']) f['columnWidth'] = t.sheet.columnWidth(c);
        if (fo === (true as unknown) || fo['rowHeight']) f['rowHeight'] = t.sheet.rowHeightOf(r);
        cell['format'] = f;
      }
      line.push(cell);
    }
    out.push(line);
  }
  return out;
}

function borderPatch(old: SimBorder | null, b: Opts | undefined): SimBorder | null | undefined {
  if (!b) return undefined;
  if (b['style'] === 'None') return null;
  return {
    style: (b['style'] as string | undefined) ?? old?.style ?? 'Continuous',
    weight: (b['weight'] as string | undefined) ?? old?.weight ?? 'Thin',
    color: b['color'] !== undefined ? normaliseColor(b['color']) : (old?.color ?? '#000000'),
  };
}

/** A style patch from a SettableCellProperties.format object, relative to the old style. */
function patchFrom(format: Opts, old: SimStyle): StylePatch {
  const p: StylePatch = {};
  const font = format['font'] as Opts | undefined;
  if (font) {
    if (font['name'] !== undefined) p.fontName = asText(font['name']);
    if (font['size'] !== undefined) p.fontSize = Number(font['size']);
    if (font['bold'] !== undefined) p.bold = Boolean(font['bold']);
    if (font['italic'] !== undefined) p.italic = Boolean(font['italic']);
    if (font['underline'] !== undefined) p.underline = asText(font['underline']);
    if (font['color'] !== undefined) p.fontColor = normaliseColor(font['color']);
    if (font['strikethrough'] !== undefined) p.strikethrough = Boolean(font['strikethrough']);
  }
  const fill = format['fill'] as Opts | undefined;
  if (fill) {
    if (fill['pattern'] === 'None') p.fill = null;
    else if (fill['color'] !== undefined) p.fill = fill['color'] === '' ? null : normaliseColor(fill['color']);
  }
  if (format['horizontalAlignment'] !== undefined) p.horizontalAlignment = asText(format['horizontalAlignment']);
  if (format['verticalAlignment'] !== undefined) p.verticalAlignment = asText(format['verticalAlignment']);
  if (format['wrapText'] !== undefined) p.wrapText = Boolean(format['wrapText']);
  if (format['indentLevel'] !== undefined) p.indentLevel = Number(format['indentLevel']);
  const borders = format['borders'] as Record<string, Opts | undefined> | undefined;
  if (borders) {
    for (const edge of ['top', 'bottom', 'left', 'right'] as const) {
      const b = borderPatch(old[edge], borders[edge]);
      if (b !== undefined) p[edge] = b;
    }
  }
  const protection = format['protection'] as Opts | undefined;
  if (protection) {
    if (protection['locked'] !== undefined) p.locked = Boolean(protection['locked']);
    if (protection['formulaHidden'] !== undefined) p.formulaHidden = Boolean(protection['formulaHidden']);
  }
  return p;
}

/** Applies one properties object to a rectangle (memoised per old style and object). */
function applyProps(engine: SimEngine, t: RangeTarget, rect: Rect, props: Opts, keyCache: Map<object, string>): void {
  const format = props['format'] as Opts | undefined;
  if (!format) return;
  let key = keyCache.get(props);
  if (key === undefined) {
    key = JSON.stringify(format);
    keyCache.set(props, key);
  }
  const state = engine.state;
  const memo = new Map<number, number>();
  const apply = (id: number): number => {
    let n = memo.get(id);
    if (n === undefined) {
      const old = state.styles.get(id);
      n = state.styles.intern({ ...old, ...patchFrom(format, old) });
      memo.set(id, n);
    }
    return n;
  };
  if (rect.rowCount === 1 && rect.colCount === 1) {
    t.sheet.setStyleId(rect.row, rect.col, apply(t.sheet.styleId(rect.row, rect.col)));
  } else {
    state.patchRect(t.sheet, rect, (old) => patchFrom(format, old));
  }
}

export function setCellProperties(engine: SimEngine, t: RangeTarget, data: unknown): void {
  const at = checkDimensions(t, data, 'cellProperties');
  checkEditable(engine.state, t, 'format');
  const keyCache = new Map<object, string>();
  for (let i = 0; i < t.rect.rowCount; i++) {
    for (let j = 0; j < t.rect.colCount; j++) {
      const props = at(i, j) as Opts | null | undefined;
      if (!props) continue;
      applyProps(engine, t, { row: t.rect.row + i, col: t.rect.col + j, rowCount: 1, colCount: 1 }, props, keyCache);
    }
  }
}

export function getColumnProperties(engine: SimEngine, t: RangeTarget, opts: Opts): unknown[] {
  const out: unknown[] = [];
  for (let j = 0; j < t.rect.colCount; j++) {
    const c = t.rect.col + j;
    const col: RangeTarget = { sheet: t.sheet, rect: { ...t.rect, col: c, colCount: 1 } };
    const item: Record<string, unknown> = {};
    if (opts['columnIndex']) item['columnIndex'] = c;
    if (opts['columnHidden']) item['columnHidden'] = t.sheet.hiddenCols.has(c);
    if (opts['address']) item['address'] = qualifiedAddress(t.sheet.name, col.rect);
    if (opts['format']) {
      const id = uniform(engine.state, col, (s) => engine.state.styles.intern(s));
      const f = id === null ? {} : pick(formatOf(engine.state.styles.get(id)), opts['format']);
      const fo = opts['format'] as Opts;
      if (fo['columnWidth']) f['columnWidth'] = t.sheet.columnWidth(c);
      item['format'] = f;
    }
    out.push(item);
  }
  return out;
}

export function getRowProperties(engine: SimEngine, t: RangeTarget, opts: Opts): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < t.rect.rowCount; i++) {
    const r = t.rect.row + i;
    const row: RangeTarget = { sheet: t.sheet, rect: { ...t.rect, row: r, rowCount: 1 } };
    const item: Record<string, unknown> = {};
    if (opts['rowIndex']) item['rowIndex'] = r;
    if (opts['rowHidden']) item['rowHidden'] = t.sheet.hiddenRows.has(r);
    if (opts['address']) item['address'] = qualifiedAddress(t.sheet.name, row.rect);
    if (opts['format']) {
      const id = uniform(engine.state, row, (s) => engine.state.styles.intern(s));
      const f = id === null ? {} : pick(formatOf(engine.state.styles.get(id)), opts['format']);
      const fo = opts['format'] as Opts;
      if (fo['rowHeight']) f['rowHeight'] = t.sheet.rowHeightOf(r);
      item['format'] = f;
    }
    out.push(item);
  }
  return out;
}

function lineProps(
  engine: SimEngine,
  t: RangeTarget,
  data: unknown,
  axis: 'column' | 'row',
): void {
  if (!Array.isArray(data)) throw simError('InvalidArgument', `${axis} properties must be an array`);
  const items0 = data as Opts[];
  if (items0.some((p) => p['format'] !== undefined && Object.keys(p['format'] as Opts).some((k) => k !== 'columnWidth' && k !== 'rowHeight'))) {
    checkEditable(engine.state, t, 'format');
  }
  checkEditable(engine.state, t, axis === 'column' ? 'columns' : 'rows');
  const count = axis === 'column' ? t.rect.colCount : t.rect.rowCount;
  const indexKey = axis === 'column' ? 'columnIndex' : 'rowIndex';
  const items = data as Opts[];
  if (items.some((p) => p[indexKey] === undefined) && items.length !== count) {
    throw simError('InvalidArgument', `The number of ${axis}s doesn't match the range.`);
  }
  const keyCache = new Map<object, string>();
  items.forEach((p, k) => {
    const index = p[indexKey] !== undefined ? Number(p[indexKey]) : (axis === 'column' ? t.rect.col : t.rect.row) + k;
    const rect: Rect = axis === 'column' ? { ...t.rect, col: index, colCount: 1 } : { ...t.rect, row: index, rowCount: 1 };
    const format = p['format'] as Opts | undefined;
    if (axis === 'column') {
      if (format?.['columnWidth'] !== undefined) t.sheet.colWidth.set(index, Number(format['columnWidth']));
      if (p['columnHidden'] !== undefined) {
        if (p['columnHidden']) t.sheet.hiddenCols.add(index);
        else t.sheet.hiddenCols.delete(index);
      }
    } else {
      if (format?.['rowHeight'] !== undefined) t.sheet.rowHeight.set(index, Number(format['rowHeight']));
      if (p['rowHidden'] !== undefined) {
        if (p['rowHidden']) t.sheet.hiddenRows.add(index);
        else t.sheet.hiddenRows.delete(index);
      }
    }
    applyProps(engine, t, rect, p, keyCache);
  });
}

export function setColumnProperties(engine: SimEngine, t: RangeTarget, data: unknown): void {
  lineProps(engine, t, data, 'column');
}

export function setRowProperties(engine: SimEngine, t: RangeTarget, data: unknown): void {
  lineProps(engine, t, data, 'row');
}
