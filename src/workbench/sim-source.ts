// The simulated Excel as a WorkbookSource: snapshots of its state for the sheet view, refreshed
// after every sync (whoever made it: the task pane through Excel.run, or the page itself).
import type { CellRect } from '../core/sheet/grid';
import type { SimStats } from './excel-sim/engine';
import { formatValue } from './excel-sim/numfmt';
import type { SimSheet } from './excel-sim/sheet';
import type { SimWorkbookState } from './excel-sim/state';
import type { SimStyle } from './excel-sim/style';
import type { CellKind, CellLook, SheetSnapshot, WorkbookSnapshot } from './sheet-view/types';
import type { WorkbookSource } from './source';

/** Excel measures widths and heights in points; the screen in CSS pixels (96 per inch, 72 points per inch). */
const PX_PER_POINT = 96 / 72;

export interface SimHandle {
  readonly state: SimWorkbookState;
  readonly stats: SimStats;
  /** Base64 workbooks passed to Excel.createWorkbook (reviewer packets), when the host records them. */
  readonly createdWorkbooks?: readonly string[];
}

export interface SimSource extends WorkbookSource {
  /** Tells the view the state changed outside a sync (seeding, opening a file). */
  refresh(): void;
  /** Stops watching for syncs. */
  dispose(): void;
}

function lookOf(s: SimStyle): CellLook {
  return {
    fontName: s.fontName,
    fontSize: s.fontSize,
    bold: s.bold,
    italic: s.italic,
    underline: s.underline !== 'None',
    strikethrough: s.strikethrough,
    fontColor: s.fontColor,
    fill: s.fill,
    horizontalAlignment: s.horizontalAlignment,
    verticalAlignment: s.verticalAlignment,
    wrapText: s.wrapText,
    top: s.top,
    bottom: s.bottom,
    left: s.left,
    right: s.right,
  };
}

function sheetSnapshot(state: SimWorkbookState, sheet: SimSheet): SheetSnapshot {
  let rowCount = sheet.rows.length;
  let columnCount = sheet.maxCols;
  for (const m of sheet.merges) {
    rowCount = Math.max(rowCount, m.row + m.rowCount);
    columnCount = Math.max(columnCount, m.col + m.colCount);
  }
  const looks = new Map<number, CellLook>();
  return {
    name: sheet.name,
    rowCount,
    columnCount,
    text: (r, c) => {
      const value = state.valueAt(sheet, r, c);
      return value === null ? '' : formatValue(value, state.styles.get(sheet.styleId(r, c)).numberFormat);
    },
    kind: (r, c): CellKind => {
      const v = state.valueAt(sheet, r, c);
      if (v === null || v === '') return 'empty';
      if (typeof v === 'number') return 'number';
      if (typeof v === 'boolean') return 'boolean';
      return typeof v === 'object' ? 'error' : 'text';
    },
    formula: (r, c) => sheet.formula(r, c),
    lookId: (r, c) => sheet.styleId(r, c),
    look: (id) => {
      let look = looks.get(id);
      if (look === undefined) {
        look = lookOf(state.styles.get(id));
        looks.set(id, look);
      }
      return look;
    },
    merges: sheet.merges,
    frozenRows: sheet.freeze.rows,
    frozenColumns: sheet.freeze.cols,
    charts: sheet.charts.map((c) => ({
      title: c.title,
      type: c.type,
      top: c.top * PX_PER_POINT,
      left: c.left * PX_PER_POINT,
      width: c.width * PX_PER_POINT,
      height: c.height * PX_PER_POINT,
    })),
    columnWidth: (c) => Math.round(sheet.columnWidth(c) * PX_PER_POINT),
    rowHeight: (r) => Math.round(sheet.rowHeightOf(r) * PX_PER_POINT),
    columnHidden: (c) => sheet.hiddenCols.has(c),
    rowHidden: (r) => sheet.hiddenRows.has(r),
  };
}

function visibilityOf(s: SimSheet): 'visible' | 'hidden' | 'veryHidden' {
  return s.visibility === 'Visible' ? 'visible' : s.visibility === 'Hidden' ? 'hidden' : 'veryHidden';
}

/** The workbook as the sheet view sees it now; sheets are read lazily, visible cells only. */
export function takeSnapshot(state: SimWorkbookState, version: number, createdWorkbooks: readonly string[] = []): WorkbookSnapshot {
  const cache = new Map<SimSheet, SheetSnapshot>();
  const active = state.active;
  const selection = state.selection !== null && state.selection.sheet === active ? state.selection.rect : null;
  return {
    version,
    sheets: state.sheets.map((s) => ({ name: s.name, visibility: visibilityOf(s) })),
    activeSheet: active?.name ?? null,
    selection,
    createdWorkbooks: [...createdWorkbooks],
    sheet: (name) => {
      const sheet = state.findSheet(name);
      if (sheet === undefined) return null;
      let snap = cache.get(sheet);
      if (snap === undefined) {
        snap = sheetSnapshot(state, sheet);
        cache.set(sheet, snap);
      }
      return snap;
    },
  };
}

/**
 * Watches the simulator's sync counter (and its list of created workbooks) once per animation
 * frame, a number compare, rather than hooking the engine, so every sync is seen whichever code
 * path made it.
 */
export function createSimSource(sim: SimHandle): SimSource {
  const listeners = new Set<() => void>();
  let version = 0;
  const created = sim.createdWorkbooks ?? [];
  let snapshot = takeSnapshot(sim.state, version, created);
  let seenSyncs = sim.stats.syncs;
  let seenCreated = created.length;
  let frame = 0;

  const refresh = (): void => {
    version++;
    snapshot = takeSnapshot(sim.state, version, created);
    for (const l of listeners) l();
  };
  const watch = (): void => {
    // Excel.createWorkbook is not a sync: watch the list of created workbooks as well.
    if (sim.stats.syncs !== seenSyncs || created.length !== seenCreated) {
      seenSyncs = sim.stats.syncs;
      seenCreated = created.length;
      refresh();
    }
    frame = requestAnimationFrame(watch);
  };
  frame = requestAnimationFrame(watch);

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    select(sheetName: string, rect: CellRect) {
      const sheet = sim.state.findSheet(sheetName);
      if (sheet !== undefined) {
        // A click in the grid is the user's own selection, as in Excel: not a request from the add-in.
        sim.state.active = sheet;
        sim.state.selection = { sheet, rect };
        refresh();
      }
      return Promise.resolve();
    },
    activate(sheetName: string) {
      const sheet = sim.state.findSheet(sheetName);
      if (sheet !== undefined && sim.state.active !== sheet) {
        sim.state.active = sheet;
        sim.state.selection = { sheet, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
        refresh();
      }
      return Promise.resolve();
    },
    refresh,
    dispose() {
      cancelAnimationFrame(frame);
      listeners.clear();
    },
  };
}
