// The sheet grid's logic: geometry, which rows and columns are visible, merged areas in view,
// the selection box, and keeping the selection on screen. Only visible cells are read and drawn,
// so a 10,000-row sheet costs what one screenful costs.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import { drawView, HEADER_HEIGHT, HEADER_WIDTH, sheetAxes } from './draw';
import { axisLength, size, start } from './layout';
import { lookToCss } from './look';
import type { SheetGridProps, SheetGridState } from './SheetGrid.types';
import type { CellKind } from './types';

interface Viewport {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export function useSheetGrid(props: SheetGridProps): SheetGridState {
  const { sheet, selection } = props;
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [viewport, setViewport] = useState<Viewport>({ top: 0, left: 0, width: 1200, height: 800 });
  const frame = useRef(0);

  const { rows, cols } = useMemo(() => sheetAxes(sheet), [sheet]);

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
    // Frozen rows and columns are always on screen; the rest must fit in the area below and right of them.
    const frozenHeight = start(rows, sheet.frozenRows);
    const frozenWidth = start(cols, sheet.frozenColumns);
    const bodyHeight = scroller.clientHeight - HEADER_HEIGHT - frozenHeight;
    const bodyWidth = scroller.clientWidth - HEADER_WIDTH - frozenWidth;
    let nextTop = scroller.scrollTop;
    let nextLeft = scroller.scrollLeft;
    if (selection.row >= sheet.frozenRows && (top - frozenHeight < nextTop || top - frozenHeight + size(rows, selection.row) > nextTop + bodyHeight)) {
      nextTop = Math.max(0, top - frozenHeight - bodyHeight / 3);
    }
    if (selection.col >= sheet.frozenColumns && (left - frozenWidth < nextLeft || left - frozenWidth + size(cols, selection.col) > nextLeft + bodyWidth)) {
      nextLeft = Math.max(0, left - frozenWidth - bodyWidth / 3);
    }
    if (nextTop !== scroller.scrollTop || nextLeft !== scroller.scrollLeft) scroller.scrollTo({ top: nextTop, left: nextLeft });
  }, [scroller, selection, rows, cols, sheet]);

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

  const drawn = useMemo(() => drawView(sheet, rows, cols, viewport, cssFor), [rows, cols, viewport, sheet, cssFor]);

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
    for (const r of [...drawn.frozenRows, ...drawn.rows]) {
      for (const c of [...r.frozenCells, ...r.cells]) {
        const inside =
          selection.row >= c.row && selection.row < c.row + c.rowSpan && selection.col >= c.col && selection.col < c.col + c.colSpan;
        if (inside) return cellId(c.row, c.col);
      }
    }
    return undefined;
  }, [selection, drawn, cellId]);

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
    frozenRows: drawn.frozenRows,
    columns: drawn.columns,
    frozenColumns: drawn.frozenColumns,
    frozenWidth: drawn.frozenWidth,
    frozenHeight: drawn.frozenHeight,
    headerWidth: HEADER_WIDTH,
    headerHeight: HEADER_HEIGHT,
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
