import { describe, expect, it } from 'vitest';
import { collectPacket } from './collect';
import { packetFileName, packetPlans, readPacket } from './packets';
import { scoreSheetPlan } from './score-sheet';
import { readScoreLayout } from '../sheets/scores';
import { DEFAULT_RUBRIC } from './rules';
import type { Initiative, ScoreRow } from '../model';
import type { SheetGrid } from '../sheet/grid';
import { applyWrites, initiative, member, planToGrid, readScores, skId } from '../../../test/council/builders';

const initiatives: Initiative[] = [1, 2, 3].map((n) =>
  initiative(skId(n), 'LĐLĐ huyện Châu Thành', {
    title: n === 2 ? 'Cải tiến quy trình tại Công ty Điện lực Kiên Giang' : `Sáng kiến số ${n}`,
    authors: ['Nguyễn Văn Bí Mật', 'Lê Thị Đồng Tác Giả'],
    positions: ['Trưởng phòng Kỹ thuật'],
    workplace: 'Xí nghiệp Cấp nước Rạch Giá',
    summary: `Nội dung ${n}`,
    benefitVnd: (n * 1_000_000) as Initiative['benefitVnd'],
  }),
);
const members = [member('TV01', [], 'Chủ tịch', 'Nguyễn Văn An'), member('TV02')];
const pairs = initiatives.flatMap((it) => [
  { initiativeId: it.id, memberId: 'TV01' },
  { initiativeId: it.id, memberId: 'TV02' },
]);

function book(): { grid: SheetGrid; scores: ScoreRow[] } {
  const grid = planToGrid(scoreSheetPlan(pairs, DEFAULT_RUBRIC, [], initiatives).plan);
  return { grid, scores: readScores(grid, DEFAULT_RUBRIC) };
}

/** The packet as the reviewer returns it: their typing applied to the packet sheet. */
function returned(
  memberId: string,
  typed: readonly { row: number; col: number; value: string | number | null }[],
  bookScores: readonly ScoreRow[] = [],
): SheetGrid[] {
  const [sheet, meta] = packetPlans(memberId, pairs, initiatives, DEFAULT_RUBRIC, { members, scores: bookScores });
  return [applyWrites(planToGrid(sheet!), typed), planToGrid(meta!)];
}

const layoutOf = (g: SheetGrid) => readScoreLayout(g, DEFAULT_RUBRIC).layout!;

