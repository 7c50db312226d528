// SPEC §3, the values in the cells: money in every form, authors, position and workplace together,
// legacy encodings, NFD, field abbreviations, duplicates with either tone placement.

import { describe, expect, it } from 'vitest';
import { readRegister } from '../../src/core/intake';
import type { CellValue } from '../../src/core/sheet/grid';
import { HEADER, plain, read, row, sheet, where } from './build';

describe('money', () => {
  it('reads every form registers use, in whole đồng, and words as no amount', () => {
    const forms: [string | number | null, number | null][] = [
      [25_200_000, 25_200_000],
      ['1.250.000.000', 1_250_000_000],
      ['1.250.000.000 đ', 1_250_000_000],
      ['1,2 tỷ', 1_200_000_000],
      ['350 triệu đồng', 350_000_000],
      ['16,4 triệu', 16_400_000],
      ['42.300.000 đồng/năm', 42_300_000],
      ['Không tính được bằng tiền', null],
      ['Chưa tính được', null],
      ['-', null],
      [null, null],
    ];
    const r = readRegister([plain(forms.map(([v], i) => row(i + 1, `Giải pháp ${i + 1}`, `Tác giả ${i + 1}`, { benefit: v })))]);
    expect(read(r).map((x) => x.benefit)).toEqual(forms.map(([, want]) => want));
    expect(r.problems).toEqual([]);
  });

  it('scales a column by the unit in its header: "85,5" and "1.390" in a millions column', () => {
    const header = [...HEADER.slice(0, 7), 'Giá trị làm lợi (triệu đồng)'];
    const r = readRegister([plain([row(1, 'A', 'Lê A', { benefit: '85,5' }), row(2, 'B', 'Lê B', { benefit: '1.390' }), row(3, 'C', 'Lê C', { benefit: 24.7 })], {}, header)]);
    expect(read(r).map((x) => x.benefit)).toEqual([85_500_000, 1_390_000_000, 24_700_000]);
  });

  it('reads an estimate ("Khoảng 50 triệu") as its amount and a benefit column named "Hiệu quả (đồng)"', () => {
    const header = [...HEADER.slice(0, 7), 'Hiệu quả (đồng)'];
    const r = readRegister([plain([row(1, 'A', 'Lê A', { benefit: 'Khoảng 50 triệu' }), row(2, 'B', 'Lê B', { benefit: '50 - 60 triệu' })], {}, header)]);
    expect(r.mapping.columns.benefit?.letter).toBe('H');
    expect(read(r).map((x) => x.benefit)).toEqual([50_000_000, null]);
    expect(where(r)).toEqual(['intake.money.unreadable@H3']);
  });

  it('scales thousands and billions columns too', () => {
    const thousands = [...HEADER.slice(0, 7), 'Giá trị làm lợi (nghìn đồng)'];
    const billions = [...HEADER.slice(0, 7), 'Giá trị làm lợi (tỷ đồng)'];
    expect(read(readRegister([plain([row(1, 'A', 'Lê A', { benefit: '2.500' })], {}, thousands)]))[0]!.benefit).toBe(2_500_000);
    expect(read(readRegister([plain([row(1, 'A', 'Lê A', { benefit: '1,25' })], {}, billions)]))[0]!.benefit).toBe(1_250_000_000);
  });

  it('reports an ambiguous or unreadable amount at its cell, never guessing', () => {
    const header = [...HEADER.slice(0, 7), 'Giá trị làm lợi (triệu đồng)'];
    const r = readRegister([plain([row(1, 'A', 'Lê A', { benefit: '1.5' }), row(2, 'B', 'Lê B', { benefit: '30 USD' }), row(3, 'C', 'Lê C', { benefit: 'Đang cập nhật' })], {}, header)]);
    expect(read(r).map((x) => x.benefit)).toEqual([null, null, null]);
    expect(r.problems).toMatchInlineSnapshot(`
      [
        {
          "code": "intake.money.ambiguous",
          "column": "H",
          "params": {
            "value": "1.5",
          },
          "row": 2,
          "severity": "error",
          "sheet": "DS",
        },
        {
          "code": "intake.money.unreadable",
          "column": "H",
          "params": {
            "value": "30 USD",
          },
          "row": 3,
          "severity": "error",
          "sheet": "DS",
        },
        {
          "code": "intake.money.text",
          "column": "H",
          "params": {
            "value": "Đang cập nhật",
          },
          "row": 4,
          "severity": "info",
          "sheet": "DS",
        },
      ]
    `);
    expect(r.initiatives[0]!.checks).toEqual(['intake.money.ambiguous']);
  });
});

