// A virtualised, read-only drawing of one sheet: headers, cells, merges, frozen panes, styles, the
// selection, and charts floating above the cells.
import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { DrawnCell, DrawnRow, SheetGridProps, SheetGridState } from './SheetGrid.types';
import { useSheetGridStyles } from './SheetGrid.styles';
import { useSheetGrid } from './useSheetGrid';

type Styles = ReturnType<typeof useSheetGridStyles>;

function Cell(props: { readonly cell: DrawnCell; readonly state: SheetGridState; readonly styles: Styles }): ReactNode {
  const { cell, state, styles } = props;
  const id = state.cellId(cell.row, cell.col);
  return (
    <span
      className={styles.cell}
      style={cell.style}
      role="gridcell"
      aria-colindex={cell.col + 2}
      {...(cell.colSpan > 1 ? { 'aria-colspan': cell.colSpan } : {})}
      {...(cell.rowSpan > 1 ? { 'aria-rowspan': cell.rowSpan } : {})}
      id={id}
      aria-selected={state.activeCellId === id}
      data-cell={`${cell.row},${cell.col}`}
    >
      <span className={styles.text} style={cell.spill > 0 ? { maxWidth: `calc(100% + ${cell.spill}px)`, flexShrink: 0 } : undefined}>
        {cell.text}
      </span>
    </span>
  );
}

/** One row: the left pane (row number and frozen cells) that stays put, then the scrolling cells. */
function Row(props: { readonly row: DrawnRow; readonly top: number; readonly state: SheetGridState; readonly styles: Styles }): ReactNode {
  const { row, state, styles } = props;
  return (
    <div className={styles.row} style={{ top: props.top, height: row.height, width: state.contentWidth }} role="row" aria-rowindex={row.row + 2}>
      <span className={mergeClasses(styles.leftPane, state.frozenWidth > 0 && styles.frozenEdgeRight)} style={{ width: state.headerWidth + state.frozenWidth }}>
        <span className={styles.rowHeader} role="rowheader" aria-colindex={1}>
          {row.row + 1}
        </span>
        {row.frozenCells.map((cell) => (
          <Cell key={cell.key} cell={cell} state={state} styles={styles} />
        ))}
      </span>
      {row.cells.map((cell) => (
        <Cell key={cell.key} cell={cell} state={state} styles={styles} />
      ))}
    </div>
  );
}

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
          <div
            className={mergeClasses(styles.headerRow, state.frozenHeight > 0 && styles.frozenEdgeBottom)}
            style={{ width: state.contentWidth, height: state.headerHeight + state.frozenHeight }}
            onClick={state.onClick}
          >
            <div className={styles.columnHeaderRow} style={{ width: state.contentWidth }} role="row" aria-rowindex={1}>
              <span className={styles.leftPane} style={{ width: state.headerWidth + state.frozenWidth, zIndex: 4 }}>
                <span className={styles.corner} role="columnheader" aria-colindex={1} />
                {state.frozenColumns.map((c) => (
                  <span key={c.index} className={styles.columnHeader} style={{ left: c.offset, width: c.size }} role="columnheader" aria-colindex={c.index + 2}>
                    {c.label}
                  </span>
                ))}
              </span>
              {state.columns.map((c) => (
                <span key={c.index} className={styles.columnHeader} style={{ left: c.offset, width: c.size }} role="columnheader" aria-colindex={c.index + 2}>
                  {c.label}
                </span>
              ))}
            </div>
            {state.frozenRows.map((r) => (
              <Row key={r.row} row={r} top={state.headerHeight + r.top} state={state} styles={styles} />
            ))}
          </div>
          <div className={styles.body} style={{ width: state.contentWidth, height: state.contentHeight }} onClick={state.onClick}>
            {state.rows.map((r) => (
              <Row key={r.row} row={r} top={r.top} state={state} styles={styles} />
            ))}
            {state.selectionBox !== null && <div className={styles.selection} style={state.selectionBox} data-testid="selection" />}
          </div>
        </div>
      </div>
      {state.charts.length > 0 && (
        <div className={styles.chartLayer} style={state.chartLayer}>
          <div style={state.chartOffset}>
            {state.charts.map((c) => (
              <div key={c.key} className={styles.chart} style={c.style} role="img" aria-label={`${props.chartLabel} ${c.label}`}>
                {c.label}
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
