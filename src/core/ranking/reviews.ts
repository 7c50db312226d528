// Which reviews count (SPEC §4 "Valid review") and each valid reviewer's total. Laid out as flat
// typed arrays grouped by initiative, so 750,000 score rows cost no object per review.

import type { Initiative, Member, ScoreRow } from '../model';
import type { Rules } from '../council/rules';
import type { Problem } from '../problems';
import { SHEET_ROLES } from '../sheet/plan';
import { foldName } from './fold';
import { reviewTotal, totalScale } from './totals';
import type { InvalidReason, InvalidReview } from './types';

export interface ReviewTable {
  /** Valid reviews of initiative i are start[i] .. start[i+1]−1. */
  readonly start: Int32Array;
  /** Index into members. */
  readonly member: Int32Array;
  readonly total: Int32Array;
  /** Excel row of the review (its first copy). */
  readonly row: Int32Array;
  /** Score of criterion c of review r at r × criteria + c, in tenths. */
  readonly tenths: Int32Array;
  readonly criteria: number;
  /** Empty rows (no score, no conflict mark) per initiative: assigned but not yet scored. */
  readonly unscored: Int32Array;
  readonly invalid: readonly InvalidReview[];
  /** Invalid-review indexes per initiative index (for flags). */
  readonly invalidByInitiative: ReadonlyMap<number, readonly InvalidReview[]>;
  readonly problems: readonly Problem[];
}

/** Ids as typed by hand: case and stray spaces do not make a different id. */
export function idKey(id: string): string {
  return id.trim().toUpperCase();
}

function isUnscored(row: ScoreRow, codes: readonly string[]): boolean {
  if (row.conflict) return false;
  for (const c of codes) {
    const v = row.scores[c];
    if (v !== null && v !== undefined) return false;
  }
  return true;
}

function copiesAgree(a: ScoreRow, b: ScoreRow, codes: readonly string[]): boolean {
  if (a.conflict !== b.conflict) return false;
  for (const c of codes) if ((a.scores[c] ?? null) !== (b.scores[c] ?? null)) return false;
  return true;
}

const SCORES_SHEET = SHEET_ROLES.scores.name;

