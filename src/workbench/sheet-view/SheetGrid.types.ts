import type { CSSProperties } from 'react';
import type { CellRect } from '../../core/sheet/grid';
import type { SheetSnapshot } from './types';

export interface SheetGridProps {
  readonly sheet: SheetSnapshot;
  /** Selected range of this sheet, drawn and scrolled into view when it changes. */
  readonly selection: CellRect | null;
  /** Accessible name of the grid, e.g. "Trang tính Sáng kiến". */
  readonly label: string;
  /** Word put before a chart's title for its accessible name ("Biểu đồ"). */
  readonly chartLabel: string;
  readonly onSelectCell?: (row: number, col: number) => void;
}

export interface DrawnCell {
  readonly key: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly style: CSSProperties;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** Pixels of empty neighbours to the right that left-aligned text may run into, as in Excel. */
  readonly spill: number;
}

export interface DrawnRow {
  readonly row: number;
  readonly top: number;
  readonly height: number;
  /** Cells in the columns that scroll. */
  readonly cells: readonly DrawnCell[];
  /** Cells in the frozen columns, drawn in the pane that stays at the left. */
  readonly frozenCells: readonly DrawnCell[];
}

export interface DrawnHeader {
  readonly index: number;
  readonly label: string;
  /** Left (columns) or top (rows) in pixels, and width or height. */
  readonly offset: number;
  readonly size: number;
}

export interface SheetGridState {
  readonly scrollerRef: (element: HTMLDivElement | null) => void;
  readonly onScroll: () => void;
  readonly onClick: (event: React.MouseEvent<HTMLElement>) => void;
  /** Arrow keys, Page Up/Down and Ctrl+Home/End move the selection, as in Excel. */
  readonly onKeyDown: (event: React.KeyboardEvent<HTMLElement>) => void;
  /** Id of the selected cell's element when it is drawn (for aria-activedescendant). */
  readonly activeCellId: string | undefined;
  readonly cellId: (row: number, col: number) => string;
  readonly contentWidth: number;
  readonly contentHeight: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rows: readonly DrawnRow[];
  readonly frozenRows: readonly DrawnRow[];
  readonly columns: readonly DrawnHeader[];
  readonly frozenColumns: readonly DrawnHeader[];
  readonly frozenWidth: number;
  readonly frozenHeight: number;
  /** Sizes of the row-number column and the column-letter row, in pixels. */
  readonly headerWidth: number;
  readonly headerHeight: number;
  readonly selectionBox: CSSProperties | null;
  readonly charts: readonly { readonly key: string; readonly label: string; readonly style: CSSProperties }[];
  /** The visible cell area, where charts are drawn, and the scroll offset applied to them. */
  readonly chartLayer: CSSProperties;
  readonly chartOffset: CSSProperties;
}
