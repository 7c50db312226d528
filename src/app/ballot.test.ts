import { describe, expect, it } from 'vitest';
import type { CellValue, SheetGrid } from '../core/sheet/grid';
import { createSimulatedExcel, type SimulatedExcel } from '../workbench/excel-sim';
import { seedSample } from '../workbench/sample';
import { advanceSample } from '../workbench/stages';
import { createOfficePort } from '../workbook/office';
import type { WorkbookPort } from '../workbook/port';
import { loadCouncilWork, saveVotes } from './ballot';
import { ballotCellWrites, locateBallot, parseVoteInput } from '../core/sheets/ballot';
import { rankAndTier } from './rank';

function grid(values: CellValue[][]): SheetGrid {
  return { name: 'Biểu quyết', values };
}

const SHEET: CellValue[][] = [
  ['BIỂU QUYẾT ĐỀ NGHỊ KHEN THƯỞNG'],
  ['Số thành viên Hội đồng: 9.'],
  [],
  ['STT', 'Họ và tên', 'Đơn vị công tác', 'Mã SK', 'Số phiếu đồng ý', 'Danh sách', 'Kết quả'],
  [1, 'Nguyễn Văn An', 'Trường A', 'SK-0003', null, 'UBND', ''],
  [2, 'Trần Thị Bình', 'Trường B', 'SK-0007', 5, 'UBND', ''],
  [3, 'Lê Văn Cường', 'Trường C', 'SK-0007', null, 'UBND', ''],
];

describe('locating the ballot cells', () => {
  it('finds the header below the title lines and the Mã SK, name and votes columns', () => {
    expect(locateBallot(grid(SHEET))).toEqual({ headerRow: 3, idCol: 3, nameCol: 1, yesCol: 4 });
  });

  it('reads a header typed without diacritics in another column order', () => {
    const g = grid([['Ma SK', 'So phieu dong y', 'Ho va ten'], ['SK-0001', null, 'An']]);
    expect(locateBallot(g)).toEqual({ headerRow: 0, idCol: 0, nameCol: 2, yesCol: 1 });
  });

  it('gives no layout when the votes column is gone', () => {
    expect(locateBallot(grid([['Họ và tên', 'Mã SK'], ['An', 'SK-0001']]))).toBeNull();
  });

  it('writes only the votes cell of the row with the same Mã SK and name', () => {
    const w = ballotCellWrites(grid(SHEET), [
      { initiativeId: 'SK-0007', name: 'Lê Văn Cường', yes: 8 },
      { initiativeId: 'sk-3', name: 'Nguyen Van An', yes: 2 },
    ]);
    expect(w).toEqual({
      cells: [
        { row: 6, col: 4, value: 8 },
        { row: 4, col: 4, value: 2 },
      ],
      notFound: [],
    });
  });

  it('clears a vote with an empty value and says which persons are no longer in the sheet', () => {
    const w = ballotCellWrites(grid(SHEET), [
      { initiativeId: 'SK-0007', name: 'Trần Thị Bình', yes: null },
      { initiativeId: 'SK-0099', name: 'Ai Đó', yes: 3 },
      // Two rows share SK-0007: a name matching neither cannot be placed.
      { initiativeId: 'SK-0007', name: 'Người Khác', yes: 4 },
    ]);
    expect(w?.cells).toEqual([{ row: 5, col: 4, value: null }]);
    expect(w?.notFound.map((e) => e.initiativeId)).toEqual(['SK-0099', 'SK-0007']);
  });

  it('places a retyped name on the only row of its Mã SK', () => {
    const w = ballotCellWrites(grid(SHEET), [{ initiativeId: 'SK-0003', name: 'Nguyễn V. An', yes: 6 }]);
    expect(w?.cells).toEqual([{ row: 4, col: 4, value: 6 }]);
  });
});

describe('what a clerk types as yes votes', () => {
  it('takes an empty box or a whole number from 0 to the number of members', () => {
    expect(parseVoteInput(' ', 9)).toEqual({ ok: true, yes: null });
    expect(parseVoteInput('0', 9)).toEqual({ ok: true, yes: 0 });
    expect(parseVoteInput(' 9 ', 9)).toEqual({ ok: true, yes: 9 });
  });

  it('refuses fractions, signs, words and more votes than members', () => {
    for (const s of ['6.5', '6,5', '-1', 'bảy', '1e1']) expect(parseVoteInput(s, 9)).toEqual({ ok: false, reason: 'notWhole' });
    expect(parseVoteInput('10', 9)).toEqual({ ok: false, reason: 'tooMany' });
  });
});

function portOver(sim: SimulatedExcel): WorkbookPort {
  return createOfficePort((batch) => sim.run(batch));
}

async function rankedBook(count = 60): Promise<{ sim: SimulatedExcel; port: WorkbookPort }> {
  const sim = createSimulatedExcel();
  seedSample(sim.state, { count });
  const port = portOver(sim);
  await advanceSample(sim, port, 'ranked');
  return { sim, port };
}

describe('votes round trip on the simulated Excel', () => {
  it('writes only the votes cells, reads them back with passed or not, and re-ranking keeps them', async () => {
    const { port } = await rankedBook();
    const before = await loadCouncilWork(port);
    const ballot = before.ballot!;
    expect(ballot.members).toBeGreaterThan(0);
    expect(ballot.rows.length).toBeGreaterThanOrEqual(2);
    const [a, b] = ballot.rows as [(typeof ballot.rows)[0], (typeof ballot.rows)[0]];
    const [gridBefore] = await port.readSheets([{ role: 'ballot' }]);

    const saved = await saveVotes(port, [
      { initiativeId: a.initiativeId, name: a.name, yes: ballot.threshold },
      { initiativeId: b.initiativeId, name: b.name, yes: ballot.threshold - 1 },
    ]);
    expect(saved).toMatchObject({ status: 'saved', written: 2, notFound: [] });

    const [gridAfter] = await port.readSheets([{ role: 'ballot' }]);
    const yesCol = locateBallot(gridAfter!)!.yesCol;
    // Every cell but the two votes is as it was.
    gridBefore!.values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (c === yesCol && (r === a.row - 1 || r === b.row - 1)) return;
        expect(gridAfter!.values[r]?.[c] ?? null).toEqual(v);
      }),
    );

    const after = await loadCouncilWork(port);
    const rowA = after.ballot!.rows.find((r) => r.row === a.row)!;
    const rowB = after.ballot!.rows.find((r) => r.row === b.row)!;
    expect([rowA.yes, rowA.outcome]).toEqual([ballot.threshold, 'passed']);
    expect([rowB.yes, rowB.outcome]).toEqual([ballot.threshold - 1, 'failed']);

    const outcome = await rankAndTier(port);
    const proposal = (name: string) => outcome.result.ballot.proposals.find((p) => p.person.name === name);
    expect(proposal(a.name)?.ballot).toBe('passed');
    expect(proposal(b.name)?.ballot).toBe('failed');
    const again = await loadCouncilWork(port);
    expect(again.ballot!.rows.find((r) => r.name === a.name)?.yes).toBe(ballot.threshold);
  });

  it('has no ballot to show before the first ranking', async () => {
    const sim = createSimulatedExcel();
    seedSample(sim.state, { count: 30 });
    const port = portOver(sim);
    await advanceSample(sim, port, 'scored');
    const work = await loadCouncilWork(port);
    expect(work.ballot).toBeNull();
    expect(await saveVotes(port, [{ initiativeId: 'SK-0001', name: 'An', yes: 3 }])).toEqual({ status: 'noSheet' });
  });
});
