import { describe, expect, it } from 'vitest';
import { decodeLegacy, detectLegacyEncoding } from './legacy';
import { decodeTcvn3 } from './tcvn3';
import { decodeVni } from './vni';

describe('TCVN3 (ABC, .VnTime)', () => {
  it('converts the look-alike Latin-1 characters back to Vietnamese', () => {
    expect(decodeTcvn3('NguyÔn V¨n Khoa')).toBe('Nguyễn Văn Khoa');
    expect(decodeTcvn3('L§L§ thµnh phè R¹ch Gi¸')).toBe('LĐLĐ thành phố Rạch Giá');
    expect(decodeTcvn3('Chuyªn viªn, Së T\u00ad ph¸p')).toBe('Chuyên viên, Sở Tư pháp');
  });

  it('gives capitals with a tone mark back in lower case, or as capitals under a .VnTimeH font', () => {
    expect(decodeTcvn3('øng dông')).toBe('ứng dụng');
    expect(decodeLegacy('gi¸o dôc', 'tcvn3', '.VnTimeH')).toBe('GIÁO DỤC');
  });

  it('is detected by its character profile, with or without the font name', () => {
    expect(detectLegacyEncoding('NguyÔn V¨n Khoa')).toBe('tcvn3');
    expect(detectLegacyEncoding('Lª H÷u Khoa', '.VnTime')).toBe('tcvn3');
    expect(detectLegacyEncoding('TrÇn Kim Thñy')).toBe('tcvn3');
  });
});

describe('VNI-Windows', () => {
  it('rebuilds letters from a base vowel and the mark characters after it', () => {
    expect(decodeVni('Nguyeãn Vaên Hoøa')).toBe('Nguyễn Văn Hòa');
    expect(decodeVni('Tröôøng Ñaïi hoïc Caàn Thô')).toBe('Trường Đại học Cần Thơ');
    expect(decodeVni('NGUYEÃN THÒ THUÛY')).toBe('NGUYỄN THỊ THỦY');
  });

  it('is detected by its character profile and by a VNI font', () => {
    expect(detectLegacyEncoding('Nguyeãn Vaên Hoøa')).toBe('vni');
    expect(detectLegacyEncoding('Tröôøng Ñaïi hoïc')).toBe('vni');
    expect(detectLegacyEncoding('Thöôïng', 'VNI-Times')).toBe('vni');
  });
});

describe('Unicode and plain text', () => {
  it('are never taken for a legacy encoding, whatever the font says', () => {
    expect(detectLegacyEncoding('Nguyễn Văn Khoa', '.VnTime')).toBeNull();
    expect(detectLegacyEncoding('Không tính được', '.VnTime')).toBeNull();
    // Read as TCVN3, "Giáo viên" would be "Giỏo viờn": no syllable, so the Unicode reading stands.
    expect(detectLegacyEncoding('Giáo viên', '.VnTime')).toBeNull();
    expect(detectLegacyEncoding('Giáo viên', 'VNI-Times')).toBeNull();
    expect(detectLegacyEncoding('Giáo viên')).toBeNull();
    expect(detectLegacyEncoding('Hoà')).toBeNull();
    expect(detectLegacyEncoding('PLC 2021')).toBeNull();
    expect(detectLegacyEncoding('Nguyễn Văn Khoa'.normalize('NFD'))).toBeNull();
  });
});
