import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '../council/rules';
import type { CellValue, SheetGrid } from '../sheet/grid';
import { conflictMark, parseTenths, readScoreSheet } from './scores';

const grid = (values: CellValue[][], name = 'Chấm điểm'): SheetGrid => ({ name, values });

describe('reading a score', () => {
  it('accepts numbers and text with at most one decimal, comma or dot', () => {
    expect(parseTenths(7.5)).toBe(75);
    expect(parseTenths(8.3)).toBe(83);
    expect(parseTenths('7,5')).toBe(75);
    expect(parseTenths(' 7.5 ')).toBe(75);
    expect(parseTenths('30')).toBe(300);
    expect(parseTenths('7,50')).toBe(75);
    expect(parseTenths('-2')).toBe(-20);
  });

  it('refuses two decimals, words and errors, and reads empty as no score', () => {
    expect(parseTenths(7.55)).toBe('invalid');
    expect(parseTenths('7,55')).toBe('invalid');
    expect(parseTenths('1.250')).toBe('invalid');
    expect(parseTenths('bảy')).toBe('invalid');
    expect(parseTenths({ error: '#N/A' })).toBe('invalid');
    expect(parseTenths(true)).toBe('invalid');
    expect(parseTenths(null)).toBeNull();
    expect(parseTenths('  ')).toBeNull();
  });

  it('takes any mark as a declared conflict, but not an explicit "không" or 0', () => {
    expect(conflictMark('x')).toBe(true);
    expect(conflictMark('Có')).toBe(true);
    expect(conflictMark(true)).toBe(true);
    expect(conflictMark('không')).toBe(false);
    expect(conflictMark('Khong')).toBe(false);
    expect(conflictMark(0)).toBe(false);
    expect(conflictMark('')).toBe(false);
    expect(conflictMark(null)).toBe(false);
  });
});

describe('reading "Chấm điểm"', () => {
  it('finds a hand-typed header under title lines, columns in any order, without diacritics', () => {
    const res = readScoreSheet(
      grid([
        ['PHIẾU CHẤM ĐIỂM SÁNG KIẾN'],
        [],
        ['Ghi chu', 'AD', 'ma tv', 'TM (30 điểm)', 'MA SK', 'HQ', 'Tong', 'Xung dot loi ich'],
        ['tốt', '20,5', 'TV01', 25, 'SK-0001', '30', 75.5, ''],
        [null, null, null, null, null, null, null, null],
        ['', 21, 'TV02', '7,55', 'SK-0001', 30, null, 'x'],
      ]),
      DEFAULT_RUBRIC,
    );
    expect(res.rows).toEqual([
      {
        row: 4,
        initiativeId: 'SK-0001',
        memberId: 'TV01',
        scores: { TM: 250, HQ: 300, AD: 205 },
        comment: '',
        conflict: false,
      },
      {
        row: 6,
        initiativeId: 'SK-0001',
        memberId: 'TV02',
        scores: { TM: 'invalid', HQ: 300, AD: 210 },
        comment: '',
        conflict: true,
      },
    ]);
    expect(res.problems).toEqual([
      {
        code: 'ranking.scores.unreadable',
        severity: 'warning',
        sheet: 'Chấm điểm',
        row: 6,
        column: 'D',
        params: { value: '7,55', criterion: 'TM' },
      },
    ]);
  });

  it('reads the comment from "Nhận xét"', () => {
    const res = readScoreSheet(
      grid([
        ['Mã SK', 'Mã TV', 'TM', 'HQ', 'AD', 'Tổng', 'Nhận xét', 'Xung đột lợi ích'],
        ['SK-0002', 'TV03', 10, 20, 10, 40, 'Cần bổ sung số liệu', null],
      ]),
      DEFAULT_RUBRIC,
    );
    expect(res.rows[0]).toMatchObject({ comment: 'Cần bổ sung số liệu', scores: { TM: 100, HQ: 200, AD: 100 } });
    expect(res.problems).toEqual([]);
  });

  it('says which criterion column is missing and which rows lack ids', () => {
    const res = readScoreSheet(
      grid([
        ['Mã SK', 'Mã TV', 'TM', 'AD', 'Xung đột lợi ích'],
        ['', 'TV01', 10, 10, ''],
        ['SK-0001', 'TV01', 10, 10, ''],
      ]),
      DEFAULT_RUBRIC,
    );
    expect(res.problems.map((p) => [p.code, p.row, p.column, p.params?.['criterion'] ?? null])).toEqual([
      ['ranking.scores.missingColumn', 1, null, 'HQ'],
      ['ranking.scores.missingIds', 2, 'A', null],
    ]);
    expect(res.rows[0]!.scores).toEqual({ TM: 100, HQ: null, AD: 100 });
  });

  it('reports a sheet with no header instead of guessing', () => {
    const res = readScoreSheet(grid([['Bảng điểm'], [1, 2, 3]]), DEFAULT_RUBRIC);
    expect(res.rows).toEqual([]);
    expect(res.problems.map((p) => p.code)).toEqual(['ranking.scores.noHeader']);
  });
});
