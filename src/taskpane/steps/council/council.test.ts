// The council step against the simulated Excel: what the pane edits and saves reads back the same
// from the sheets, and the step lists only the problems of its own sheets.
import { describe, expect, it } from 'vitest';
import { ensureCouncilSheets, saveMembers, saveRules } from '../../../app/council';
import { commitImport, previewImport } from '../../../app/import';
import { createSimulatedExcel } from '../../../workbench/excel-sim';
import { seedSample } from '../../../workbench/sample';
import { createOfficePort } from '../../../workbook/office';
import { checkMembers, checkRules, memberDrafts, newMember, rulesDraft } from './logic';
import { readCouncilSnapshot } from './useCouncil';

function sample(): ReturnType<typeof createOfficePort> {
  const sim = createSimulatedExcel();
  seedSample(sim.state, { count: 40 });
  return createOfficePort((batch) => sim.run(batch), { isSetSupported: (s, v) => sim.isSetSupported(s, v) });
}

async function imported(): Promise<ReturnType<typeof createOfficePort>> {
  const port = sample();
  await commitImport(port, await previewImport(port));
  return port;
}

describe('the council step over a workbook', () => {
  it('says which sheets are missing before they are created, and has none missing after', async () => {
    const port = sample();
    const before = await readCouncilSnapshot(port);
    expect(before.hasConfig).toBe(false);
    expect((await ensureCouncilSheets(port)).created).toEqual(['config']);
    const after = await readCouncilSnapshot(port);
    expect(after.hasConfig && after.hasCouncil).toBe(true);
  });

  it('saves an added member with a conflict union and reads it back unchanged', async () => {
    const port = await imported();
    await ensureCouncilSheets(port);
    const snap = await readCouncilSnapshot(port);
    const drafts = memberDrafts(snap.members);
    const union = snap.units[0];
    if (union === undefined) throw new Error('the imported sample has no unions');
    const added = { ...newMember(99, drafts), name: 'Lê Văn Mới', role: 'Thư ký' as const, excludedUnits: [union] };
    const { members, check } = checkMembers([...drafts, added], snap.units, snap.councilSheet);
    expect(check.errors).toBe(0);
    await saveMembers(port, members);
    const again = await readCouncilSnapshot(port);
    expect(again.members).toEqual(members);
    expect(again.members.at(-1)).toMatchObject({ name: 'Lê Văn Mới', role: 'Thư ký', excludedUnits: [union] });
  });

  it('saves a changed pass mark to Cấu hình and reads it back', async () => {
    const port = sample();
    await ensureCouncilSheets(port);
    const snap = await readCouncilSnapshot(port);
    const draft = rulesDraft(snap.rules);
    const { rules } = checkRules({ ...draft, values: { ...draft.values, diem_dat: '55' } }, snap.configSheet);
    await saveRules(port, rules);
    const again = await readCouncilSnapshot(port);
    expect(again.rules.passMarkHundredths).toBe(5500);
    expect(again.problems).toEqual([]);
  });

  it('lists a role typed by hand into Hội đồng at its cell, and none of the register problems', async () => {
    const port = sample();
    await ensureCouncilSheets(port);
    const row = (await readCouncilSnapshot(port)).members.length + 1;
    const cells = ['TV98', 'Người Tay', '', '', 'Trưởng ban'].map((value, col) => ({ row, col, value }));
    await port.apply([{ kind: 'writeCells', sheet: 'Hội đồng', cells }]);
    const snap = await readCouncilSnapshot(port);
    expect(snap.problems.map((p) => [p.code, p.sheet, p.row, p.column])).toEqual([
      ['council.member.roleUnknown', 'Hội đồng', row + 1, 'E'],
    ]);
  });
});