describe('authors', () => {
  it('splits co-authors on every separator, removes "(chủ trì)", and keeps positions with their authors', () => {
    const cells = [
      'Lê Văn A, Trần Thị B',
      'Lê Văn A; Trần Thị B',
      'Lê Văn A - Trần Thị B',
      'Lê Văn A và Trần Thị B',
      'Lê Văn A\nTrần Thị B',
      'Lê Văn A (chủ trì),\nTrần Thị B',
    ];
    const r = readRegister([plain(cells.map((c, i) => row(i + 1, `Giải pháp ${i}`, c, { position: 'Giáo viên\nKế toán' })))]);
    for (const i of r.initiatives) {
      expect(i.authors).toEqual(['Lê Văn A', 'Trần Thị B']);
      expect(i.positions).toEqual(['Giáo viên', 'Kế toán']);
    }
  });

  it('drops degrees and forms of address written before a name', () => {
    const r = readRegister([plain([row(1, 'Giải pháp', 'ThS. Nguyễn Văn A, PGS.TS. Trần B\nBS.CKI Lê C; Đ/c Ngô D')])]);
    expect(r.initiatives[0]!.authors).toEqual(['Nguyễn Văn A', 'Trần B', 'Lê C', 'Ngô D']);
  });

  it('reads a separate co-authors column after the lead author', () => {
    const g = sheet('DS', [
      ['STT', 'Tên sáng kiến', 'Tác giả', 'Đồng tác giả', 'Đơn vị công tác'],
      [1, 'Giải pháp', 'Lê Văn A', 'Trần B, Ngô C', 'Công ty A'],
    ]);
    expect(readRegister([g]).initiatives[0]!.authors).toEqual(['Lê Văn A', 'Trần B', 'Ngô C']);
  });

  it('splits position and workplace given in one cell', () => {
    const g = sheet('DS', [
      ['STT', 'Tên sáng kiến', 'Họ và tên tác giả', 'Chức vụ, đơn vị công tác'],
      [1, 'Giải pháp', 'Lê Văn A', 'Tổ trưởng chuyên môn, Trường Đại học Kiên Giang'],
      [2, 'Giải pháp 2', 'Lê Văn B', 'Phó Chánh Văn phòng, Văn phòng HĐND và UBND Rạch Giá'],
    ]);
    expect(readRegister([g]).initiatives.map((i) => [i.positions, i.workplace])).toEqual([
      [['Tổ trưởng chuyên môn'], 'Trường Đại học Kiên Giang'],
      [['Phó Chánh Văn phòng'], 'Văn phòng HĐND và UBND Rạch Giá'],
    ]);
  });

  it('reports a row with an item number but no title, and one without an author', () => {
    const r = readRegister([plain([row(1, '', 'Lê Văn A'), row(2, 'Giải pháp', '')])]);
    expect(where(r)).toEqual(['intake.title.missing@B2', 'intake.author.missing@C3']);
  });
});

