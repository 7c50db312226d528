// Range formatting proxies: format (widths, heights, alignment, wrap, autofit), font, fill,
// borders and cell protection. Reading a property over cells that differ gives null, as in Excel.

import { MAX_ROWS, type Rect } from '../address';
import { defineClass, SimCollection, SimObject } from '../client';
import { simError } from '../errors';
import { checkEditable, type RangeTarget } from '../range-ops';
import type { SimWorkbookState } from '../state';
import type { BorderEdge, SimBorder, SimStyle, StylePatch } from '../style';

/** Points in a pixel at 96 dpi: the step of Excel's row heights. */
const PT_PER_PX = 0.75;

/** The value of `pick` shared by every cell of the range, or null when they differ. */
export function uniform<V>(state: SimWorkbookState, t: RangeTarget, pick: (s: SimStyle) => V): V | null {
  const { sheet, rect } = t;
  let first: { v: V } | undefined;
  let mixed = false;
  const see = (id: number): void => {
    const v = pick(state.styles.get(id));
    if (!first) first = { v };
    else if (first.v !== v) mixed = true;
  };
  const rEnd = Math.min(rect.row + rect.rowCount, sheet.rows.length);
  for (let r = rect.row; r < rEnd && !mixed; r++) {
    for (let c = rect.col; c < rect.col + rect.colCount && !mixed; c++) see(sheet.styleId(r, c));
  }
  if (rect.row + rect.rowCount > rEnd && !mixed) {
    // Beyond the stored rows every cell takes its row's or column's style.
    const firstEmpty = Math.max(rect.row, rEnd);
    let plainRow = false;
    for (let r = firstEmpty; r < rect.row + rect.rowCount && !mixed; r++) {
      const rs = sheet.rowStyle.get(r);
      if (rs === undefined) {
        if (plainRow) continue;
        plainRow = true;
        for (let c = rect.col; c < rect.col + rect.colCount && !mixed; c++) see(sheet.colStyle.get(c) ?? 0);
      } else see(rs);
      if (rs === undefined && sheet.rowStyle.size === 0) break;
    }
  }
  return mixed || !first ? null : first.v;
}

function patchFormat(state: SimWorkbookState, t: RangeTarget, patch: StylePatch | ((s: SimStyle) => StylePatch)): void {
  checkEditable(state, t, 'format');
  state.patchRect(t.sheet, t.rect, patch);
}

function styleProp<K extends keyof SimStyle>(key: K, map?: (v: unknown) => SimStyle[K]) {
  return {
    get: (t: RangeTarget, o: SimObject<RangeTarget>) => uniform(o.engine.state, t, (s) => s[key]),
    set: (t: RangeTarget, v: unknown, o: SimObject<RangeTarget>) => {
      const patch: StylePatch = {};
      (patch as Record<string, unknown>)[key] = map ? map(v) : v;
      patchFormat(o.engine.state, t, patch);
    },
  };
}

/** A proxy whose target is its parent range's. */
abstract class RangePart extends SimObject<RangeTarget> {
  constructor(
    protected readonly owner: SimObject<RangeTarget>,
    suffix: string,
  ) {
    super(owner.context, `${owner.path}.${suffix}`);
  }
  protected resolveTarget(): RangeTarget | null {
    return this.owner.target();
  }
}

export class SimRangeFont extends RangePart {
  get typeName(): string {
    return 'RangeFont';
  }
}
defineClass(SimRangeFont, {
  props: {
    name: styleProp('fontName', String),
    size: styleProp('fontSize', Number),
    bold: styleProp('bold', Boolean),
    italic: styleProp('italic', Boolean),
    underline: styleProp('underline', String),
    color: styleProp('fontColor', normaliseColor),
    strikethrough: { ...styleProp('strikethrough', Boolean), since: '1.9' },
  },
});

