// The workbench's own words (the task pane inside it brings its own).
import { defineMessages } from '../taskpane/i18n';

const vi = {
  'page.title': 'Bàn thử — Hội đồng sáng kiến',
  'page.subtitle': 'Excel mô phỏng',
  'open.button': 'Mở tệp .xlsx',
  'open.input': 'Chọn tệp .xlsx để mở',
  'open.loading': 'Đang mở {file}…',
  'open.loaded': 'Đã mở {file}: {sheets} trang tính.',
  'open.failed': 'Không mở được {file}: {reason}',
  'sample.loaded': 'Sổ mẫu: danh sách {count} sáng kiến.',
  'language.label': 'Ngôn ngữ',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',
  'book.label': 'Sổ làm việc mô phỏng',
  'book.sheets': 'Trang tính',
  'book.grid': 'Trang tính {sheet}',
  'book.nameBox': 'Ô đang chọn',
  'book.cellText': 'Nội dung ô',
  'book.empty': 'Sổ làm việc không có trang tính nào.',
  'book.chart': 'Biểu đồ',
  'pane.label': 'Ngăn tác vụ',
  'stats.syncs': '{syncs} lần đồng bộ',
  'created.button': 'Sổ đã tạo ({count})',
  'created.item': 'Tải về sổ mới {n}',
} as const;

const en: Readonly<Record<keyof typeof vi, string>> = {
  'page.title': 'Workbench — Initiative council',
  'page.subtitle': 'Simulated Excel',
  'open.button': 'Open .xlsx file',
  'open.input': 'Choose an .xlsx file to open',
  'open.loading': 'Opening {file}…',
  'open.loaded': 'Opened {file}: {sheets} sheets.',
  'open.failed': 'Could not open {file}: {reason}',
  'sample.loaded': 'Sample workbook: a register of {count} initiatives.',
  'language.label': 'Language',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',
  'book.label': 'Simulated workbook',
  'book.sheets': 'Sheets',
  'book.grid': 'Sheet {sheet}',
  'book.nameBox': 'Selected cell',
  'book.cellText': 'Cell contents',
  'book.empty': 'The workbook has no sheets.',
  'book.chart': 'Chart',
  'pane.label': 'Task pane',
  'stats.syncs': '{syncs} syncs',
  'created.button': 'Created workbooks ({count})',
  'created.item': 'Download new workbook {n}',
};

export const workbenchMessages = defineMessages<keyof typeof vi>({ vi, en });
export const useWorkbenchT = workbenchMessages.useT;