describe('Vietnamese text as typed', () => {
  it('converts TCVN3 (.VnTime) cells, lists every conversion, and leaves Unicode cells in the same font alone', () => {
    const g = plain([row(1, 'Sè hãa hå s¬ l\u00adu tr÷', 'NguyÔn Quèc Nam,\nD\u00ad¬ng BÝch H»ng', { workplace: 'Së T\u00ad ph¸p', benefit: 'Không tính được' })], {
      fonts: [1, 2, 4, 7].map((c) => [1, c, '.VnTime'] as [number, number, string]),
      defaultFont: 'Times New Roman',
    });
    const r = readRegister([g]);
    expect(r.initiatives[0]).toMatchObject({
      title: 'Số hóa hồ sơ lưu trữ',
      authors: ['Nguyễn Quốc Nam', 'Dương Bích Hằng'],
      workplace: 'Sở Tư pháp',
      benefitVnd: null,
    });
    expect(r.conversions.map((c) => `${c.column}${c.row} ${c.encoding}`)).toEqual(['B2 tcvn3', 'C2 tcvn3', 'E2 tcvn3']);
    expect(where(r)).toEqual(['intake.encoding.font@B2']);
  });

  it('reads a register typed wholly in TCVN3: header, sections and subtotals included', () => {
    const vn = (rows: (string | number | null)[][]): [number, number, string][] =>
      rows.flatMap((r, i) => r.map((_, c) => [i, c, '.VnTime'] as [number, number, string]));
    const rows = [
      ['STT', 'Tªn s¸ng kiÕn', 'Hä vµ tªn t¸c gi¶', '§¬n vÞ c«ng t¸c', 'Gi¸ trÞ lµm lîi (®ång)'],
      ['I', 'L§L§ huyÖn An Biªn'],
      [1, 'Sè hãa hå s¬', 'NguyÔn V¨n Khoa', 'Chi côc ThuÕ An Biªn', '12.000.000 ®ång'],
      [null, 'Céng: 1 s¸ng kiÕn'],
    ];
    const r = readRegister([sheet('DS', rows, { fonts: vn(rows) })]);
    expect(read(r)).toEqual([
      { row: 3, title: 'Số hóa hồ sơ', authors: 'Nguyễn Văn Khoa', benefit: 12_000_000, unit: 'LĐLĐ huyện An Biên', field: null, workplace: 'Chi cục Thuế An Biên', dup: null },
    ]);
    expect(r.stats).toMatchObject({ sections: 1, skipped: 1 });
  });

  it('converts VNI-Windows cells by their character profile', () => {
    const r = readRegister([plain([row(1, 'Söû duïng maùy tính', 'Nguyeãn Vaên Hoøa', { workplace: 'Tröôøng Ñaïi hoïc Caàn Thô' })])]);
    expect(r.initiatives[0]).toMatchObject({ title: 'Sử dụng máy tính', authors: ['Nguyễn Văn Hòa'], workplace: 'Trường Đại học Cần Thơ' });
    expect(new Set(r.conversions.map((c) => c.encoding))).toEqual(new Set(['vni']));
  });

  it('stores decomposed Unicode (NFD) composed (NFC) with stray spaces trimmed', () => {
    const r = readRegister([plain([row(1, '  Giải pháp tưới tiết kiệm  '.normalize('NFD'), ' Nguyễn Thị Thảo '.normalize('NFD'))])]);
    expect(r.initiatives[0]!.title).toBe('Giải pháp tưới tiết kiệm');
    expect(r.initiatives[0]!.authors).toEqual(['Nguyễn Thị Thảo']);
    expect(r.conversions).toEqual([]);
  });

  it('maps field names and their usual abbreviations to the canonical list, and reports an unknown one', () => {
    const written = ['SXKD', 'GD-ĐT', 'GD&ĐT', 'CCHC', 'ATVSLĐ', 'YT', 'MT', 'NN', 'Khác', 'giáo dục và đào tạo', 'Y tế', 'Du lịch vũ trụ'];
    const r = readRegister([plain(written.map((f, i) => row(i + 1, `Giải pháp ${i}`, `Tác giả ${i}`, { field: f })))]);
    expect(read(r).map((x) => x.field)).toEqual(['sx', 'gd', 'gd', 'cc', 'at', 'yt', 'mt', 'nn', 'kh', 'gd', 'yt', null]);
    expect(where(r)).toEqual(['intake.field.unknown@G13']);
  });

  it('takes field aliases from "Cấu hình"', () => {
    const r = readRegister([plain([row(1, 'A', 'Lê A', { field: 'Chuyển đổi số' })])], { fieldAliases: { 'chuyen doi so': 'cc' } });
    expect(r.initiatives[0]!.field).toBe('cc');
  });
});