describe('reviewer packets', () => {
  it('hold only the reviewer’s initiatives, blind: no author, position or workplace, titles as written', () => {
    const plans = packetPlans('TV01', pairs, initiatives, DEFAULT_RUBRIC, { members });
    const text = JSON.stringify(plans);
    for (const secret of [
      'Nguyễn Văn Bí Mật',
      'Lê Thị Đồng Tác Giả',
      'Trưởng phòng Kỹ thuật',
      'Xí nghiệp Cấp nước Rạch Giá',
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain('Cải tiến quy trình tại Công ty Điện lực Kiên Giang');
    const [sheet, meta] = plans;
    expect(sheet!.rows.slice(5).map((r) => r[1])).toEqual(['SK-0001', 'SK-0002', 'SK-0003']);
    expect(sheet!.protection?.unlocked).toEqual([
      { row: 5, col: 6, rowCount: 3, colCount: 3 },
      { row: 5, col: 10, rowCount: 3, colCount: 2 },
    ]);
    expect(sheet!.validations).toHaveLength(3);
    expect(meta!.rows[1]).toEqual(['ma_tv', 'TV01']);
    expect(meta!.protection).toEqual({ unlocked: [] });
    expect(packetFileName('TV01', 'Nguyễn Văn An')).toBe('Phieu cham TV01 Nguyen Van An.xlsx');
  });

  it('round-trip: scores typed in a packet land in Chấm điểm unchanged', () => {
    const b = book();
    const typed = [
      { row: 5, col: 6, value: 25 },
      { row: 5, col: 7, value: '32,5' },
      { row: 5, col: 8, value: 20.5 },
      { row: 5, col: 10, value: 'Rất tốt' },
      { row: 6, col: 11, value: 'x' },
      { row: 7, col: 6, value: '0' },
    ];
    const { packet, problems } = readPacket(returned('TV01', typed));
    expect(problems).toEqual([]);
    expect(packet!.intact).toBe(true);
    const res = collectPacket(b.scores, packet!, DEFAULT_RUBRIC, layoutOf(b.grid), { expectedMemberId: 'TV01' });
    expect(res.refusals).toEqual([]);
    expect(res.conflicts).toEqual([]);
    expect(res.problems).toEqual([]);
    // Only TV01's rows are written.
    const tv01Rows = new Set(b.scores.filter((s) => s.memberId === 'TV01').map((s) => s.row - 1));
    for (const w of res.writes) expect(tv01Rows.has(w.row)).toBe(true);
    const after = readScores(applyWrites(b.grid, res.writes), DEFAULT_RUBRIC).filter((s) => s.memberId === 'TV01');
    expect(after.map((s) => [s.initiativeId, s.scores, s.comment, s.conflict])).toEqual([
      ['SK-0001', { TM: 250, HQ: 325, AD: 205 }, 'Rất tốt', false],
      ['SK-0002', { TM: null, HQ: null, AD: null }, '', true],
      ['SK-0003', { TM: 0, HQ: null, AD: null }, '', false],
    ]);
    // Collecting the same packet again changes nothing and lists nothing.
    const again = collectPacket(
      readScores(applyWrites(b.grid, res.writes), DEFAULT_RUBRIC),
      packet!,
      DEFAULT_RUBRIC,
      layoutOf(b.grid),
    );
    expect(again.writes).toEqual([]);
    expect(again.conflicts).toEqual([]);
  });

  it('refuses a packet for another reviewer', () => {
    const b = book();
    const { packet } = readPacket(returned('TV02', [{ row: 5, col: 6, value: 10 }]));
    const res = collectPacket(b.scores, packet!, DEFAULT_RUBRIC, layoutOf(b.grid), { expectedMemberId: 'TV01' });
    expect(res.refusals.map((p) => p.code)).toEqual(['council.packet.wrongReviewer']);
    expect(res.writes).toEqual([]);
  });

  it('refuses a packet whose ids were changed, whose rows were removed, or whose marker names someone else', () => {
    const b = book();
    const changed = readPacket(returned('TV01', [{ row: 5, col: 1, value: 'SK-0009' }])).packet!;
    expect(changed.intact).toBe(false);
    expect(collectPacket(b.scores, changed, DEFAULT_RUBRIC, layoutOf(b.grid)).refusals.map((p) => p.code)).toEqual([
      'council.packet.tampered',
    ]);

    const [sheet, meta] = returned('TV01', []);
    const shortened = readPacket([{ ...sheet!, values: sheet!.values.slice(0, 7) }, meta!]).packet!;
    expect(shortened.intact).toBe(false);

    const relabelled = readPacket([sheet!, applyWrites(meta!, [{ row: 1, col: 1, value: 'TV02' }])]).packet!;
    expect(relabelled.memberId).toBe('TV02');
    expect(collectPacket(b.scores, relabelled, DEFAULT_RUBRIC, layoutOf(b.grid)).refusals.map((p) => p.code)).toEqual([
      'council.packet.tampered',
    ]);
  });

  it('lists a score that differs from one already entered and never overwrites it', () => {
    const b = book();
    const entered = applyWrites(b.grid, [
      { row: 1, col: 2, value: 20 },
      { row: 1, col: 6, value: 'Khá' },
    ]);
    const scores = readScores(entered, DEFAULT_RUBRIC);
    const { packet } = readPacket(
      returned('TV01', [
        { row: 5, col: 6, value: 22 },
        { row: 5, col: 7, value: 30 },
        { row: 5, col: 10, value: 'Tốt' },
      ]),
    );
    const res = collectPacket(scores, packet!, DEFAULT_RUBRIC, layoutOf(entered));
    expect(res.conflicts).toEqual([
      { initiativeId: 'SK-0001', memberId: 'TV01', row: 2, column: 'C', field: 'TM', existing: 20, incoming: 22 },
      {
        initiativeId: 'SK-0001',
        memberId: 'TV01',
        row: 2,
        column: 'G',
        field: 'Nhận xét',
        existing: 'Khá',
        incoming: 'Tốt',
      },
    ]);
    expect(res.writes).toEqual([{ row: 1, col: 3, value: 30 }]);
    expect(res.problems.map((p) => p.code)).toEqual(['council.packet.differs']);
  });

  it('skips a score out of range or not a number, with a problem at the packet cell', () => {
    const b = book();
    const { packet } = readPacket(
      returned('TV01', [
        { row: 5, col: 6, value: 31 },
        { row: 6, col: 7, value: 'bảy' },
        { row: 7, col: 8, value: 7.25 },
      ]),
    );
    const res = collectPacket(b.scores, packet!, DEFAULT_RUBRIC, layoutOf(b.grid));
    expect(res.writes).toEqual([]);
    expect(res.problems.map((p) => [p.code, p.sheet, p.row, p.column])).toEqual([
      ['council.packet.scoreInvalid', 'Phiếu chấm', 6, 'G'],
      ['council.packet.scoreInvalid', 'Phiếu chấm', 7, 'H'],
      ['council.packet.scoreInvalid', 'Phiếu chấm', 8, 'I'],
    ]);
  });

  it('pre-fills scores already entered so a reviewer continues where they were', () => {
    const b = book();
    const scores = readScores(applyWrites(b.grid, [{ row: 1, col: 2, value: 12.5 }]), DEFAULT_RUBRIC);
    const [sheet] = packetPlans('TV01', pairs, initiatives, DEFAULT_RUBRIC, { scores });
    expect(sheet!.rows[5]?.[6]).toBe(12.5);
  });

  it('says a workbook without the marker is not a packet', () => {
    expect(
      readPacket([planToGrid(scoreSheetPlan(pairs, DEFAULT_RUBRIC, [], initiatives).plan)]).problems.map((p) => p.code),
    ).toEqual(['council.packet.markerMissing']);
  });
});
