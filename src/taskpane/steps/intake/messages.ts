// The import step's own words (the shell holds only its title and purpose).
import { defineMessages } from '../../i18n';

type Key =
  | 'empty'
  | 'existing'
  | 'sheet'
  | 'sheet.auto'
  | 'sheet.hint'
  | 'sheet.none'
  | 'read'
  | 'reading'
  | 'readAgain'
  | 'read.label'
  | 'counts.heading'
  | 'counts.status'
  | 'counts.header'
  | 'counts.header.none'
  | 'counts.initiatives'
  | 'counts.sections'
  | 'counts.skipped'
  | 'counts.duplicates'
  | 'counts.problems'
  | 'counts.conversions'
  | 'counts.reimport'
  | 'mapping.heading'
  | 'mapping.hint'
  | 'mapping.remembered'
  | 'mapping.edited'
  | 'mapping.reset'
  | 'mapping.none'
  | 'mapping.blank'
  | 'mapping.option'
  | 'mapping.sure'
  | 'mapping.likely'
  | 'mapping.unsure'
  | 'mapping.corrected'
  | 'mapping.absent'
  | 'mapping.required'
  | 'mapping.shared'
  | 'field.stt'
  | 'field.title'
  | 'field.authors'
  | 'field.coAuthors'
  | 'field.position'
  | 'field.workplace'
  | 'field.positionWorkplace'
  | 'field.unit'
  | 'field.field'
  | 'field.benefit'
  | 'field.summary'
  | 'conversions.heading'
  | 'conversions.hint'
  | 'conversions.item'
  | 'conversions.goTo'
  | 'more'
  | 'problems.heading'
  | 'problems.none'
  | 'problems.hint'
  | 'problems.group'
  | 'write'
  | 'writing'
  | 'write.label'
  | 'write.withErrors'
  | 'write.nothing'
  | 'write.stale'
  | 'written'
  | 'written.reimport'
  | 'written.mapping'
  | 'goCouncil';

