// Packets for councils that do not share one workbook (SPEC §2.4): one blind workbook per
// reviewer out, returned packets in. A refused packet writes nothing; a score that differs from one
// already entered is listed for the clerk, never overwritten.

import { collectPacket, packetFileName, packetPlans, readPacket, type ScoreConflict } from '../core/council';
import type { Locale } from '../core/messages';
import type { Problem } from '../core/problems';
import type { SheetGrid } from '../core/sheet/grid';
import type { SheetPlan } from '../core/sheet/plan';
import { readScoreLayout, readScoreSheet } from '../core/sheets/scores';
import type { WorkbookPort } from '../workbook/port';
import { loadBook } from './book';

export interface PacketOut {
  readonly memberId: string;
  readonly memberName: string;
  readonly fileName: string;
  readonly plans: SheetPlan[];
  readonly items: number;
}

/** One packet per member with assigned rows in "Chấm điểm". */
export async function buildPackets(port: WorkbookPort, locale: Locale = 'vi'): Promise<{ packets: PacketOut[]; problems: Problem[] }> {
  const book = await loadBook(port);
  const problems: Problem[] = [...book.problems];
  if (!book.register) return { packets: [], problems: [...problems, { code: 'app.noRegister', severity: 'error', sheet: 'Sáng kiến', row: null, column: null }] };
  if (!book.scores) return { packets: [], problems: [...problems, { code: 'app.noScores', severity: 'error', sheet: 'Chấm điểm', row: null, column: null }] };
  const packets: PacketOut[] = [];
  for (const m of book.members) {
    const pairs = book.scores.filter((s) => s.memberId === m.id);
    if (pairs.length === 0) continue;
    packets.push({
      memberId: m.id,
      memberName: m.name,
      fileName: packetFileName(m.id, m.name),
      plans: packetPlans(m.id, pairs, book.register.initiatives, book.rules.rubric, {
        members: book.members,
        scores: book.scores,
        fieldNames: book.rules.fieldNames,
        locale,
      }),
      items: pairs.length,
    });
  }
  return { packets, problems };
}

export interface CollectOutcome {
  readonly source: string;
  readonly memberId: string | null;
  readonly written: number;
  readonly conflicts: ScoreConflict[];
  /** Non-empty when the packet was refused as a whole. */
  readonly refusals: Problem[];
  readonly problems: Problem[];
}

/** Brings returned packets (each given as the grids of its sheets) into "Chấm điểm". */
export async function collectPackets(
  port: WorkbookPort,
  packets: readonly { readonly source: string; readonly grids: readonly (SheetGrid | null)[]; readonly expectedMemberId?: string }[],
): Promise<CollectOutcome[]> {
  const book = await loadBook(port);
  const scoresGrid = book.grids.scores;
  if (!scoresGrid || !book.scores) {
    const refusal: Problem = { code: 'app.noScores', severity: 'error', sheet: 'Chấm điểm', row: null, column: null };
    return packets.map((p) => ({ source: p.source, memberId: null, written: 0, conflicts: [], refusals: [refusal], problems: [] }));
  }
  const { layout, problems: layoutProblems } = readScoreLayout(scoresGrid, book.rules.rubric);
  const outcomes: CollectOutcome[] = [];
  // The scores as they stand after each packet: a second packet of the same reviewer in one run
  // meets the first one's scores as conflicts, exactly as when run one after the other.
  let scores = book.scores;
  for (const p of packets) {
    const read = readPacket(p.grids);
    if (!read.packet || !layout) {
      outcomes.push({ source: p.source, memberId: null, written: 0, conflicts: [], refusals: [...read.problems, ...layoutProblems], problems: [] });
      continue;
    }
    const r = collectPacket(scores, read.packet, book.rules.rubric, layout, {
      ...(p.expectedMemberId ? { expectedMemberId: p.expectedMemberId } : {}),
      bookSheet: scoresGrid.name,
    });
    if (r.refusals.length === 0 && r.writes.length > 0) {
      await port.apply([{ kind: 'writeCells', sheet: scoresGrid.name, cells: r.writes }]);
      const [grid] = await port.readSheets([{ name: scoresGrid.name, formulas: true }]);
      if (grid) scores = readScoreSheet(grid, book.rules.rubric).rows;
    }
    outcomes.push({ source: p.source, memberId: read.packet.memberId, written: r.refusals.length === 0 ? r.writes.length : 0, conflicts: r.conflicts, refusals: r.refusals, problems: [...read.problems, ...r.problems] });
  }
  return outcomes;
}
