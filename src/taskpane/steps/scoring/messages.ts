// The scoring step's own words (the shell holds only its title and purpose).
import { defineMessages } from '../../i18n';

type Key =
  | 'loading'
  | 'reload'
  | 'noRegister'
  | 'noScores'
  | 'noReviewers'
  | 'goAssignment'
  | 'goImport'
  | 'noLayout'
  | 'reviewer'
  | 'reviewerPlaceholder'
  | 'reviewerHint'
  | 'pickFirst'
  | 'mode'
  | 'mode.reviewer'
  | 'mode.clerk'
  | 'progress'
  | 'filter'
  | 'filter.all'
  | 'filter.todo'
  | 'filter.done'
  | 'filter.review'
  | 'search'
  | 'queue'
  | 'queueEmpty'
  | 'queueMore'
  | 'status.todo'
  | 'status.done'
  | 'status.review'
  | 'card'
  | 'field'
  | 'benefit'
  | 'benefitUnknown'
  | 'criterion'
  | 'comment'
  | 'conflict'
  | 'conflictHint'
  | 'keys'
  | 'save'
  | 'saveNext'
  | 'state.saved'
  | 'state.saving'
  | 'state.unsaved'
  | 'state.invalid'
  | 'state.failed'
  | 'state.draft'
  | 'retry'
  | 'allDone'
  | 'goRow'
  | 'clerkHint'
  | 'clerkTable'
  | 'clerkId'
  | 'clerkCell'
  | 'clerkComment'
  | 'clerkConflict'
  | 'clerkState'
  | 'rowSaved'
  | 'rowFailed'
  | 'packets'
  | 'packetsHint'
  | 'paper'
  | 'paperHint'
  | 'paperDownload'
  | 'paperDownloading'
  | 'paperDownloaded'
  | 'paperWrite'
  | 'paperWriting'
  | 'paperWritten'
  | 'paperKept'
  | 'paperNone'
  | 'paperGoTo'
  | 'export'
  | 'exporting'
  | 'exported'
  | 'exportedNone'
  | 'noCreateWorkbook'
  | 'import'
  | 'importing'
  | 'importLabel'
  | 'imported'
  | 'importedFile'
  | 'unreadable'
  | 'refused'
  | 'conflicts'
  | 'conflictLine'
  | 'empty';

