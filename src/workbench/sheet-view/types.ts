// What the sheet view draws: a read-only snapshot of a workbook, taken after each sync of the
// simulated Excel. The view never reaches into the simulator; an adapter (../sim-snapshot.ts)
// builds snapshots, so the view also draws any other source of grids.
import type { CellRect } from '../../core/sheet/grid';

export type CellKind = 'empty' | 'text' | 'number' | 'boolean' | 'error';

/** How a cell looks; equal looks share an id so the view turns each look into CSS once. */
export interface CellLook {
  readonly fontName: string;
  /** Points. */
  readonly fontSize: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly strikethrough: boolean;
  /** "#RRGGBB". */
  readonly fontColor: string;
  /** "#RRGGBB", or null for no fill. */
  readonly fill: string | null;
  /** Excel's names: "General", "Left", "Center", "Right", "Justify", "CenterAcrossSelection", … */
  readonly horizontalAlignment: string;
  /** "Top", "Center", "Bottom", … */
  readonly verticalAlignment: string;
  readonly wrapText: boolean;
  readonly top: BorderLook | null;
  readonly bottom: BorderLook | null;
  readonly left: BorderLook | null;
  readonly right: BorderLook | null;
}

export interface BorderLook {
  /** "Hairline", "Thin", "Medium", "Thick". */
  readonly weight: string;
  /** "Continuous", "Dash", "Double", … */
  readonly style: string;
  readonly color: string;
}

/** A chart floating over the sheet, drawn as a labelled frame (the workbench does not plot data). */
export interface ChartBox {
  readonly title: string;
  /** Excel.ChartType, e.g. "ColumnClustered". */
  readonly type: string;
  /** Pixels from the sheet's top-left corner (A1), like the cells. */
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export interface SheetSnapshot {
  readonly name: string;
  /** Rows × columns holding anything (values, formats or merges), from A1. */
  readonly rowCount: number;
  readonly columnCount: number;
  /** The text Excel would display (number formats applied); "" when empty. */
  text(row: number, col: number): string;
  kind(row: number, col: number): CellKind;
  /** The formula a cell holds ("=SUM(C2:E2)"), shown in the formula bar; undefined for a plain value. */
  formula(row: number, col: number): string | undefined;
  /** Id of the cell's look; 0 is the default look. */
  lookId(row: number, col: number): number;
  look(id: number): CellLook;
  readonly merges: readonly CellRect[];
  /** Rows and columns frozen at the top and left (Excel's freeze panes); 0 when none. */
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly charts: readonly ChartBox[];
  /** Pixels. */
  columnWidth(col: number): number;
  rowHeight(row: number): number;
  columnHidden(col: number): boolean;
  rowHidden(row: number): boolean;
}

export interface SheetTab {
  readonly name: string;
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookSnapshot {
  /** Changes whenever anything in the workbook may have changed (one per sync). */
  readonly version: number;
  readonly sheets: readonly SheetTab[];
  readonly activeSheet: string | null;
  /** The selected range on the active sheet, 0-based. */
  readonly selection: CellRect | null;
  sheet(name: string): SheetSnapshot | null;
  /** Workbooks the add-in opened with Excel.createWorkbook (base64 .xlsx), oldest first. */
  readonly createdWorkbooks: readonly string[];
}
