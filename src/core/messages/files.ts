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
    'file.missingFolder': 'Thư mục "{folder}" không tồn tại. Kiểm tra lại đường dẫn, hoặc tạo thư mục đó trước.',
    'file.isFolder': '"{file}" là một thư mục, không phải tệp .xlsx. Hãy chỉ ra tệp .xlsx trong thư mục đó.',
    'file.denied': 'Không có quyền đọc tệp "{file}". Đóng tệp nếu chương trình khác đang giữ nó, hoặc chép tệp sang thư mục của bạn rồi chạy lại.',
    'file.deniedWrite': 'Không có quyền ghi vào thư mục "{folder}". Chọn nơi khác với -o (ví dụ thư mục Tài liệu của bạn).',
    'file.tooManyRows': 'Sheet "{sheet}" của tệp "{file}" có {rows} dòng, vượt giới hạn của Excel ({limit} dòng). Tệp này không phải do Excel lưu hoặc đã hỏng: mở bằng Excel, bỏ các dòng thừa và lưu lại.',
    'file.tooManyColumns': 'Sheet "{sheet}" của tệp "{file}" có {columns} cột, vượt giới hạn của Excel ({limit} cột). Mở bằng Excel, bỏ các cột thừa và lưu lại.',
    'file.tooLarge': 'Tệp "{file}" quá lớn để xử lý trên máy này ({size} MB dữ liệu bảng tính; giới hạn khoảng {limit} MB theo bộ nhớ dành cho lệnh). Xóa các dòng, cột trống hoặc sheet không cần trong tệp, tách danh sách thành nhiều tệp, hoặc cho lệnh thêm bộ nhớ: NODE_OPTIONS=--max-old-space-size=8192.',
    'file.sheetMissing': 'Tệp "{file}" không có sheet "{sheet}". Các sheet có trong tệp: {sheets}.',
    'file.outputIsInput': 'Tệp kết quả "{file}" chính là tệp đầu vào "{input}" (cùng một tệp, qua liên kết hoặc tên khác). Tệp đầu vào không bao giờ bị ghi: hãy chọn tên khác với -o.',
    'file.outputExists': 'Tệp "{file}" đã có. Để không mất dữ liệu trong đó (điểm đã nhập chẳng hạn), lệnh không ghi đè: chọn tên khác với -o, hoặc thêm --force nếu chắc chắn muốn thay tệp đó.',
    'file.outputRenamed': 'Tệp "{wanted}" đã có nên không bị ghi đè; kết quả được ghi vào "{file}".',
    'file.writeFailed': 'Không ghi được "{file}": {reason}. Không có tệp nào được tạo dưới tên đó; tệp đầu vào không bị sửa.',
    'file.reason.diskFull': 'ổ đĩa đã đầy, hãy giải phóng chỗ trống rồi chạy lại',
    'file.reason.denied': 'không có quyền ghi vào thư mục này, hãy chọn nơi khác với -o',
    'file.reason.readOnly': 'ổ đĩa chỉ cho đọc, hãy chọn nơi khác với -o',
    'file.reason.other': 'lỗi hệ thống {detail}',
    'file.stdoutFailed': 'Không ghi được kết quả ra đầu ra chuẩn ({detail}): ổ đĩa đầy hoặc nơi nhận đã đóng. Kết quả chưa đầy đủ.',
    'file.unexpected': 'Lệnh dừng vì một lỗi không lường trước: {detail}. Tệp đầu vào không bị sửa và không có tệp kết quả dở dang. Hãy báo lỗi này kèm tệp đã dùng.',
    'file.badPackets': 'Không đọc được thư mục phiếu "{folder}": đó là một tệp, không phải thư mục. Chọn thư mục khác với --out.',
    'file.sameFileTwice': 'Tệp "{file}" được nêu hai lần; chỉ đọc một lần.',
    'file.stored.chars': 'Ô {cell} của sheet "{sheet}" có ký tự không lưu được trong tệp .xlsx ({detail}); đã thay bằng "\uFFFD". Kiểm tra lại nội dung ô này trong tệp nguồn.',
    'file.stored.long': 'Ô {cell} của sheet "{sheet}" dài {detail} ký tự, quá giới hạn 32.767 ký tự một ô của Excel; phần cuối đã bị cắt.',
    'file.stored.nonFinite': 'Ô {cell} của sheet "{sheet}" không phải một số hữu hạn ({detail}); đã để trống.',
    'file.stored.height': 'Dòng {cell} của sheet "{sheet}" cao {detail} pt, quá giới hạn 409 pt của Excel; đã đặt 409 pt.',
    'file.stored.more': '… và {count} ô khác như vậy.',
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
    'file.missingFolder': 'Folder "{folder}" does not exist. Check the path, or create the folder first.',
    'file.isFolder': '"{file}" is a folder, not an .xlsx file. Name the .xlsx file inside it.',
    'file.denied': 'File "{file}" cannot be read (permission denied). Close it if another program holds it, or copy it to your own folder and run again.',
    'file.deniedWrite': 'Folder "{folder}" cannot be written (permission denied). Choose another place with -o (your Documents folder, say).',
    'file.tooManyRows': 'Sheet "{sheet}" of "{file}" has {rows} rows, past Excel\'s limit of {limit}. The file was not saved by Excel or is damaged: open it in Excel, remove the extra rows and save it again.',
    'file.tooManyColumns': 'Sheet "{sheet}" of "{file}" has {columns} columns, past Excel\'s limit of {limit}. Open it in Excel, remove the extra columns and save it again.',
    'file.tooLarge': 'File "{file}" is too large to process on this machine ({size} MB of sheet data; the limit is about {limit} MB, set by the memory the command may use). Delete empty rows, columns or unneeded sheets, split the register into several files, or give the command more memory: NODE_OPTIONS=--max-old-space-size=8192.',
    'file.sheetMissing': 'File "{file}" has no sheet "{sheet}". Its sheets are: {sheets}.',
    'file.outputIsInput': 'The output "{file}" is the input "{input}" (the same file, through a link or another name). The input is never written: choose another name with -o.',
    'file.outputExists': 'File "{file}" already exists. So that nothing in it is lost (scores typed into it, say), it is not overwritten: choose another name with -o, or add --force if you really mean to replace it.',
    'file.outputRenamed': 'File "{wanted}" already exists, so it was left as it is; the result was written to "{file}".',
    'file.writeFailed': 'Could not write "{file}": {reason}. No file was left under that name; the input was not modified.',
    'file.reason.diskFull': 'the disk is full; free some space and run again',
    'file.reason.denied': 'this folder cannot be written; choose another place with -o',
    'file.reason.readOnly': 'the disk is read-only; choose another place with -o',
    'file.reason.other': 'system error {detail}',
    'file.stdoutFailed': 'Could not write the result to standard output ({detail}): the disk is full or the receiver closed. The output is incomplete.',
    'file.unexpected': 'The command stopped on an unexpected error: {detail}. The input was not modified and no half-written output was left. Please report this error with the files used.',
    'file.badPackets': 'Cannot use "{folder}" as the packets folder: it is a file, not a folder. Choose another folder with --out.',
    'file.sameFileTwice': 'File "{file}" was named twice; it is read once.',
    'file.stored.chars': 'Cell {cell} of sheet "{sheet}" holds characters an .xlsx cannot store ({detail}); they were replaced by "\uFFFD". Check this cell in the source file.',
    'file.stored.long': 'Cell {cell} of sheet "{sheet}" is {detail} characters long, past Excel\'s limit of 32,767 per cell; its end was cut.',
    'file.stored.nonFinite': 'Cell {cell} of sheet "{sheet}" is not a finite number ({detail}); it was left empty.',
    'file.stored.height': 'Row {cell} of sheet "{sheet}" is {detail} pt high, past Excel\'s limit of 409 pt; it was set to 409 pt.',
    'file.stored.more': '… and {count} more such cells.',
  },
};
