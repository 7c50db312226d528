// The scoring form's model (SPEC §2.4), pure so the task pane only renders it: a reviewer's queue
// with progress and filters, parsing of what they type, and the exact cells one save writes (that
// reviewer's row only, so co-authors never overwrite each other).

import type { Criterion, FieldCode, Initiative, ScoreRow } from '../model';
import { DEFAULT_FIELD_NAMES } from '../model';
import { parseScaled, unscale } from '../sheets/kit';
import type { ScoreCellWrite } from './collect';
import { foldPlain } from '../text/fold';
import { CONFLICT_MARK, type ScoreLayout } from '../sheets/scores';

export type ItemStatus = 'todo' | 'done' | 'review';
/** Why an item needs another look. */
export type ReviewReason = 'partial' | 'invalid' | 'outOfRange' | 'conflict' | 'repeated';

export interface QueueItem {
  readonly initiativeId: string;
  /** Excel row in "Chấm điểm", 1-based. */
  readonly row: number;
  readonly title: string;
  readonly summary: string;
  /** Field name as the council writes it, "" when unknown. */
  readonly field: string;
  readonly benefitVnd: number | null;
  readonly scores: Readonly<Record<string, number | null | 'invalid'>>;
  readonly comment: string;
  readonly conflict: boolean;
  readonly status: ItemStatus;
  readonly reasons: readonly ReviewReason[];
}

export interface ScoringQueue {
  readonly memberId: string;
  readonly items: readonly QueueItem[];
  /** Items finished: fully and validly scored, or declared a conflict of interest. */
  readonly done: number;
  readonly total: number;
  /** "37/120". */
  readonly progress: string;
  readonly counts: Readonly<Record<ItemStatus, number>>;
}

function statusOf(
  scores: Readonly<Record<string, number | null | 'invalid'>>,
  comment: string,
  conflict: boolean,
  repeated: boolean,
  rubric: readonly Criterion[],
): { status: ItemStatus; reasons: ReviewReason[] } {
  const reasons: ReviewReason[] = [];
  let filled = 0;
  for (const c of rubric) {
    const v = scores[c.code] ?? null;
    if (v === null) continue;
    filled++;
    if (v === 'invalid') {
      if (!reasons.includes('invalid')) reasons.push('invalid');
    } else if (v < 0 || v > c.maxTenths) {
      if (!reasons.includes('outOfRange')) reasons.push('outOfRange');
    }
  }
  if (filled > 0 && filled < rubric.length) reasons.push('partial');
  if (conflict) reasons.push('conflict');
  if (repeated) reasons.push('repeated');
  if (reasons.length > 0) return { status: 'review', reasons };
  if (filled === 0) return { status: comment === '' ? 'todo' : 'review', reasons: comment === '' ? [] : ['partial'] };
  return { status: 'done', reasons };
}

function isDone(item: QueueItem): boolean {
  return item.status === 'done' || (item.reasons.length === 1 && item.reasons[0] === 'conflict');
}

function summarise(memberId: string, items: QueueItem[]): ScoringQueue {
  const counts: Record<ItemStatus, number> = { todo: 0, done: 0, review: 0 };
  let done = 0;
  for (const it of items) {
    counts[it.status]++;
    if (isDone(it)) done++;
  }
  return { memberId, items, done, total: items.length, progress: `${done}/${items.length}`, counts };
}

/**
 * A reviewer's queue from "Chấm điểm" as read: the latest round first, then sheet order. A pair typed on two rows is shown
 * once (its first row) and marked for review.
 */
export function scoringQueue(
  memberId: string,
  scoreRows: readonly ScoreRow[],
  initiatives: readonly Initiative[],
  rubric: readonly Criterion[],
  fieldNames: Readonly<Record<FieldCode, string>> = DEFAULT_FIELD_NAMES,
): ScoringQueue {
  // The latest round first (SPEC §4 "Chấm bổ sung": the rows a second round added wait on top).
  const mine = scoreRows
    .filter((r) => r.memberId === memberId)
    .sort((a, b) => (b.round ?? 1) - (a.round ?? 1) || a.row - b.row);
  const copies = new Map<string, number>();
  for (const r of mine) copies.set(r.initiativeId, (copies.get(r.initiativeId) ?? 0) + 1);
  const byId = new Map<string, Initiative>();
  for (const it of initiatives) byId.set(it.id, it);
  const items: QueueItem[] = [];
  const seen = new Set<string>();
  for (const r of mine) {
    if (seen.has(r.initiativeId)) continue;
    seen.add(r.initiativeId);
    const it = byId.get(r.initiativeId);
    const { status, reasons } = statusOf(
      r.scores,
      r.comment,
      r.conflict,
      (copies.get(r.initiativeId) ?? 0) > 1,
      rubric,
    );
    items.push({
      initiativeId: r.initiativeId,
      row: r.row,
      title: it?.title ?? '',
      summary: it?.summary ?? '',
      field: it?.field ? fieldNames[it.field] : '',
      benefitVnd: it?.benefitVnd ?? null,
      scores: r.scores,
      comment: r.comment,
      conflict: r.conflict,
      status,
      reasons,
    });
  }
  return summarise(memberId, items);
}

