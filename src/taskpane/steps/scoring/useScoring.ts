// The scoring step's logic: read "Chấm điểm" once, pick a reviewer, keep their queue current after
// each save without reading the sheet again, save items one at a time (only that reviewer's changed
// cells), and keep a draft in the browser when the workbook refuses a write.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { loadScoring, reviewerQueue, saveItem, type ScoringBook, type ScoringLoad } from '../../../app/scoring';
import { filterQueue, nextOpenItem, withSaved, type FormInput, type FormSave, type QueueFilter, type QueueItem, type ScoringQueue } from '../../../core/council';
import { describeError, useTask, type Task } from '../../common';
import { useWorkbookPort } from '../../host/HostContext';
import { useLocale } from '../../i18n';
import { browserStorage, draftKey, dropDraft, keepDraft, readDraft } from './drafts';
import type { EntryMode, SaveState, Saver } from './Scoring.types';

/** Items listed at once; a search narrows a long queue (a reviewer has about a hundred). */
export const QUEUE_PAGE = 60;

export interface UseScoring {
  readonly load: Task<ScoringLoad>;
  /** The last finished read, kept while a new one runs so the form does not blink away. */
  readonly loaded: ScoringLoad | null;
  /** Counts finished reads, so forms opened on an older read start again from the new one. */
  readonly version: number;
  readonly book: ScoringBook | null;
  readonly reload: () => void;
  readonly memberId: string | null;
  readonly pickMember: (id: string | null) => void;
  readonly mode: EntryMode;
  readonly setMode: (mode: EntryMode) => void;
  readonly queue: ScoringQueue | null;
  readonly filter: QueueFilter;
  readonly setFilter: (f: QueueFilter) => void;
  readonly search: string;
  readonly setSearch: (s: string) => void;
  readonly visible: readonly QueueItem[];
  readonly current: QueueItem | null;
  readonly open: (initiativeId: string) => void;
  /** Moves to the next item that still needs work; false when none is left. */
  readonly next: (fromId: string) => boolean;
  readonly saver: Saver;
  readonly selectRow: (row: number) => void;
}

export function useScoring(): UseScoring {
  const port = useWorkbookPort();
  const locale = useLocale();
  const load = useTask<ScoringLoad>();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [mode, setMode] = useState<EntryMode>('reviewer');
  const [queue, setQueue] = useState<ScoringQueue | null>(null);
  const [filter, setFilter] = useState<QueueFilter>('all');
  const [search, setSearch] = useState('');
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [states, setStates] = useState<ReadonlyMap<string, SaveState>>(new Map());
  // Saves run one after another so a quick Enter after an autosave never races it.
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const queueRef = useRef<ScoringQueue | null>(null);
  queueRef.current = queue;

  const { start } = load;
  const reload = useCallback(() => {
    if (!port) return;
    void start(() => loadScoring(port));
  }, [port, start]);
  useEffect(reload, [reload]);

  const [loaded, setLoaded] = useState<ScoringLoad | null>(null);
  const [version, setVersion] = useState(0);
  const memberRef = useRef<string | null>(null);
  memberRef.current = memberId;
  // A fresh read (Đọc lại, packets taken in) rebuilds the picked reviewer's queue in the same
  // render as the new version, so a form reopened on it starts from the new values.
  useEffect(() => {
    const result = load.result;
    if (!result) return;
    setLoaded(result);
    const member = memberRef.current;
    if (result.ok && member !== null) setQueue(reviewerQueue(result.book, member));
    setVersion((v) => v + 1);
  }, [load.result]);
  const book = loaded?.ok ? loaded.book : null;
  const storage = useMemo(browserStorage, []);

  const pickMember = useCallback(
    (id: string | null) => {
      setMemberId(id);
      setStates(new Map());
      setSearch('');
      setFilter('all');
      if (!book || id === null) {
        setQueue(null);
        setCurrentId(null);
        return;
      }
      const q = reviewerQueue(book, id);
      setQueue(q);
      const first = q.items.find((it) => it.status !== 'done') ?? q.items[0] ?? null;
      setCurrentId(first?.initiativeId ?? null);
    },
    [book],
  );


  const visible = useMemo(() => (queue ? filterQueue(queue, filter, search) : []), [queue, filter, search]);
  const current = useMemo(() => queue?.items.find((it) => it.initiativeId === currentId) ?? null, [queue, currentId]);

  const setState = useCallback((id: string, s: SaveState | null) => {
    setStates((m) => {
      const copy = new Map(m);
      if (s === null) copy.delete(id);
      else copy.set(id, s);
      return copy;
    });
  }, []);

  const keyOf = useCallback(
    (initiativeId: string) => (book && memberId !== null ? draftKey(book.workbookKey, memberId, initiativeId) : null),
    [book, memberId],
  );

  const save = useCallback(
    (initiativeId: string, input: FormInput): Promise<FormSave | null> => {
      const run = chain.current.then(async (): Promise<FormSave | null> => {
        const item = queueRef.current?.items.find((it) => it.initiativeId === initiativeId);
        const key = keyOf(initiativeId);
        if (!port || !book || !item || key === null) return null;
        setState(initiativeId, { kind: 'saving' });
        try {
          const result = await saveItem(port, book, item, input);
          if (!result.saved) {
            setState(initiativeId, { kind: 'invalid' });
            return result;
          }
          const saved = result.saved;
          const q = queueRef.current ? withSaved(queueRef.current, saved) : null;
          queueRef.current = q;
          setQueue(q);
          dropDraft(storage, key);
          setState(initiativeId, { kind: 'saved' });
          return result;
        } catch (error) {
          keepDraft(storage, key, input);
          setState(initiativeId, { kind: 'failed', error: describeError(locale, error) });
          return null;
        }
      });
      chain.current = run.catch(() => undefined);
      return run;
    },
    [port, book, keyOf, storage, locale, setState],
  );

  const draftOf = useCallback(
    (initiativeId: string) => {
      const key = keyOf(initiativeId);
      return key === null ? null : readDraft(storage, key);
    },
    [keyOf, storage],
  );
  const stateOf = useCallback((initiativeId: string) => states.get(initiativeId) ?? null, [states]);
  const touch = useCallback(
    (initiativeId: string) => {
      setStates((m) => (m.get(initiativeId)?.kind === 'unsaved' ? m : new Map(m).set(initiativeId, { kind: 'unsaved' })));
    },
    [],
  );
  const saver = useMemo<Saver>(() => ({ save, draftOf, stateOf, touch }), [save, draftOf, stateOf, touch]);

  const next = useCallback((fromId: string): boolean => {
    const q = queueRef.current;
    if (!q) return false;
    const it = nextOpenItem(q, fromId);
    if (it) setCurrentId(it.initiativeId);
    return it !== null;
  }, []);

  const selectRow = useCallback(
    (row: number) => {
      if (port && book) port.select(book.sheet, `A${row}`).catch(() => undefined);
    },
    [port, book],
  );

  return {
    load,
    loaded,
    version,
    book,
    reload,
    memberId,
    pickMember,
    mode,
    setMode,
    queue,
    filter,
    setFilter,
    search,
    setSearch,
    visible,
    current,
    open: setCurrentId,
    next,
    saver,
    selectRow,
  };
}
