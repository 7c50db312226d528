// SPEC §3, the shape of the table: header anywhere, one or two rows deep, column-number row, title
// and signature blocks, sections, subtotals, merged cells, hidden columns, sheet choice.

import { describe, expect, it } from 'vitest';
import { readRegister } from '../../src/core/intake';
import { HEADER, plain, read, row, sheet, where } from './build';

describe('finding the table', () => {
  it('finds a header below a title block, steps over the column-number row and ignores the signature block', () => {
    const g = sheet('Tong hop', [
      ['LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG', null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['BAN TUYÊN GIÁO', null, null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
      [],
      ['DANH SÁCH TỔNG HỢP SÁNG KIẾN NĂM 2021'],
      ['(Kèm theo Báo cáo số 58/BC-LĐLĐ của Liên đoàn Lao động tỉnh)'],
      [],
      HEADER,
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      row(1, 'Cải tiến máy gặt', 'Lê Văn Minh', { benefit: 1_000_000 }),
      row(2, 'Số hóa hồ sơ', 'Trần Thị Hoa'),
      [null, 'Cộng: 2 sáng kiến'],
      [null, 'TỔNG CỘNG: 2 sáng kiến'],
      [],
      [null, 'NGƯỜI LẬP BIỂU', null, null, null, 'TM. BAN THƯỜNG VỤ'],
      [null, null, null, null, null, 'PHÓ CHỦ TỊCH'],
      [null, 'Nguyễn Thị Kim Loan', null, null, null, 'Lê Văn Thắng'],
    ]);
    const r = readRegister([g]);
    expect(r.headerRows).toEqual({ first: 7, last: 7 });
    expect(read(r).map((x) => [x.row, x.title])).toEqual([
      [9, 'Cải tiến máy gặt'],
      [10, 'Số hóa hồ sơ'],
    ]);
    expect(r.stats).toEqual({ rows: 2, sections: 0, skipped: 6, duplicates: 0 });
    expect(r.problems).toEqual([]);
  });

  it('reads a two-row header whose group title "Tác giả" is merged over "Họ và tên" and "Chức vụ, đơn vị công tác"', () => {
    const g = sheet(
      'DS',
      [
        ['TỔNG HỢP SÁNG KIẾN'],
        [],
        ['TT', 'Tên sáng kiến', 'Tác giả', null, 'Công đoàn cấp trên trực tiếp', 'Giá trị làm lợi\n(triệu đồng)'],
        [null, null, 'Họ và tên', 'Chức vụ, đơn vị công tác'],
        [1, 'Máy sạ lúa', 'Đặng Đức Sơn', 'Nhân viên, Hợp tác xã nông nghiệp Đông Thái', 'LĐLĐ thành phố Rạch Giá', '92,8'],
      ],
      {
        merges: [
          { row: 0, col: 0, rowCount: 1, colCount: 6 },
          { row: 2, col: 2, rowCount: 1, colCount: 2 },
          { row: 2, col: 0, rowCount: 2, colCount: 1 },
          { row: 2, col: 1, rowCount: 2, colCount: 1 },
          { row: 2, col: 4, rowCount: 2, colCount: 1 },
          { row: 2, col: 5, rowCount: 2, colCount: 1 },
        ],
      },
    );
    const r = readRegister([g]);
    expect(r.headerRows).toEqual({ first: 3, last: 4 });
    expect(Object.fromEntries(Object.entries(r.mapping.columns).map(([f, c]) => [f, c.letter]))).toEqual({
      stt: 'A',
      title: 'B',
      authors: 'C',
      positionWorkplace: 'D',
      unit: 'E',
      benefit: 'F',
    });
    expect(r.mapping.benefitUnit).toBe('million');
    const [i] = r.initiatives;
    expect(i).toMatchObject({ authors: ['Đặng Đức Sơn'], positions: ['Nhân viên'], workplace: 'Hợp tác xã nông nghiệp Đông Thái', benefitVnd: 92_800_000 });
  });

  it('recognises columns in any order, without diacritics, in any case and with typical variants', () => {
    const g = plain(
      [['Trường THCS A', 'Giải pháp X', 'Nguyễn Văn An', 'LĐLĐ huyện An Biên', '1.000.000', 'Tóm tắt ngắn', 'GD-ĐT', 1]],
      {},
      ['  DON VI   CONG TAC ', 'TEN SANG KIEN, GIAI PHAP', 'Tác giả/Nhóm tác giả', 'cong doan cap tren', 'Giá trị làm lợi (đồng/năm)', 'Tóm tắt nội dung', 'linh vuc', 'stt'],
    );
    const r = readRegister([g]);
    expect(read(r)).toEqual([
      { row: 2, title: 'Giải pháp X', authors: 'Nguyễn Văn An', benefit: 1_000_000, unit: 'LĐLĐ huyện An Biên', field: 'gd', workplace: 'Trường THCS A', dup: null },
    ]);
    expect(r.initiatives[0]!.summary).toBe('Tóm tắt ngắn');
  });

  it('steps over a column-number row that carries formulas between the numbers', () => {
    const g = plain([['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)=(6)x(7)'], row(1, 'Giải pháp', 'Lê Văn A')]);
    const r = readRegister([g]);
    expect(r.initiatives.map((i) => i.title)).toEqual(['Giải pháp']);
    expect(r.problems).toEqual([]);
  });

  it('says so when no header names a title column, instead of guessing', () => {
    const r = readRegister([sheet('Ghi chu', [['Các đơn vị gửi về trước ngày 10/4'], ['Họ và tên', 'Điện thoại']])]);
    expect(r.initiatives).toEqual([]);
    expect(where(r)).toEqual(['intake.header.notFound@']);
  });

  it('picks the sheet that looks like a register, skips the add-in\'s own "Sáng kiến", and honours the clerk\'s choice', () => {
    const guidance = sheet('Huong dan', [['Các đơn vị điền đầy đủ thông tin theo mẫu.']]);
    const own = sheet('Sáng kiến', [['Mã SK', 'Tên sáng kiến', 'Tác giả', 'Đơn vị công tác'], ['SK-0001', 'Cũ', 'Lê A', 'Công ty A']]);
    const register = plain([row(1, 'Mới', 'Lê Văn B')]);
    expect(readRegister([guidance, own, register]).sheet).toBe('DS');
    expect(readRegister([guidance, register], { sheet: 'Huong dan' }).problems.map((p) => p.code)).toEqual(['intake.header.notFound']);
    expect(where(readRegister([register], { sheet: 'Không có' }))).toEqual(['intake.sheet.notFound@']);
    expect(where(readRegister([]))).toEqual(['intake.sheet.none@']);
  });

  it('takes the clerk\'s corrections of the mapping: another column, or a field marked not present', () => {
    const g = plain([row(1, 'Giải pháp', 'Lê Văn B', { workplace: 'Công ty A', unit: 'LĐLĐ huyện X' })]);
    const r = readRegister([g], { mapping: { workplace: 5, unit: null } });
    expect(r.mapping.columns.workplace).toMatchObject({ index: 5, letter: 'F', confidence: 1 });
    expect(r.mapping.columns.unit).toBeUndefined();
    expect(r.initiatives[0]).toMatchObject({ workplace: 'LĐLĐ huyện X', unit: '' });
  });
});

describe('sections, subtotals and blank rows', () => {
  it('gives each row the union of the section above it, and skips subtotal, total and blank rows', () => {
    const g = sheet('DS', [
      ['STT', 'Tên sáng kiến', 'Họ và tên tác giả', 'Đơn vị công tác', 'Lĩnh vực'],
      ['I', 'LĐLĐ THÀNH PHỐ RẠCH GIÁ'],
      [1, 'Giải pháp A', 'Lê Văn A', 'Công ty A', 'SXKD'],
      [],
      [2, 'Giải pháp B', 'Lê Văn B', 'Công ty B', 'CCHC'],
      [null, 'Cộng: 2 sáng kiến'],
      ['II', 'CÔNG ĐOÀN NGÀNH GIÁO DỤC'],
      [1, 'Giải pháp C', 'Lê Văn C', 'Trường D', 'GD&ĐT'],
      [null, 'Cộng: 1 sáng kiến'],
      [null, 'TỔNG CỘNG: 3 sáng kiến'],
    ]);
    const r = readRegister([g]);
    expect(read(r).map((x) => [x.title, x.unit, x.field])).toEqual([
      ['Giải pháp A', 'LĐLĐ THÀNH PHỐ RẠCH GIÁ', 'sx'],
      ['Giải pháp B', 'LĐLĐ THÀNH PHỐ RẠCH GIÁ', 'cc'],
      ['Giải pháp C', 'CÔNG ĐOÀN NGÀNH GIÁO DỤC', 'gd'],
    ]);
    expect(r.stats).toMatchObject({ rows: 3, sections: 2, skipped: 4 });
  });

  it('gives each row the field of a "LĨNH VỰC" section when the register has no field column', () => {
    const g = sheet(
      'DS',
      [
        ['TT', 'Tên sáng kiến', 'Họ và tên', 'Đơn vị công tác'],
        ['A. LĨNH VỰC GIÁO DỤC'],
        [1, 'Đồ dùng dạy học', 'Lê Văn Minh', 'Trường A'],
        ['B. LĨNH VỰC AN TOÀN VỆ SINH LAO ĐỘNG'],
        [1, 'Che chắn băng tải', 'Trần Công Việt', 'Công ty B'],
        ['C. LĨNH VỰC KHÁC'],
        [1, 'Hoạt động công đoàn', 'Nguyễn Công Hùng', 'Sở Tư pháp'],
      ],
      { merges: [1, 3, 5].map((r) => ({ row: r, col: 0, rowCount: 1, colCount: 4 })) },
    );
    expect(read(readRegister([g])).map((x) => x.field)).toEqual(['gd', 'at', 'kh']);
  });
});

describe('merged cells', () => {
  it('gives a cell merged down over several rows to each of them', () => {
    const g = plain(
      [
        row(1, 'Giải pháp A', 'Lê Văn A', { unit: 'LĐLĐ huyện Tân Hiệp', workplace: 'Trường Tân Hiệp 3' }),
        [2, 'Giải pháp B', 'Lê Văn B', 'Giáo viên', null, null, 'Giáo dục', null],
        [3, 'Giải pháp C', 'Lê Văn C', 'Giáo viên', null, null, 'Giáo dục', null],
      ],
      { merges: [{ row: 1, col: 4, rowCount: 3, colCount: 1 }, { row: 1, col: 5, rowCount: 3, colCount: 1 }] },
    );
    expect(read(readRegister([g])).map((x) => [x.workplace, x.unit])).toEqual([
      ['Trường Tân Hiệp 3', 'LĐLĐ huyện Tân Hiệp'],
      ['Trường Tân Hiệp 3', 'LĐLĐ huyện Tân Hiệp'],
      ['Trường Tân Hiệp 3', 'LĐLĐ huyện Tân Hiệp'],
    ]);
  });

  it('on an Excel that cannot read merged areas, names the columns that may hold merged cells, once', () => {
    const g = plain(
      [row(1, 'Giải pháp A', 'Lê Văn A'), [2, 'Giải pháp B', 'Lê Văn B', 'Kỹ sư', null, null, 'SXKD', null]],
      { merges: undefined },
    );
    const r = readRegister([g]);
    const info = r.problems.filter((p) => p.code === 'intake.merges.unknown');
    expect(info).toEqual([{ code: 'intake.merges.unknown', severity: 'info', sheet: 'DS', row: null, column: null, params: { columns: 'F, E' } }]);
    expect(r.initiatives[1]).toMatchObject({ workplace: '', unit: '' });
  });
});

describe('co-authors one per row', () => {
  it('adds authors listed on the rows under a title merged down to that one initiative', () => {
    const g = plain(
      [
        [1, 'Giải pháp A', 'Lê Văn A', 'Giáo viên', 'Trường X', 'LĐLĐ huyện Y', 'Giáo dục', 5_000_000],
        [null, null, 'Trần Thị B', 'Kế toán', null, null, null, null],
        [null, null, 'Ngô C', 'Nhân viên', null, null, null, null],
        [null, null, null, null, null, null, null, null],
        [2, 'Giải pháp D', 'Đỗ D', 'Kỹ sư', 'Công ty Z', 'LĐLĐ huyện Y', 'SXKD', null],
      ],
      {
        merges: [0, 1, 4, 5, 6, 7].map((col) => ({ row: 1, col, rowCount: 4, colCount: 1 })),
      },
    );
    const r = readRegister([g]);
    expect(r.initiatives.map((i) => [i.title, i.authors, i.positions, i.benefitVnd])).toEqual([
      ['Giải pháp A', ['Lê Văn A', 'Trần Thị B', 'Ngô C'], ['Giáo viên', 'Kế toán', 'Nhân viên'], 5_000_000],
      ['Giải pháp D', ['Đỗ D'], ['Kỹ sư'], null],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('does the same when the title cell is simply left blank under it (merges unknown)', () => {
    const g = plain([row(1, 'Giải pháp A', 'Lê Văn A'), [null, null, 'Trần Thị B', 'Kế toán'], row(2, 'Giải pháp D', 'Đỗ D')], { merges: undefined });
    expect(readRegister([g]).initiatives.map((i) => i.authors)).toEqual([['Lê Văn A', 'Trần Thị B'], ['Đỗ D']]);
  });

  it('does not take a signature line in the authors column, right under the last row, for a co-author', () => {
    const g = plain([row(1, 'Giải pháp A', 'Lê Văn A'), [null, null, 'NGƯỜI LẬP BIỂU', null, null, 'TM. BAN THƯỜNG VỤ'], [null, null, 'Nguyễn Thị Kim Loan']]);
    expect(readRegister([g]).initiatives.map((i) => i.authors)).toEqual([['Lê Văn A']]);
  });

  it('keeps rows that share only a merged workplace or union as separate initiatives', () => {
    const g = plain([row(1, 'Giải pháp A', 'Lê Văn A'), [2, 'Giải pháp B', 'Trần B', 'Kỹ sư', null, null, 'SXKD', null]], {
      merges: [4, 5].map((col) => ({ row: 1, col, rowCount: 2, colCount: 1 })),
    });
    expect(readRegister([g]).initiatives.map((i) => [i.title, i.authors])).toEqual([
      ['Giải pháp A', ['Lê Văn A']],
      ['Giải pháp B', ['Trần B']],
    ]);
  });
});

describe('hidden columns and formula errors', () => {
  it('ignores a hidden helper column and #N/A where nothing depends on it, but reports #N/A where it matters', () => {
    const g = sheet(
      'DS',
      [
        ['STT', 'Tên sáng kiến', 'Tên sáng kiến (tra cứu)', 'Tác giả', 'Đơn vị công tác', 'Giá trị làm lợi (đồng)', 'Mã tra cứu'],
        [1, 'Giải pháp A', { error: '#N/A' }, 'Lê Văn A', 'Công ty A', 5_000_000, { error: '#N/A' }],
        [2, 'Giải pháp B', { error: '#N/A' }, 'Lê Văn B', { error: '#REF!' }, { error: '#N/A' }, { error: '#N/A' }],
      ],
      { hiddenColumns: [2] },
    );
    const r = readRegister([g]);
    expect(r.mapping.columns.title?.letter).toBe('B');
    expect(read(r).map((x) => [x.title, x.benefit])).toEqual([
      ['Giải pháp A', 5_000_000],
      ['Giải pháp B', null],
    ]);
    expect(where(r)).toEqual(['intake.cell.error@E3', 'intake.workplace.missing@E3', 'intake.money.error@F3']);
  });
});
