// One item's form, shared by the reviewer's card and the clerk's table row: what is typed, each
// box's refusal as you type, and a commit that saves through the step (only changed cells).
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseScoreInput, type FormInput, type QueueItem } from '../../../core/council';
import { message } from '../../../core/messages';
import type { Criterion } from '../../../core/model';
import { useLocale } from '../../i18n';
import { inputOf, sameInput } from './format';
import type { SaveState, Saver } from './Scoring.types';

export interface ScoreForm {
  readonly input: FormInput;
  /** Criterion code → the refusal sentence, for the box's message. */
  readonly errors: Readonly<Record<string, string>>;
  readonly state: SaveState | null;
  readonly setScore: (code: string, text: string) => void;
  readonly setComment: (text: string) => void;
  readonly setConflict: (on: boolean) => void;
  /** Saves when something changed; true when the item is saved (or had nothing to save). */
  readonly commit: () => Promise<boolean>;
}

export interface ScoreFormOptions {
  /** Milliseconds of quiet typing before saving by itself; null for none (the clerk's row saves on leaving). */
  readonly autosaveMs: number | null;
}

export function useScoreForm(item: QueueItem, rubric: readonly Criterion[], saver: Saver, options: ScoreFormOptions): ScoreForm {
  const locale = useLocale();
  const id = item.initiativeId;
  const [input, setInput] = useState<FormInput>(() => saver.draftOf(id) ?? inputOf(item, rubric, locale));
  const inputRef = useRef(input);
  inputRef.current = input;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { touch, save } = saver;

  // A kept draft is shown as unsaved until it goes through.
  const hadDraft = useRef(saver.draftOf(id) !== null);
  const state = saver.stateOf(id) ?? (hadDraft.current ? { kind: 'draft' as const } : null);

  const change = useCallback(
    (next: FormInput) => {
      setInput(next);
      inputRef.current = next;
      touch(id);
    },
    [id, touch],
  );

  const setScore = useCallback(
    (code: string, text: string) => {
      const c = rubric.find((x) => x.code === code);
      const res = c ? parseScoreInput(text, c.maxTenths) : null;
      setErrors((e) => {
        const copy = { ...e };
        if (res && !res.ok) copy[code] = message(locale, res.code, res.params);
        else delete copy[code];
        return copy;
      });
      change({ ...inputRef.current, scores: { ...inputRef.current.scores, [code]: text } });
    },
    [rubric, locale, change],
  );
  const setComment = useCallback((text: string) => change({ ...inputRef.current, comment: text }), [change]);
  const setConflict = useCallback((on: boolean) => change({ ...inputRef.current, conflict: on }), [change]);

  const commit = useCallback(async (): Promise<boolean> => {
    const typed = inputRef.current;
    const stateNow = saver.stateOf(id);
    if (!hadDraft.current && stateNow?.kind !== 'failed' && sameInput(typed, inputOf(item, rubric, locale))) return true;
    const result = await save(id, typed);
    if (!result) return false;
    const refused: Record<string, string> = {};
    for (const [code, r] of Object.entries(result.errors)) refused[code] = message(locale, r.code, r.params);
    setErrors(refused);
    if (result.saved) hadDraft.current = false;
    // Typing that went on while the save was out is still waiting to be saved.
    if (result.saved && !sameInput(inputRef.current, typed)) touch(id);
    return result.saved !== null;
  }, [id, item, rubric, locale, save, saver, touch]);

  // Autosave after a pause in typing, only when something is waiting to be saved.
  const { autosaveMs } = options;
  const waiting = state?.kind === 'unsaved';
  const commitRef = useRef(commit);
  commitRef.current = commit;
  useEffect(() => {
    if (autosaveMs === null || !waiting) return undefined;
    const timer = setTimeout(() => void commitRef.current(), autosaveMs);
    return () => clearTimeout(timer);
  }, [autosaveMs, waiting, input]);

  return { input, errors, state, setScore, setComment, setConflict, commit };
}
