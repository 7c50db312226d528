// Sheet "Chấm điểm" (SPEC §2.3): `Mã SK | Mã TV | <criterion codes> | Tổng | Nhận xét | Xung đột
// lợi ích`, then the add-in's helper columns and, after a second round, "Vòng". Its words, how a
// header cell is recognised, locating the columns (readScoreLayout, for writing scores back),
// reading the rows (readScoreSheet, for ranking) and the header row the add-in writes. Scores stay
// raw here (tenths, null or 'invalid'); whether a review counts is ranking's call.

import type { Criterion, ScoreRow } from '../model';
import type { Problem } from '../problems';
import type { CellValue, SheetGrid } from '../sheet/grid';
import { cellKey, columnLetter, isCellError, serialText } from '../sheet/grid';
import { foldCompact } from '../text/fold';
import { problemAt } from '../council/cells';
import { cellText, findHeader, parseScaled, type ColumnSpec } from './kit';

/** The words of the header row, as the add-in writes them. */
export const SCORE_HEADERS = {
  id: 'Mã SK',
  member: 'Mã TV',
  total: 'Tổng',
  comment: 'Nhận xét',
  conflict: 'Xung đột lợi ích',
  round: 'Vòng',
} as const;

export type ScoreColumn = keyof typeof SCORE_HEADERS;

/** Read-only helper columns the add-in writes after its own (never read back as data). */
export const SCORE_HELPER_HEADERS = { title: 'Tên sáng kiến (tham khảo)', member: 'Người chấm (tham khảo)' } as const;

/** What the add-in writes in "Xung đột lợi ích" for a declared conflict (conflictMark reads any mark). */
export const CONFLICT_MARK = 'x';

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

/** The header row the add-in writes: the fixed columns around the criteria, then the helpers. */
export function scoreHeaderRow(
  rubric: readonly Criterion[],
  options: { readonly names?: boolean; readonly round?: boolean } = {},
): string[] {
  const H = SCORE_HEADERS;
  const row: string[] = [H.id, H.member, ...rubric.map((c) => c.code), H.total, H.comment, H.conflict];
  row.push(SCORE_HELPER_HEADERS.title);
  if (options.names === true) row.push(SCORE_HELPER_HEADERS.member);
  if (options.round === true) row.push(H.round);
  return row;
}

/** The helper columns of a header row ("Vòng", the title and the reviewer's name), -1 where absent. */
export function findScoreHelpers(header: readonly CellValue[]): { round: number; title: number; name: number } {
  const title = foldCompact(SCORE_HELPER_HEADERS.title);
  const name = foldCompact(SCORE_HELPER_HEADERS.member);
  const at = (test: (text: string) => boolean): number => header.findIndex((v) => typeof v === 'string' && test(v));
  return {
    round: at((v) => namesScoreColumn('round', v)),
    title: at((v) => foldCompact(v) === title),
    name: at((v) => foldCompact(v) === name),
  };
}

export interface ScoreLayout {
  /** 0-based row of the header. */
  readonly headerRow: number;
  readonly id: number;
  readonly member: number;
  /** One per rubric criterion, in rubric order. */
  readonly criteria: readonly { readonly code: string; readonly col: number }[];
  readonly total: number | null;
  readonly comment: number | null;
  readonly conflict: number | null;
}

/** The layout scoreSheetPlan writes: Mã SK, Mã TV, criteria…, Tổng, Nhận xét, Xung đột lợi ích. */
export function plannedScoreLayout(rubric: readonly Criterion[]): ScoreLayout {
  const n = rubric.length;
  return {
    headerRow: 0,
    id: 0,
    member: 1,
    criteria: rubric.map((c, i) => ({ code: c.code, col: 2 + i })),
    total: 2 + n,
    comment: 3 + n,
    conflict: 4 + n,
  };
}

/** Finds the columns of "Chấm điểm" by header; a missing criterion column is a problem. */
export function readScoreLayout(
  grid: SheetGrid,
  rubric: readonly Criterion[],
): { layout: ScoreLayout | null; problems: Problem[] } {
  const specs: ColumnSpec<string>[] = [
    { key: '#id', test: (raw) => namesScoreColumn('id', raw), required: true },
    { key: '#member', test: (raw) => namesScoreColumn('member', raw), required: true },
    { key: '#total', test: (raw) => namesScoreColumn('total', raw) },
    { key: '#comment', test: (raw) => namesScoreColumn('comment', raw) },
    { key: '#conflict', test: (raw) => namesScoreColumn('conflict', raw) },
    ...rubric.map((c) => ({ key: c.code, test: (raw: string) => namesCriterion(c, raw) })),
  ];
  const h = findHeader(grid, specs);
  if (!h)
    return { layout: null, problems: [problemAt('council.scores.headerMissing', 'error', grid.name, null, null)] };
  const problems: Problem[] = [];
  const criteria: { code: string; col: number }[] = [];
  for (const c of rubric) {
    const col = h.cols[c.code];
    if (col === undefined)
      problems.push(problemAt('council.scores.criterionMissing', 'error', grid.name, h.row, null, { code: c.code }));
    else criteria.push({ code: c.code, col });
  }
  if (problems.length > 0) return { layout: null, problems };
  return {
    layout: {
      headerRow: h.row,
      id: h.cols['#id']!,
      member: h.cols['#member']!,
      criteria,
      total: h.cols['#total'] ?? null,
      comment: h.cols['#comment'] ?? null,
      conflict: h.cols['#conflict'] ?? null,
    },
    problems,
  };
}