export const scoringMessages = defineMessages<Key>({
  vi: {
    loading: 'Đang đọc sheet "Chấm điểm"…',
    reload: 'Đọc lại sheet Chấm điểm',
    noRegister: 'Chưa có danh sách sáng kiến. Hãy nhập danh sách ở bước Nhập danh sách trước.',
    noScores: 'Chưa có sheet "Chấm điểm". Hãy phân công người chấm ở bước Phân công trước.',
    noReviewers: 'Sheet "Chấm điểm" chưa giao sáng kiến nào cho thành viên. Hãy phân công ở bước Phân công.',
    goAssignment: 'Sang bước Phân công',
    goImport: 'Sang bước Nhập danh sách',
    noLayout: 'Không đọc được tiêu đề sheet "Chấm điểm" nên chưa thể lưu điểm. Sửa các vấn đề dưới đây rồi đọc lại.',
    reviewer: 'Thành viên chấm',
    reviewerPlaceholder: 'Chọn tên thành viên',
    reviewerHint: 'Chọn tên của bạn (hoặc của thành viên có phiếu giấy) để bắt đầu.',
    pickFirst: 'Chọn một thành viên ở trên để xem các sáng kiến được giao.',
    mode: 'Cách nhập điểm',
    'mode.reviewer': 'Thành viên tự chấm',
    'mode.clerk': 'Thư ký nhập phiếu giấy',
    progress: 'Đã chấm {progress}',
    filter: 'Lọc danh sách',
    'filter.all': 'Tất cả ({count})',
    'filter.todo': 'Chưa chấm ({count})',
    'filter.done': 'Đã chấm ({count})',
    'filter.review': 'Cần xem lại ({count})',
    search: 'Tìm theo Mã SK hoặc tên sáng kiến',
    queue: 'Sáng kiến được giao',
    queueEmpty: 'Không có sáng kiến nào khớp bộ lọc.',
    queueMore: 'Đang hiện {shown}/{total}. Gõ vào ô tìm kiếm để thu hẹp.',
    'status.todo': 'Chưa chấm',
    'status.done': 'Đã chấm',
    'status.review': 'Cần xem lại',
    card: 'Phiếu chấm {id}',
    field: 'Lĩnh vực',
    benefit: 'Hiệu quả',
    benefitUnknown: 'chưa ghi',
    criterion: '{code} — {name} (0–{max})',
    comment: 'Nhận xét',
    conflict: 'Xung đột lợi ích',
    conflictHint: 'Đánh dấu nếu bạn có liên quan đến sáng kiến này; khi đó không cần cho điểm.',
    keys: 'Gõ điểm (7,5 hoặc 7.5), Tab sang ô tiếp theo, Enter để lưu và sang sáng kiến tiếp theo.',
    save: 'Lưu',
    saveNext: 'Lưu và sang tiếp',
    'state.saved': 'Đã lưu',
    'state.saving': 'Đang lưu…',
    'state.unsaved': 'Chưa lưu',
    'state.invalid': 'Chưa lưu: sửa các ô báo lỗi',
    'state.failed': 'Không lưu được: {error} Bản nháp được giữ trên máy này.',
    'state.draft': 'Chưa lưu: đã khôi phục bản nháp chưa lưu được lần trước.',
    retry: 'Thử lưu lại',
    allDone: 'Đã chấm xong tất cả sáng kiến được giao. Cảm ơn!',
    goRow: 'Đến dòng {row} trong sheet',
    clerkHint: 'Nhập theo phiếu giấy: Tab sang phải, Enter xuống dòng dưới. Mỗi dòng được lưu khi rời khỏi dòng.',
    clerkTable: 'Bảng nhập điểm của {member}',
    clerkId: 'Mã SK',
    clerkCell: '{code} của {id}',
    clerkComment: 'Nhận xét của {id}',
    clerkConflict: 'Xung đột lợi ích ở {id}',
    clerkState: 'Trạng thái',
    rowSaved: 'Đã lưu {id}',
    rowFailed: 'Không lưu được {id}: {error}',
    paper: 'Phiếu chấm giấy',
    paperHint: 'Cho hội đồng chấm trên giấy: mỗi thành viên một trang A4 với các sáng kiến được giao (mã, tên, lĩnh vực; không có tên tác giả), ô điểm từng tiêu chí, tổng điểm và chỗ ký. Thư ký nhập lại điểm ở trên.',
    paperDownload: 'Tải phiếu chấm (.docx)',
    paperDownloading: 'Đang lập phiếu chấm…',
    paperDownloaded: 'Đã tải về "{file}": {count} phiếu, mỗi thành viên một trang riêng.',
    paperWrite: 'Ghi sheet Phiếu chấm',
    paperWriting: 'Đang ghi sheet Phiếu chấm…',
    paperWritten: 'Đã ghi sheet "{sheet}": {count} phiếu, ngắt trang giữa các thành viên. In sheet này để phát cho hội đồng.',
    paperKept: 'Sheet "{sheet}" đã được sửa tay nên được giữ lại với tên "{keptAs}".',
    paperNone: 'Chưa có thành viên nào được giao sáng kiến nên chưa có phiếu chấm.',
    paperGoTo: 'Đến sheet Phiếu chấm',
    packets: 'Phiếu chấm gửi thành viên',
    packetsHint: 'Khi thành viên không chấm chung sổ này: xuất mỗi người một phiếu chấm (sổ Excel riêng, không có tên tác giả), rồi nhận phiếu đã chấm về.',
    export: 'Xuất phiếu chấm',
    exporting: 'Đang tạo phiếu chấm…',
    exported: 'Đã mở {count} phiếu chấm. Lưu từng sổ với tên gợi ý rồi gửi cho thành viên.',
    exportedNone: 'Chưa có thành viên nào được giao sáng kiến nên không có phiếu để xuất.',
    noCreateWorkbook: 'Excel này chưa mở được sổ mới từ tiện ích (cần ExcelApi 1.8). Hãy dùng dòng lệnh sangkien để xuất phiếu.',
    import: 'Nhận phiếu chấm',
    importing: 'Đang đọc phiếu chấm…',
    importLabel: 'Chọn các tệp phiếu chấm (.xlsx) đã nhận',
    imported: 'Đã nhận {files} tệp, ghi {written} ô điểm.',
    importedFile: '{source} ({member}): ghi {written} ô.',
    unreadable: '{source}: không phải tệp Excel (.xlsx) đọc được. Xin thành viên gửi lại đúng tệp phiếu chấm.',
    refused: '{source}: không nhận phiếu này, không ghi ô nào.',
    conflicts: '{count} ô khác với điểm đã có, KHÔNG ghi đè. Thư ký kiểm tra và sửa tay nếu cần:',
    conflictLine: '{id} · {member} · {field} (ô {column}{row}): đang có {existing}, phiếu ghi {incoming}',
    empty: '(trống)',
  },
  en: {
    loading: 'Reading the "Chấm điểm" sheet…',
    reload: 'Read the score sheet again',
    noRegister: 'There is no register yet. Import it in the Import step first.',
    noScores: 'There is no "Chấm điểm" sheet yet. Assign reviewers in the Assignment step first.',
    noReviewers: 'The "Chấm điểm" sheet assigns no initiative to any member. Assign reviewers in the Assignment step.',
    goAssignment: 'Go to Assignment',
    goImport: 'Go to Import register',
    noLayout: 'The header of the "Chấm điểm" sheet cannot be read, so scores cannot be saved yet. Fix the problems below, then read again.',
    reviewer: 'Reviewer',
    reviewerPlaceholder: 'Choose a member',
    reviewerHint: 'Choose your name (or the member whose paper sheet you are typing) to start.',
    pickFirst: 'Choose a member above to see the initiatives assigned to them.',
    mode: 'How scores are entered',
    'mode.reviewer': 'Reviewer scores here',
    'mode.clerk': 'Clerk types a paper sheet',
    progress: 'Scored {progress}',
    filter: 'Filter the list',
    'filter.all': 'All ({count})',
    'filter.todo': 'To score ({count})',
    'filter.done': 'Scored ({count})',
    'filter.review': 'Needs review ({count})',
    search: 'Search by Mã SK or title',
    queue: 'Assigned initiatives',
    queueEmpty: 'No initiative matches the filter.',
    queueMore: 'Showing {shown}/{total}. Type in the search box to narrow it.',
    'status.todo': 'To score',
    'status.done': 'Scored',
    'status.review': 'Needs review',
    card: 'Score sheet {id}',
    field: 'Field',
    benefit: 'Benefit',
    benefitUnknown: 'not given',
    criterion: '{code} — {name} (0–{max})',
    comment: 'Comment',
    conflict: 'Conflict of interest',
    conflictHint: 'Tick if you are connected to this initiative; no score is needed then.',
    keys: 'Type a score (7.5 or 7,5), Tab to the next box, Enter to save and go to the next initiative.',
    save: 'Save',
    saveNext: 'Save and next',
    'state.saved': 'Saved',
    'state.saving': 'Saving…',
    'state.unsaved': 'Not saved yet',
    'state.invalid': 'Not saved: fix the boxes marked in red',
    'state.failed': 'Could not save: {error} The draft is kept on this computer.',
    'state.draft': 'Not saved: restored the draft that could not be saved last time.',
    retry: 'Try saving again',
    allDone: 'Every assigned initiative is scored. Thank you!',
    goRow: 'Go to row {row} in the sheet',
    clerkHint: 'Type from the paper sheet: Tab moves right, Enter moves down. Each row is saved when you leave it.',
    clerkTable: 'Score entry for {member}',
    clerkId: 'Mã SK',
    clerkCell: '{code} of {id}',
    clerkComment: 'Comment on {id}',
    clerkConflict: 'Conflict of interest on {id}',
    clerkState: 'State',
    rowSaved: 'Saved {id}',
    rowFailed: 'Could not save {id}: {error}',
    paper: 'Paper score forms',
    paperHint: 'For councils that score on paper: one A4 page per member with their initiatives (id, title, field; no author names), a box per criterion, the total and a place to sign. The clerk types the scores back in above.',
    paperDownload: 'Download score forms (.docx)',
    paperDownloading: 'Building the score forms…',
    paperDownloaded: 'Downloaded "{file}": {count} forms, each member on pages of their own.',
    paperWrite: 'Write the Phiếu chấm sheet',
    paperWriting: 'Writing the Phiếu chấm sheet…',
    paperWritten: 'Wrote sheet "{sheet}": {count} forms, a page break between members. Print it to hand out to the council.',
    paperKept: 'Sheet "{sheet}" had been edited by hand and was kept as "{keptAs}".',
    paperNone: 'No member has been assigned an initiative yet, so there are no score forms.',
    paperGoTo: 'Go to the Phiếu chấm sheet',
    packets: 'Score packets for members',
    packetsHint: 'When members do not score in this workbook: export one packet per member (a separate Excel workbook, without author names), then take the scored packets back in.',
    export: 'Export score packets',
    exporting: 'Building score packets…',
    exported: 'Opened {count} score packets. Save each workbook under the suggested name and send it to the member.',
    exportedNone: 'No member has assigned initiatives, so there is no packet to export.',
    noCreateWorkbook: 'This Excel cannot open a new workbook from an add-in (needs ExcelApi 1.8). Use the sangkien command line to export packets.',
    import: 'Take packets back in',
    importing: 'Reading the packets…',
    importLabel: 'Choose the returned packet files (.xlsx)',
    imported: 'Took in {files} files, wrote {written} score cells.',
    importedFile: '{source} ({member}): wrote {written} cells.',
    unreadable: '{source}: not a readable Excel (.xlsx) file. Ask the member to send the packet file again.',
    refused: '{source}: packet refused, nothing written.',
    conflicts: '{count} cells differ from scores already entered and were NOT overwritten. Check them and fix by hand if needed:',
    conflictLine: '{id} · {member} · {field} (cell {column}{row}): has {existing}, packet says {incoming}',
    empty: '(empty)',
  },
});
