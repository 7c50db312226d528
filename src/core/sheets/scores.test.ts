import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '../council/rules';
import { readScoreLayout } from '../council/score-layout';
import { readScoreSheet } from '../ranking/score-sheet';
import type { SheetGrid } from '../sheet/grid';

describe('the words of "Chấm điểm"', () => {
  it('are the same for the reader that writes scores back and the one ranking reads', () => {
    const grid: SheetGrid = {
      name: 'Chấm điểm',
      values: [
        ['BẢNG CHẤM ĐIỂM'],
        [
          'Mã sáng kiến',
          'Ma TV',
          'TM (30 điểm)',
          'HQ (40 điểm)',
          'AD (30 điểm)',
          'Tổng điểm (100)',
          'Ý kiến',
          'Xung đột lợi ích (x)',
        ],
        ['SK-0001', 'TV01', 25, 30, 20, null, 'tốt', ''],
      ],
    };
    const { layout, problems } = readScoreLayout(grid, DEFAULT_RUBRIC);
    expect(problems).toEqual([]);
    expect(layout).toEqual({
      headerRow: 1,
      id: 0,
      member: 1,
      criteria: [
        { code: 'TM', col: 2 },
        { code: 'HQ', col: 3 },
        { code: 'AD', col: 4 },
      ],
      total: 5,
      comment: 6,
      conflict: 7,
    });
    const read = readScoreSheet(grid, DEFAULT_RUBRIC);
    expect(read.problems).toEqual([]);
    expect(read.rows).toMatchObject([
      { row: 3, initiativeId: 'SK-0001', memberId: 'TV01', scores: { TM: 250, HQ: 300, AD: 200 }, comment: 'tốt' },
    ]);
  });
});
