// Generates a council ("Hội đồng") and filled score rows ("Chấm điểm") for generated registers, so
// ranking can be exercised end to end and benchmarked at national scale without hand-made data.
// Scores follow a per-initiative quality plus a per-reviewer leniency, like real councils.

import { COUNCIL_HEADERS } from '../core/sheets/members';
import { SCORE_HEADERS } from '../core/sheets/scores';
import { createRng } from './random';
import { FAMILY, GIVEN, MIDDLE, UNITS } from './vocabulary';

export type GridCell = string | number | null;

export interface GeneratedCouncil {
  /** "Hội đồng" rows, header first: Mã TV, Họ và tên, Chức vụ, Đơn vị, Vai trò, Không chấm đơn vị. */
  readonly rows: GridCell[][];
  readonly memberIds: string[];
  /** Member id → unions they must not review. */
  readonly excluded: ReadonlyMap<string, readonly string[]>;
}

export function generateCouncil(size: number, seed = 7): GeneratedCouncil {
  const rng = createRng(seed);
  const rows: GridCell[][] = [[...COUNCIL_HEADERS]];
  const memberIds: string[] = [];
  const excluded = new Map<string, readonly string[]>();
  for (let i = 0; i < size; i++) {
    const id = `TV${String(i + 1).padStart(2, '0')}`;
    const role = i === 0 ? 'Chủ tịch' : i === 1 ? 'Phó Chủ tịch' : i === size - 1 ? 'Thư ký' : 'Ủy viên';
    // About a third of members come from an upper-level union and must not review its initiatives.
    const own = rng.chance(0.35) ? [rng.pick(UNITS)] : [];
    excluded.set(id, own);
    memberIds.push(id);
    rows.push([
      id,
      `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`,
      rng.pick(['Phó Chủ tịch LĐLĐ tỉnh', 'Trưởng ban', 'Phó Trưởng ban', 'Chuyên viên']),
      own[0] ?? 'LĐLĐ tỉnh Kiên Giang',
      role,
      own.join('; '),
    ]);
  }
  return { rows, memberIds, excluded };
}

export interface ScoreOptions {
  readonly seed?: number;
  /** Criteria maxima in points, default TM 30, HQ 40, AD 30. */
  readonly maxima?: readonly number[];
  readonly criteria?: readonly string[];
  /** Probability a score is typed as text with a decimal comma ("7,5"). */
  readonly textShare?: number;
}

/**
 * "Chấm điểm" rows, header first, for (initiative, reviewer) pairs: every criterion filled with
 * at most one decimal, within range.
 */
export function generateScores(
  pairs: readonly { readonly initiativeId: string; readonly memberId: string }[],
  options: ScoreOptions = {},
): GridCell[][] {
  const rng = createRng(options.seed ?? 11);
  const criteria = options.criteria ?? ['TM', 'HQ', 'AD'];
  const maxima = options.maxima ?? [30, 40, 30];
  const textShare = options.textShare ?? 0.1;
  const quality = new Map<string, number>();
  const leniency = new Map<string, number>();
  const H = SCORE_HEADERS;
  const rows: GridCell[][] = [[H.id, H.member, ...criteria, H.total, H.comment, H.conflict]];
  for (const p of pairs) {
    let q = quality.get(p.initiativeId);
    if (q === undefined) {
      q = 0.45 + rng.next() * 0.5;
      quality.set(p.initiativeId, q);
    }
    let l = leniency.get(p.memberId);
    if (l === undefined) {
      l = (rng.next() - 0.5) * 0.1;
      leniency.set(p.memberId, l);
    }
    const row: GridCell[] = [p.initiativeId, p.memberId];
    for (const max of maxima) {
      const share = Math.min(1, Math.max(0, q + l + (rng.next() - 0.5) * 0.12));
      const tenths = Math.round(share * max * 2) * 5; // halves of a point, as reviewers score
      const value = tenths / 10;
      row.push(rng.chance(textShare) && !Number.isInteger(value) ? String(value).replace('.', ',') : value);
    }
    row.push(null, '', '');
    rows.push(row);
  }
  return rows;
}
