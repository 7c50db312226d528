// "Chấm điểm" (SPEC §2.3): the header words of its columns, in one place. Every reader of the
// sheet (council/score-layout.ts, which writes scores back, and ranking/score-sheet.ts, which reads
// them for ranking) recognises a column by these words, so one accepts what the other does.

import type { Criterion } from '../model';
import { foldCompact } from '../text/fold';

/** The words written in the header row, as the add-in writes them. */
export const SCORE_HEADERS = {
  id: 'Mã SK',
  member: 'Mã TV',
  total: 'Tổng',
  comment: 'Nhận xét',
  conflict: 'Xung đột lợi ích',
  round: 'Vòng',
} as const;

export type ScoreColumn = keyof typeof SCORE_HEADERS;

/** Spellings each fixed column is known by, folded compact (no diacritics, no spaces or punctuation). */
const NAMES: Readonly<Record<ScoreColumn, readonly string[]>> = {
  id: ['mask', 'masangkien', 'masokien'],
  member: ['matv', 'mathanhvien', 'mathanhvienhoidong'],
  total: ['tong', 'tongdiem', 'total'],
  comment: ['nhanxet', 'ykien', 'comment'],
  conflict: ['xungdotloiich', 'xdli', 'xungdot', 'conflict'],
  round: ['vong', 'vongcham', 'round'],
};

/** Prefixes that also name a column ("Xung đột lợi ích (x)", "Tổng điểm (100)"). */
const PREFIXES: Readonly<Partial<Record<ScoreColumn, readonly string[]>>> = {
  id: ['mask'],
  member: ['matv'],
  total: ['tongdiem'],
  comment: ['nhanxet'],
  conflict: ['xungdot'],
};

/** Whether a header cell names a fixed column; `raw` is the cell's text. */
export function namesScoreColumn(column: ScoreColumn, raw: string): boolean {
  const folded = foldCompact(raw);
  return NAMES[column].includes(folded) || (PREFIXES[column] ?? []).some((p) => folded.startsWith(p));
}

/** Whether a header cell names a criterion: its code alone or leading the header ("TM", "TM (30 điểm)"), or its name. */
export function namesCriterion(c: Criterion, raw: string): boolean {
  const folded = foldCompact(raw);
  const code = foldCompact(c.code);
  const name = foldCompact(c.name);
  if (folded === code || (name !== '' && folded === name)) return true;
  const first = raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9đ]+/)
    .find((t) => t !== '');
  return first === code;
}
