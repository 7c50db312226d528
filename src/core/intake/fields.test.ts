import { describe, expect, it } from 'vitest';
import { matchHeader } from './fields';
import { fieldMatcher } from './field-codes';

describe('header words', () => {
  it('name each register column, in the variants offices write', () => {
    const cases: [string, string | null][] = [
      ['STT', 'stt'],
      ['Số TT', 'stt'],
      ['Tên sáng kiến, giải pháp', 'title'],
      ['TEN DE TAI, SANG KIEN', 'title'],
      ['Họ và tên tác giả', 'authors'],
      ['Tác giả/Nhóm tác giả', 'authors'],
      ['Họ tên tác giả, đồng tác giả', 'authors'],
      ['Đồng tác giả', 'coAuthors'],
      ['Chức vụ', 'position'],
      ['Chức vụ/Nghề nghiệp', 'position'],
      ['Chức vụ, đơn vị công tác', 'positionWorkplace'],
      ['Đơn vị công tác', 'workplace'],
      ['Nơi công tác', 'workplace'],
      ['Công đoàn cấp trên trực tiếp', 'unit'],
      ['Đơn vị cấp trên', 'unit'],
      ['Lĩnh vực', 'field'],
      ['Giá trị làm lợi (đồng/năm)', 'benefit'],
      ['Giá trị làm lợi\n(triệu đồng)', 'benefit'],
      ['Hiệu quả (đồng)', 'benefit'],
      ['Tóm tắt nội dung, hiệu quả', 'summary'],
      ['Hiệu quả, khả năng nhân rộng', 'summary'],
      ['Điện thoại', 'other'],
      ['Ghi chú', 'other'],
      ['Thời gian áp dụng', 'other'],
      ['Xyz', null],
    ];
    for (const [header, field] of cases) expect(matchHeader(header)?.field ?? null, header).toBe(field);
  });
});

describe('field names', () => {
  const match = fieldMatcher();
  it('map names, abbreviations and section titles to the canonical codes', () => {
    expect(match('Sản xuất - Kinh doanh')).toBe('sx');
    expect(match('GD-ĐT')).toBe('gd');
    expect(match('A. LĨNH VỰC GIÁO DỤC')).toBe('gd');
    expect(match('G. LĨNH VỰC AN TOÀN VỆ SINH LAO ĐỘNG')).toBe('at');
    expect(match('Nông nghiệp và PTNT')).toBe('nn');
    expect(match('Văn nghệ')).toBeNull();
  });

  it('follow names renamed in "Cấu hình"', () => {
    const renamed = fieldMatcher({ sx: 'Kỹ thuật - Sản xuất', gd: 'Giáo dục', yt: 'Y tế', mt: 'Môi trường', at: 'An toàn lao động', cc: 'Hành chính', nn: 'Nông nghiệp', kh: 'Khác' });
    expect(renamed('Kỹ thuật - Sản xuất')).toBe('sx');
    expect(renamed('An toàn lao động')).toBe('at');
  });
});
