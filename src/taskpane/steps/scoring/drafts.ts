// Drafts a reviewer typed but the workbook refused (protected sheet, lost connection): kept in the
// browser's localStorage under workbook + reviewer + initiative, restored and shown as unsaved when
// the form opens again, dropped once a save goes through.
import type { FormInput } from '../../../core/council';

/** The part of Storage drafts use; localStorage in the pane, a Map-backed stand-in in tests. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'sangkien.scoring.draft';

export function draftKey(workbookKey: string, memberId: string, initiativeId: string): string {
  return `${PREFIX}/${workbookKey}/${memberId}/${initiativeId}`;
}

function isInput(v: unknown): v is FormInput {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  if (typeof o.comment !== 'string' || typeof o.conflict !== 'boolean') return false;
  if (typeof o.scores !== 'object' || o.scores === null) return false;
  return Object.values(o.scores).every((s) => typeof s === 'string');
}

/** The kept draft, or null when none (or when what is stored is not a draft). */
export function readDraft(storage: DraftStorage | null, key: string): FormInput | null {
  if (!storage) return null;
  try {
    const text = storage.getItem(key);
    if (text === null) return null;
    const parsed: unknown = JSON.parse(text);
    return isInput(parsed) ? parsed : null;
  } catch {
    // Storage may be disabled or hold garbage: a missing draft is the safe reading.
    return null;
  }
}

/** Keeps a draft; false when the browser refuses (storage full or disabled). */
export function keepDraft(storage: DraftStorage | null, key: string, input: FormInput): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify({ scores: input.scores, comment: input.comment, conflict: input.conflict }));
    return true;
  } catch {
    return false;
  }
}

export function dropDraft(storage: DraftStorage | null, key: string): void {
  if (!storage) return;
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: a draft that cannot be removed is restored once more and saved again.
  }
}

/** localStorage when the pane may use it, else null (private mode, sandboxed frames). */
export function browserStorage(): DraftStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
