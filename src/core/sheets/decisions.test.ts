import { describe, expect, it } from 'vitest';
import type { SheetGrid } from '../sheet/grid';
import {
  DECISION_HEADERS,
  decisionCellWrites,
  decisionsSheetPlan,
  locateDecisions,
  parseRuling,
  readDecisions,
  RULINGS,
} from './decisions';
import type { RankResult } from '../ranking/types';

describe('reading "Quyết định"', () => {
  it('reads tier names and "Không xếp giải" as typed, skips rows not ruled on yet, and reports the rest', () => {
    const grid: SheetGrid = {
      name: 'Quyết định',
      values: [
        ['QUYẾT ĐỊNH CỦA HỘI ĐỒNG'],
        [],
        ['Mã SK', 'Quyết định', 'Ghi chú'],
        ['SK-0003', 'giai nhi', 'Hiệu quả cao'],
        ['SK-0004', 'Không xếp giải', ''],
        ['SK-0005', '', 'chưa họp'],
        ['SK-0006', 'Giải đặc biệt', ''],
        ['', 'Ba', ''],
      ],
    };
    const res = readDecisions(grid);
    expect(res.decisions).toEqual([
      { row: 4, initiativeId: 'SK-0003', ruling: 'Nhì', note: 'Hiệu quả cao' },
      { row: 5, initiativeId: 'SK-0004', ruling: 'Không xếp giải', note: '' },
    ]);
    expect(res.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['ranking.decisions.unknownRuling', 7, 'B'],
      ['ranking.decisions.missingId', 8, 'A'],
    ]);
  });

  it('treats a missing sheet as no rulings', () => {
    expect(readDecisions(null)).toEqual({ decisions: [], problems: [] });
  });

  it('knows the usual spellings of each ruling', () => {
    expect(parseRuling('Nhất')).toBe('Nhất');
    expect(parseRuling('KK')).toBe('Khuyến khích');
    expect(parseRuling('giải khuyến khích')).toBe('Khuyến khích');
    expect(parseRuling('không')).toBe('Không xếp giải');
    expect(parseRuling('Tư')).toBeNull();
  });
});

describe('the "Quyết định" template', () => {
  it('keeps every ruling and can be read back to the same rulings', () => {
    const existing = [
      { row: 4, initiativeId: 'SK-0003', ruling: 'Nhì' as const, note: 'Hiệu quả cao' },
      { row: 5, initiativeId: 'SK-0004', ruling: 'Không xếp giải' as const, note: '' },
    ];
    const plan = decisionsSheetPlan(existing);
    const values = plan.rows.map((r) => r.map((v) => (typeof v === 'object' && v !== null ? null : v)));
    const back = readDecisions({ name: plan.name, values });
    expect(back.decisions.map((d) => [d.initiativeId, d.ruling, d.note])).toEqual([
      ['SK-0003', 'Nhì', 'Hiệu quả cao'],
      ['SK-0004', 'Không xếp giải', ''],
    ]);
    expect(plan.validations?.[0]?.rule).toMatchObject({
      kind: 'list',
      items: ['Nhất', 'Nhì', 'Ba', 'Khuyến khích', 'Không xếp giải'],
    });
  });

  it('lists the flagged initiatives not yet ruled on, with the reason', () => {
    const result = {
      initiatives: [
        {
          initiative: { id: 'SK-0007', title: 'Máy gặt cải tiến' },
          flags: [{ code: 'ranking.flag.boundaryTie', params: { tier: 'Nhì', size: 2, free: 1 } }],
          official: 8400,
          rank: 4,
          position: 3,
          walkTier: 'Nhì',
          pending: false,
        },
        {
          initiative: { id: 'SK-0008', title: 'Khác' },
          flags: [],
          official: 8000,
          rank: 6,
          position: 5,
          walkTier: 'Ba',
          pending: false,
        },
      ],
    } as unknown as RankResult;
    const plan = decisionsSheetPlan([], result);
    const body = plan.rows.slice(4);
    expect(body).toHaveLength(1);
    expect(body[0]!.slice(0, 7)).toEqual(['SK-0007', '', '', 'Máy gặt cải tiến', 84, 4, 'Nhì']);
    expect(body[0]![7]).toContain('Đồng hạng tại ranh giới giải Nhì');
  });
});

describe('the words of "Quyết định", both directions', () => {
  it('accepts the header typed many ways, and refuses a sheet without Mã SK or Quyết định', () => {
    const typed: SheetGrid = {
      name: 'Quyết định',
      values: [
        ['Ghi chu', 'QUYET DINH CUA HOI DONG', 'Ma-SK'],
        ['', 'giai ba', 'SK-0007'],
      ],
    };
    expect(locateDecisions(typed)).toMatchObject({
      headerRow: 0,
      idCol: 2,
      rulingCol: 1,
      noteCol: 0,
      hasNoteHeader: true,
    });
    expect(readDecisions(typed).decisions).toEqual([{ row: 2, initiativeId: 'SK-0007', ruling: 'Ba', note: '' }]);
    expect(locateDecisions({ name: 'Q', values: [['Mã SK', 'Giải']] })).toBeNull();
  });

  it('writes the header words it reads, and rulings the pane writes read back as given', () => {
    const plan = decisionsSheetPlan([{ row: 5, initiativeId: 'SK-0003', ruling: 'Nhì', note: '' }]);
    const grid: SheetGrid = {
      name: plan.name,
      values: plan.rows.map((r) => r.map((v) => (typeof v === 'object' ? null : v))),
    };
    const layout = locateDecisions(grid)!;
    expect(grid.values[layout.headerRow]).toEqual(Object.values(DECISION_HEADERS));
    const entries = [
      { initiativeId: 'SK-0003', ruling: null, note: '' },
      { initiativeId: 'SK-0005', ruling: RULINGS[0]!, note: 'Đặc biệt' },
    ];
    const cells = decisionCellWrites(grid, entries)!;
    const values = grid.values.map((l) => [...l]);
    for (const c of cells) {
      while (values.length <= c.row) values.push([]);
      values[c.row]![c.col] = c.value as string | null;
    }
    expect(readDecisions({ name: grid.name, values }).decisions.map((d) => [d.initiativeId, d.ruling, d.note])).toEqual(
      [['SK-0005', 'Nhất', 'Đặc biệt']],
    );
  });
});
