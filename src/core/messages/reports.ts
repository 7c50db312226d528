import type { MessageMap } from './types';

/** Messages for reports codes. Vietnamese first (users' language), English when Office is in English. */
export const reportsMessages: MessageMap = {
  vi: {
    'reports.date.invalid':
      'Ngày ký văn bản "{value}" trong "Cấu hình" không đọc được: hãy ghi theo dạng năm-tháng-ngày, ví dụ 2021-05-05. Tạm thời văn bản ghi ngày hôm nay.',
    'reports.signer.missing':
      'Chưa có họ tên người ký ({role}) trong "Cấu hình": hãy điền để văn bản có tên dưới chữ ký; tạm thời để trống chỗ ghi tên.',
    'reports.page.tooWide':
      'Bảng có {columns} cột, rộng hơn trang A4 ngang ngay cả khi thu nhỏ 70 %: hãy bớt tiêu chí chấm hoặc rút gọn nội dung các cột để in không bị cắt.',
  },
  en: {
    'reports.date.invalid':
      'The document date "{value}" in "Cấu hình" cannot be read: write it as year-month-day, e.g. 2021-05-05. Until then documents carry today\'s date.',
    'reports.signer.missing':
      'The signer\'s name ({role}) is missing in "Cấu hình": fill it in so the document names who signs; the name line is left blank meanwhile.',
    'reports.page.tooWide':
      'The table has {columns} columns and is wider than a landscape A4 page even at 70 %: use fewer criteria or shorten the columns so nothing is cut when printed.',
  },
};
