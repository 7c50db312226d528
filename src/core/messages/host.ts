import type { MessageMap } from './types';

/** Messages for host failures and use-case outcomes: what happened and what the clerk can do. */
export const hostMessages: MessageMap = {
  vi: {
    'host.protected': 'Sheet "{sheet}" đang được bảo vệ nên không ghi được. Vào Xem lại → Bỏ bảo vệ trang tính, rồi thử lại.',
    'host.missing': 'Không tìm thấy sheet "{sheet}". Có thể sheet đã bị xóa hoặc đổi tên; chạy lại bước tạo sheet này.',
    'host.unsupported': 'Phiên bản Excel này không hỗ trợ {requirement}. Hãy dùng Microsoft 365, Office 2021 trở lên hoặc Excel trên web.',
    'host.failed': 'Excel báo lỗi khi ghi: {detail}. Sheet nguồn và điểm đã chấm không bị ghi; các sheet của tiện ích có thể mới ghi một phần: hãy chạy lại bước này để ghi lại đầy đủ.',
    'app.noRegister': 'Chưa có sheet "Sáng kiến". Hãy nhập danh sách sáng kiến ở bước Nhập danh sách trước.',
    'app.noCouncil': 'Chưa có thành viên nào trong sheet "Hội đồng". Hãy thêm thành viên ở bước Hội đồng.',
    'app.noScores': 'Chưa có sheet "Chấm điểm". Hãy phân công người chấm ở bước Phân công.',
    'app.scoresUnreadable': 'Không phân công lại: sheet "{sheet}" có dữ liệu nhưng không đọc được dòng tiêu đề, nên ghi lại sẽ làm mất điểm đã chấm. Sheet không bị ghi. Hãy sửa lại tiêu đề ở {cells} rồi chạy lại.',
    'app.noScoresEntered': 'Chưa xếp hạng: "{file}" chưa có điểm hợp lệ nào trong sheet "Chấm điểm". Nhập điểm (hoặc thu phiếu chấm bằng lệnh collect) rồi chạy lại.',
    'app.keptEdited': 'Sheet "{sheet}" đã được sửa tay nên được giữ lại với tên "{keptAs}"; sheet mới được tạo lại.',
    'app.keptForeign': 'Sheet "{sheet}" không do tiện ích tạo nên được giữ lại với tên "{keptAs}".',
    'app.registerBeside': 'Sheet "{source}" là danh sách gốc nên không bị ghi; danh sách đã chuẩn hóa được ghi vào sheet "{sheet}".',
    'app.noCharts': 'Tệp .xlsx do dòng lệnh tạo chưa có biểu đồ (thư viện ghi .xlsx không hỗ trợ); mở trong Excel với tiện ích để có biểu đồ.',
  },
  en: {
    'host.protected': 'Sheet "{sheet}" is protected, so it cannot be written. Use Review → Unprotect Sheet, then try again.',
    'host.missing': 'Sheet "{sheet}" was not found. It may have been deleted or renamed; run the step that creates it again.',
    'host.unsupported': 'This version of Excel does not support {requirement}. Use Microsoft 365, Office 2021 or later, or Excel on the web.',
    'host.failed': "Excel reported an error while writing: {detail}. The source register and the scores were not written; the add-in's own sheets may be partly written: run this step again to rewrite them in full.",
    'app.noRegister': 'There is no "Sáng kiến" sheet yet. Import the register in the Import step first.',
    'app.noCouncil': 'The "Hội đồng" sheet has no members yet. Add members in the Council step.',
    'app.noScores': 'There is no "Chấm điểm" sheet yet. Assign reviewers in the Assignment step.',
    'app.scoresUnreadable': 'Not re-assigned: sheet "{sheet}" holds data but its header row cannot be read, so rewriting it would lose the scores entered. The sheet was not written. Put the header back at {cells} and run again.',
    'app.noScoresEntered': 'Not ranked: "{file}" has no valid score in sheet "Chấm điểm" yet. Enter the scores (or bring packets back with collect) and run again.',
    'app.keptEdited': 'Sheet "{sheet}" had been edited by hand, so it was kept as "{keptAs}"; a fresh sheet was generated.',
    'app.keptForeign': 'Sheet "{sheet}" was not made by the add-in, so it was kept as "{keptAs}".',
    'app.registerBeside': 'Sheet "{source}" is the source register, so it was not written; the normalised register was written to sheet "{sheet}".',
    'app.noCharts': 'The .xlsx written by the command line has no charts yet (its .xlsx writer cannot draw them); open it in Excel with the add-in to get charts.',
  },
};