export class SimRangeFill extends RangePart {
  get typeName(): string {
    return 'RangeFill';
  }
  clear(): void {
    this.enqueue({ o: this.path, m: 'clear' }, undefined, (t) => patchFormat(this.engine.state, t, { fill: null }));
  }
}
defineClass(SimRangeFill, {
  props: {
    color: {
      // No fill reads as white, as Excel reports it.
      get: (t, o) => uniform(o.engine.state, t, (s) => s.fill ?? '#FFFFFF'),
      set: (t, v, o) => patchFormat(o.engine.state, t, { fill: v === null || v === '' ? null : normaliseColor(v) }),
    },
    pattern: {
      get: (t, o) => uniform(o.engine.state, t, (s) => (s.fill ? 'Solid' : 'None')),
      set: (t, v, o) => {
        if (v === 'None') patchFormat(o.engine.state, t, { fill: null });
      },
      since: '1.9',
    },
  },
});

export class SimRangeFormatProtection extends RangePart {
  get typeName(): string {
    return 'FormatProtection';
  }
}
defineClass(SimRangeFormatProtection, {
  props: {
    locked: {
      get: (t, o) => uniform(o.engine.state, t, (s) => s.locked),
      // Lock state may change on a protected sheet only through unprotect, like Excel.
      set: (t, v, o) => patchFormat(o.engine.state, t, { locked: Boolean(v) }),
      since: '1.2',
    },
    formulaHidden: {
      get: (t, o) => uniform(o.engine.state, t, (s) => s.formulaHidden),
      set: (t, v, o) => patchFormat(o.engine.state, t, { formulaHidden: Boolean(v) }),
      since: '1.2',
    },
  },
});

export const BORDER_INDEXES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
] as const;
export type BorderIndex = (typeof BORDER_INDEXES)[number];

/** The cells and edge a border index refers to within a rect. */
function borderCells(rect: Rect, index: BorderIndex): { rect: Rect; edge: BorderEdge; twin?: { rect: Rect; edge: BorderEdge } }[] {
  const last = { row: rect.row + rect.rowCount - 1, col: rect.col + rect.colCount - 1 };
  switch (index) {
    case 'EdgeTop':
      return [{ rect: { ...rect, rowCount: 1 }, edge: 'top' }];
    case 'EdgeBottom':
      return [{ rect: { ...rect, row: last.row, rowCount: 1 }, edge: 'bottom' }];
    case 'EdgeLeft':
      return [{ rect: { ...rect, colCount: 1 }, edge: 'left' }];
    case 'EdgeRight':
      return [{ rect: { ...rect, col: last.col, colCount: 1 }, edge: 'right' }];
    case 'InsideHorizontal':
      if (rect.rowCount < 2) return [];
      // The line between two rows is the bottom of the upper cell and the top of the lower one.
      return [
        { rect: { ...rect, rowCount: rect.rowCount - 1 }, edge: 'bottom' },
        { rect: { ...rect, row: rect.row + 1, rowCount: rect.rowCount - 1 }, edge: 'top' },
      ];
    case 'InsideVertical':
      if (rect.colCount < 2) return [];
      return [
        { rect: { ...rect, colCount: rect.colCount - 1 }, edge: 'right' },
        { rect: { ...rect, col: rect.col + 1, colCount: rect.colCount - 1 }, edge: 'left' },
      ];
    default:
      return [];
  }
}