export const intakeMessages = defineMessages<Key>({
  vi: {
    empty: 'Chưa đọc danh sách. Mở tệp danh sách sáng kiến (hoặc chép nó vào sổ tính này), chọn trang chứa danh sách rồi bấm "Đọc danh sách". Trang gốc không bị sửa.',
    existing: 'Sổ tính đã có sheet "{sheet}". Đọc lại danh sách gốc sẽ giữ nguyên Mã SK và điểm của các sáng kiến vẫn còn.',
    sheet: 'Trang chứa danh sách',
    'sheet.auto': 'Tự tìm trang giống danh sách nhất',
    'sheet.hint': 'Trang gốc chỉ được đọc, không bị sửa.',
    'sheet.none': 'Sổ tính chưa có trang nào có dữ liệu ngoài các sheet của phần mềm. Mở hoặc dán danh sách sáng kiến vào một trang rồi đọc lại.',
    read: 'Đọc danh sách',
    reading: 'Đang đọc danh sách…',
    readAgain: 'Đọc lại',
    'read.label': 'Đang đọc trang danh sách…',
    'counts.heading': 'Kết quả đọc trang "{sheet}"',
    'counts.status': 'Đọc được {count} sáng kiến; {problems} vấn đề, trong đó {errors} lỗi.',
    'counts.header': 'Dòng tiêu đề',
    'counts.header.none': 'không tìm thấy',
    'counts.initiatives': 'Sáng kiến',
    'counts.sections': 'Dòng mục (đơn vị, lĩnh vực)',
    'counts.skipped': 'Dòng bỏ qua (trống, cộng, ghi chú)',
    'counts.duplicates': 'Trùng lặp',
    'counts.problems': 'Vấn đề',
    'counts.conversions': 'Ô chuyển bảng mã',
    'counts.reimport': 'So với sheet "Sáng kiến" hiện có: giữ mã {kept}, mới {added}, không còn trong danh sách {vanished}.',
    'mapping.heading': 'Ghép cột ({mapped}/{total})',
    'mapping.hint': 'Mỗi thông tin lấy từ cột nào. Nếu sai, chọn lại cột: danh sách được đọc lại ngay, và cách ghép được ghi nhớ trong sổ tính khi ghi sheet.',
    'mapping.remembered': 'Đang dùng cách ghép cột đã ghi nhớ cho trang này.',
    'mapping.edited': 'Cách ghép cột đã được sửa; sẽ được ghi nhớ khi ghi sheet "Sáng kiến".',
    'mapping.reset': 'Trả về cách ghép tự nhận',
    'mapping.none': 'Không có',
    'mapping.blank': '(trống)',
    'mapping.option': 'Cột {letter}: {header}',
    'mapping.sure': 'Cột {letter}, chắc chắn ({percent} %)',
    'mapping.likely': 'Cột {letter}, khá chắc ({percent} %)',
    'mapping.unsure': 'Cột {letter}, không chắc ({percent} %): kiểm tra lại',
    'mapping.corrected': 'Cột {letter}, do bạn chọn',
    'mapping.absent': 'Không thấy cột này',
    'mapping.required': 'Cần có cột này: chọn cột chứa nó',
    'mapping.shared': 'Cột {letter} cũng được ghép cho "{other}"',
    'field.stt': 'Số thứ tự',
    'field.title': 'Tên sáng kiến',
    'field.authors': 'Tác giả',
    'field.coAuthors': 'Đồng tác giả',
    'field.position': 'Chức vụ',
    'field.workplace': 'Đơn vị công tác',
    'field.positionWorkplace': 'Chức vụ và đơn vị (chung một cột)',
    'field.unit': 'Công đoàn cấp trên',
    'field.field': 'Lĩnh vực',
    'field.benefit': 'Giá trị làm lợi',
    'field.summary': 'Tóm tắt',
    'conversions.heading': 'Chuyển bảng mã cũ sang Unicode ({count})',
    'conversions.hint': 'Các ô này được gõ bằng bảng mã cũ (TCVN3, VNI) và sẽ được ghi sang Unicode như dưới đây. Bấm vào một ô để xem nó trong trang gốc.',
    'conversions.item': '{address} ({encoding}): "{from}" → "{to}"',
    'conversions.goTo': 'Chọn ô {address} trong trang tính {sheet}',
    more: 'Xem thêm {count}',
    'problems.heading': 'Vấn đề ({count})',
    'problems.none': 'Không có vấn đề nào.',
    'problems.hint': 'Bấm vào một nhóm để xem từng dòng; bấm vào một dòng để chọn ô đó trong trang gốc. Có thể ghi ngay (các vấn đề được ghi vào cột "Kiểm tra"), hoặc sửa trang gốc rồi đọc lại.',
    'problems.group': '{severity}: {title} ({count})',
    write: 'Ghi sheet Sáng kiến',
    writing: 'Đang ghi…',
    'write.label': 'Đang ghi sheet "Sáng kiến"…',
    'write.withErrors': 'Còn {count} lỗi. Vẫn có thể ghi: các dòng lỗi được ghi kèm ghi chú ở cột "Kiểm tra".',
    'write.nothing': 'Không có sáng kiến nào để ghi. Chọn đúng trang hoặc sửa cách ghép cột.',
    'write.stale': 'Bạn đã chọn trang khác. Bấm "Đọc danh sách" để đọc trang đó trước khi ghi.',
    written: 'Đã ghi {count} sáng kiến vào sheet "{sheet}".',
    'written.reimport': 'Giữ nguyên mã {kept} sáng kiến, thêm {added} sáng kiến mới, {vanished} sáng kiến không còn trong danh sách.',
    'written.mapping': 'Cách ghép cột đã được ghi nhớ cho trang "{sheet}".',
    goCouncil: 'Sang bước Hội đồng',
  },
  en: {
    empty: 'The register has not been read yet. Open the register file (or copy it into this workbook), choose the sheet that holds it, then click "Read register". The source sheet is not changed.',
    existing: 'The workbook already has a "{sheet}" sheet. Reading the register again keeps the Mã SK ids and scores of initiatives still in it.',
    sheet: 'Sheet holding the register',
    'sheet.auto': 'Find the sheet that looks most like a register',
    'sheet.hint': 'The source sheet is only read, never changed.',
    'sheet.none': 'The workbook has no sheet with data besides the add-in\'s own. Open or paste the register into a sheet, then read again.',
    read: 'Read register',
    reading: 'Reading the register…',
    readAgain: 'Read again',
    'read.label': 'Reading the register sheet…',
    'counts.heading': 'What was read from "{sheet}"',
    'counts.status': '{count} initiatives read; {problems} problems, {errors} of them errors.',
    'counts.header': 'Header rows',
    'counts.header.none': 'not found',
    'counts.initiatives': 'Initiatives',
    'counts.sections': 'Section rows (unions, fields)',
    'counts.skipped': 'Rows skipped (blank, totals, notes)',
    'counts.duplicates': 'Duplicates',
    'counts.problems': 'Problems',
    'counts.conversions': 'Cells converted from a legacy encoding',
    'counts.reimport': 'Compared with the current "Sáng kiến" sheet: {kept} ids kept, {added} new, {vanished} no longer in the register.',
    'mapping.heading': 'Column mapping ({mapped}/{total})',
    'mapping.hint': 'Which column each piece of information comes from. If one is wrong, pick the right column: the register is read again at once, and the mapping is remembered in the workbook when the sheet is written.',
    'mapping.remembered': 'Using the column mapping remembered for this sheet.',
    'mapping.edited': 'The column mapping was corrected; it will be remembered when the "Sáng kiến" sheet is written.',
    'mapping.reset': 'Go back to the recognised mapping',
    'mapping.none': 'None',
    'mapping.blank': '(blank)',
    'mapping.option': 'Column {letter}: {header}',
    'mapping.sure': 'Column {letter}, certain ({percent} %)',
    'mapping.likely': 'Column {letter}, likely ({percent} %)',
    'mapping.unsure': 'Column {letter}, unsure ({percent} %): check it',
    'mapping.corrected': 'Column {letter}, chosen by you',
    'mapping.absent': 'No such column found',
    'mapping.required': 'This column is needed: choose the column that holds it',
    'mapping.shared': 'Column {letter} is also mapped to "{other}"',
    'field.stt': 'Item number',
    'field.title': 'Initiative title',
    'field.authors': 'Author',
    'field.coAuthors': 'Co-authors',
    'field.position': 'Position',
    'field.workplace': 'Workplace',
    'field.positionWorkplace': 'Position and workplace (one column)',
    'field.unit': 'Upper-level union',
    'field.field': 'Field',
    'field.benefit': 'Benefit value',
    'field.summary': 'Summary',
    'conversions.heading': 'Legacy encodings converted to Unicode ({count})',
    'conversions.hint': 'These cells were typed in a legacy encoding (TCVN3, VNI) and will be written in Unicode as shown. Click one to see it in the source sheet.',
    'conversions.item': '{address} ({encoding}): "{from}" → "{to}"',
    'conversions.goTo': 'Select cell {address} in sheet {sheet}',
    more: 'Show {count} more',
    'problems.heading': 'Problems ({count})',
    'problems.none': 'No problems.',
    'problems.hint': 'Open a group to see its rows; click a row to select its cell in the source sheet. You can write now (problems go into the "Kiểm tra" column), or fix the source sheet and read again.',
    'problems.group': '{severity}: {title} ({count})',
    write: 'Write the Sáng kiến sheet',
    writing: 'Writing…',
    'write.label': 'Writing the "Sáng kiến" sheet…',
    'write.withErrors': '{count} errors remain. You can still write: those rows carry a note in the "Kiểm tra" column.',
    'write.nothing': 'There is no initiative to write. Choose the right sheet or correct the column mapping.',
    'write.stale': 'You chose another sheet. Click "Read register" to read it before writing.',
    written: '{count} initiatives written to the "{sheet}" sheet.',
    'written.reimport': '{kept} initiatives kept their ids, {added} are new, {vanished} are no longer in the register.',
    'written.mapping': 'The column mapping is remembered for sheet "{sheet}".',
    goCouncil: 'Go to the council step',
  },
});

