import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, nfc } from './normalize';
import { foldCompact, foldForMatch, foldPlain } from './fold';
import { compareIds, formatId, idNumber, parseId } from './ids';
import { compareVietnamese, compareVietnameseNames } from './collate';

describe('normalising register text', () => {
  it('composes decomposed Unicode (NFD) so it compares equal to what was typed', () => {
    const nfd = 'Nguyễn Thị Hòa'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Thị Hòa');
    expect(nfc(nfd)).toBe('Nguyễn Thị Hòa');
    expect(cleanText(nfd)).toBe('Nguyễn Thị Hòa');
  });

  it('trims stray spaces, collapses doubled and no-break spaces, keeps line breaks for author lists', () => {
    expect(cleanText('  Lê\u00a0Văn   Minh \n  Trần Hòa  ')).toBe('Lê Văn Minh\nTrần Hòa');
    expect(cleanLine('Giải pháp\nmới ')).toBe('Giải pháp mới');
    expect(cleanText('\nTên')).toBe('Tên');
  });
});

describe('folding for comparison', () => {
  it('treats old and new tone placement of oa, oe, uy as the same name', () => {
    expect(foldForMatch('Nguyễn Thị Hoà')).toBe(foldForMatch('Nguyễn Thị Hòa'));
    expect(foldForMatch('Trần Thuỷ')).toBe(foldForMatch('TRẦN THỦY'));
    expect(foldForMatch('khoẻ')).toBe(foldForMatch('khỏe'));
    expect(foldForMatch('Hoàng')).toBe('hoàng');
  });

  it('keeps names with different tones apart', () => {
    expect(foldForMatch('Hòa')).not.toBe(foldForMatch('Hóa'));
    expect(foldForMatch('Lê Văn An')).not.toBe(foldForMatch('Lê Văn Ân'));
  });

  it('ignores case, spaces and decomposition', () => {
    expect(foldForMatch('  Trường   THPT '.normalize('NFD'))).toBe('trường thpt');
  });

  it('drops diacritics and punctuation for header and keyword matching', () => {
    expect(foldPlain('Tên sáng kiến, giải pháp')).toBe('ten sang kien giai phap');
    expect(foldPlain('ĐƠN VỊ')).toBe('don vi');
    expect(foldCompact('GD&ĐT')).toBe(foldCompact('gd-đt'));
  });
});

describe('initiative ids', () => {
  it('are written with four digits at least and compared by number', () => {
    expect(formatId(1)).toBe('SK-0001');
    expect(formatId(12345)).toBe('SK-12345');
    expect(compareIds('SK-9999', 'SK-10000')).toBeLessThan(0);
    expect(['SK-10000', 'SK-0002', 'SK-9999'].sort(compareIds)).toEqual(['SK-0002', 'SK-9999', 'SK-10000']);
  });

  it('order one way everywhere: by their last number, ids without one last, then as text', () => {
    expect(['SK-12A', 'Mã', 'TV03', 'sk 7', 'SK-0007'].sort(compareIds)).toEqual([
      'TV03',
      'SK-0007',
      'sk 7',
      'SK-12A',
      'Mã',
    ]);
  });

  it('are read the way people type them, and text that is not an id is refused', () => {
    expect(parseId(' sk-12 ')).toBe('SK-0012');
    expect(parseId('SK 0012')).toBe('SK-0012');
    expect(idNumber('Mã 12')).toBeNull();
    expect(parseId('')).toBeNull();
  });
});

describe('Vietnamese collation', () => {
  it('puts Đ after D and sorts names by given name first', () => {
    expect(compareVietnamese('Đức', 'Dung')).toBeGreaterThan(0);
    expect(['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Văn Đức'].sort(compareVietnameseNames)).toEqual([
      'Nguyễn Thị An',
      'Trần Văn Bình',
      'Lê Văn Đức',
    ]);
  });
});
