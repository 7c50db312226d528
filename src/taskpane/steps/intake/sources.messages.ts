// The words of the import step's "several sources" section (its own file: the step's messages.ts
// is long already).
import { defineMessages } from '../../i18n';

type Key =
  | 'heading'
  | 'hint'
  | 'sheets'
  | 'add'
  | 'adding'
  | 'add.label'
  | 'add.progress'
  | 'drop'
  | 'list'
  | 'line.read'
  | 'line.header'
  | 'unit.dong'
  | 'unit.thousand'
  | 'unit.million'
  | 'unit.billion'
  | 'encoding.unicode'
  | 'remove'
  | 'remove.short'
  | 'fix'
  | 'fix.short'
  | 'fix.close'
  | 'fix.heading'
  | 'counts.heading';

export const sourceMessages = defineMessages<Key>({
  vi: {
    heading: 'Nhiều nguồn',
    hint: 'Danh sách gửi về thành nhiều tệp (mỗi đơn vị một tệp) hoặc nhiều trang? Đánh dấu các trang của sổ này và thêm tệp .xlsx của từng đơn vị: tất cả được đọc thành một danh sách, tìm trùng giữa các nguồn. Tệp chỉ được đọc trên máy này, không gửi đi đâu và không bị sửa.',
    sheets: 'Đọc cùng các trang khác của sổ này',
    add: 'Thêm tệp .xlsx…',
    adding: 'Đang đọc tệp…',
    'add.label': 'Thêm tệp danh sách (.xlsx) từ máy tính',
    'add.progress': 'Đang đọc các tệp đã thêm…',
    drop: 'Hoặc kéo thả các tệp .xlsx vào đây',
    list: 'Các nguồn đã đọc',
    'line.read': '{rows} sáng kiến · {header} · {unit} · {encoding} · {duplicates} trùng · {problems} vấn đề',
    'line.header': 'tiêu đề dòng {rows}',
    'unit.dong': 'tiền: đồng',
    'unit.thousand': 'tiền: nghìn đồng',
    'unit.million': 'tiền: triệu đồng',
    'unit.billion': 'tiền: tỷ đồng',
    'encoding.unicode': 'Unicode',
    remove: 'Bỏ nguồn {source}',
    'remove.short': 'Bỏ',
    fix: 'Sửa ghép cột của {source}',
    'fix.short': 'Sửa ghép cột',
    'fix.close': 'Đóng phần ghép cột',
    'fix.heading': 'Ghép cột của {source}',
    'counts.heading': 'Kết quả đọc {count} nguồn',
  },
  en: {
    heading: 'Several sources',
    hint: "Did the register come as several files (one per union) or several sheets? Tick the sheets of this workbook and add each union's .xlsx file: all are read as one register, with duplicates found across them. Files are only read on this computer, never sent anywhere and never changed.",
    sheets: 'Also read these sheets of this workbook',
    add: 'Add .xlsx files…',
    adding: 'Reading files…',
    'add.label': 'Add register files (.xlsx) from this computer',
    'add.progress': 'Reading the files added…',
    drop: 'Or drop .xlsx files here',
    list: 'Sources read',
    'line.read': '{rows} initiatives · {header} · {unit} · {encoding} · {duplicates} duplicates · {problems} problems',
    'line.header': 'header row {rows}',
    'unit.dong': 'money: đồng',
    'unit.thousand': 'money: thousand đồng',
    'unit.million': 'money: million đồng',
    'unit.billion': 'money: billion đồng',
    'encoding.unicode': 'Unicode',
    remove: 'Drop source {source}',
    'remove.short': 'Drop',
    fix: 'Correct the columns of {source}',
    'fix.short': 'Correct columns',
    'fix.close': 'Close the column mapping',
    'fix.heading': 'Columns of {source}',
    'counts.heading': 'What was read from {count} sources',
  },
});
