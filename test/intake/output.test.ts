// What intake hands on: the "Sáng kiến" plan, reading it back (also typed by hand), the
// `import --json` shape, and ids that survive a re-import.

import { describe, expect, it } from 'vitest';
import { importJson, readRegister, readRegisterSheet, registerSheetPlan, REGISTER_COLUMNS } from '../../src/core/intake';
import type { CellValue, SheetGrid } from '../../src/core/sheet/grid';
import { isPlanFormula, type SheetPlan } from '../../src/core/sheet/plan';
import { plain, row, sheet } from './build';

/** A plan as the grid a host would read back from the sheet it wrote. */
function asGrid(plan: SheetPlan): SheetGrid {
  return sheet(
    plan.name,
    plan.rows.map((r) => r.map((v): CellValue => (isPlanFormula(v) ? null : v))),
  );
}

const register = plain([
  row(1, 'Giải pháp A', 'Lê Văn A (chủ trì), Trần B', { position: 'Kỹ sư\nCông nhân', benefit: '1,2 tỷ', field: 'SXKD' }),
  row(2, '=HYPERLINK("http://x")', 'Ngô C', { workplace: '+84 931 288 125', benefit: '1.5' }),
  row(3, 'Giải pháp A', 'Lê Văn A', { field: 'CCHC', unit: 'Công đoàn ngành Y tế' }),
]);

describe('the "Sáng kiến" sheet plan', () => {
  const result = readRegister([register]);
  const plan = registerSheetPlan(result);

  it('has exactly the documented columns, a filterable table, a frozen header and money as #,##0', () => {
    expect(plan.name).toBe('Sáng kiến');
    expect(plan.role).toBe('register');
    expect(plan.rows[0]).toEqual([
      'Mã SK',
      'Tên sáng kiến',
      'Tác giả',
      'Đồng tác giả',
      'Chức vụ',
      'Đơn vị công tác',
      'Công đoàn cấp trên',
      'Lĩnh vực',
      'Giá trị làm lợi (đồng)',
      'Tóm tắt',
      'Dòng gốc',
      'Trùng với',
      'Kiểm tra',
    ]);
    expect(plan.tables?.[0]).toMatchObject({ rect: { row: 0, col: 0, rowCount: 4, colCount: 13 }, showFilter: true });
    expect(plan.freeze).toEqual({ rows: 1, columns: 1 });
    expect(plan.columns).toHaveLength(REGISTER_COLUMNS.length);
    expect(plan.styles?.some((s) => s.style.numberFormat === '#,##0' && s.rect.col === 8)).toBe(true);
  });

  it('writes one row per initiative, register text as plain strings (never formulas), with the problems in words', () => {
    expect(plan.rows.slice(1)).toEqual([
      ['SK-0001', 'Giải pháp A', 'Lê Văn A', 'Trần B', 'Kỹ sư; Công nhân', 'Công ty A', 'LĐLĐ thành phố Rạch Giá', 'Sản xuất kinh doanh', 1_200_000_000, '', 'DS!2', '', ''],
      [
        'SK-0002',
        '=HYPERLINK("http://x")',
        'Ngô C',
        '',
        'Kỹ sư',
        '+84 931 288 125',
        'LĐLĐ thành phố Rạch Giá',
        'Sản xuất kinh doanh',
        null,
        '',
        'DS!3',
        '',
        'Không rõ số tiền "1.5": dấu chấm chỉ dùng để tách hàng nghìn (1.250.000), dấu phẩy là dấu thập phân (85,5). Sửa lại cho rõ.',
      ],
      [
        'SK-0003',
        'Giải pháp A',
        'Lê Văn A',
        '',
        'Kỹ sư',
        'Công ty A',
        'Công đoàn ngành Y tế',
        'Cải cách hành chính',
        null,
        '',
        'DS!4',
        'SK-0001',
        'Trùng với SK-0001 (dòng 2): cùng tên sáng kiến, tác giả và đơn vị. Giữ một bản hoặc sửa nếu là hai sáng kiến khác nhau.',
      ],
    ]);
    expect(plan.rows.flat().some((v) => isPlanFormula(v))).toBe(false);
  });

  it('writes the checks in English for an English Office', () => {
    expect(registerSheetPlan(result, 'en').rows[3]![12]).toMatch(/^Same as SK-0001 \(row 2\)/);
  });

  it('reads back to the same initiatives, problem codes included', () => {
    const back = readRegisterSheet(asGrid(plan));
    expect(back.problems).toEqual([]);
    expect(back.initiatives).toEqual(result.initiatives.map((i) => ({ ...i, summary: '' })));
  });
});

