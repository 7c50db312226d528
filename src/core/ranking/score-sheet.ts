// Reading "Chấm điểm" (SPEC §2.3): `Mã SK | Mã TV | <criterion codes> | Tổng | Nhận xét |
// Xung đột lợi ích`, header in the top rows, columns in any order, also when typed by hand.
// Scores stay raw here (tenths, null or 'invalid'); whether a review counts is ranking's call.

import type { Criterion, ScoreRow } from '../model';
import type { Problem } from '../problems';
import type { CellValue, SheetGrid } from '../sheet/grid';
import { cellKey, columnLetter, isCellError, serialText } from '../sheet/grid';
import { foldCompact } from '../text/fold';
import { cellText, findHeader, parseScaled, type ColumnSpec } from '../sheets/kit';
import { namesCriterion, namesScoreColumn, type ScoreColumn } from '../sheets/scores';

// The header words are the sheet's own (sheets/scores.ts), shared with council/score-layout.ts.
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
function criterionPattern(c: Criterion): ColumnSpec<string> {
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
  const patterns = [ID, MEMBER, ...rubric.map(criterionPattern), TOTAL, COMMENT, CONFLICT, ROUND];
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
          code: date ? 'ranking.scores.date' : uncalculated ? 'ranking.scores.uncalculated' : 'ranking.scores.unreadable',
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