export class SimRangeBorder extends RangePart {
  constructor(
    owner: SimObject<RangeTarget>,
    readonly index: BorderIndex,
  ) {
    super(owner, `borders.getItem("${index}")`);
  }
  get typeName(): string {
    return 'RangeBorder';
  }
  /** Applies a change to this border's edge of every cell it covers. */
  apply(t: RangeTarget, change: Partial<SimBorder>): void {
    const state = this.engine.state;
    checkEditable(state, t, 'format');
    for (const part of borderCells(t.rect, this.index)) {
      state.patchRect(t.sheet, part.rect, (s) => {
        const old = s[part.edge];
        if (change.style === 'None') return { [part.edge]: null };
        const next: SimBorder = {
          style: change.style ?? old?.style ?? 'Continuous',
          weight: change.weight ?? old?.weight ?? 'Thin',
          color: change.color ?? old?.color ?? '#000000',
        };
        return { [part.edge]: next };
      });
    }
  }
  read(t: RangeTarget, pick: (b: SimBorder | null) => string): string | null {
    const parts = borderCells(t.rect, this.index);
    const first = parts[0];
    if (!first) return pick(null);
    return uniform(this.engine.state, { sheet: t.sheet, rect: first.rect }, (s) => pick(s[first.edge]));
  }
}
defineClass(SimRangeBorder, {
  props: {
    sideIndex: { get: (_t, o) => (o as SimRangeBorder).index },
    style: {
      get: (t, o) => (o as SimRangeBorder).read(t, (b) => b?.style ?? 'None'),
      set: (t, v, o) => (o as SimRangeBorder).apply(t, { style: String(v) }),
    },
    weight: {
      get: (t, o) => (o as SimRangeBorder).read(t, (b) => b?.weight ?? 'Thin'),
      set: (t, v, o) => (o as SimRangeBorder).apply(t, { weight: String(v) }),
    },
    color: {
      get: (t, o) => (o as SimRangeBorder).read(t, (b) => b?.color ?? '#000000'),
      set: (t, v, o) => (o as SimRangeBorder).apply(t, { color: normaliseColor(v) }),
    },
  },
});

export class SimRangeBorderCollection extends SimCollection<RangeTarget, RangeTarget> {
  constructor(private readonly owner: SimObject<RangeTarget>) {
    super(owner.context, `${owner.path}.borders`);
  }
  get typeName(): string {
    return 'RangeBorderCollection';
  }
  protected resolveTarget(): RangeTarget | null {
    return this.owner.target();
  }
  getItem(index: string): SimRangeBorder {
    if (!(BORDER_INDEXES as readonly string[]).includes(index)) throw simError('InvalidArgument', `Border ${index}`);
    return this.child(`item:${index}`, () => new SimRangeBorder(this.owner, index as BorderIndex));
  }
  protected itemsOf(target: RangeTarget): SimObject<RangeTarget>[] {
    return BORDER_INDEXES.map((i) => this.getItem(i).setResolved(target));
  }
}

export class SimRangeFormat extends RangePart {
  get typeName(): string {
    return 'RangeFormat';
  }

  autofitColumns(): void {
    this.enqueue({ o: this.path, m: 'autofitColumns' }, '1.2', (t) => {
      checkEditable(this.engine.state, t, 'columns');
      autofitColumns(this.engine.state, t);
    });
  }

  autofitRows(): void {
    this.enqueue({ o: this.path, m: 'autofitRows' }, '1.2', (t) => {
      checkEditable(this.engine.state, t, 'rows');
      autofitRows(this.engine.state, t);
    });
  }
}
defineClass(SimRangeFormat, {
  props: {
    columnWidth: {
      get: (t) => {
        const w = t.sheet.columnWidth(t.rect.col);
        for (let c = t.rect.col + 1; c < t.rect.col + t.rect.colCount; c++) if (t.sheet.columnWidth(c) !== w) return null;
        return w;
      },
      set: (t, v, o) => {
        checkEditable(o.engine.state, t, 'columns');
        const w = Number(v);
        if (!(w >= 0 && w <= 1_600)) throw simError('InvalidArgument', `columnWidth ${String(v)}`);
        for (let c = t.rect.col; c < t.rect.col + t.rect.colCount; c++) t.sheet.colWidth.set(c, w);
      },
      since: '1.2',
    },
    rowHeight: {
      get: (t) => {
        const h = t.sheet.rowHeightOf(t.rect.row);
        if (t.rect.rowCount > 10_000 && t.sheet.rowHeight.size === 0) return h;
        for (let r = t.rect.row + 1; r < t.rect.row + t.rect.rowCount; r++) if (t.sheet.rowHeightOf(r) !== h) return null;
        return h;
      },
      set: (t, v, o) => {
        checkEditable(o.engine.state, t, 'rows');
        const h = Number(v);
        if (!(h >= 0 && h <= 409)) throw simError('InvalidArgument', `rowHeight ${String(v)}`);
        // Excel keeps a row's height in whole pixels (0.75 pt at 96 dpi) and reads back what it kept.
        const kept = Math.round(h / PT_PER_PX) * PT_PER_PX;
        for (let r = t.rect.row; r < Math.min(t.rect.row + t.rect.rowCount, MAX_ROWS); r++) t.sheet.rowHeight.set(r, kept);
      },
      since: '1.2',
    },
    horizontalAlignment: styleProp('horizontalAlignment', String),
    verticalAlignment: styleProp('verticalAlignment', String),
    wrapText: styleProp('wrapText', Boolean),
    indentLevel: { ...styleProp('indentLevel', Number), since: '1.9' },
  },
  navs: {
    font: (o) => new SimRangeFont(o, 'font'),
    fill: (o) => new SimRangeFill(o, 'fill'),
    borders: (o) => new SimRangeBorderCollection(o),
    protection: (o) => new SimRangeFormatProtection(o, 'protection'),
  },
});