const fixed = (key: ScoreColumn): ColumnSpec<string> => ({ key, test: (raw) => namesScoreColumn(key, raw) });
const ID = { ...fixed('id'), required: true };
const MEMBER = { ...fixed('member'), required: true };
const TOTAL = fixed('total');
const COMMENT = fixed('comment');
const CONFLICT = fixed('conflict');
const ROUND = fixed('round');

/** "Vòng" as typed: a whole number from 1; empty or anything else is round 1 (sheets before rounds). */
export function parseRound(v: CellValue | undefined): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : Number.NaN;
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** A criterion column: its code alone or leading the header ("TM", "TM (30 điểm)"), or its name. */
function criterionSpec(c: Criterion): ColumnSpec<string> {
  return { key: `c:${c.code}`, test: (raw) => namesCriterion(c, raw) };
}

/**
 * A score in tenths: a number with at most one decimal, or text reading as one with "," or "."
 * as the decimal mark ("7,5"). Trailing zeros are fine ("7,50"); null for an empty cell. The one
 * decimal parser of the kit (parseScaled), as the scoring form and packets read scores.
 */
export function parseTenths(v: CellValue | undefined): number | null | 'invalid' {
  const p = parseScaled(v, 1);
  return p.ok ? p.value : p.reason === 'empty' ? null : 'invalid';
}

const NO_MARK = new Set(['', 'khong', 'no', '0', 'false']);

/** Any mark declares a conflict ("x", "có"); an explicit "không"/"0"/FALSE declares none. */
export function conflictMark(v: CellValue | undefined): boolean {
  if (v === null || v === undefined || v === false) return false;
  if (typeof v === 'number') return v !== 0;
  if (isCellError(v)) return true;
  return !NO_MARK.has(foldCompact(String(v)));
}

export function readScoreSheet(
  grid: SheetGrid,
  rubric: readonly Criterion[],
): { rows: ScoreRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const sheet = grid.name;
  const patterns = [ID, MEMBER, ...rubric.map(criterionSpec), TOTAL, COMMENT, CONFLICT, ROUND];
  const header = findHeader(grid, patterns);
  if (!header) {
    problems.push({ code: 'ranking.scores.noHeader', severity: 'error', sheet, row: null, column: null });
    return { rows: [], problems };
  }
  const idCol = header.cols.id!;
  const memberCol = header.cols.member!;
  const commentCol = header.cols['comment'] ?? -1;
  const conflictCol = header.cols['conflict'] ?? -1;
  const roundCol = header.cols['round'] ?? -1;
  const critCols = rubric.map((c) => header.cols[`c:${c.code}`] ?? -1);
  rubric.forEach((c, i) => {
    if (critCols[i]! < 0) {
      problems.push({
        code: 'ranking.scores.missingColumn',
        severity: 'error',
        sheet,
        row: header.row + 1,
        column: null,
        params: { criterion: c.code },
      });
    }
  });
  if (conflictCol < 0) {
    problems.push({
      code: 'ranking.scores.noConflictColumn',
      severity: 'info',
      sheet,
      row: header.row + 1,
      column: null,
    });
  }

  const rows: ScoreRow[] = [];
  const values = grid.values;
  for (let r = header.row + 1; r < values.length; r++) {
    const line = values[r];
    if (!line) continue;
    const id = cellText(line[idCol], 'raw');
    const member = cellText(line[memberCol], 'raw');
    const scores: Record<string, number | null | 'invalid'> = {};
    let any = false;
    for (let c = 0; c < rubric.length; c++) {
      const col = critCols[c]!;
      const raw = col >= 0 ? line[col] : null;
      // A date (a date number format) is never a score, nor is a formula Excel never calculated
      // (read as empty): both make the review invalid, with the reason, rather than pass silently.
      const key = cellKey(r, col);
      const date = col >= 0 && typeof raw === 'number' && grid.dates?.has(key) === true;
      const uncalculated = col >= 0 && grid.uncalculated?.has(key) === true;
      const t = date || uncalculated ? 'invalid' : parseTenths(raw);
      scores[rubric[c]!.code] = t;
      if (t !== null) any = true;
      if (t === 'invalid') {
        const criterion = rubric[c]!.code;
        problems.push({
          code: date
            ? 'ranking.scores.date'
            : uncalculated
              ? 'ranking.scores.uncalculated'
              : 'ranking.scores.unreadable',
          severity: 'warning',
          sheet,
          row: r + 1,
          column: columnLetter(col),
          params: date
            ? { value: serialText(raw), criterion }
            : uncalculated
              ? { formula: grid.formulas?.get(key) ?? '', criterion }
              : { value: cellText(raw, 'raw'), criterion },
        });
      }
    }
    const conflict = conflictCol >= 0 ? conflictMark(line[conflictCol]) : false;
    const comment = commentCol >= 0 ? cellText(line[commentCol], 'raw') : '';
    if (id === '' && member === '') {
      if (any || conflict) {
        problems.push({
          code: 'ranking.scores.missingIds',
          severity: 'warning',
          sheet,
          row: r + 1,
          column: columnLetter(idCol),
        });
      }
      continue;
    }
    if (id === '' || member === '') {
      problems.push({
        code: 'ranking.scores.missingIds',
        severity: 'warning',
        sheet,
        row: r + 1,
        column: columnLetter(id === '' ? idCol : memberCol),
      });
      continue;
    }
    const round = roundCol >= 0 ? parseRound(line[roundCol]) : 1;
    rows.push({
      row: r + 1,
      initiativeId: id,
      memberId: member,
      scores,
      comment,
      conflict,
      ...(round > 1 ? { round } : {}),
    });
  }
  return { rows, problems };
}
