import { describe, expect, it } from 'vitest';
import { DEFAULT_FIELD_NAMES } from '../model';
import type { CellRect, CellValue, SheetGrid } from '../sheet/grid';
import { fieldMatcher } from './field-codes';
import { locate } from './locate';
import type { RowContext } from './read-row';
import { rowTexts, sectionKind, walkRows } from './walk-rows';

const HEADER = ['STT', 'Tên sáng kiến', 'Tác giả', 'Đơn vị công tác', 'Giá trị làm lợi (đồng)'];

function walk(rows: CellValue[][], merges: CellRect[] = []) {
  const located = locate({ name: 'DS', values: [HEADER, ...rows], merges });
  const header = located.header!;
  const ctx: RowContext = {
    cells: located.cells,
    sheet: 'DS',
    mapping: header.mapping,
    unit: header.mapping.benefitUnit,
    matchField: fieldMatcher(DEFAULT_FIELD_NAMES, {}),
    sectionUnit: '',
    sectionField: null,
  };
  const read = walkRows(ctx, header.dataStart);
  return {
    ...read,
    rows: read.drafts.map((d) => ({
      row: d.row,
      title: d.title,
      authors: d.authors.join(' | '),
      unit: d.unit,
      field: d.field,
    })),
  };
}

describe('walking the rows of a register', () => {
  it('reads numbered rows as initiatives and steps over blanks and totals', () => {
    const { rows, skipped, sections } = walk([
      [1, 'Máy sấy lúa', 'Lê Văn A', 'Công ty A', 1000],
      [],
      [2, 'Phần mềm kho', 'Trần Thị B', 'Công ty B', null],
      ['', 'Tổng cộng', '', '', 1000],
    ]);
    expect(rows.map((r) => [r.row, r.title])).toEqual([
      [2, 'Máy sấy lúa'],
      [4, 'Phần mềm kho'],
    ]);
    expect(skipped).toBe(2);
    expect(sections).toBe(0);
  });

  it('gives the rows under a section title its union, and under a field title its field', () => {
    const { rows, sections } = walk([
      ['I', 'LĐLĐ huyện Châu Thành', '', '', ''],
      ['1', 'Lĩnh vực Giáo dục', '', '', ''],
      [1, 'Bảng tương tác', 'Lê Văn A', 'Trường B', null],
    ]);
    expect(sections).toBe(2);
    expect(rows).toEqual([
      { row: 4, title: 'Bảng tương tác', authors: 'Lê Văn A', unit: 'LĐLĐ huyện Châu Thành', field: 'gd' },
    ]);
  });

  it('adds co-authors listed one per row under a title merged down to the initiative above', () => {
    const { rows } = walk(
      [
        [1, 'Máy sấy lúa', 'Lê Văn A', 'Công ty A', null],
        [null, null, 'Phạm Văn C', null, null],
        [2, 'Phần mềm kho', 'Trần Thị B', 'Công ty B', null],
      ],
      [{ row: 1, col: 1, rowCount: 2, colCount: 1 }],
    );
    expect(rows.map((r) => r.authors)).toEqual(['Lê Văn A | Phạm Văn C', 'Trần Thị B']);
  });

  it('stops reading initiatives after a grand total until a full numbered row comes again', () => {
    const { rows } = walk([
      [1, 'Máy sấy lúa', 'Lê Văn A', 'Công ty A', null],
      ['', 'Tổng cộng', '', '', ''],
      ['', 'Người lập biểu', '', '', ''],
      ['', 'Nguyễn Văn Ký', '', '', ''],
    ]);
    expect(rows.map((r) => r.title)).toEqual(['Máy sấy lúa']);
  });
});

describe('the texts a clerk sees on a row', () => {
  it('count a text merged across once, leave out the STT column, hidden columns and errors', () => {
    const grid: SheetGrid = {
      name: 'DS',
      values: [['I', 'Khối doanh nghiệp', 'Khối doanh nghiệp', { error: '#N/A' }, 'ẩn']],
      hiddenColumns: new Set([4]),
      merges: [],
    };
    const texts = rowTexts(locate(grid).cells, 0, 0);
    expect(texts).toEqual({ any: true, first: 'Khối doanh nghiệp', firstCol: 1, distinct: 1 });
  });

  it('find nothing on an empty row', () => {
    expect(rowTexts(locate({ name: 'DS', values: [[null, '', null]] }).cells, 0, undefined).any).toBe(true);
    expect(rowTexts(locate({ name: 'DS', values: [[null, null]] }).cells, 0, undefined).any).toBe(false);
  });
});

describe('a section title', () => {
  const match = fieldMatcher(DEFAULT_FIELD_NAMES, {});
  it('names a union unless it names a field', () => {
    expect(sectionKind('LĐLĐ huyện Châu Thành', match, false)).toEqual({ isField: false, fieldCode: null });
    expect(sectionKind('Lĩnh vực Y tế', match, true).isField).toBe(true);
  });
  it('that is only a field’s name is a field when the register has no field column', () => {
    expect(sectionKind('Giáo dục', match, false)).toEqual({ isField: true, fieldCode: 'gd' });
    expect(sectionKind('Giáo dục', match, true).isField).toBe(false);
  });
});
