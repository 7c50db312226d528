// Runs one piece of work against the workbook on behalf of a step: whether it is running, how far
// it got (for a progress bar), and what went wrong in a clerk's words. A second start while one
// is running is ignored, so a double click never writes twice.
import { useCallback, useMemo, useState } from 'react';
import type { ProgressCallback } from '../../workbook/port';
import { useLocale, type Locale } from '../i18n';
import { describeError } from './errors';

export type TaskStatus = 'idle' | 'running' | 'done' | 'failed';

export interface TaskState<T> {
  readonly status: TaskStatus;
  /** Work done and total, when the job reports them. */
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly result: T | null;
  /** What went wrong, already in the pane's language. */
  readonly error: string | null;
}

export type TaskJob<T> = (progress: ProgressCallback) => Promise<T>;

export interface Task<T> extends TaskState<T> {
  /** Starts the job; resolves to its result, or null when it failed or another run was in progress. */
  readonly start: (job: TaskJob<T>) => Promise<T | null>;
  readonly reset: () => void;
}

export const IDLE_TASK: TaskState<never> = { status: 'idle', progress: null, result: null, error: null };

/** The task's logic without React: `publish` receives each state change. */
export function createTaskRunner<T>(
  locale: Locale,
  publish: (update: (state: TaskState<T>) => TaskState<T>) => void,
): (job: TaskJob<T>) => Promise<T | null> {
  let running = false;
  return async (job) => {
    if (running) return null;
    running = true;
    publish(() => ({ status: 'running', progress: null, result: null, error: null }));
    const progress: ProgressCallback = (done, total) => publish((s) => (s.status === 'running' ? { ...s, progress: { done, total } } : s));
    try {
      const result = await job(progress);
      publish(() => ({ status: 'done', progress: null, result, error: null }));
      return result;
    } catch (error) {
      publish(() => ({ status: 'failed', progress: null, result: null, error: describeError(locale, error) }));
      return null;
    } finally {
      running = false;
    }
  };
}

export function useTask<T>(): Task<T> {
  const locale = useLocale();
  const [state, setState] = useState<TaskState<T>>(IDLE_TASK);
  const start = useMemo(() => createTaskRunner<T>(locale, setState), [locale]);
  const reset = useCallback(() => setState(IDLE_TASK), []);
  return { ...state, start, reset };
}
