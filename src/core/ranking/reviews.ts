// Which reviews count (SPEC §4 "Valid review") and each valid reviewer's total. Laid out as flat
// typed arrays grouped by initiative, so 750,000 score rows cost no object per review.

import type { Initiative, Member, ScoreRow } from '../model';
import type { Rules } from '../council/rules';
import type { Problem } from '../problems';
import { SHEET_ROLES } from '../sheet/plan';
import { parseId } from '../text/ids';
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
  /** Index of an initiative by id as typed (case and spaces forgiven), undefined when not registered. */
  readonly indexOf: (id: string) => number | undefined;
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

  // Exact ids first: trimming and upper-casing only the ids that miss keeps 750,000 lookups cheap.
  const initIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = initiatives[i]!.id;
    const key = idKey(id);
    initIndex.set(id, i);
    if (key !== id) initIndex.set(key, i);
  }
  const memberIndex = new Map<string, number>();
  members.forEach((m, i) => {
    memberIndex.set(m.id, i);
    memberIndex.set(idKey(m.id), i);
  });
  const excluded = members.map((m) => new Set(m.excludedUnits.map(foldName).filter((u) => u !== '')));
  const lookup = (map: Map<string, number>, id: string): number => map.get(id) ?? map.get(idKey(id)) ?? -1;
  // An initiative id typed short by hand ("sk-12") still finds SK-0012.
  const lookupInitiative = (id: string): number => {
    const i = lookup(initIndex, id);
    if (i >= 0) return i;
    const canonical = parseId(id);
    return canonical === null ? -1 : (initIndex.get(canonical) ?? -1);
  };

  // Bucket rows by initiative (counting sort keeps each bucket in sheet order).
  const rowInit = new Int32Array(scores.length);
  const rowMember = new Int32Array(scores.length);
  const count = new Int32Array(n + 1);
  const unknownRows: number[] = [];
  for (let r = 0; r < scores.length; r++) {
    const row = scores[r]!;
    const i = lookupInitiative(row.initiativeId);
    rowInit[r] = i;
    rowMember[r] = lookup(memberIndex, row.memberId);
    if (i < 0) unknownRows.push(r);
    else count[i + 1]!++;
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

  // Two rows are the same pair when they name the same member (by index, or by id when unknown).
  const samePair = (a: number, b: number): boolean => {
    const ma = rowMember[a]!;
    return ma >= 0
      ? ma === rowMember[b]!
      : rowMember[b]! < 0 && idKey(scores[a]!.memberId) === idKey(scores[b]!.memberId);
  };

  for (let i = 0; i < n; i++) {
    start[i] = v;
    const init = initiatives[i]!;
    const b0 = count[i]!;
    const b1 = count[i + 1]!;
    for (let p = b0; p < b1; p++) {
      const r = bucket[p]!;
      const row = scores[r]!;
      if (isUnscored(row, codes)) {
        unscored[i]!++;
        continue;
      }
      // Only the first copy of a pair decides; later copies were looked at with it.
      let earlier = false;
      for (let q = b0; q < p && !earlier; q++) {
        const rq = bucket[q]!;
        earlier = samePair(rq, r) && !isUnscored(scores[rq]!, codes);
      }
      if (earlier) continue;
      let copies: ScoreRow[] | null = null;
      for (let q = p + 1; q < b1; q++) {
        const rq = bucket[q]!;
        if (samePair(r, rq) && !isUnscored(scores[rq]!, codes)) (copies ??= [row]).push(scores[rq]!);
      }
      if (copies) {
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
      const m = rowMember[r]!;
      let reasons: InvalidReason[] | null = null;
      if (m < 0) (reasons ??= []).push('notMember');
      if (row.conflict) (reasons ??= []).push('conflictDeclared');
      if (m >= 0 && excluded[m]!.size > 0 && excluded[m]!.has(foldName(init.unit)))
        (reasons ??= []).push('excludedUnit');
      let bad = 0;
      for (let c = 0; c < k; c++) {
        const x = row.scores[codes[c]!];
        if (x === null || x === undefined) bad |= 1;
        else if (x === 'invalid' || !Number.isInteger(x)) bad |= 2;
        else if (x < 0 || x > rubric[c]!.maxTenths) bad |= 4;
        else buf[c] = x;
      }
      if (bad !== 0) {
        reasons ??= [];
        if (bad & 1) reasons.push('missingScore');
        if (bad & 2) reasons.push('unreadableScore');
        if (bad & 4) reasons.push('outOfRange');
      }
      if (reasons) {
        const faulty = codes.filter((code, c) => {
          const x = row.scores[code];
          return (
            x === null ||
            x === undefined ||
            x === 'invalid' ||
            !Number.isInteger(x) ||
            x < 0 ||
            x > rubric[c]!.maxTenths
          );
        });
        reject(i, copies ?? [row], reasons, faulty);
        continue;
      }
      member[v] = m;
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
    indexOf: (id) => {
      const i = lookupInitiative(id);
      return i < 0 ? undefined : i;
    },
  };
}