type GroupKey =
  | 'intake.sheet.none'
  | 'intake.sheet.notFound'
  | 'intake.header.notFound'
  | 'intake.column.missing'
  | 'intake.merges.unknown'
  | 'intake.encoding.converted'
  | 'intake.encoding.font'
  | 'intake.encoding.row'
  | 'intake.rows.none'
  | 'intake.title.missing'
  | 'intake.author.missing'
  | 'intake.author.unsure'
  | 'intake.workplace.missing'
  | 'intake.cell.error'
  | 'intake.field.unknown'
  | 'intake.money.ambiguous'
  | 'intake.money.unreadable'
  | 'intake.money.small'
  | 'intake.money.negative'
  | 'intake.money.tooLarge'
  | 'intake.money.error'
  | 'intake.money.text'
  | 'intake.duplicate';

/** A short name per problem code, for the group headers; each problem's own sentence says what to fix. */
export const problemGroupMessages = defineMessages<GroupKey>({
  vi: {
    'intake.sheet.none': 'Sổ tính trống',
    'intake.sheet.notFound': 'Không có trang đã chọn',
    'intake.header.notFound': 'Không thấy dòng tiêu đề',
    'intake.column.missing': 'Thiếu cột',
    'intake.merges.unknown': 'Có thể có ô gộp',
    'intake.encoding.converted': 'Đã chuyển bảng mã',
    'intake.encoding.font': 'Đã chuyển bảng mã (theo phông chữ)',
    'intake.encoding.row': 'Đã chuyển bảng mã (theo các ô cùng dòng)',
    'intake.rows.none': 'Không có sáng kiến nào',
    'intake.title.missing': 'Thiếu tên sáng kiến',
    'intake.author.missing': 'Thiếu tác giả',
    'intake.author.unsure': 'Tên hay chức vụ?',
    'intake.workplace.missing': 'Thiếu đơn vị công tác',
    'intake.cell.error': 'Ô có lỗi công thức',
    'intake.field.unknown': 'Lĩnh vực không nhận ra',
    'intake.money.ambiguous': 'Số tiền viết chưa rõ',
    'intake.money.unreadable': 'Không đọc được số tiền',
    'intake.money.small': 'Số tiền nhỏ bất thường',
    'intake.money.negative': 'Số tiền âm',
    'intake.money.tooLarge': 'Số tiền quá lớn',
    'intake.money.error': 'Ô số tiền có lỗi công thức',
    'intake.money.text': 'Giá trị làm lợi không có số',
    'intake.duplicate': 'Trùng lặp',
  },
  en: {
    'intake.sheet.none': 'Empty workbook',
    'intake.sheet.notFound': 'Chosen sheet missing',
    'intake.header.notFound': 'No header row found',
    'intake.column.missing': 'Missing column',
    'intake.merges.unknown': 'Merged cells possible',
    'intake.encoding.converted': 'Encoding converted',
    'intake.encoding.font': 'Encoding converted (by the font)',
    'intake.encoding.row': 'Encoding converted (by the row)',
    'intake.rows.none': 'No initiatives',
    'intake.title.missing': 'Title missing',
    'intake.author.missing': 'Author missing',
    'intake.author.unsure': 'Name or position?',
    'intake.workplace.missing': 'Workplace missing',
    'intake.cell.error': 'Formula error in a cell',
    'intake.field.unknown': 'Field not recognised',
    'intake.money.ambiguous': 'Ambiguous amount',
    'intake.money.unreadable': 'Unreadable amount',
    'intake.money.small': 'Unusually small amount',
    'intake.money.negative': 'Negative amount',
    'intake.money.tooLarge': 'Amount too large',
    'intake.money.error': 'Formula error in the amount',
    'intake.money.text': 'Benefit without a figure',
    'intake.duplicate': 'Duplicates',
  },
});
