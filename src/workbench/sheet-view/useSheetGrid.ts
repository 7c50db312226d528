// The sheet grid's logic: geometry, which rows and columns are visible, merged areas in view,
// the selection box, and keeping the selection on screen. Only visible cells are read and drawn,
// so a 10,000-row sheet costs what one screenful costs.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import { columnLetter, type CellRect } from '../../core/sheet/grid';
import { axisLength, buildAxis, size, start, visibleSpan, type Axis } from './layout';
import { lookToCss } from './look';
import type { DrawnCell, DrawnHeader, DrawnRow, SheetGridProps, SheetGridState } from './SheetGrid.types';
import type { CellKind, SheetSnapshot } from './types';

export const HEADER_HEIGHT = 22;
export const HEADER_WIDTH = 52;
/** Blank rows and columns drawn past the used range, as Excel shows. */
const EXTRA_ROWS = 30;
const EXTRA_COLUMNS = 4;
const MIN_ROWS = 60;
const MIN_COLUMNS = 16;
const OVERSCAN_ROWS = 4;
const OVERSCAN_COLUMNS = 1;

interface Viewport {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

/** Rows and columns in view: the sheet's axes are rebuilt only when the snapshot changes. */
function axes(sheet: SheetSnapshot): { rows: Axis; cols: Axis } {
  const rowCount = Math.max(sheet.rowCount + EXTRA_ROWS, MIN_ROWS);
  const colCount = Math.max(sheet.columnCount + EXTRA_COLUMNS, MIN_COLUMNS);
  return {
    rows: buildAxis(rowCount, (r) => (sheet.rowHidden(r) ? 0 : sheet.rowHeight(r))),
    cols: buildAxis(colCount, (c) => (sheet.columnHidden(c) ? 0 : sheet.columnWidth(c))),
  };
}

function intersects(a: CellRect, r0: number, r1: number, c0: number, c1: number): boolean {
  return a.row <= r1 && a.row + a.rowCount - 1 >= r0 && a.col <= c1 && a.col + a.colCount - 1 >= c0;
}

export function useSheetGrid(props: SheetGridProps): SheetGridState {
  const { sheet, selection } = props;
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [viewport, setViewport] = useState<Viewport>({ top: 0, left: 0, width: 1200, height: 800 });
  const frame = useRef(0);

  const { rows, cols } = useMemo(() => axes(sheet), [sheet]);

  const measure = useCallback(() => {
    if (scroller === null) return;
    setViewport({ top: scroller.scrollTop, left: scroller.scrollLeft, width: scroller.clientWidth, height: scroller.clientHeight });
  }, [scroller]);

  useEffect(() => {
    if (scroller === null) return undefined;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [scroller, measure]);

  // Scroll events come faster than frames; draw once per frame.
  const onScroll = useCallback(() => {
    if (frame.current !== 0) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      measure();
    });
  }, [measure]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // A new sheet starts at A1, as switching sheets in Excel shows each sheet's own view.
  useEffect(() => {
    if (scroller === null) return;
    scroller.scrollTo({ top: 0, left: 0 });
  }, [scroller, sheet.name]);

  // Bring a new selection on screen (a problem clicked in the pane selects a cell far down the
  // sheet), but only when it changes: a sync that leaves it alone must not undo the user's scrolling.
  const shownSelection = useRef('');
  useEffect(() => {
    if (scroller === null || selection === null) return;
    const key = `${sheet.name}!${selection.row},${selection.col},${selection.rowCount},${selection.colCount}`;
    if (key === shownSelection.current) return;
    shownSelection.current = key;
    const top = start(rows, selection.row);
    const left = start(cols, selection.col);
    const bodyHeight = scroller.clientHeight - HEADER_HEIGHT;
    const bodyWidth = scroller.clientWidth - HEADER_WIDTH;
    let nextTop = scroller.scrollTop;
    let nextLeft = scroller.scrollLeft;
    if (top < nextTop || top + size(rows, selection.row) > nextTop + bodyHeight) nextTop = Math.max(0, top - bodyHeight / 3);
    if (left < nextLeft || left + size(cols, selection.col) > nextLeft + bodyWidth) nextLeft = Math.max(0, left - bodyWidth / 3);
    if (nextTop !== scroller.scrollTop || nextLeft !== scroller.scrollLeft) scroller.scrollTo({ top: nextTop, left: nextLeft });
  }, [scroller, selection, rows, cols, sheet.name]);

  const styleCache = useMemo(() => new Map<string, CSSProperties>(), [sheet]);
  const cssFor = useCallback(
    (lookId: number, kind: CellKind): CSSProperties => {
      const key = `${lookId}|${kind}`;
      let css = styleCache.get(key);
      if (css === undefined) {
        css = lookToCss(sheet.look(lookId), kind);
        styleCache.set(key, css);
      }
      return css;
    },
    [sheet, styleCache],
  );

  const drawn = useMemo(() => {
    const rSpan = visibleSpan(rows, viewport.top, viewport.height - HEADER_HEIGHT, OVERSCAN_ROWS);
    const cSpan = visibleSpan(cols, viewport.left, viewport.width - HEADER_WIDTH, OVERSCAN_COLUMNS);
    const inView = sheet.merges.filter((m) => intersects(m, rSpan.first, rSpan.last, cSpan.first, cSpan.last));
    // Cells hidden under a merged area; the area is drawn once, from its top-left cell.
    const covered = new Set<number>();
    const anchorsByRow = new Map<number, CellRect[]>();
    for (const m of inView) {
      for (let r = Math.max(m.row, rSpan.first); r <= Math.min(m.row + m.rowCount - 1, rSpan.last); r++) {
        for (let c = Math.max(m.col, cSpan.first); c <= Math.min(m.col + m.colCount - 1, cSpan.last); c++) covered.add(r * 16_384 + c);
      }
      const list = anchorsByRow.get(m.row) ?? [];
      list.push(m);
      anchorsByRow.set(m.row, list);
    }
    const cell = (row: number, col: number, rowSpan: number, colSpan: number): DrawnCell => {
      const kind = sheet.kind(row, col);
      const base = cssFor(sheet.lookId(row, col), kind);
      const left = start(cols, col);
      const top = start(rows, row);
      // Excel draws a shared edge once: a top or left border is pulled back over the neighbour's
      // bottom or right line instead of doubling it.
      const shiftTop = base.borderTop === undefined ? 0 : 1;
      const shiftLeft = base.borderLeft === undefined ? 0 : 1;
      return {
        key: `${row},${col}`,
        row,
        col,
        text: sheet.text(row, col),
        rowSpan,
        colSpan,
        style: {
          ...base,
          left: HEADER_WIDTH + left - shiftLeft,
          top: -shiftTop,
          width: start(cols, col + colSpan) - left + shiftLeft,
          height: start(rows, row + rowSpan) - top + shiftTop,
          zIndex: rowSpan > 1 || colSpan > 1 ? 1 : undefined,
          backgroundColor: base.backgroundColor ?? (rowSpan > 1 || colSpan > 1 ? '#ffffff' : undefined),
        },
      };
    };
    const rowList = new Set<number>();
    for (let r = rSpan.first; r <= rSpan.last; r++) rowList.add(r);
    for (const r of anchorsByRow.keys()) rowList.add(r);
    const drawnRows: DrawnRow[] = [];
    for (const r of [...rowList].sort((a, b) => a - b)) {
      const height = size(rows, r);
      if (height === 0) continue;
      const cells: DrawnCell[] = [];
      if (r >= rSpan.first && r <= rSpan.last) {
        for (let c = cSpan.first; c <= cSpan.last; c++) {
          if (size(cols, c) === 0 || covered.has(r * 16_384 + c)) continue;
          cells.push(cell(r, c, 1, 1));
        }
      }
      for (const m of anchorsByRow.get(r) ?? []) cells.push(cell(m.row, m.col, m.rowCount, m.colCount));
      drawnRows.push({ row: r, top: start(rows, r), height, cells });
    }
    const columns: DrawnHeader[] = [];
    for (let c = cSpan.first; c <= cSpan.last; c++) {
      const width = size(cols, c);
      if (width > 0) columns.push({ index: c, label: columnLetter(c), offset: HEADER_WIDTH + start(cols, c), size: width });
    }
    return { rows: drawnRows, columns };
  }, [rows, cols, viewport, sheet, cssFor]);

  const selectionBox = useMemo((): CSSProperties | null => {
    if (selection === null) return null;
    const top = start(rows, selection.row);
    const left = start(cols, selection.col);
    return {
      top,
      left: HEADER_WIDTH + left,
      width: start(cols, selection.col + selection.colCount) - left,
      height: start(rows, selection.row + selection.rowCount) - top,
    };
  }, [selection, rows, cols]);

  // Charts float over the cells in sheet coordinates, in a layer outside the grid (they are not cells).
  const charts = useMemo(
    () =>
      sheet.charts.map((c, i) => ({
        key: `${i}-${c.title}`,
        label: c.title === '' ? c.type : `${c.title} (${c.type})`,
        style: { top: c.top, left: c.left, width: c.width, height: c.height },
      })),
    [sheet],
  );

  const { onSelectCell } = props;
  const onClick = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
      const [r, c] = (target?.dataset['cell'] ?? '').split(',').map(Number);
      if (onSelectCell !== undefined && r !== undefined && c !== undefined && Number.isInteger(r) && Number.isInteger(c)) onSelectCell(r, c);
    },
    [onSelectCell],
  );

  const baseId = useId();
  const cellId = useCallback((row: number, col: number) => `${baseId}-r${row}c${col}`, [baseId]);
  const activeCellId = useMemo(() => {
    if (selection === null) return undefined;
    for (const r of drawn.rows) {
      for (const c of r.cells) {
        const inside =
          selection.row >= c.row && selection.row < c.row + c.rowSpan && selection.col >= c.col && selection.col < c.col + c.colSpan;
        if (inside) return cellId(c.row, c.col);
      }
    }
    return undefined;
  }, [selection, drawn.rows, cellId]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (onSelectCell === undefined) return;
      const from = selection ?? { row: 0, col: 0, rowCount: 1, colCount: 1 };
      const page = Math.max(1, Math.floor((viewport.height - HEADER_HEIGHT) / 20) - 1);
      const lastRow = Math.max(0, sheet.rowCount - 1);
      const lastCol = Math.max(0, sheet.columnCount - 1);
      const ctrl = event.ctrlKey || event.metaKey;
      let row = from.row;
      let col = from.col;
      switch (event.key) {
        case 'ArrowDown':
          row = ctrl ? lastRow : row + 1;
          break;
        case 'ArrowUp':
          row = ctrl ? 0 : row - 1;
          break;
        case 'ArrowRight':
          col = ctrl ? lastCol : col + 1;
          break;
        case 'ArrowLeft':
          col = ctrl ? 0 : col - 1;
          break;
        case 'PageDown':
          row += page;
          break;
        case 'PageUp':
          row -= page;
          break;
        case 'Home':
          col = 0;
          if (ctrl) row = 0;
          break;
        case 'End':
          if (!ctrl) return;
          row = lastRow;
          col = lastCol;
          break;
        default:
          return;
      }
      event.preventDefault();
      onSelectCell(Math.max(0, Math.min(row, rows.count - 1)), Math.max(0, Math.min(col, cols.count - 1)));
    },
    [onSelectCell, selection, viewport.height, sheet, rows.count, cols.count],
  );

  return {
    scrollerRef: setScroller,
    onKeyDown,
    activeCellId,
    cellId,
    onScroll,
    onClick,
    contentWidth: HEADER_WIDTH + axisLength(cols),
    contentHeight: HEADER_HEIGHT + axisLength(rows),
    rowCount: rows.count,
    columnCount: cols.count,
    rows: drawn.rows,
    columns: drawn.columns,
    selectionBox,
    charts,
    chartLayer: {
      top: HEADER_HEIGHT,
      left: HEADER_WIDTH,
      width: Math.max(0, viewport.width - HEADER_WIDTH),
      height: Math.max(0, viewport.height - HEADER_HEIGHT),
    },
    chartOffset: { transform: `translate(${-viewport.left}px, ${-viewport.top}px)` },
  };
}
