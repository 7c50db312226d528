// A virtualised, read-only drawing of one sheet: headers, cells, merges, styles and the selection.
import type { ReactNode } from 'react';
import type { SheetGridProps } from './SheetGrid.types';
import { useSheetGridStyles } from './SheetGrid.styles';
import { useSheetGrid } from './useSheetGrid';

export function SheetGrid(props: SheetGridProps): ReactNode {
  const state = useSheetGrid(props);
  const styles = useSheetGridStyles();
  return (
    <div className={styles.frame}>
      <div
        ref={state.scrollerRef}
        className={styles.scroller}
        onScroll={state.onScroll}
        onKeyDown={state.onKeyDown}
        aria-activedescendant={state.activeCellId}
        tabIndex={0}
        role="grid"
        aria-label={props.label}
        aria-readonly="true"
        aria-rowcount={state.rowCount + 1}
        aria-colcount={state.columnCount + 1}
      >
        <div className={styles.content} style={{ width: state.contentWidth, height: state.contentHeight }}>
          <div className={styles.headerRow} style={{ width: state.contentWidth }} role="row" aria-rowindex={1}>
            <span className={styles.corner} role="columnheader" aria-colindex={1} />
            {state.columns.map((c) => (
              <span
                key={c.index}
                className={styles.columnHeader}
                style={{ left: c.offset, width: c.size }}
                role="columnheader"
                aria-colindex={c.index + 2}
              >
                {c.label}
              </span>
            ))}
          </div>
          <div
            className={styles.body}
            style={{ width: state.contentWidth, height: state.contentHeight }}
            onClick={state.onClick}
          >
            {state.rows.map((r) => (
              <div
                key={r.row}
                className={styles.row}
                style={{ top: r.top, height: r.height, width: state.contentWidth }}
                role="row"
                aria-rowindex={r.row + 2}
              >
                <span className={styles.rowHeader} role="rowheader" aria-colindex={1}>
                  {r.row + 1}
                </span>
                {r.cells.map((cell) => (
                  <span
                    key={cell.key}
                    className={styles.cell}
                    style={cell.style}
                    role="gridcell"
                    aria-colindex={cell.col + 2}
                    {...(cell.colSpan > 1 ? { 'aria-colspan': cell.colSpan } : {})}
                    {...(cell.rowSpan > 1 ? { 'aria-rowspan': cell.rowSpan } : {})}
                    id={state.cellId(cell.row, cell.col)}
                    aria-selected={state.activeCellId === state.cellId(cell.row, cell.col)}
                    data-cell={`${cell.row},${cell.col}`}
                  >
                    <span className={styles.text}>{cell.text}</span>
                  </span>
                ))}
              </div>
            ))}
            {state.selectionBox !== null && (
              <div className={styles.selection} style={state.selectionBox} data-testid="selection" />
            )}
          </div>
        </div>
      </div>
      {state.charts.length > 0 && (
        <div className={styles.chartLayer} style={state.chartLayer}>
          <div style={state.chartOffset}>
            {state.charts.map((c) => (
              <div
                key={c.key}
                className={styles.chart}
                style={c.style}
                role="img"
                aria-label={`${props.chartLabel} ${c.label}`}
              >
                {c.label}
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
