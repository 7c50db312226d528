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

describe('a name followed by its position in the authors cell', () => {
  it('is one author with that position, not two authors', () => {
    expect(splitAuthors('Nguyễn Văn A - Giáo viên')).toMatchObject({ names: ['Nguyễn Văn A'], positions: ['Giáo viên'], unsure: [] });
    expect(splitAuthors('Lê Thị Bích, Kỹ sư môi trường')).toMatchObject({ names: ['Lê Thị Bích'], positions: ['Kỹ sư môi trường'] });
    expect(splitAuthors('Trần Minh Khoa - Phó Hiệu trưởng')).toMatchObject({ names: ['Trần Minh Khoa'], positions: ['Phó Hiệu trưởng'] });
    expect(splitAuthors('NGUYỄN VĂN AN - GV')).toMatchObject({ names: ['NGUYỄN VĂN AN'], positions: ['GV'] });
  });

  it('gives each of several authors their own position', () => {
    expect(splitAuthors('Nguyễn Văn A - Giáo viên; Trần Thị B - Kế toán\nLê C')).toMatchObject({
      names: ['Nguyễn Văn A', 'Trần Thị B', 'Lê C'],
      positions: ['Giáo viên', 'Kế toán', ''],
    });
  });

  it('keeps names that look like positions as names when they begin with a family name', () => {
    // "Trương" folds like "trưởng"; "Công" is a middle name as well as the start of "Công nhân".
    expect(splitAuthors('Lê Văn A - Trương Công Nhân').names).toEqual(['Lê Văn A', 'Trương Công Nhân']);
    expect(splitAuthors('Lê Văn A - Giáo Viên').positions).toEqual(['Giáo Viên']);
  });

  it('lists what is neither a usual position nor shaped like a name, keeping it as written', () => {
    const list = splitAuthors('Nguyễn Văn A - phụ việc kho');
    expect(list.names).toEqual(['Nguyễn Văn A', 'phụ việc kho']);
    expect(list.unsure).toEqual(['phụ việc kho']);
  });

  it('follows a lead author moved to the front', () => {
    expect(splitAuthors('Trần B - Kế toán, Lê Văn A (chủ trì) - Giáo viên')).toMatchObject({ names: ['Lê Văn A', 'Trần B'], positions: ['Giáo viên', 'Kế toán'] });
  });
});
