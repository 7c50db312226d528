import { describe, expect, it } from 'vitest';
import { councilSheetPlan, readCouncil } from './members';
import { gridOf, member, planToGrid } from '../../../test/council/builders';

describe('readCouncil', () => {
  it('reads back exactly the members councilSheetPlan wrote', () => {
    const members = [
      member('TV01', [], 'Chủ tịch', 'Nguyễn Văn An'),
      member('TV02', ['LĐLĐ huyện Châu Thành', 'Công đoàn ngành Y tế'], 'Phó Chủ tịch', 'Lê Thị Hòa'),
      member('TV03', [], 'Thư ký', 'Trần Văn Bình'),
    ];
    const { members: read, problems } = readCouncil(planToGrid(councilSheetPlan(members)));
    expect(problems).toEqual([]);
    expect(read).toEqual(members);
  });

  it('finds the header under a title, in any column order, without diacritics', () => {
    const grid = gridOf('HĐ', [
      ['DANH SÁCH HỘI ĐỒNG'],
      [],
      ['vai tro', 'HO VA TEN', 'ma tv', 'khong cham don vi'],
      ['uỷ viên', 'Phạm Thị Thuỷ', 'TV09', 'LĐLĐ TP Rạch Giá;  Công đoàn Giáo dục '],
    ]);
    const { members, problems } = readCouncil(grid);
    expect(problems).toEqual([]);
    expect(members).toEqual([
      {
        id: 'TV09',
        name: 'Phạm Thị Thuỷ',
        position: '',
        unit: '',
        role: 'Ủy viên',
        excludedUnits: ['LĐLĐ TP Rạch Giá', 'Công đoàn Giáo dục'],
      },
    ]);
  });

  it('reports duplicate ids, empty names, unknown roles and unknown unions at their cells', () => {
    const grid = gridOf('Hội đồng', [
      ['Mã TV', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Vai trò', 'Không chấm đơn vị'],
      ['TV01', 'A', '', '', 'Chủ tịch', 'LĐLĐ huyện Giồng Riềng'],
      ['TV01', 'B', '', '', 'Ủy viên', ''],
      ['TV02', '', '', '', 'Trưởng ban', 'Không có đơn vị này'],
      ['', 'C', '', '', '', ''],
      ['TV03', 'D', '', '', '', ''],
    ]);
    const { members, problems } = readCouncil(grid, ['LĐLĐ huyện Giồng Riềng']);
    expect(members.map((m) => [m.id, m.role])).toEqual([
      ['TV01', 'Chủ tịch'],
      ['TV02', 'Ủy viên'],
      ['TV03', 'Ủy viên'],
    ]);
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['council.member.idDuplicate', 3, 'A'],
      ['council.member.nameEmpty', 4, 'B'],
      ['council.member.roleUnknown', 4, 'E'],
      ['council.member.unitUnknown', 4, 'F'],
      ['council.member.idEmpty', 5, 'A'],
      ['council.member.roleEmpty', 6, 'E'],
    ]);
  });

  it('says the sheet is missing or headerless rather than throwing', () => {
    expect(readCouncil(null).problems.map((p) => p.code)).toEqual(['council.members.sheetMissing']);
    expect(readCouncil(gridOf('Hội đồng', [['x', 'y']])).problems.map((p) => p.code)).toEqual([
      'council.members.headerMissing',
    ]);
  });

  it('writes a role list validation and frozen header for the clerk', () => {
    const plan = councilSheetPlan([]);
    expect(plan.rows).toEqual([['Mã TV', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Vai trò', 'Không chấm đơn vị']]);
    expect(plan.role).toBe('council');
    expect(plan.freeze).toEqual({ rows: 1, columns: 0 });
    expect(plan.validations?.[0]?.rule).toMatchObject({
      kind: 'list',
      items: ['Chủ tịch', 'Phó Chủ tịch', 'Ủy viên', 'Thư ký'],
    });
  });
});
