import type { MessageMap } from './types';

/**
 * Files that cannot be read as a register, each named with what to do (SPEC §3): the other files
 * are still read. Shared by the CLI and the pane, for any command that opens a file.
 */
export const fileMessages: MessageMap = {
  vi: {
    'file.xls':
      'Tệp "{file}" là bảng tính Excel 97–2003 (.xls) hoặc định dạng cũ, chưa đọc được: mở bằng Excel và lưu thành .xlsx (Tệp → Lưu thành → Sổ làm việc Excel), rồi thêm lại.',
    'file.encrypted':
      'Tệp "{file}" được đặt mật khẩu nên không đọc được: mở bằng Excel, nhập mật khẩu, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa trống) và lưu lại, rồi thêm lại.',
    'file.damaged':
      'Tệp "{file}" bị hỏng hoặc chưa tải về trọn vẹn nên không mở được: xin đơn vị gửi lại, hoặc mở bằng Excel (Excel có thể sửa) và lưu thành .xlsx.',
    'file.empty': 'Tệp "{file}" trống (0 byte): xin đơn vị gửi lại tệp.',
    'file.notWorkbook':
      'Tệp "{file}" không phải bảng tính Excel (.xlsx): chọn đúng tệp danh sách, hoặc mở bằng Excel và lưu thành .xlsx.',
    'file.noRegister':
      'Tệp "{file}" không có danh sách sáng kiến: không trang nào có dòng tiêu đề với cột "Tên sáng kiến" trong {rows} dòng đầu. Kiểm tra đúng tệp chưa, hoặc sửa tên cột.',
    'file.missing': 'Không tìm thấy tệp "{file}": kiểm tra lại tên tệp và thư mục.',
    'file.same': 'Tệp "{file}" giống hệt tệp "{same}" đã thêm nên chỉ đọc một lần.',
  },
  en: {
    'file.xls':
      '"{file}" is an Excel 97–2003 workbook (.xls) or another old format, which cannot be read: open it in Excel and save it as .xlsx (File → Save As → Excel Workbook), then add it again.',
    'file.encrypted':
      '"{file}" is protected by a password, so it cannot be read: open it in Excel, enter the password, remove it (File → Info → Protect Workbook → Encrypt with Password, leave it empty), save, then add it again.',
    'file.damaged':
      '"{file}" is damaged or was not downloaded completely, so it cannot be opened: ask the union to send it again, or open it in Excel (which may repair it) and save it as .xlsx.',
    'file.empty': '"{file}" is empty (0 bytes): ask the union to send it again.',
    'file.notWorkbook':
      '"{file}" is not an Excel workbook (.xlsx): choose the register file, or open it in Excel and save it as .xlsx.',
    'file.noRegister':
      '"{file}" holds no register: no sheet has a header row with a "Tên sáng kiến" (initiative title) column in its first {rows} rows. Check that it is the right file, or fix the column names.',
    'file.missing': '"{file}" was not found: check the file name and the folder.',
    'file.same': '"{file}" is identical to "{same}", already added, so it is read once.',
  },
};
