import { describe, expect, it } from 'vitest';
import { CONFIG_HEADERS, configSheetPlan, readConfig } from './config';
import { CONFIG_KEYS } from '../council/config-keys';
import { DEFAULT_RULES, type Rules } from '../council/rules';
import type { CellValue } from '../sheet/grid';
import { gridOf, planToGrid } from '../../../test/council/builders';

const kv = (pairs: readonly (readonly [string, CellValue])[]): ReturnType<typeof gridOf> =>
  gridOf('Cấu hình', [['Khóa', 'Giá trị', 'Ghi chú'], ...pairs.map(([k, v]) => [k, v])]);

describe('readConfig', () => {
  it('reads back DEFAULT_RULES from the sheet configSheetPlan writes', () => {
    const { rules, problems } = readConfig(planToGrid(configSheetPlan(DEFAULT_RULES)));
    expect(problems).toEqual([]);
    expect(rules).toEqual(DEFAULT_RULES);
  });

  it('round-trips rules that differ from every default', () => {
    const changed: Rules = {
      ...DEFAULT_RULES,
      rubric: [
        { code: 'TM', name: 'Tính mới', maxTenths: 255, weight: { num: 3, den: 2 } },
        { code: 'HQ2', name: 'Hiệu quả', maxTenths: 500, weight: { num: 2, den: 1 } },
      ],
      reviewersPerInitiative: 5,
      minReviews: 4,
      scoreMethod: 'trimmed',
      trimmedMinReviews: 6,
      passMarkHundredths: 5550,
      disagreementSpreadHundredths: 1525,
      tiers: [
        { name: 'Nhất', quota: 2, minHundredths: 9000 },
        { name: 'Nhì', quota: 4, minHundredths: 8500 },
        { name: 'Ba', quota: 8, minHundredths: 8000 },
        { name: 'Khuyến khích', quota: 15, minHundredths: 7250 },
      ],
      boundaryTiePolicy: 'pending',
      ubnd: { min: 50, max: 100, floorHundredths: 7500 },
      national: { count: 3, tiers: ['Nhất'] },
      media: { min: 2, max: 4 },
      coAuthorsArePersons: true,
      ballotFraction: { num: 7, den: 10 },
      calibrationShrink: 12.5,
      fieldNames: { ...DEFAULT_RULES.fieldNames, gd: 'Giáo dục - Đào tạo' },
      fieldAliases: { sxkd: 'sx', 'gd-dt': 'gd' },
      documents: {
        ...DEFAULT_RULES.documents,
        province: 'An Giang',
        chairName: 'Nguyễn Văn Hòa',
        date: '2021-05-05',
        year: 2022,
      },
    };
    const { rules, problems } = readConfig(planToGrid(configSheetPlan(changed, 'en')));
    expect(problems).toEqual([]);
    expect(rules).toEqual(changed);
  });

  it('writes every rule key with a Vietnamese note', () => {
    const plan = configSheetPlan(DEFAULT_RULES);
    const keys = plan.rows.map((r) => r[0]);
    for (const k of CONFIG_KEYS) {
      expect(keys).toContain(k.key);
      expect(k.note.vi.length).toBeGreaterThan(5);
    }
    for (const k of [
      'so_nguoi_cham',
      'so_phieu_toi_thieu',
      'diem_dat',
      'cach_tinh_diem',
      'chenh_lech_toi_da',
      'giai_nhat_so_luong',
      'giai_nhat_diem_toi_thieu',
      'hoa_ranh_gioi',
      'ubnd_toi_thieu',
      'ubnd_toi_da',
      'ubnd_diem_san',
      'tld_so_luong',
      'phong_su_toi_thieu',
      'phong_su_toi_da',
      'tinh_dong_tac_gia',
      'ty_le_bieu_quyet',
      'tinh',
      'ten_lien_doan',
      'chu_tich',
      'ngay_van_ban',
    ]) {
      expect(keys).toContain(k);
    }
  });

  it('takes every default when the sheet is missing or a key is absent', () => {
    expect(readConfig(null)).toEqual({ rules: DEFAULT_RULES, problems: [] });
    const { rules, problems } = readConfig(kv([['so_nguoi_cham', 4]]));
    expect(problems).toEqual([]);
    expect(rules).toEqual({ ...DEFAULT_RULES, reviewersPerInitiative: 4 });
  });

  it('reads values typed by hand: text numbers, decimal commas, percentages, dates as serials', () => {
    const { rules, problems } = readConfig(
      kv([
        ['Số người chấm', '4'],
        ['diem_dat', '52,5'],
        ['ty_le_bieu_quyet', '66,67%'],
        ['TY_LE_BIEU_QUYET', '2/3'],
        ['ngay_van_ban', 44321],
        ['tinh_dong_tac_gia', 'Có'],
        ['cach_tinh_diem', 'Cắt bỏ'],
        ['tld_giai', 'Giải Nhất, giải Nhì; KK'],
      ]),
    );
    expect(problems.map((p) => [p.code, p.row])).toEqual([['council.config.duplicateKey', 5]]);
    expect(rules.reviewersPerInitiative).toBe(4);
    expect(rules.passMarkHundredths).toBe(5250);
    expect(rules.ballotFraction).toEqual({ num: 6667, den: 10000 });
    expect(rules.documents.date).toBe('2021-05-05');
    expect(rules.coAuthorsArePersons).toBe(true);
    expect(rules.scoreMethod).toBe('trimmed');
    expect(rules.national.tiers).toEqual(['Nhất', 'Nhì', 'Khuyến khích']);
  });

  it('reports unusable values at their cell and keeps the default', () => {
    const { rules, problems } = readConfig(
      kv([
        ['so_nguoi_cham', 2.5],
        ['so_phieu_toi_thieu', 'ba'],
        ['ty_le_bieu_quyet', '3/2'],
        ['giai_nhi_diem_toi_thieu', 90],
        ['cach_tinh_diem', 'trung vị'],
        ['ngay_van_ban', '31/02/2021'],
        ['khoa_la', 1],
        ['diem_dat', 50.555],
      ]),
    );
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['council.config.unknownKey', 8, 'A'],
      ['council.config.notInteger', 2, 'B'],
      ['council.config.notNumber', 3, 'B'],
      ['council.config.badFraction', 4, 'B'],
      ['council.config.badChoice', 6, 'B'],
      ['council.config.badDate', 7, 'B'],
      ['council.config.tooPrecise', 9, 'B'],
      ['council.config.tiersNotDescending', null, null],
    ]);
    expect(rules).toEqual(DEFAULT_RULES);
  });

  it('reports an unusable rubric row and keeps the usable ones', () => {
    const grid = gridOf('Cấu hình', [
      ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Trọng số'],
      ['TM', 'Tính mới', 30, 1],
      ['TM', 'Lặp', 30, 1],
      ['HQ', 'Hiệu quả', 0, 1],
      ['AD', 'Áp dụng', 30, -1],
      ['Tổng', 'Sai', 10, 1],
      ['KT', 'Kinh tế', '40', '1,5'],
    ]);
    const { rules, problems } = readConfig(grid);
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['council.rubric.codeDuplicate', 3, 'A'],
      ['council.rubric.maxInvalid', 4, 'C'],
      ['council.rubric.weightInvalid', 5, 'D'],
      ['council.rubric.codeInvalid', 6, 'A'],
    ]);
    expect(rules.rubric).toEqual([
      { code: 'TM', name: 'Tính mới', maxTenths: 300, weight: { num: 1, den: 1 } },
      { code: 'KT', name: 'Kinh tế', maxTenths: 400, weight: { num: 3, den: 2 } },
    ]);
  });

  it('refuses a criterion code that Chấm điểm would read as one of its own columns', () => {
    const codes = ['MaSK', 'Ma_TV', 'Vong', 'Round', 'Total', 'TongDiem', 'NhanXet', 'XDLI', 'STT'];
    const grid = gridOf('Cấu hình', [
      ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Trọng số'],
      ['TM', 'Tính mới', 30, 1],
      ...codes.map((c) => [c, 'Sai', 10, 1]),
    ]);
    const { rules, problems } = readConfig(grid);
    expect(problems.map((p) => [p.code, p.params?.['value']])).toEqual(
      codes.map((c) => ['council.rubric.codeInvalid', c]),
    );
    expect(rules.rubric.map((c) => c.code)).toEqual(['TM']);
  });

  it('checks rules against each other: ranges that cross and reviews that can never complete', () => {
    const { rules, problems } = readConfig(
      kv([
        ['ubnd_toi_thieu', 130],
        ['phong_su_toi_thieu', 6],
        ['so_phieu_toi_thieu', 4],
      ]),
    );
    expect(problems.map((p) => p.code)).toEqual([
      'council.config.ubndRange',
      'council.config.mediaRange',
      'council.config.minReviewsAboveReviewers',
    ]);
    expect(rules.ubnd).toEqual(DEFAULT_RULES.ubnd);
    expect(rules.media).toEqual(DEFAULT_RULES.media);
    expect(rules.minReviews).toBe(4);
  });
});

describe('the words of "Cấu hình", both directions', () => {
  it('writes the header words it reads, and reads them typed another way', () => {
    const plan = configSheetPlan(DEFAULT_RULES);
    expect(plan.rows).toContainEqual(Object.values(CONFIG_HEADERS.rubric));
    expect(plan.rows).toContainEqual(Object.values(CONFIG_HEADERS.keys));
    const typed = gridOf('Cấu hình', [
      ['ma tieu chi', 'TEN TIEU CHI', 'Điểm-tối-đa', 'hệ số'],
      ['ST', 'Sáng tạo', '60', 2],
      ['UD', 'Ứng dụng', 40, 1],
      [],
      ['Mã khóa', 'GIA TRI'],
      ['so_nguoi_cham', 5],
    ]);
    const { rules, problems } = readConfig(typed);
    expect(problems).toEqual([]);
    expect(rules.rubric.map((c) => [c.code, c.name, c.maxTenths, c.weight.num])).toEqual([
      ['ST', 'Sáng tạo', 600, 2],
      ['UD', 'Ứng dụng', 400, 1],
    ]);
    expect(rules.reviewersPerInitiative).toBe(5);
    expect(readConfig(planToGrid(configSheetPlan(rules))).rules).toEqual(rules);
  });
});
