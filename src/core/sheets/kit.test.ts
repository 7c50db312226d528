import { describe, expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '../council/rules';
import { readScoreLayout, readScoreSheet } from './scores';
import { readCouncil } from './members';
import { readConfig } from './config';
import { readBallot } from './ballot';
import { readDecisions } from './decisions';
import type { SheetGrid } from '../sheet/grid';
import { cellText, findHeader, isBlankRow, parseScaled, type ColumnSpec } from './kit';

const grid = (name: string, values: SheetGrid['values']): SheetGrid => ({ name, values });

describe('findHeader', () => {
  const specs: ColumnSpec<'id' | 'note' | 'conflict'>[] = [
    { key: 'id', names: ['mask'], required: true },
    { key: 'note', names: ['ghichu'] },
    { key: 'conflict', prefixes: ['xungdot'] },
  ];

  it('finds the first row holding every required column, below titles, whatever the spelling', () => {
    const g = grid('S', [['TIÊU ĐỀ'], [], ['Xung đột lợi ích (x)', 'GHI CHU', 'Mã-SK', 'ma sk']]);
    expect(findHeader(g, specs)).toEqual({ row: 2, cols: { conflict: 0, note: 1, id: 2 } });
  });

  it('looks only within the rows it is given', () => {
    const g = grid('S', [['x'], ['x'], ['Mã SK']]);
    expect(findHeader(g, specs, 0, 2)).toBeNull();
    expect(findHeader(g, specs, 2)).toEqual({ row: 2, cols: { id: 0 } });
  });

  it('takes a test of the cell text for words that depend on the data', () => {
    const g = grid('S', [['Mã SK', 'TM (30 điểm)']]);
    const found = findHeader(g, [...specs, { key: 'tm' as const, test: (t: string) => t.startsWith('TM') }]);
    expect(found?.cols).toEqual({ id: 0, tm: 1 });
  });
});

describe('cellText', () => {
  it('cleans by default: NFC, one space, errors blank, booleans TRUE/FALSE', () => {
    expect(cellText('  Hoa\u0300   Bi\u0300nh ')).toBe('Hoà Bình');
    expect(cellText({ error: '#N/A' })).toBe('');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(7.5)).toBe('7.5');
    expect(cellText(null)).toBe('');
  });

  it('keeps what stands in the cell when asked raw: trimmed only, errors as their code', () => {
    expect(cellText('  a  b ', 'raw')).toBe('a  b');
    expect(cellText({ error: '#N/A' }, 'raw')).toBe('#N/A');
    expect(cellText(true, 'raw')).toBe('true');
    expect(cellText(undefined, 'raw')).toBe('');
  });

  it('tells a blank row', () => {
    expect(isBlankRow([null, '  ', { error: '#REF!' }])).toBe(true);
    expect(isBlankRow([null, 0])).toBe(false);
  });
});

describe('parseScaled', () => {
  it('reads decimals with either mark and refuses more digits than allowed, never rounding', () => {
    expect(parseScaled('7,5', 1)).toEqual({ ok: true, value: 75 });
    expect(parseScaled(8.3, 1)).toEqual({ ok: true, value: 83 });
    expect(parseScaled('85.25', 2)).toEqual({ ok: true, value: 8525 });
    expect(parseScaled('7,55', 1)).toEqual({ ok: false, reason: 'tooPrecise' });
    expect(parseScaled(7.55, 1)).toEqual({ ok: false, reason: 'tooPrecise' });
    expect(parseScaled('bảy', 1)).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseScaled('  ', 1)).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('one fold for header words on every side', () => {
  it('finds "Mã-SK" and "Mã-TV" when scoring (layout, council) and when ranking', () => {
    const scores = grid('Chấm điểm', [
      ['Mã-SK', 'Mã-TV', 'TM', 'HQ', 'AD', 'Tổng', 'Nhận-xét', 'Xung-đột lợi ích'],
      ['SK-0001', 'TV01', 25, 30, 20, null, '', ''],
    ]);
    expect(readScoreLayout(scores, DEFAULT_RUBRIC).layout).toMatchObject({ headerRow: 0, id: 0, member: 1 });
    expect(readScoreSheet(scores, DEFAULT_RUBRIC).rows).toMatchObject([{ initiativeId: 'SK-0001', memberId: 'TV01' }]);

    const council = grid('Hội đồng', [
      ['Mã-TV', 'Họ-và-tên', 'Vai-trò'],
      ['TV01', 'Nguyễn Văn An', 'Chủ tịch'],
    ]);
    const read = readCouncil(council);
    expect(read.problems).toEqual([]);
    expect(read.members.map((m) => [m.id, m.role])).toEqual([['TV01', 'Chủ tịch']]);

    const config = grid('Cấu hình', [
      ['Mã', 'Tiêu-chí', 'Điểm-tối-đa', 'Trọng-số'],
      ['TM', 'Tính mới', 50, 1],
      ['HQ', 'Hiệu quả', 50, 1],
    ]);
    expect(readConfig(config).rules.rubric.map((c) => [c.code, c.maxTenths])).toEqual([
      ['TM', 500],
      ['HQ', 500],
    ]);

    const ballot = grid('Biểu quyết', [
      ['Họ-và-tên', 'Mã-SK', 'Số-phiếu đồng ý'],
      ['Lê A', 'SK-0001', 5],
    ]);
    expect(readBallot(ballot).votes).toMatchObject([{ initiativeId: 'SK-0001', yes: 5 }]);
    const decisions = grid('Quyết định', [
      ['Mã-SK', 'Quyết-định'],
      ['SK-0001', 'Giải Nhì'],
    ]);
    expect(readDecisions(decisions).decisions).toMatchObject([{ initiativeId: 'SK-0001', ruling: 'Nhì' }]);
  });
});
