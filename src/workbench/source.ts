// A workbook the page can draw and the user can click in: the simulated Excel behind an adapter
// (sim-source.ts), or anything else that produces snapshots.
import type { CellRect } from '../core/sheet/grid';
import type { WorkbookSnapshot } from './sheet-view/types';

export interface WorkbookSource {
  /** Calls `listener` after every change (each sync of the simulated Excel); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The current state; the same object until something changes (for useSyncExternalStore). */
  getSnapshot(): WorkbookSnapshot;
  /** The user clicked a cell or a sheet tab, as they would in Excel. */
  select(sheet: string, rect: CellRect): Promise<void>;
  activate(sheet: string): Promise<void>;
}
