// The council sheets through a real .xlsx file (exceljs): what configSheetPlan, councilSheetPlan
// and a packet write is read back unchanged after a save and a reopen, as a clerk's file would be.
import { describe, expect, it } from 'vitest';
import { collectPacket, DEFAULT_RULES, packetPlans, readPacket, scoreSheetPlan } from '../../src/core/council';
import { configSheetPlan, readConfig } from '../../src/core/sheets/config';
import { councilSheetPlan, readCouncil } from '../../src/core/sheets/members';
import { readScoreLayout } from '../../src/core/sheets/scores';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx';
import { initiative, member, readScores, skId } from './builders';

describe('council sheets in a real workbook', () => {
  it('read back rules, council, scores and a packet after save and reopen', async () => {
    const rules = {
      ...DEFAULT_RULES,
      ballotFraction: { num: 3, den: 4 },
      documents: { ...DEFAULT_RULES.documents, date: '2021-05-05' },
    };
    const members = [member('TV01', ['Công đoàn Y tế'], 'Chủ tịch', 'Nguyễn Văn An'), member('TV02'), member('TV03')];
    const initiatives = [1, 2].map((n) => initiative(skId(n)));
    const pairs = initiatives.flatMap((it) => members.map((m) => ({ initiativeId: it.id, memberId: m.id })));
    const book = createXlsx();
    await book.apply([
      { kind: 'writePlan', plan: configSheetPlan(rules) },
      { kind: 'writePlan', plan: councilSheetPlan(members) },
      { kind: 'writePlan', plan: scoreSheetPlan(pairs, rules.rubric, [], initiatives).plan },
    ]);
    const reopened = await openXlsx(await book.toBuffer());
    const [config, council, scores] = await reopened.readSheets([
      { role: 'config' },
      { role: 'council' },
      { role: 'scores' },
    ]);
    expect(readConfig(config ?? null)).toEqual({ rules, problems: [] });
    expect(readCouncil(council ?? null)).toEqual({ members, problems: [] });

    const packet = createXlsx();
    const [sheet, meta] = packetPlans('TV02', pairs, initiatives, rules.rubric);
    await packet.apply([
      { kind: 'writePlan', plan: sheet! },
      { kind: 'writePlan', plan: meta!, visibility: 'hidden' },
    ]);
    const returned = await openXlsx(await packet.toBuffer());
    // The reviewer fills the unlocked cells only.
    await returned.apply([
      {
        kind: 'writeCells',
        sheet: sheet!.name,
        cells: [
          { row: 5, col: 6, value: 27.5 },
          { row: 6, col: 7, value: '31,5' },
        ],
      },
    ]);
    const grids = await returned.readSheets([{ name: sheet!.name }, { name: meta!.name }]);
    const read = readPacket(grids);
    expect(read.packet?.intact).toBe(true);
    const layout = readScoreLayout(scores!, rules.rubric).layout!;
    const res = collectPacket(readScores(scores!, rules.rubric), read.packet!, rules.rubric, layout, {
      expectedMemberId: 'TV02',
    });
    expect(res.refusals).toEqual([]);
    expect(res.writes).toEqual([
      { row: 2, col: 2, value: 27.5 },
      { row: 5, col: 3, value: 31.5 },
    ]);
  });
});
