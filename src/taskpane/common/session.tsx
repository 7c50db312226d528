// What the pane remembers while the clerk moves between steps. A step unmounts when another tab is
// chosen, so its drafts (votes typed, rulings chosen) and its last results live here, in the shell:
// a step switch never loses them. The shell also learns here that a step changed the workbook, to
// re-read how far the council's work has come (the ticks on the step tabs).
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

export interface PaneSession {
  readonly values: Map<string, unknown>;
  /** A step wrote to the workbook: the shell re-reads its progress. */
  readonly workbookChanged: () => void;
}

const SessionContext = createContext<PaneSession | null>(null);

export function SessionProvider(props: { readonly session: PaneSession; readonly children: ReactNode }): ReactNode {
  return <SessionContext.Provider value={props.session}>{props.children}</SessionContext.Provider>;
}

type Update<T> = T | ((previous: T) => T);

/**
 * Like useState, but the value outlives the step: it is kept under `key` in the pane's session and
 * found again when the step is shown next. Without a session (a step rendered alone) it is plain state.
 */
export function useSessionState<T>(key: string, initial: T): [T, (update: Update<T>) => void] {
  const session = useContext(SessionContext);
  const [value, setValue] = useState<T>(() => (session?.values.has(key) ? (session.values.get(key) as T) : initial));
  const set = useCallback(
    (update: Update<T>) => {
      setValue((previous) => {
        const next = typeof update === 'function' ? (update as (p: T) => T)(previous) : update;
        session?.values.set(key, next);
        return next;
      });
    },
    [session, key],
  );
  return [value, set];
}

/** Tells the shell the workbook changed (after a save or a ranking); a no-op without a shell. */
export function useWorkbookChanged(): () => void {
  const session = useContext(SessionContext);
  return session?.workbookChanged ?? noop;
}

function noop(): void {}
