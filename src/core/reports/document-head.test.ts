import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../council/rules';
import { writeHeaderBlocks, writeTitle } from './document-head';
import { DocSheet } from './document-sheet';
import type { DocumentSpec } from './document-spec';
import { NATIONAL_MOTTO, NATIONAL_TITLE } from './header';

const spec: DocumentSpec = {
  name: 'Thử',
  role: 'ubnd',
  names: DEFAULT_RULES.documents,
  date: { year: 2021, month: 5, day: 5 },
  title: 'Danh sách đề nghị',
  subtitles: ['Năm 2021', 'Đợt 1'],
  kindCode: 'DS',
  grid: ['index', 'name', 'text', 'money'],
  blocks: [],
  signature: { lines: ['CHỦ TỊCH'], name: 'A' },
};

describe('the head of a document', () => {
  it('puts the issuing body left of the national title and motto, the number and the date under them', () => {
    const sheet = new DocSheet([6, 22, 30, 16], 4);
    const k = writeHeaderBlocks(sheet, spec);
    expect(k).toBeGreaterThan(0);
    expect(k).toBeLessThan(4);
    expect(sheet.rows[0]?.[k]).toBe(NATIONAL_TITLE);
    expect(sheet.rows[1]?.[k]).toBe(NATIONAL_MOTTO);
    expect(sheet.rows[3]?.[0]).toBe('Số:        /DS-HĐXDSK');
    expect(sheet.rows[3]?.[k]).toBe('Kiên Giang, ngày 05 tháng 5 năm 2021');
    expect(sheet.heights.get(2)).toBe(3.75);
    expect(sheet.styles.filter((s) => s.rect.row === 2 && s.style.borderBottom === 'thin')).toHaveLength(2);
  });

  it('leaves no number line without a kind of document', () => {
    const sheet = new DocSheet([6, 22, 30, 16], 4);
    const { kindCode: _, ...noKind } = spec;
    writeHeaderBlocks(sheet, noKind);
    expect(sheet.rows[3]?.[0] ?? null).toBeNull();
  });

  it('writes the title in capitals and each subtitle on its own row, then leaves a blank row', () => {
    const sheet = new DocSheet([6, 22, 30, 16], 4);
    const next = writeTitle(sheet, spec, 5);
    expect(sheet.rows[5]?.[0]).toBe('DANH SÁCH ĐỀ NGHỊ');
    expect([sheet.rows[6]?.[0], sheet.rows[7]?.[0]]).toEqual(['Năm 2021', 'Đợt 1']);
    expect(next).toBe(9);
  });
});