export type QueueFilter = 'all' | ItemStatus;

/** Items with a status (or all), optionally matching a search on Mã SK or title, folded. */
export function filterQueue(queue: ScoringQueue, filter: QueueFilter, search = ''): QueueItem[] {
  const q = foldPlain(search);
  return queue.items.filter(
    (it) =>
      (filter === 'all' || it.status === filter) &&
      (q === '' || foldPlain(it.initiativeId).includes(q) || foldPlain(it.title).includes(q)),
  );
}

/** The item after `initiativeId` that still needs work (todo or review), wrapping round; null when none. */
export function nextOpenItem(queue: ScoringQueue, initiativeId: string): QueueItem | null {
  const items = queue.items;
  const at = items.findIndex((it) => it.initiativeId === initiativeId);
  for (let step = 1; step <= items.length; step++) {
    const it = items[(at + step + items.length) % items.length]!;
    if (it.initiativeId !== initiativeId && !isDone(it)) return it;
  }
  return null;
}

export type InputResult =
  | { readonly ok: true; readonly tenths: number | null }
  | {
      readonly ok: false;
      readonly code: 'council.form.notNumber' | 'council.form.tooPrecise' | 'council.form.outOfRange';
      readonly params: { max: number };
    };

/** What a reviewer typed in a score input: "7,5" and "7.5" both mean 7.5; empty clears; 0..max with one decimal. */
export function parseScoreInput(text: string, maxTenths: number): InputResult {
  const params = { max: unscale(maxTenths, 1) };
  const p = parseScaled(text, 1);
  if (!p.ok) {
    if (p.reason === 'empty') return { ok: true, tenths: null };
    return {
      ok: false,
      code: p.reason === 'tooPrecise' ? 'council.form.tooPrecise' : 'council.form.notNumber',
      params,
    };
  }
  if (p.value < 0 || p.value > maxTenths) return { ok: false, code: 'council.form.outOfRange', params };
  return { ok: true, tenths: p.value };
}

export interface FormInput {
  /** Criterion code → text as typed. A code left out keeps the cell as it is. */
  readonly scores: Readonly<Record<string, string>>;
  readonly comment: string;
  readonly conflict: boolean;
}

export interface FormSave {
  /** Empty when any input is refused: a save writes all or nothing. */
  readonly writes: ScoreCellWrite[];
  /** Criterion code → the refusal, for the input's message. */
  readonly errors: Readonly<Record<string, Extract<InputResult, { ok: false }>>>;
  /** The item as it will read after the writes. */
  readonly saved: QueueItem | null;
}

/**
 * The cells one save writes: only cells of this item's row that change, so a reviewer's save never
 * touches another reviewer's row or an unchanged cell a co-author may be editing.
 */
export function formWrites(
  item: QueueItem,
  input: FormInput,
  rubric: readonly Criterion[],
  layout: ScoreLayout,
): FormSave {
  const errors: Record<string, Extract<InputResult, { ok: false }>> = {};
  const next: Record<string, number | null | 'invalid'> = { ...item.scores };
  const writes: ScoreCellWrite[] = [];
  const r0 = item.row - 1;
  for (const c of layout.criteria) {
    const typed = input.scores[c.code];
    if (typed === undefined) continue;
    const crit = rubric.find((x) => x.code === c.code);
    if (!crit) continue;
    const res = parseScoreInput(typed, crit.maxTenths);
    if (!res.ok) {
      errors[c.code] = res;
      continue;
    }
    if ((item.scores[c.code] ?? null) !== res.tenths) {
      next[c.code] = res.tenths;
      writes.push({ row: r0, col: c.col, value: res.tenths === null ? null : unscale(res.tenths, 1) });
    }
  }
  if (Object.keys(errors).length > 0) return { writes: [], errors, saved: null };
  const comment = input.comment.trim();
  if (layout.comment !== null && comment !== item.comment)
    writes.push({ row: r0, col: layout.comment, value: comment === '' ? null : comment });
  if (layout.conflict !== null && input.conflict !== item.conflict)
    writes.push({ row: r0, col: layout.conflict, value: input.conflict ? CONFLICT_MARK : null });
  const { status, reasons } = statusOf(next, comment, input.conflict, item.reasons.includes('repeated'), rubric);
  return { writes, errors, saved: { ...item, scores: next, comment, conflict: input.conflict, status, reasons } };
}

/** The queue after a save, without reading the sheet again (Enter = save and next stays instant). */
export function withSaved(queue: ScoringQueue, saved: QueueItem): ScoringQueue {
  return summarise(
    queue.memberId,
    queue.items.map((it) => (it.initiativeId === saved.initiativeId ? saved : it)),
  );
}