export function normaliseColor(v: unknown): string {
  const s = String(v).trim();
  if (/^#[0-9a-f]{6}$/i.test(s)) return s.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(s)) return `#${[...s.slice(1)].map((ch) => ch + ch).join('')}`.toUpperCase();
  const named: Record<string, string> = { black: '#000000', white: '#FFFFFF', red: '#FF0000', yellow: '#FFFF00', blue: '#0000FF', green: '#008000' };
  const n = named[s.toLowerCase()];
  if (n) return n;
  throw simError('InvalidArgument', `Color ${s}`);
}

/** Approximate text width in points: Excel measures glyphs; an average of 0.55 em per character is close. */
function textWidth(text: string, fontSize: number, bold: boolean): number {
  return text.length * fontSize * (bold ? 0.6 : 0.55);
}

function autofitColumns(state: SimWorkbookState, t: RangeTarget): void {
  const { sheet, rect } = t;
  const widths = new Map<number, number>();
  const rowsEnd = Math.min(rect.row + rect.rowCount, sheet.rows.length);
  for (let r = rect.row; r < rowsEnd; r++) {
    for (let c = rect.col; c < rect.col + rect.colCount; c++) {
      if (!sheet.hasContent(r, c)) continue;
      // Excel's autofit ignores merged cells.
      if (sheet.merges.some((m) => r >= m.row && r < m.row + m.rowCount && c >= m.col && c < m.col + m.colCount)) continue;
      const view = state.cellAt(sheet, r, c);
      const longest = view.text.split('\n').reduce((m, line) => Math.max(m, textWidth(line, view.style.fontSize, view.style.bold)), 0);
      widths.set(c, Math.max(widths.get(c) ?? 0, longest + 6));
    }
  }
  for (let c = rect.col; c < rect.col + rect.colCount; c++) {
    const w = widths.get(c);
    if (w === undefined) sheet.colWidth.delete(c);
    else sheet.colWidth.set(c, Math.min(1_600, Math.round(w * 4) / 4));
  }
}

function autofitRows(state: SimWorkbookState, t: RangeTarget): void {
  const { sheet, rect } = t;
  const rowsEnd = Math.min(rect.row + rect.rowCount, sheet.rows.length);
  for (let r = rect.row; r < rowsEnd; r++) {
    let h = sheet.standardHeight;
    for (let c = 0; c < sheet.maxCols; c++) {
      if (!sheet.hasContent(r, c)) continue;
      const view = state.cellAt(sheet, r, c);
      const lineHeight = view.style.fontSize * 1.36;
      let lines = view.text.split('\n').length;
      if (view.style.wrapText) {
        const width = sheet.columnWidth(c);
        lines = view.text
          .split('\n')
          .reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line, view.style.fontSize, view.style.bold) / Math.max(1, width - 4))), 0);
      }
      h = Math.max(h, lines * lineHeight);
    }
    if (h === sheet.standardHeight) sheet.rowHeight.delete(r);
    else sheet.rowHeight.set(r, Math.min(409, Math.round(h * 4) / 4));
  }
}
