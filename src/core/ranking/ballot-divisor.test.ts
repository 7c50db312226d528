// SPEC §4: the ballot passes with yes ≥ ⌈fraction × the rows of "Hội đồng"⌉, also counting rows
// whose Mã TV is empty or repeated (they name no member the ranking can use, but they sit).

import { describe, expect, it } from 'vitest';
import { gridOf } from '../../../test/council/builders';
import { initiative, reviewsWithTotals, rules, skId } from '../../../test/ranking/builders';
import { councilRows, readCouncil } from '../sheets/members';
import { rank } from './rank';

describe('the ballot divisor', () => {
  it('is the rows of "Hội đồng", not the members read', () => {
    const grid = gridOf('Hội đồng', [
      ['Mã TV', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Vai trò', 'Không chấm đơn vị'],
      ['TV01', 'Nguyễn Văn An', '', '', 'Chủ tịch', ''],
      ['TV02', 'Lê Thị Hòa', '', '', 'Ủy viên', ''],
      ['TV03', 'Trần Văn Bình', '', '', 'Thư ký', ''],
      ['', 'Phạm Thị Thuỷ', '', '', 'Ủy viên', ''],
      ['TV03', 'Võ Văn Cường', '', '', 'Ủy viên', ''],
      [],
      ['TV04', 'Đỗ Thị Lan', '', '', 'Ủy viên', ''],
    ]);
    const council = readCouncil(grid);
    expect(council.members.map((m) => m.id)).toEqual(['TV01', 'TV02', 'TV03', 'TV04']);
    const rows = councilRows(grid);
    expect(rows).toBe(6);
    const ids = council.members.map((m) => m.id);
    const input = {
      initiatives: [initiative(1)],
      members: council.members,
      rules: rules(),
      scores: reviewsWithTotals(skId(1), [90, 90, 90], ids),
    };
    // ⌈2/3 × 6⌉ = 4, where the 4 members read would give ⌈8/3⌉ = 3.
    expect(rank({ ...input, councilRows: rows }).ballot).toMatchObject({ members: 6, threshold: 4 });
    expect(rank(input).ballot).toMatchObject({ members: 4, threshold: 3 });
  });
});
