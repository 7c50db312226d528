// Sheet "Chấm điểm" (SPEC §2.3): one pre-allocated row per (initiative, reviewer) pair, so that
// co-authoring reviewers only fill cells. Re-assignment rewrites the sheet but carries every score
// already entered; a pair no longer assigned that holds scores stays, flagged, never dropped.

import type { Criterion, Initiative, Member, ScoreRow } from '../model';
import type { Problem } from '../problems';
import type { CellValue, SheetGrid } from '../sheet/grid';
import { cellKey, isCellError, serialText } from '../sheet/grid';
import type { PlanValue, SheetPlan, StyledRect, ValidationSpec } from '../sheet/plan';
import { SHEET_ROLES } from '../sheet/plan';
import { message } from '../messages/index';
import type { Locale } from '../messages/types';
import { problemAt } from './cells';
import { cellText, unscale } from '../sheets/kit';
import {
  CONFLICT_MARK,
  findScoreHelpers,
  plannedScoreLayout,
  readScoreLayout,
  scoreHeaderRow,
  type ScoreLayout,
} from '../sheets/scores';
import { totalFormula } from './total';
import { printWorkingSheet, WORKING_FONT } from '../sheet/working';

export interface PairLike {
  readonly initiativeId: string;
  readonly memberId: string;
}

export interface ScoreSheetOptions {
  /** Adds the reviewer's name in a read-only helper column. */
  readonly members?: readonly Member[];
  /** The current "Chấm điểm", to carry text that is not a valid score ("7,55") as typed. */
  readonly grid?: SheetGrid | null;
  readonly locale?: Locale;
}

const pairKey = (initiativeId: string, memberId: string): string => `${initiativeId}\u0000${memberId}`;

/** Pairs whose row already holds a score, a comment or a conflict mark: what `assign(…, { keep })` should keep. */
export function startedPairs(rows: readonly ScoreRow[]): PairLike[] {
  return rows.filter(hasContent).map((r) => ({ initiativeId: r.initiativeId, memberId: r.memberId }));
}

function hasContent(r: ScoreRow): boolean {
  if (r.conflict || r.comment !== '') return true;
  for (const k in r.scores) if (r.scores[k] !== null) return true;
  return false;
}

/**
 * Columns of the current sheet that are not the add-in's (by header, or holding data under an empty
 * header): what a clerk added, to be carried through a re-assignment rather than dropped.
 */
function clerkColumns(grid: SheetGrid, layout: ScoreLayout): { col: number; header: PlanValue }[] {
  const own = new Set<number>([layout.id, layout.member, ...layout.criteria.map((c) => c.col)]);
  for (const c of [layout.total, layout.comment, layout.conflict]) if (c !== null) own.add(c);
  const top = grid.values[layout.headerRow] ?? [];
  // The add-in's helper columns ("Vòng", title, reviewer's name) are written afresh, not carried.
  const helpers = findScoreHelpers(top);
  for (const c of [helpers.round, helpers.title, helpers.name]) if (c >= 0) own.add(c);
  let width = top.length;
  for (const line of grid.values) if (line.length > width) width = line.length;
  const out: { col: number; header: PlanValue }[] = [];
  for (let c = 0; c < width; c++) {
    if (own.has(c)) continue;
    const h = top[c];
    const text = typeof h === 'string' ? h.trim() : typeof h === 'number' ? String(h) : '';
    const hasData = text !== '' || grid.values.some((line, r) => r > layout.headerRow && line[c] !== null && line[c] !== undefined && line[c] !== '');
    if (hasData) out.push({ col: c, header: text });
  }
  return out;
}

/** Data validation for a criterion: decimal 0..max, with a prompt a reviewer sees on the cell. */
export function scoreValidation(
  c: Criterion,
  col: number,
  firstRow: number,
  rowCount: number,
  locale: Locale,
): ValidationSpec {
  const max = unscale(c.maxTenths, 1);
  const params = { code: c.code, name: c.name, max };
  return {
    rect: { row: firstRow, col, rowCount, colCount: 1 },
    rule: {
      kind: 'decimal',
      min: 0,
      max,
      prompt: {
        title: message(locale, 'council.ui.scoreTitle', params),
        message: message(locale, 'council.ui.scorePrompt', params),
      },
      error: {
        title: message(locale, 'council.ui.scoreTitle', params),
        message: message(locale, 'council.ui.scoreError', params),
      },
    },
  };
}

/**
 * The whole "Chấm điểm" for these pairs. `existing` is the sheet as read (ranking's
 * readScoreSheet); rows are matched by Mã SK + Mã TV and keep their scores, comment and conflict
 * mark. Pairs come out in the order given; rows no longer assigned but holding data follow.
 */
