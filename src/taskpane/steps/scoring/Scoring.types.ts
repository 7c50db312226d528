import type { FormInput, FormSave, QueueFilter, QueueItem, ScoringQueue } from '../../../core/council';

export type EntryMode = 'reviewer' | 'clerk';

/** Where one item's save stands, shown next to the form. */
export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'invalid' }
  /** A kept draft restored from the browser: typed before, never reached the workbook. */
  | { readonly kind: 'draft' }
  | { readonly kind: 'failed'; readonly error: string };

/** What a form (the card or a clerk's row) needs from the step to save one item. */
export interface Saver {
  /** Validates and writes only changed cells; null when the write failed (the draft is kept). */
  readonly save: (initiativeId: string, input: FormInput) => Promise<FormSave | null>;
  /** A draft kept from a failed save, or null. */
  readonly draftOf: (initiativeId: string) => FormInput | null;
  readonly stateOf: (initiativeId: string) => SaveState | null;
  /** Marks an item as typed-in but not yet saved. */
  readonly touch: (initiativeId: string) => void;
}

export interface QueueView {
  readonly queue: ScoringQueue;
  readonly filter: QueueFilter;
  readonly search: string;
  readonly visible: readonly QueueItem[];
}