export function buildReviews(
  initiatives: readonly Initiative[],
  members: readonly Member[],
  rules: Rules,
  scores: readonly ScoreRow[],
): ReviewTable {
  const rubric = rules.rubric;
  const codes = rubric.map((c) => c.code);
  const k = rubric.length;
  const scale = totalScale(rubric);
  const n = initiatives.length;

  const initIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) initIndex.set(idKey(initiatives[i]!.id), i);
  const memberIndex = new Map<string, number>();
  members.forEach((m, i) => memberIndex.set(idKey(m.id), i));
  const excluded = members.map((m) => new Set(m.excludedUnits.map(foldName).filter((u) => u !== '')));

  // Bucket rows by initiative (counting sort keeps each bucket in sheet order).
  const rowInit = new Int32Array(scores.length);
  const count = new Int32Array(n + 1);
  const unknownRows: number[] = [];
  for (let r = 0; r < scores.length; r++) {
    const i = initIndex.get(idKey(scores[r]!.initiativeId));
    if (i === undefined) {
      rowInit[r] = -1;
      unknownRows.push(r);
    } else {
      rowInit[r] = i;
      count[i + 1]!++;
    }
  }
  for (let i = 0; i < n; i++) count[i + 1]! += count[i]!;
  const bucket = new Int32Array(scores.length);
  const fill = count.slice(0, n);
  for (let r = 0; r < scores.length; r++) {
    const i = rowInit[r]!;
    if (i >= 0) bucket[fill[i]!++] = r;
  }

  const start = new Int32Array(n + 1);
  const member = new Int32Array(scores.length);
  const total = new Int32Array(scores.length);
  const rowOf = new Int32Array(scores.length);
  const tenths = new Int32Array(scores.length * k);
  const unscored = new Int32Array(n);
  const invalid: InvalidReview[] = [];
  const invalidByInitiative = new Map<number, InvalidReview[]>();
  const problems: Problem[] = [];
  const buf = new Int32Array(k);
  let v = 0;

  const reject = (i: number, copies: readonly ScoreRow[], reasons: InvalidReason[], criteria: string[]): void => {
    const first = copies[0]!;
    const review: InvalidReview = {
      rows: copies.map((c) => c.row),
      initiativeId: first.initiativeId,
      memberId: first.memberId,
      reasons,
      criteria,
    };
    invalid.push(review);
    if (i >= 0) {
      const list = invalidByInitiative.get(i);
      if (list) list.push(review);
      else invalidByInitiative.set(i, [review]);
    }
    for (const reason of reasons) {
      problems.push({
        code: `ranking.review.${reason}`,
        severity: 'warning',
        sheet: SCORES_SHEET,
        row: first.row,
        column: null,
        params: {
          id: first.initiativeId,
          member: first.memberId,
          criteria: criteria.join(', '),
          rows: review.rows.join(', '),
        },
      });
    }
  };

  for (const r of unknownRows) {
    const row = scores[r]!;
    if (!isUnscored(row, codes)) reject(-1, [row], ['unknownInitiative'], []);
  }

  const group: ScoreRow[][] = [];
  for (let i = 0; i < n; i++) {
    start[i] = v;
    const init = initiatives[i]!;
    group.length = 0;
    for (let p = count[i]!; p < count[i + 1]!; p++) {
      const row = scores[bucket[p]!]!;
      if (isUnscored(row, codes)) {
        unscored[i]!++;
        continue;
      }
      const key = idKey(row.memberId);
      let g = -1;
      for (let q = 0; q < group.length; q++) if (idKey(group[q]![0]!.memberId) === key) g = q;
      if (g < 0) group.push([row]);
      else group[g]!.push(row);
    }
    for (const copies of group) {
      const row = copies[0]!;
      if (copies.length > 1) {
        if (!copies.every((c) => copiesAgree(row, c, codes))) {
          reject(i, copies, ['duplicateDiffers'], []);
          continue;
        }
        problems.push({
          code: 'ranking.review.duplicateCounted',
          severity: 'info',
          sheet: SCORES_SHEET,
          row: row.row,
          column: null,
          params: { id: row.initiativeId, member: row.memberId, rows: copies.map((c) => c.row).join(', ') },
        });
      }
      const reasons: InvalidReason[] = [];
      const bad: string[] = [];
      const m = memberIndex.get(idKey(row.memberId));
      if (m === undefined) reasons.push('notMember');
      if (row.conflict) reasons.push('conflictDeclared');
      if (m !== undefined && excluded[m]!.size > 0 && excluded[m]!.has(foldName(init.unit)))
        reasons.push('excludedUnit');
      let missing = false;
      let unreadable = false;
      let range = false;
      for (let c = 0; c < k; c++) {
        const x = row.scores[codes[c]!];
        if (x === null || x === undefined) {
          missing = true;
          bad.push(codes[c]!);
        } else if (x === 'invalid' || !Number.isInteger(x)) {
          unreadable = true;
          bad.push(codes[c]!);
        } else if (x < 0 || x > rubric[c]!.maxTenths) {
          range = true;
          bad.push(codes[c]!);
        } else buf[c] = x;
      }
      if (missing) reasons.push('missingScore');
      if (unreadable) reasons.push('unreadableScore');
      if (range) reasons.push('outOfRange');
      if (reasons.length > 0) {
        reject(i, copies, reasons, bad);
        continue;
      }
      member[v] = m!;
      rowOf[v] = row.row;
      for (let c = 0; c < k; c++) tenths[v * k + c] = buf[c]!;
      total[v] = reviewTotal(scale, buf);
      v++;
    }
  }
  start[n] = v;
  return {
    start,
    member,
    total,
    row: rowOf,
    tenths,
    criteria: k,
    unscored,
    invalid,
    invalidByInitiative,
    problems,
  };
}