export function scoreSheetPlan(
  pairs: readonly PairLike[],
  rubric: readonly Criterion[],
  existing: readonly ScoreRow[],
  initiatives: readonly Initiative[],
  options: ScoreSheetOptions = {},
): { plan: SheetPlan; problems: Problem[] } {
  const locale = options.locale ?? 'vi';
  const sheet = SHEET_ROLES.scores.name;
  const problems: Problem[] = [];
  const layout = plannedScoreLayout(rubric);
  const n = rubric.length;
  const titleCol = 5 + n;
  const nameCol = options.members ? 6 + n : -1;
  const titles = new Map<string, string>();
  for (const it of initiatives) titles.set(it.id, it.title);
  const names = new Map<string, string>();
  for (const m of options.members ?? []) names.set(m.id, m.name);

  const oldLayout = options.grid ? readScoreLayout(options.grid, rubric).layout : null;
  const byPair = new Map<string, ScoreRow[]>();
  for (const r of existing) {
    const k = pairKey(r.initiativeId, r.memberId);
    const list = byPair.get(k);
    if (list) list.push(r);
    else byPair.set(k, [r]);
  }

  // After a second round the rows carry their round ("Vòng"); a sheet with round 1 only has none.
  const withRound = existing.some((r) => (r.round ?? 1) > 1);
  const header: PlanValue[] = scoreHeaderRow(rubric, { names: nameCol >= 0, round: withRound });
  const roundCol = withRound ? header.length - 1 : -1;
  const helperEnd = header.length;
  // Columns the clerk added (notes, a phone number…) travel with their rows after the add-in's own.
  const extras = options.grid && oldLayout ? clerkColumns(options.grid, oldLayout) : [];
  for (const e of extras) header.push(e.header);
  const carry = (row: PlanValue[], line: readonly CellValue[] | undefined): void => {
    extras.forEach((e, k) => {
      const v = line?.[e.col];
      row[helperEnd + k] = v === undefined || v === null || isCellError(v) ? null : v;
    });
  };
  const rows: PlanValue[][] = [header];
  const formula = totalFormula(
    rubric,
    layout.criteria.map((c) => c.col),
  );

  const width = header.length;
  const emit = (initiativeId: string, memberId: string, from: ScoreRow | null): number => {
    const r1 = rows.length + 1;
    // One array of the final length per row: at 750,000 rows, growing arrays is what the GC pays for.
    const row = new Array<PlanValue>(width);
    row[0] = initiativeId;
    row[1] = memberId;
    for (let i = 0; i < n; i++) {
      const c = rubric[i]!;
      const v = from === null ? null : (from.scores[c.code] ?? null);
      if (v === 'invalid') {
        // Keep what the reviewer typed, so the clerk sees it and nothing is lost.
        const col = oldLayout?.criteria.find((x) => x.code === c.code)?.col;
        const raw = from && col !== undefined ? options.grid?.values[from.row - 1]?.[col] : undefined;
        const key = from && col !== undefined ? cellKey(from.row - 1, col) : '';
        const formulaText = options.grid?.uncalculated?.has(key) ? options.grid.formulas?.get(key) : undefined;
        // A date stays the date it showed, and a formula never calculated its text (the row may move,
        // so its references would not): text, never a number a reader would take for a score.
        if (typeof raw === 'number' && options.grid?.dates?.has(key)) row[2 + i] = serialText(raw);
        else if (formulaText !== undefined) row[2 + i] = formulaText;
        else if (typeof raw === 'string' || typeof raw === 'number') row[2 + i] = raw;
        else {
          row[2 + i] = null;
          problems.push(
            problemAt('council.scores.invalidNotKept', 'warning', sheet, r1 - 1, 2 + i, {
              id: initiativeId,
              member: memberId,
              code: c.code,
            }),
          );
        }
      } else row[2 + i] = v === null ? null : unscale(v, 1);
    }
    row[2 + n] = { formula: formula(r1) };
    row[3 + n] = from?.comment ?? '';
    row[4 + n] = from?.conflict ? CONFLICT_MARK : null;
    row[titleCol] = titles.get(initiativeId) ?? '';
    if (nameCol >= 0) row[nameCol] = names.get(memberId) ?? '';
    if (roundCol >= 0) row[roundCol] = from?.round ?? 1;
    if (extras.length > 0) carry(row, from ? options.grid?.values[from.row - 1] : undefined);
    rows.push(row);
    return r1;
  };

  const used = new Set<ScoreRow>();
  const matching = byPair.size > 0;
  for (const p of pairs) {
    const olds = matching ? byPair.get(pairKey(p.initiativeId, p.memberId)) : undefined;
    if (!olds) {
      emit(p.initiativeId, p.memberId, null);
      continue;
    }
    // A pair typed twice keeps both rows: ranking decides whether the copies agree.
    for (const o of olds) {
      used.add(o);
      emit(p.initiativeId, p.memberId, o);
    }
    byPair.delete(pairKey(p.initiativeId, p.memberId));
  }
  const assignedRows = rows.length - 1;
  for (const r of existing) {
    if (used.has(r) || !hasContent(r)) continue;
    const r1 = emit(r.initiativeId, r.memberId, r);
    problems.push(
      problemAt('council.scores.unassignedKept', 'warning', sheet, r1 - 1, 0, {
        id: r.initiativeId,
        member: r.memberId,
        oldRow: r.row,
      }),
    );
  }

  // Rows the score reader skipped (an id erased by hand) but that still hold data are kept as typed.
  if (options.grid && oldLayout) {
    const known = new Set(existing.map((r) => r.row));
    const g = options.grid;
    const cols = [
      oldLayout.id,
      oldLayout.member,
      ...oldLayout.criteria.map((c) => c.col),
      oldLayout.comment,
      oldLayout.conflict,
    ];
    for (let r = oldLayout.headerRow + 1; r < g.values.length; r++) {
      if (known.has(r + 1)) continue;
      const line = g.values[r];
      const raw = cols.map((c) => (c === null ? null : (line?.[c] ?? null)));
      if (raw.every((v) => v === null || (typeof v === 'string' && v.trim() === '') || typeof v === 'object')) continue;
      const r1 = rows.length + 1;
      const row = new Array<PlanValue>(width).fill(null);
      const keep = (v: CellValue | undefined): PlanValue => (v === undefined || isCellError(v) ? null : v);
      row[0] = keep(raw[0]);
      row[1] = keep(raw[1]);
      for (let i = 0; i < n; i++) row[2 + i] = keep(raw[2 + i]);
      row[2 + n] = { formula: formula(r1) };
      row[3 + n] = keep(raw[2 + n]);
      row[4 + n] = keep(raw[3 + n]);
      carry(row, line);
      rows.push(row);
      problems.push(
        problemAt('council.scores.unassignedKept', 'warning', sheet, r1 - 1, 0, {
          id: cellText(raw[0]),
          member: cellText(raw[1]),
          oldRow: r + 1,
        }),
      );
    }
  }

  const dataRows = rows.length - 1;
  const styles: StyledRect[] = [
    {
      rect: { row: 0, col: 0, rowCount: 1, colCount: width },
      style: { bold: true, fill: '#DDEBF7', wrap: true, vertical: 'center', horizontal: 'center' },
    },
  ];
  const validations: ValidationSpec[] = [];
  if (dataRows > 0) {
    styles.push({ rect: { row: 1, col: 0, rowCount: dataRows, colCount: 2 }, style: { numberFormat: '@' } });
    styles.push({ rect: { row: 1, col: 2, rowCount: dataRows, colCount: n }, style: { numberFormat: '0.0' } });
    styles.push({
      rect: { row: 1, col: 2 + n, rowCount: dataRows, colCount: 1 },
      style: { numberFormat: '0.00', fill: '#F2F2F2' },
    });
    styles.push({
      rect: { row: 1, col: titleCol, rowCount: dataRows, colCount: helperEnd - titleCol },
      style: { italic: true, fontColor: '#595959' },
    });
    if (dataRows > assignedRows) {
      styles.push({
        rect: { row: 1 + assignedRows, col: 0, rowCount: dataRows - assignedRows, colCount: 2 },
        style: { fill: '#FCE4D6' },
      });
    }
    rubric.forEach((c, i) => validations.push(scoreValidation(c, 2 + i, 1, dataRows, locale)));
  }
  const columns = [
    { width: 10 },
    { width: 8 },
    ...rubric.map(() => ({ width: 7 })),
    { width: 8 },
    { width: 30 },
    { width: 10 },
    { width: 50 },
  ];
  if (nameCol >= 0) columns.push({ width: 24 });
  if (roundCol >= 0) columns.push({ width: 6 });
  for (let k = 0; k < extras.length; k++) columns.push({ width: 20 });
  // On paper the comment, the title, the name and the clerk's columns wrap (measured row heights).
  const wraps = (c: number): boolean => (c === 3 + n || c >= titleCol) && c !== roundCol;
  const print = printWorkingSheet(
    rows,
    0,
    columns.map((col, c) => ({ width: col.width, wraps: wraps(c), ...(c === titleCol ? { min: 24 } : {}) })),
  );
  if (dataRows > 0) {
    styles.push({ rect: { row: 1, col: 0, rowCount: dataRows, colCount: columns.length }, style: { vertical: 'top' } });
    styles.push({ rect: { row: 1, col: 3 + n, rowCount: dataRows, colCount: 1 }, style: { wrap: true } });
    styles.push({
      rect: { row: 1, col: titleCol, rowCount: dataRows, colCount: columns.length - titleCol },
      style: { wrap: true },
    });
  }
  return {
    plan: {
      name: sheet,
      role: 'scores',
      rows,
      columns: print.widths.map((width) => ({ width })),
      styles,
      validations,
      rowHeights: print.rowHeights,
      freeze: { rows: 1, columns: 2 },
      page: print.page,
      font: WORKING_FONT,
    },
    problems,
  };
}
