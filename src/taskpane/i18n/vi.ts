// The task pane shell's words in Vietnamese, the users' language and the default. Steps keep their
// own words next to them (see `defineMessages` in ./translate) so each step folder has one owner.
export const vi = {
  'app.title': 'Hội đồng xét duyệt sáng kiến',
  'app.loading': 'Đang tải…',
  'nav.label': 'Các bước xét duyệt',
  'nav.stepOf': 'Bước {n}/{total}',
  'nav.done': 'đã xong',

  'step.intake.title': 'Nhập danh sách',
  'step.intake.purpose':
    'Đọc danh sách sáng kiến ở bất kỳ trang tính nào, cho xem những gì đã hiểu và mọi lỗi cần sửa, rồi ghi trang "Sáng kiến" đã chuẩn hóa.',
  'step.council.title': 'Hội đồng',
  'step.council.purpose':
    'Lập trang "Hội đồng" (thành viên, vai trò, đơn vị không chấm) và trang "Cấu hình" (tiêu chí chấm và các quy tắc xét giải).',
  'step.assignment.title': 'Phân công',
  'step.assignment.purpose':
    'Giao mỗi sáng kiến cho đủ số thành viên chấm, tránh xung đột lợi ích, chia đều số bài, và tạo sẵn trang "Chấm điểm".',
  'step.scoring.title': 'Chấm điểm',
  'step.scoring.purpose':
    'Cho mỗi thành viên nhập điểm từng tiêu chí theo phiếu, xuất và nhận lại tệp phiếu chấm của từng người.',
  'step.ranking.title': 'Xếp hạng',
  'step.ranking.purpose':
    'Tính điểm chính thức, xếp hạng, xếp giải, lập các danh sách đề nghị và nêu mọi trường hợp Hội đồng cần quyết định.',
  'step.ballot.title': 'Biểu quyết',
  'step.ballot.purpose':
    'Lập trang "Biểu quyết" để ghi số phiếu đồng ý cho từng người được đề nghị và cho biết ai đạt tỷ lệ 2/3.',
  'step.reports.title': 'Báo cáo',
  'step.reports.purpose':
    'Tạo các danh sách đề nghị, kết quả xét duyệt, biên bản và thống kê theo thể thức văn bản hành chính.',

  'step.loadFailed': 'Không tải được bước này. Hãy đóng ngăn tác vụ rồi mở lại; nếu vẫn lỗi, hãy báo cho người quản trị.',

  'unsupported.title': 'Phiên bản Excel này chưa dùng được tiện ích',
  'unsupported.body':
    'Tiện ích cần Excel hỗ trợ ExcelApi 1.9 trở lên: Microsoft 365, Office 2021 trở lên hoặc Excel trên web. Hãy cập nhật Excel, hoặc mở tệp này bằng Excel trên web.',
  'noWorkbook.title': 'Chưa kết nối được với sổ làm việc',
  'noWorkbook.body': 'Ngăn tác vụ đang chạy ngoài Excel nên chưa đọc hay ghi được trang tính nào.',

  'task.working': 'Đang xử lý…',
  'task.progress': 'Đã xong {done}/{total}',
  'error.unexpected': 'Có lỗi không mong đợi: {detail}. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người quản trị kèm nội dung này.',
  'problems.label': 'Danh sách vấn đề',
  'problems.summary': '{errors} lỗi, {warnings} cảnh báo, {infos} ghi chú',
  'problems.none': 'Không có vấn đề nào.',
  'problems.more': 'Xem thêm {count} vấn đề',
  'problems.goTo': 'Chọn ô {address} trong trang tính {sheet}',
  'severity.error': 'Lỗi',
  'severity.warning': 'Cảnh báo',
  'severity.info': 'Ghi chú',
  'help.label': 'Trợ giúp',
  'help.selfTest': 'Kiểm tra Excel này',
} as const;

/** Every key of the shell's dictionary; en.ts must have exactly these. */
export type ShellKey = keyof typeof vi;
