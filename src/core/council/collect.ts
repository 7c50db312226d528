// Collecting a returned packet into "Chấm điểm" (SPEC §2.4): a packet for another reviewer, with
// changed ids or rows, or scored on another rubric is refused whole; a score that differs from
// one already entered is listed for the clerk and never overwritten; new scores become writes.

import type { Criterion, ScoreRow } from '../model';
import type { Problem } from '../problems';
import { columnLetter } from '../sheet/grid';
import type { PlanValue } from '../sheet/plan';
import { SHEET_ROLES } from '../sheet/plan';
import { problemAt } from './cells';
import { unscale } from '../sheets/kit';
import type { Packet } from './packets';
import { rubricSignature } from './packets';
import { CONFLICT_MARK, SCORE_HEADERS, type ScoreLayout } from '../sheets/scores';

/** One cell to write into "Chấm điểm", 0-based: the shape of the port's CellWrite. */
export interface ScoreCellWrite {
  readonly row: number;
  readonly col: number;
  readonly value: PlanValue;
}

/** A value in the packet that differs from the one already in the book: the clerk decides. */
export interface ScoreConflict {
  readonly initiativeId: string;
  readonly memberId: string;
  /** Excel row in "Chấm điểm", 1-based, and the column letters. */
  readonly row: number;
  readonly column: string;
  /** Criterion code, "Nhận xét" or "Xung đột lợi ích". */
  readonly field: string;
  readonly existing: string | number | null;
  readonly incoming: string | number | null;
}

export interface CollectResult {
  writes: ScoreCellWrite[];
  conflicts: ScoreConflict[];
  /** Non-empty when the whole packet is refused (then nothing is written). */
  refusals: Problem[];
  problems: Problem[];
}

export interface CollectOptions {
  /** The reviewer the clerk says this packet is from; a packet marked for anyone else is refused. */
  readonly expectedMemberId?: string;
  /** Name of the score sheet in the book, for problems and conflicts. */
  readonly bookSheet?: string;
}

const shown = (v: number | null | 'invalid'): string | number | null =>
  v === 'invalid' ? '?' : v === null ? null : unscale(v, 1);

export function collectPacket(
  bookScores: readonly ScoreRow[],
  packet: Packet,
  rubric: readonly Criterion[],
  layout: ScoreLayout,
  options: CollectOptions = {},
): CollectResult {
  const out: CollectResult = { writes: [], conflicts: [], refusals: [], problems: [] };
  const book = options.bookSheet ?? SHEET_ROLES.scores.name;
  const refuse = (code: string, params?: Record<string, string | number>): void => {
    out.refusals.push(problemAt(code, 'error', packet.sheet, null, null, params));
  };
  if (options.expectedMemberId !== undefined && options.expectedMemberId !== packet.memberId) {
    refuse('council.packet.wrongReviewer', { expected: options.expectedMemberId, found: packet.memberId });
  }
  if (!packet.intact) refuse('council.packet.tampered', { member: packet.memberId });
  if (packet.signature !== rubricSignature(rubric))
    refuse('council.packet.rubricChanged', { found: packet.signature, expected: rubricSignature(rubric) });
  const mine = new Map<string, ScoreRow>();
  for (const s of bookScores)
    if (s.memberId === packet.memberId && !mine.has(s.initiativeId)) mine.set(s.initiativeId, s);
  if (mine.size === 0) refuse('council.packet.notAssigned', { member: packet.memberId });
  if (out.refusals.length > 0) return out;

  const cols = new Map(layout.criteria.map((c) => [c.code, c.col]));
  for (const pr of packet.rows) {
    const target = mine.get(pr.initiativeId);
    if (!target) {
      out.problems.push(
        problemAt('council.packet.pairMissing', 'error', packet.sheet, pr.row - 1, null, {
          id: pr.initiativeId,
          member: packet.memberId,
        }),
      );
      continue;
    }
    const r0 = target.row - 1;
    const conflict = (
      col: number,
      field: string,
      existing: string | number | null,
      incoming: string | number | null,
    ): void => {
      out.conflicts.push({
        initiativeId: pr.initiativeId,
        memberId: packet.memberId,
        row: target.row,
        column: columnLetter(col),
        field,
        existing,
        incoming,
      });
    };
    for (const c of rubric) {
      const incoming = pr.scores[c.code] ?? null;
      const col = cols.get(c.code);
      if (incoming === null || col === undefined) continue;
      if (incoming === 'invalid' || incoming < 0 || incoming > c.maxTenths) {
        out.problems.push(
          problemAt('council.packet.scoreInvalid', 'error', packet.sheet, pr.row - 1, packet.columns[c.code] ?? null, {
            id: pr.initiativeId,
            code: c.code,
            max: unscale(c.maxTenths, 1),
          }),
        );
        continue;
      }
      const existing = target.scores[c.code] ?? null;
      if (existing === null) out.writes.push({ row: r0, col, value: unscale(incoming, 1) });
      else if (existing !== incoming) conflict(col, c.code, shown(existing), shown(incoming));
    }
    if (pr.comment !== '' && layout.comment !== null) {
      if (target.comment === '') out.writes.push({ row: r0, col: layout.comment, value: pr.comment });
      else if (target.comment !== pr.comment)
        conflict(layout.comment, SCORE_HEADERS.comment, target.comment, pr.comment);
    }
    // A mark only ever adds: an empty conflict cell in the packet does not clear the book's mark.
    if (pr.conflict && !target.conflict && layout.conflict !== null)
      out.writes.push({ row: r0, col: layout.conflict, value: CONFLICT_MARK });
  }
  if (out.conflicts.length > 0)
    out.problems.push(
      problemAt('council.packet.differs', 'warning', book, null, null, {
        count: out.conflicts.length,
        member: packet.memberId,
      }),
    );
  return out;
}
