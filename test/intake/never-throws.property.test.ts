// Property: whatever grid a host hands over (random text, numbers, errors, merges, one cell, none),
// intake returns initiatives or problems and never throws; so do the plan, the JSON and the read-back.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importJson, readRegister, readRegisterSheet, registerSheetPlan } from '../../src/core/intake';
import type { CellRect, CellValue, SheetGrid } from '../../src/core/sheet/grid';
import { HEADER } from './build';

/** Words that steer intake's decisions, mixed with anything at all. */
const WORDS = [
  ...HEADER,
  'TT',
  'Họ và tên',
  'Chức vụ, đơn vị công tác',
  'Giá trị làm lợi (triệu đồng)',
  'I',
  'A. LĨNH VỰC GIÁO DỤC',
  'LĐLĐ THÀNH PHỐ RẠCH GIÁ',
  'Cộng: 45 sáng kiến',
  'TỔNG CỘNG',
  'NGƯỜI LẬP BIỂU',
  '(1)',
  '1.250.000.000 đ',
  '1,2 tỷ',
  '1.5',
  'Không tính được bằng tiền',
  'Lê Văn A (chủ trì), Trần B - Ngô C và Đỗ D',
  'NguyÔn V¨n',
  'Nguyeãn Vaên',
  'Hoà'.normalize('NFD'),
  'SXKD',
  '',
  '  ',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.integer({ min: -5, max: 2_000_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }),
  fc.constant(null),
);

const rect: fc.Arbitrary<CellRect> = fc.record({
  row: fc.integer({ min: -1, max: 12 }),
  col: fc.integer({ min: -1, max: 8 }),
  rowCount: fc.integer({ min: 0, max: 40 }),
  colCount: fc.integer({ min: 0, max: 10 }),
});

const grid: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.constantFrom('DS', 'Sáng kiến', 'Tong hop'),
    values: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 }),
    merges: fc.option(fc.array(rect, { maxLength: 4 }), { nil: undefined }),
    hidden: fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 3 }),
    font: fc.option(fc.constantFrom('.VnTime', 'VNI-Times', 'Arial'), { nil: undefined }),
  })
  .map(({ name, values, merges, hidden, font }) => ({
    name,
    values,
    ...(merges ? { merges } : {}),
    hiddenColumns: new Set(hidden),
    ...(font ? { defaultFont: font } : {}),
  }));

describe('intake on any grid', () => {
  it('never throws and always returns initiatives or problems', () => {
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 3 }), (grids) => {
        const result = readRegister(grids);
        expect(result.initiatives.length + result.problems.length).toBeGreaterThan(0);
        registerSheetPlan(result);
        importJson(result, 'en');
        for (const g of grids) readRegisterSheet(g);
      }),
      { numRuns: 400 },
    );
  });

  it('handles the smallest grids: none, one empty sheet, one cell', () => {
    for (const grids of [[], [{ name: 'A', values: [] }], [{ name: 'A', values: [['Tên sáng kiến']] }]] as SheetGrid[][]) {
      const r = readRegister(grids);
      expect(r.problems.length).toBeGreaterThan(0);
    }
  });
});
