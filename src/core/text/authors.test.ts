import { describe, expect, it } from 'vitest';
import { splitAuthors, splitPositions, splitPositionWorkplace } from './authors';

const names = (cell: string): readonly string[] => splitAuthors(cell).names;

describe('splitting an authors cell', () => {
  it('splits on commas, semicolons, " - ", " và " and line breaks', () => {
    expect(names('Lê Văn A, Trần Thị B')).toEqual(['Lê Văn A', 'Trần Thị B']);
    expect(names('Lê Văn A; Trần Thị B;')).toEqual(['Lê Văn A', 'Trần Thị B']);
    expect(names('Lê Văn A - Trần Thị B')).toEqual(['Lê Văn A', 'Trần Thị B']);
    expect(names('Lê Văn A, Trần Thị B và Ngô C')).toEqual(['Lê Văn A', 'Trần Thị B', 'Ngô C']);
    expect(names('Lê Văn A\nTrần Thị B')).toEqual(['Lê Văn A', 'Trần Thị B']);
  });

  it('removes markers like "(chủ trì)" and labels, and numbering of lines', () => {
    expect(names('Phạm Văn Đức (chủ trì),\nBùi Bích Phượng')).toEqual(['Phạm Văn Đức', 'Bùi Bích Phượng']);
    expect(names('Chủ trì: Lê Văn A\nĐồng tác giả: Trần B')).toEqual(['Lê Văn A', 'Trần B']);
    expect(names('1. Lê Văn A\n2. Trần B')).toEqual(['Lê Văn A', 'Trần B']);
  });

  it('puts a lead author marked later in the cell first, and says where each name stood', () => {
    const list = splitAuthors('Trần B, Lê Văn A (chủ trì)');
    expect(list.names).toEqual(['Lê Văn A', 'Trần B']);
    expect(list.order).toEqual([1, 0]);
  });

  it('keeps a single name whole and returns nothing for an empty cell', () => {
    expect(names('  Nguyễn Thu Hương  ')).toEqual(['Nguyễn Thu Hương']);
    expect(names('')).toEqual([]);
  });
});

describe('positions', () => {
  it('take one line per author, or commas when that gives exactly one per author', () => {
    expect(splitPositions('Giáo viên\nNhân viên thư viện', 2)).toEqual(['Giáo viên', 'Nhân viên thư viện']);
    expect(splitPositions('Giáo viên, Tổ trưởng', 2)).toEqual(['Giáo viên', 'Tổ trưởng']);
    expect(splitPositions('Giáo viên, Tổ trưởng', 1)).toEqual(['Giáo viên, Tổ trưởng']);
  });

  it('are split from the workplace where the workplace name begins', () => {
    expect(splitPositionWorkplace('Giáo viên, Trường Tiểu học Rạch Giá 4')).toEqual({ position: 'Giáo viên', workplace: 'Trường Tiểu học Rạch Giá 4' });
    expect(splitPositionWorkplace('Phó Chánh Văn phòng, Văn phòng HĐND và UBND Rạch Giá')).toEqual({
      position: 'Phó Chánh Văn phòng',
      workplace: 'Văn phòng HĐND và UBND Rạch Giá',
    });
    expect(splitPositionWorkplace('Công nhân, Công ty TNHH Bia Carlsberg Việt Nam - Chi nhánh Kiên Giang')).toEqual({
      position: 'Công nhân',
      workplace: 'Công ty TNHH Bia Carlsberg Việt Nam - Chi nhánh Kiên Giang',
    });
    expect(splitPositionWorkplace('Giáo viên, Tổ trưởng, Trường THCS A')).toEqual({ position: 'Giáo viên, Tổ trưởng', workplace: 'Trường THCS A' });
    expect(splitPositionWorkplace('Trường THCS A')).toEqual({ position: '', workplace: 'Trường THCS A' });
  });
});
