import { describe, expect, it } from 'vitest';
import type { SheetGrid } from '../sheet/grid';
import { locate } from './locate';
import type { RowDraft } from './read-row';
import { mergesUnknown, noRows, sheetProblem } from './sheet-problems';

const draft = (row: number): RowDraft => ({
  row,
  title: 't',
  authors: [],
  positions: [],
  workplace: '',
  unit: '',
  field: null,
  benefitVnd: null,
  summary: '',
  problems: [],
});

describe('problems about a whole sheet', () => {
  it('name the sheet and no cell', () => {
    expect(sheetProblem('intake.sheet.none', 'DS', 'error')).toEqual({
      code: 'intake.sheet.none',
      severity: 'error',
      sheet: 'DS',
      row: null,
      column: null,
    });
  });

  it('warn of a header with nothing under it, naming the header’s row', () => {
    expect(noRows([], 'DS', 3)?.params).toEqual({ row: 4 });
    expect(noRows([draft(5)], 'DS', 3)).toBeNull();
  });

  it('name the columns where an unread merge would hide values, only when merges are unknown', () => {
    const values = [
      ['STT', 'Tên sáng kiến', 'Tác giả', 'Đơn vị công tác'],
      [1, 'Máy sấy', 'Lê Văn A', 'Công ty A'],
      [2, 'Phần mềm', 'Trần Thị B', null],
    ];
    const old: SheetGrid = { name: 'DS', values };
    const { cells, header } = locate(old);
    expect(mergesUnknown(cells, header!.mapping, [draft(2), draft(3)])?.params).toEqual({ columns: 'D' });
    expect(mergesUnknown(cells, header!.mapping, [draft(2)])?.params).toEqual({ columns: '—' });
    const modern = locate({ ...old, merges: [] });
    expect(mergesUnknown(modern.cells, modern.header!.mapping, [draft(3)])).toBeNull();
  });
});
