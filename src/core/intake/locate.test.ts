import { describe, expect, it } from 'vitest';
import type { CellValue, SheetGrid } from '../sheet/grid';
import { chooseSheet, isOwnSheet, locate } from './locate';

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, values, merges: [] });
const REGISTER = ['STT', 'Tên sáng kiến', 'Tác giả', 'Đơn vị công tác', 'Giá trị làm lợi (đồng)'];

describe('locating the register', () => {
  it('finds the header under a title block and reads the data from the row after it', () => {
    const found = locate(
      grid('DS', [
        ['LIÊN ĐOÀN LAO ĐỘNG TỈNH'],
        ['DANH SÁCH SÁNG KIẾN'],
        [],
        REGISTER,
        [1, 'Máy sấy', 'Lê Văn A', 'Công ty A', 1000],
      ]),
    );
    expect(found.header?.first).toBe(3);
    expect(found.header?.dataStart).toBe(4);
    expect(found.header?.mapping.columns.title?.letter).toBe('B');
  });

  it('has no header on a sheet of notes', () => {
    expect(locate(grid('Ghi chú', [['Hạn nộp 30/6'], ['Liên hệ chị Hà']])).header).toBeNull();
  });

  it('chooses the sheet whose header names the most register columns', () => {
    const notes = grid('Ghi chú', [['Tên sáng kiến']]);
    const full = grid('Tổng hợp', [REGISTER]);
    expect(chooseSheet([notes, full], undefined)?.grid.name).toBe('Tổng hợp');
  });

  it('passes over the add-in’s own sheets when another sheet has a register', () => {
    const own = grid('Sáng kiến', [REGISTER]);
    const theirs = grid('DS gửi về', [['STT', 'Tên sáng kiến', 'Tác giả']]);
    expect(isOwnSheet('SÁNG KIẾN')).toBe(true);
    expect(chooseSheet([own, theirs], undefined)?.grid.name).toBe('DS gửi về');
  });

  it('takes the clerk’s sheet by its name, exactly or in another case and spacing, and nothing when it is not there', () => {
    const a = grid('Đợt 1', [REGISTER]);
    const b = grid('Đợt 2', [REGISTER]);
    expect(chooseSheet([a, b], 'Đợt 2')?.grid.name).toBe('Đợt 2');
    expect(chooseSheet([a, b], '  ĐỢT 2 ')?.grid.name).toBe('Đợt 2');
    expect(chooseSheet([a, b], 'Đợt 3')).toBeNull();
  });
});