describe('duplicates', () => {
  it('link the later row to the earlier when title, lead author and workplace agree after normalisation', () => {
    const r = readRegister([
      plain([
        row(1, 'Giải pháp giảm hao hụt', 'Nguyễn Thị Hòa', { workplace: 'Công ty Thủy sản', unit: 'LĐLĐ huyện A' }),
        row(2, 'Khác hẳn', 'Lê B'),
        row(3, '  GIẢI PHÁP giảm hao hụt '.normalize('NFD'), 'Nguyễn Thị Hoà, Trần C', { workplace: 'Công ty Thuỷ sản', unit: 'Công đoàn ngành Y tế' }),
        row(4, 'Giải pháp giảm hao hụt', 'Nguyễn Thị Hòa', { workplace: 'Công ty khác' }),
      ]),
    ]);
    expect(read(r).map((x) => x.dup)).toEqual([null, null, 'SK-0001', null]);
    expect(r.stats.duplicates).toBe(1);
    expect(r.problems).toEqual([{ code: 'intake.duplicate', severity: 'info', sheet: 'DS', row: 4, column: null, params: { id: 'SK-0001', row: 2 } }]);
  });
});

describe('implausible amounts', () => {
  it('keeps a tiny amount in a đồng column but warns that it may be millions', () => {
    const r = readRegister([plain([row(1, 'A', 'Lê A', { benefit: 24.7 }), row(2, 'B', 'Lê B', { benefit: '350 đồng' })])]);
    expect(read(r).map((x) => x.benefit)).toEqual([25, 350]);
    expect(where(r)).toEqual(['intake.money.small@H2']);
  });

  it('keeps a huge amount in a millions column but warns that it may be đồng', () => {
    const header = [...HEADER.slice(0, 7), 'Giá trị làm lợi (triệu đồng)'];
    const r = readRegister([plain([row(1, 'A', 'Lê A', { benefit: '1.250.000.000' })], {}, header)]);
    expect(read(r)[0]!.benefit).toBe(1_250_000_000_000_000);
    expect(where(r)).toEqual(['intake.money.large@H2']);
  });
});

describe('a position written after the name in the authors cell', () => {
  it('becomes the author\'s position where no column gives one, and an unclear piece is a problem', () => {
    const header = HEADER.filter((h) => h !== 'Chức vụ');
    const drop = (r: CellValue[]): CellValue[] => r.filter((_, i) => i !== 3);
    const r = readRegister([
      plain(
        [
          drop(row(1, 'Giải pháp A', 'Nguyễn Văn A - Giáo viên')),
          drop(row(2, 'Giải pháp B', 'Lê Thị Bích - Kế toán, Trần Văn Cường - Kỹ sư')),
          drop(row(3, 'Giải pháp C', 'Phạm Văn Đức - phụ việc kho')),
        ],
        {},
        header,
      ),
    ]);
    expect(r.initiatives.map((i) => [i.authors, i.positions])).toEqual([
      [['Nguyễn Văn A'], ['Giáo viên']],
      [['Lê Thị Bích', 'Trần Văn Cường'], ['Kế toán', 'Kỹ sư']],
      [['Phạm Văn Đức', 'phụ việc kho'], []],
    ]);
    expect(where(r)).toEqual(['intake.author.unsure@C4']);
  });
});