describe('a "Sáng kiến" sheet typed by hand', () => {
  it('is read with columns in any order, ids normalised, missing ids given and said, duplicates of an id refused', () => {
    const g = sheet('Sáng kiến', [
      ['DANH SÁCH SÁNG KIẾN'],
      ['Tên sáng kiến', 'Mã SK', 'Tác giả', 'Đơn vị công tác', 'Lĩnh vực', 'Giá trị làm lợi (đồng)', 'Trùng với'],
      ['Giải pháp A', 'sk-7', 'Lê A', 'Công ty A', 'Giáo dục', '1.000.000', ''],
      ['Giải pháp B', '', 'Lê B', 'Công ty B', 'CCHC', 2_000_000, 'SK-0007'],
      ['Giải pháp C', 'SK-0007', 'Lê C', 'Công ty C', '', null, 'SK-0099'],
    ]);
    const { initiatives, problems } = readRegisterSheet(g);
    expect(initiatives.map((i) => [i.id, i.title, i.field, i.benefitVnd, i.duplicateOf])).toEqual([
      ['SK-0007', 'Giải pháp A', 'gd', 1_000_000, null],
      ['SK-0008', 'Giải pháp B', 'cc', 2_000_000, 'SK-0007'],
    ]);
    expect(problems.map((p) => `${p.code}@${p.column ?? ''}${p.row ?? ''}`)).toEqual(['intake.sheet.id.missing@B4', 'intake.sheet.id.duplicate@B5']);
  });

  it('says so when it has no "Mã SK" and "Tên sáng kiến" header', () => {
    expect(readRegisterSheet(sheet('Sáng kiến', [['x']])).problems.map((p) => p.code)).toEqual(['intake.sheet.header.notFound']);
  });
});

describe('the import --json shape', () => {
  it('is the contract of SPEC §6: canonical field names, đồng or null, problems with their message', () => {
    const json = importJson(readRegister([register]));
    expect(json.initiatives[0]).toEqual({
      id: 'SK-0001',
      source: { sheet: 'DS', row: 2 },
      title: 'Giải pháp A',
      authors: ['Lê Văn A', 'Trần B'],
      positions: ['Kỹ sư', 'Công nhân'],
      workplace: 'Công ty A',
      unit: 'LĐLĐ thành phố Rạch Giá',
      field: 'Sản xuất kinh doanh',
      benefitVnd: 1_200_000_000,
      duplicateOf: null,
      summary: '',
    });
    expect(json.initiatives[2]!.duplicateOf).toBe('SK-0001');
    expect(json.problems[0]).toEqual({
      code: 'intake.money.ambiguous',
      severity: 'error',
      sheet: 'DS',
      row: 3,
      column: 'H',
      message: 'Không rõ số tiền "1.5": dấu chấm chỉ dùng để tách hàng nghìn (1.250.000), dấu phẩy là dấu thập phân (85,5). Sửa lại cho rõ.',
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('re-importing', () => {
  it('keeps the id of every initiative still there (by content, even moved), gives new ones the next ids, and lists the vanished', () => {
    const first = readRegister([plain([row(1, 'A', 'Lê A'), row(2, 'B', 'Lê B'), row(3, 'C', 'Lê C')])]);
    const second = readRegister([plain([row(1, 'C', 'Lê C'), row(2, 'D', 'Lê D'), row(3, 'a', 'LÊ A')])], { previous: first.initiatives });
    expect(second.initiatives.map((i) => [i.title, i.id])).toEqual([
      ['C', 'SK-0003'],
      ['D', 'SK-0004'],
      ['a', 'SK-0001'],
    ]);
    expect(second.vanished).toEqual(['SK-0002']);
    const third = readRegister([plain([row(1, 'E', 'Lê E')])], { previous: second.initiatives });
    expect(third.initiatives[0]!.id).toBe('SK-0005');
    expect(third.vanished).toEqual(['SK-0001', 'SK-0003', 'SK-0004']);
  });
});
