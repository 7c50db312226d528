import type { MessageMap } from './types';

/** Messages for intake codes. Vietnamese first (users' language), English when Office is in English. */
export const intakeMessages: MessageMap = {
  vi: {
    'intake.vanished': 'Không còn trong danh sách gốc khi nhập lại: giữ lại để không mất mã và điểm đã chấm; không được phân công hay xếp hạng.',
    'intake.sheet.none': 'Sổ tính không có trang nào để đọc. Mở tệp danh sách sáng kiến rồi nhập lại.',
    'intake.sheet.notFound': 'Không có trang "{sheet}". Chọn lại trang chứa danh sách sáng kiến.',
    'intake.header.notFound':
      'Không tìm thấy dòng tiêu đề bảng trong {rows} dòng đầu. Trang cần có cột "Tên sáng kiến" (và "Tác giả", "Đơn vị công tác"…); chọn đúng trang hoặc sửa tên cột.',
    'intake.column.missing': 'Không tìm thấy cột "{field}". Thêm cột này hoặc chỉ định cột tương ứng trong phần ghép cột.',
    'intake.merges.unknown':
      'Phiên bản Excel này không cho biết ô nào được gộp. Các cột {columns} có thể có ô gộp nhiều dòng: hãy bỏ gộp ô (Unmerge) và điền giá trị cho từng dòng, rồi nhập lại.',
    'intake.encoding.converted':
      'Dòng này được gõ bằng bảng mã {encoding} và đã được chuyển sang Unicode. Kiểm tra lại tên và tên sáng kiến.',
    'intake.encoding.font':
      'Ô này dùng phông chữ của bảng mã {encoding} nên được đọc theo bảng mã đó và chuyển sang Unicode. Kiểm tra lại tên và tên sáng kiến.',
    'intake.encoding.row':
      'Các ô khác trong dòng được gõ bằng bảng mã {encoding}, nên ô này cũng được đọc theo bảng mã đó và chuyển sang Unicode. Kiểm tra lại tên và tên sáng kiến.',
    'intake.rows.none': 'Bảng có dòng tiêu đề (dòng {row}) nhưng không có sáng kiến nào bên dưới. Chọn đúng trang hoặc điền danh sách.',
    'intake.title.missing': 'Dòng có số thứ tự nhưng thiếu tên sáng kiến. Điền tên sáng kiến.',
    'intake.author.missing': 'Thiếu tên tác giả. Điền họ và tên tác giả.',
    'intake.author.unsure':
      '"{value}" trong ô tác giả không rõ là tên một tác giả hay chức vụ của người đứng trước: đang coi là một tác giả. Nếu là chức vụ, chuyển sang cột "Chức vụ".',
    'intake.workplace.missing': 'Thiếu đơn vị công tác của tác giả. Điền đơn vị công tác.',
    'intake.cell.error': 'Ô có lỗi công thức ({value}). Sửa công thức hoặc gõ giá trị.',
    'intake.field.unknown':
      'Không nhận ra lĩnh vực "{value}". Dùng một tên trong danh mục lĩnh vực hoặc thêm tên gọi khác trong trang "Cấu hình".',
    'intake.money.ambiguous':
      'Không rõ số tiền "{value}": dấu chấm chỉ dùng để tách hàng nghìn (1.250.000), dấu phẩy là dấu thập phân (85,5). Sửa lại cho rõ.',
    'intake.money.unreadable': 'Không đọc được giá trị làm lợi "{value}". Ghi một số tiền (ví dụ 1.250.000 hoặc 350 triệu đồng) hoặc để trống.',
    'intake.money.uncalculated':
      'Giá trị làm lợi là công thức {formula} chưa được tính (tệp do một chương trình khác ghi), nên chưa đọc được. Mở tệp bằng Excel, bấm Lưu (Excel tính lại công thức) rồi đọc lại.',
    'intake.money.date':
      'Giá trị làm lợi là ngày {value}, không phải số tiền: ô đang định dạng Ngày. Đặt định dạng ô là Số (Number) rồi gõ lại số tiền.',
    'intake.money.small':
      'Giá trị làm lợi {value} đồng là quá nhỏ; có thể số này tính bằng triệu đồng. Ghi rõ đơn vị (ví dụ "{value} triệu") hoặc sửa tiêu đề cột.',
    'intake.money.large':
      'Giá trị làm lợi "{value}" vượt 1.000 tỷ đồng theo đơn vị của cột; có thể số này đã tính bằng đồng. Kiểm tra đơn vị ở tiêu đề cột hoặc ghi rõ đơn vị trong ô.',
    'intake.money.negative': 'Giá trị làm lợi "{value}" là số âm. Ghi số tiền làm lợi dương hoặc để trống.',
    'intake.money.tooLarge': 'Giá trị làm lợi "{value}" quá lớn. Kiểm tra đơn vị tính và số chữ số.',
    'intake.money.error': 'Ô giá trị làm lợi có lỗi công thức ({value}). Sửa công thức hoặc gõ số tiền.',
    'intake.money.text':
      'Giá trị làm lợi "{value}" không có con số nên được hiểu là không tính được bằng tiền. Nếu có số tiền, hãy ghi số.',
    'intake.duplicate': 'Trùng với {id} (dòng {row}): cùng tên sáng kiến, tác giả và đơn vị. Giữ một bản hoặc sửa nếu là hai sáng kiến khác nhau.',
    'intake.duplicate.source': 'Trùng với {id} ({source}, dòng {row}): cùng tên sáng kiến, tác giả và đơn vị, hai nơi cùng gửi. Giữ một bản hoặc sửa nếu là hai sáng kiến khác nhau.',
    'intake.sheet.header.notFound': 'Trang "Sáng kiến" không có dòng tiêu đề với cột "Mã SK" và "Tên sáng kiến". Nhập lại danh sách hoặc thêm tiêu đề cột.',
    'intake.sheet.id.missing': 'Dòng chưa có Mã SK; tạm dùng {id}. Chạy "Nhập danh sách" để ghi mã cố định.',
    'intake.sheet.id.invalid': 'Mã SK "{value}" không đúng dạng SK-0001; tạm dùng {id}. Sửa lại mã.',
    'intake.sheet.id.duplicate': 'Mã SK {id} bị lặp; dòng này bị bỏ qua. Mỗi sáng kiến cần một mã riêng.',
    'intake.sheet.duplicateOf.invalid': '"Trùng với" phải là một Mã SK (ví dụ SK-0001), không phải "{value}". Sửa lại.',
    'intake.sheet.duplicateOf.unknown': '"Trùng với" chỉ tới {id}, mã này không có trong danh sách. Sửa lại hoặc xóa.',
  },
  en: {
    'intake.vanished': 'No longer in the register at the last import: kept so its id and scores are not lost; neither assigned nor ranked.',
    'intake.sheet.none': 'The workbook has no sheet to read. Open the register file and import again.',
    'intake.sheet.notFound': 'There is no sheet "{sheet}". Choose the sheet that holds the register.',
    'intake.header.notFound':
      'No table header found in the first {rows} rows. The sheet needs a "Tên sáng kiến" (initiative title) column, and "Tác giả", "Đơn vị công tác"…; choose the right sheet or fix the column names.',
    'intake.column.missing': 'Column "{field}" was not found. Add it, or point to the matching column in the column mapping.',
    'intake.merges.unknown':
      'This version of Excel cannot tell which cells are merged. Columns {columns} may hold cells merged over several rows: unmerge them and fill each row, then import again.',
    'intake.encoding.converted': 'This row was typed in the {encoding} encoding and was converted to Unicode. Check the names and the title.',
    'intake.encoding.font': 'This cell is drawn in a font of the {encoding} encoding, so it was read in that encoding and converted to Unicode. Check the names and the title.',
    'intake.encoding.row':
      'The other cells of this row are typed in the {encoding} encoding, so this cell was read in it too and converted to Unicode. Check the names and the title.',
    'intake.rows.none': 'The table has a header (row {row}) but no initiative under it. Choose the right sheet or fill in the register.',
    'intake.title.missing': 'The row has an item number but no initiative title. Fill in the title.',
    'intake.author.missing': 'The author is missing. Fill in the author\'s full name.',
    'intake.author.unsure':
      '"{value}" in the authors cell is not clearly an author\'s name or the position of the name before it: it is taken as an author. If it is a position, move it to the "Chức vụ" column.',
    'intake.workplace.missing': 'The author\'s workplace is missing. Fill in the workplace.',
    'intake.cell.error': 'The cell holds a formula error ({value}). Fix the formula or type the value.',
    'intake.field.unknown': 'Field "{value}" is not recognised. Use a name from the field list, or add it as an alias in "Cấu hình".',
    'intake.money.ambiguous':
      'The amount "{value}" is ambiguous: a dot only separates thousands (1.250.000) and a comma is the decimal mark (85,5). Write it unambiguously.',
    'intake.money.unreadable': 'The benefit "{value}" cannot be read. Write an amount (e.g. 1.250.000 or 350 triệu đồng) or leave it empty.',
    'intake.money.uncalculated':
      'The benefit is the formula {formula}, never calculated (the file was written by another program), so it cannot be read yet. Open the file in Excel, save it (Excel calculates the formula) and read it again.',
    'intake.money.date':
      'The benefit is the date {value}, not an amount: the cell has a Date format. Set the cell format to Number and type the amount again.',
    'intake.money.small':
      'A benefit of {value} đồng is implausibly small; it may be in millions. Write the unit (e.g. "{value} triệu") or fix the column header.',
    'intake.money.large':
      'The benefit "{value}" exceeds 1,000 billion đồng in the column\'s unit; it may already be in đồng. Check the unit in the column header or write the unit in the cell.',
    'intake.money.negative': 'The benefit "{value}" is negative. Write a positive amount or leave it empty.',
    'intake.money.tooLarge': 'The benefit "{value}" is too large. Check the unit and the number of digits.',
    'intake.money.error': 'The benefit cell holds a formula error ({value}). Fix the formula or type the amount.',
    'intake.money.text': 'The benefit "{value}" has no figure, so it is read as not priced. If there is an amount, write the number.',
    'intake.duplicate': 'Same as {id} (row {row}): same title, author and workplace. Keep one copy, or correct it if they are different initiatives.',
    'intake.duplicate.source': 'Same as {id} ({source}, row {row}): same title, author and workplace, sent by two sources. Keep one copy, or correct it if they are different initiatives.',
    'intake.sheet.header.notFound': 'Sheet "Sáng kiến" has no header row with columns "Mã SK" and "Tên sáng kiến". Import the register again or add the column headers.',
    'intake.sheet.id.missing': 'The row has no Mã SK; {id} is used for now. Run the import to write permanent ids.',
    'intake.sheet.id.invalid': 'Mã SK "{value}" is not of the form SK-0001; {id} is used for now. Correct the id.',
    'intake.sheet.id.duplicate': 'Mã SK {id} appears twice; this row is ignored. Each initiative needs its own id.',
    'intake.sheet.duplicateOf.invalid': '"Trùng với" must be a Mã SK (e.g. SK-0001), not "{value}". Correct it.',
    'intake.sheet.duplicateOf.unknown': '"Trùng với" points to {id}, which is not in the register. Correct or clear it.',
  },
};
