// The current snapshot of a workbook source, re-rendering on every change.
import { useCallback, useSyncExternalStore } from 'react';
import type { WorkbookSource } from '../source';
import type { WorkbookSnapshot } from './types';

export function useWorkbookSnapshot(source: WorkbookSource): WorkbookSnapshot {
  const subscribe = useCallback((listener: () => void) => source.subscribe(listener), [source]);
  return useSyncExternalStore(subscribe, () => source.getSnapshot());
}
