import type { MessageMap } from './types';

/** Messages for council codes. Vietnamese first (users' language), English when Office is in English. */
export const councilMessages: MessageMap = {
  vi: {
    'council.members.sheetMissing': 'Chưa có trang "Hội đồng". Bấm "Tạo trang Hội đồng" rồi nhập danh sách thành viên.',
    'council.members.headerMissing':
      'Không tìm thấy dòng tiêu đề của trang "Hội đồng". Cần ít nhất hai cột "Mã TV" và "Họ và tên".',
    'council.members.none': 'Trang "Hội đồng" chưa có thành viên nào. Nhập mỗi thành viên một dòng.',
    'council.member.idEmpty': 'Thành viên "{name}" chưa có Mã TV. Nhập mã (ví dụ TV01); dòng này chưa được tính.',
    'council.member.idDuplicate':
      'Mã TV "{id}" đã dùng ở dòng {firstRow}. Đặt mã khác cho thành viên này; dòng này chưa được tính.',
    'council.member.nameEmpty': 'Thành viên {id} chưa có họ và tên. Nhập họ và tên.',
    'council.member.roleEmpty':
      'Thành viên {id} chưa có vai trò; tạm coi là Ủy viên. Chọn vai trò trong danh sách nếu khác.',
    'council.member.roleUnknown':
      'Vai trò "{value}" của {id} không rõ; tạm coi là Ủy viên. Chọn một trong: {expected}.',
    'council.member.unitUnknown':
      'Đơn vị "{value}" trong cột "Không chấm đơn vị" của {id} không có trong danh sách sáng kiến. Kiểm tra lại tên công đoàn cấp trên.',
    'council.rubric.codeInvalid':
      'Mã tiêu chí "{value}" không dùng được. Mã là chữ cái đầu, sau đó chữ hoặc số (tối đa 12 ký tự), không trùng tên cột khác (ví dụ TM, HQ, AD).',
    'council.rubric.codeDuplicate': 'Mã tiêu chí "{value}" bị lặp. Mỗi tiêu chí cần một mã riêng.',
    'council.rubric.maxInvalid':
      'Điểm tối đa của tiêu chí {code} ("{value}") phải là số lớn hơn 0, tối đa một chữ số thập phân.',
    'council.rubric.weightInvalid':
      'Trọng số của tiêu chí {code} ("{value}") phải là số lớn hơn 0 (ví dụ 1; 1,5; 3/2).',
    'council.rubric.empty':
      'Bảng tiêu chí không có tiêu chí nào dùng được; đang dùng bộ tiêu chí mặc định (TM, HQ, AD). Sửa các dòng bị báo lỗi.',
    'council.config.unknownKey':
      'Khóa "{key}" không có trong danh sách quy tắc nên bị bỏ qua. Kiểm tra chính tả (xem cột Ghi chú).',
    'council.config.duplicateKey': 'Khóa "{key}" đã có ở dòng {firstRow}; dòng này bị bỏ qua. Xóa một trong hai dòng.',
    'council.config.notNumber': 'Giá trị "{value}" của {key} phải là một số; đang dùng giá trị mặc định.',
    'council.config.notInteger': 'Giá trị "{value}" của {key} phải là số nguyên; đang dùng giá trị mặc định.',
    'council.config.tooPrecise':
      'Giá trị "{value}" của {key} có quá {decimals} chữ số thập phân; đang dùng giá trị mặc định.',
    'council.config.outOfRange':
      'Giá trị "{value}" của {key} phải trong khoảng {min} đến {max}; đang dùng giá trị mặc định.',
    'council.config.badChoice': 'Giá trị "{value}" của {key} không hợp lệ. Chọn một trong: {expected}.',
    'council.config.badBoolean': 'Giá trị "{value}" của {key} phải là "có" hoặc "không".',
    'council.config.badFraction':
      'Tỷ lệ "{value}" của {key} phải viết dạng phân số (2/3) hoặc phần trăm (70%), lớn hơn 0 và không quá 1.',
    'council.config.badDate': 'Ngày "{value}" của {key} không đọc được. Viết dạng ngày/tháng/năm, ví dụ 05/05/2021.',
    'council.config.badTier': 'Giải "{value}" trong {key} không rõ. Dùng: {expected}, cách nhau bởi dấu ";".',
    'council.config.badAlias':
      'Cách viết "{value}" trong {key} không đọc được. Viết dạng "SXKD = Sản xuất kinh doanh", cách nhau bởi dấu ";".',
    'council.config.tiersNotDescending':
      'Điểm tối thiểu của các giải phải giảm dần từ giải Nhất đến Khuyến khích; đang dùng mức điểm mặc định (85, 80, 75, 70).',
    'council.config.ubndRange':
      'Số cá nhân đề nghị UBND tối thiểu ({min}) lớn hơn tối đa ({max}); đang dùng mặc định 75–120.',
    'council.config.mediaRange':
      'Số cá nhân làm phóng sự tối thiểu ({min}) lớn hơn tối đa ({max}); đang dùng mặc định 3–5.',
    'council.config.minReviewsAboveReviewers':
      'Số phiếu tối thiểu ({min}) lớn hơn số người chấm mỗi sáng kiến ({k}): không sáng kiến nào đủ phiếu. Sửa một trong hai giá trị.',
    'council.assign.badCount':
      'Số người chấm mỗi sáng kiến ("{value}") phải là số nguyên từ 1 trở lên. Sửa so_nguoi_cham trong "Cấu hình".',
    'council.assign.noMembers': 'Chưa có thành viên Hội đồng để phân công. Nhập danh sách ở trang "Hội đồng".',
    'council.assign.duplicateId':
      'Mã SK {id} xuất hiện hai lần trong danh sách sáng kiến; chỉ phân công một lần. Kiểm tra lại trang "Sáng kiến".',
    'council.assign.tooFewReviewers':
      'Sáng kiến {id} ({unit}) chỉ có {available} thành viên được chấm, cần {needed}. Bổ sung thành viên không thuộc đơn vị này hoặc giảm số người chấm.',
    'council.assign.unbalanced':
      'Do xung đột lợi ích, số sáng kiến mỗi người chấm không chia đều được: ít nhất {min}, nhiều nhất {max}.',
    'council.secondRound.button': 'Thêm một người chấm cho {count} sáng kiến sát ranh giới',
    'council.secondRound.none':
      'Không có sáng kiến nào sát ranh giới (một phiếu quyết định kết quả): không cần chấm bổ sung, không ghi gì.',
    'council.secondRound.added':
      'Vòng {round}: đã thêm {count} dòng vào trang "{sheet}" (hàng {first}–{last}), mỗi sáng kiến sát ranh giới một người chấm mới; các dòng đã có giữ nguyên.',
    'council.secondRound.waiting': '{id}: còn dòng chấm chưa nhập điểm, chờ người chấm đó trước khi thêm người.',
    'council.secondRound.noMember': '{id}: không còn thành viên nào chưa chấm sáng kiến này mà không xung đột lợi ích.',
    'council.scores.headerMissing':
      'Không tìm thấy dòng tiêu đề của trang "Chấm điểm" (cần cột "Mã SK" và "Mã TV"). Tạo lại bằng nút Phân công.',
    'council.scores.criterionMissing':
      'Trang "Chấm điểm" thiếu cột tiêu chí {code}. Thêm cột có tiêu đề {code} hoặc phân công lại.',
    'council.scores.invalidNotKept':
      'Ô điểm {code} của {id} / {member} có nội dung không phải điểm và không giữ lại được. Nhập lại điểm.',
    'council.scores.unassignedKept':
      'Cặp {id} / {member} không còn được phân công nhưng đã có điểm nên được giữ lại (dòng cũ {oldRow}). Hội đồng quyết định giữ hay xóa.',
    'council.packet.markerMissing':
      'Tệp này không phải phiếu chấm do phần mềm xuất (thiếu trang đánh dấu). Dùng đúng tệp đã gửi cho thành viên.',
    'council.packet.sheetMissing': 'Không tìm thấy bảng chấm điểm trong phiếu. Dùng đúng tệp đã gửi cho thành viên.',
    'council.packet.wrongReviewer':
      'Phiếu này của thành viên {found}, không phải của {expected}. Chọn đúng thành viên hoặc đúng tệp.',
    'council.packet.tampered':
      'Phiếu của {member} đã bị sửa Mã SK hoặc thêm, bớt, đổi chỗ dòng nên không nhận. Yêu cầu thành viên chấm trên phiếu gốc.',
    'council.packet.rubricChanged':
      'Phiếu chấm theo tiêu chí "{found}", khác tiêu chí hiện tại "{expected}". Xuất lại phiếu.',
    'council.packet.notAssigned':
      'Thành viên {member} không được phân công sáng kiến nào trong "Chấm điểm". Kiểm tra phân công.',
    'council.packet.pairMissing':
      'Sáng kiến {id} không còn được phân công cho {member}; điểm dòng này không được nhập.',
    'council.packet.scoreInvalid':
      'Điểm {code} của {id} không hợp lệ (cần số từ 0 đến {max}, tối đa một chữ số thập phân); ô này không được nhập.',
    'council.packet.differs':
      'Có {count} ô trong phiếu của {member} khác điểm đã nhập; không ghi đè. Thư ký xem danh sách và quyết định.',
    'council.form.notNumber': 'Nhập một số, ví dụ 7 hoặc 7,5.',
    'council.form.tooPrecise': 'Điểm chỉ có tối đa một chữ số thập phân, ví dụ 7,5.',
    'council.form.outOfRange': 'Điểm phải từ 0 đến {max}.',
    'council.ui.roleTitle': 'Vai trò',
    'council.ui.rolePrompt': 'Chọn: Chủ tịch, Phó Chủ tịch, Ủy viên hoặc Thư ký.',
    'council.ui.roleError': 'Vai trò phải là Chủ tịch, Phó Chủ tịch, Ủy viên hoặc Thư ký.',
    'council.ui.scoreTitle': 'Điểm {code}',
    'council.ui.scorePrompt': '{name}: nhập điểm từ 0 đến {max}, tối đa một chữ số thập phân.',
    'council.ui.scoreError': 'Điểm {code} phải là số từ 0 đến {max}, tối đa một chữ số thập phân.',
    'council.ui.packetTitle': 'PHIẾU CHẤM ĐIỂM SÁNG KIẾN',
    'council.ui.packetReviewer': 'Thành viên: {name} (Mã TV: {id})',
    'council.ui.packetHelp':
      'Chỉ nhập vào các ô màu vàng (điểm, nhận xét, "x" nếu có xung đột lợi ích). Không sửa Mã SK, không thêm, xóa hay sắp xếp lại dòng.',
    'council.status.todo': 'Chưa chấm',
    'council.status.done': 'Đã chấm',
    'council.status.review': 'Cần xem lại',
    'council.reason.partial': 'Chưa chấm đủ các tiêu chí',
    'council.reason.invalid': 'Có ô điểm không phải là số hợp lệ',
    'council.reason.outOfRange': 'Có điểm vượt quá điểm tối đa hoặc nhỏ hơn 0',
    'council.reason.conflict': 'Đã báo xung đột lợi ích',
    'council.reason.repeated': 'Cặp sáng kiến – thành viên này có ở nhiều dòng',
  },
  en: {
    'council.members.sheetMissing':
      'There is no "Hội đồng" sheet yet. Click "Create council sheet" and enter the members.',
    'council.members.headerMissing':
      'The header row of "Hội đồng" was not found. It needs at least the columns "Mã TV" and "Họ và tên".',
    'council.members.none': '"Hội đồng" has no members yet. Enter one member per row.',
    'council.member.idEmpty': 'Member "{name}" has no Mã TV. Enter an id (e.g. TV01); this row is not counted yet.',
    'council.member.idDuplicate':
      'Mã TV "{id}" is already used on row {firstRow}. Give this member another id; this row is not counted yet.',
    'council.member.nameEmpty': 'Member {id} has no name. Enter the full name.',
    'council.member.roleEmpty': 'Member {id} has no role; taken as Ủy viên. Pick the role from the list if it differs.',
    'council.member.roleUnknown': 'Role "{value}" of {id} is not known; taken as Ủy viên. Use one of: {expected}.',
    'council.member.unitUnknown':
      'Union "{value}" in "Không chấm đơn vị" of {id} is not in the register. Check the upper-level union name.',
    'council.rubric.codeInvalid':
      'Criterion code "{value}" cannot be used. A code starts with a letter, then letters or digits (at most 12), and must not be another column name (e.g. TM, HQ, AD).',
    'council.rubric.codeDuplicate': 'Criterion code "{value}" is repeated. Each criterion needs its own code.',
    'council.rubric.maxInvalid':
      'The maximum of criterion {code} ("{value}") must be a number above 0 with at most one decimal.',
    'council.rubric.weightInvalid':
      'The weight of criterion {code} ("{value}") must be a number above 0 (e.g. 1; 1.5; 3/2).',
    'council.rubric.empty':
      'The rubric table has no usable criterion; the default rubric (TM, HQ, AD) is used. Fix the rows reported.',
    'council.config.unknownKey':
      'Key "{key}" is not a known rule and is ignored. Check its spelling (see the Ghi chú column).',
    'council.config.duplicateKey':
      'Key "{key}" is already on row {firstRow}; this row is ignored. Delete one of the two.',
    'council.config.notNumber': 'Value "{value}" of {key} must be a number; the default is used.',
    'council.config.notInteger': 'Value "{value}" of {key} must be a whole number; the default is used.',
    'council.config.tooPrecise': 'Value "{value}" of {key} has more than {decimals} decimals; the default is used.',
    'council.config.outOfRange': 'Value "{value}" of {key} must be between {min} and {max}; the default is used.',
    'council.config.badChoice': 'Value "{value}" of {key} is not allowed. Use one of: {expected}.',
    'council.config.badBoolean': 'Value "{value}" of {key} must be "có" (yes) or "không" (no).',
    'council.config.badFraction':
      'Share "{value}" of {key} must be a fraction (2/3) or a percentage (70%), above 0 and at most 1.',
    'council.config.badDate': 'Date "{value}" of {key} cannot be read. Write day/month/year, e.g. 05/05/2021.',
    'council.config.badTier': 'Tier "{value}" in {key} is not known. Use: {expected}, separated by ";".',
    'council.config.badAlias':
      'Spelling "{value}" in {key} cannot be read. Write "SXKD = Sản xuất kinh doanh", separated by ";".',
    'council.config.tiersNotDescending':
      'Tier minimums must descend from Nhất to Khuyến khích; the default minimums (85, 80, 75, 70) are used.',
    'council.config.ubndRange':
      'The committee list minimum ({min}) is above its maximum ({max}); the default 75–120 is used.',
    'council.config.mediaRange':
      'The media list minimum ({min}) is above its maximum ({max}); the default 3–5 is used.',
    'council.config.minReviewsAboveReviewers':
      'Reviews needed ({min}) exceed reviewers per initiative ({k}): no initiative can be complete. Change one of the two.',
    'council.assign.badCount':
      'Reviewers per initiative ("{value}") must be a whole number of at least 1. Fix so_nguoi_cham in "Cấu hình".',
    'council.assign.noMembers': 'There are no council members to assign. Enter them in "Hội đồng".',
    'council.assign.duplicateId': 'Mã SK {id} appears twice in the register; it is assigned once. Check "Sáng kiến".',
    'council.assign.tooFewReviewers':
      'Initiative {id} ({unit}) has only {available} members allowed to review it, {needed} needed. Add members outside this union or lower the number of reviewers.',
    'council.assign.unbalanced':
      'Conflicts of interest keep the loads from being even: from {min} to {max} initiatives per reviewer.',
    'council.secondRound.button': 'Add one reviewer to {count} initiatives near a line',
    'council.secondRound.none':
      'No initiative is near a line (no single review decides an outcome): no second round is needed, nothing was written.',
    'council.secondRound.added':
      'Round {round}: {count} rows added to "{sheet}" (rows {first}–{last}), one new reviewer for each initiative near a line; the rows already there are unchanged.',
    'council.secondRound.waiting': '{id}: a review row is still empty; wait for that reviewer before adding another.',
    'council.secondRound.noMember': '{id}: no member is left who has not reviewed it and has no conflict of interest.',
    'council.scores.headerMissing':
      'The header row of "Chấm điểm" was not found (it needs "Mã SK" and "Mã TV"). Create it again with Assign.',
    'council.scores.criterionMissing':
      '"Chấm điểm" has no column for criterion {code}. Add a column headed {code} or assign again.',
    'council.scores.invalidNotKept':
      'Score cell {code} of {id} / {member} held something that is not a score and could not be kept. Enter the score again.',
    'council.scores.unassignedKept':
      'Pair {id} / {member} is no longer assigned but has scores, so it is kept (was row {oldRow}). The council decides whether to keep it.',
    'council.packet.markerMissing':
      'This file is not a packet exported by the add-in (its marker sheet is missing). Use the file sent to the member.',
    'council.packet.sheetMissing': 'No score table was found in the packet. Use the file sent to the member.',
    'council.packet.wrongReviewer':
      'This packet belongs to member {found}, not {expected}. Pick the right member or the right file.',
    'council.packet.tampered':
      'The packet of {member} had ids changed or rows added, removed or reordered, so it is refused. Ask the member to score on the original packet.',
    'council.packet.rubricChanged':
      'The packet was scored on criteria "{found}", not the current "{expected}". Export the packet again.',
    'council.packet.notAssigned': 'Member {member} has no assigned initiative in "Chấm điểm". Check the assignment.',
    'council.packet.pairMissing':
      'Initiative {id} is no longer assigned to {member}; the scores of this row are not imported.',
    'council.packet.scoreInvalid':
      'Score {code} of {id} is not valid (a number from 0 to {max} with at most one decimal); this cell is not imported.',
    'council.packet.differs':
      '{count} cells in the packet of {member} differ from scores already entered; nothing was overwritten. The clerk reviews the list and decides.',
    'council.form.notNumber': 'Enter a number, e.g. 7 or 7.5.',
    'council.form.tooPrecise': 'Scores have at most one decimal, e.g. 7.5.',
    'council.form.outOfRange': 'The score must be from 0 to {max}.',
    'council.ui.roleTitle': 'Role',
    'council.ui.rolePrompt':
      'Pick: Chủ tịch (chair), Phó Chủ tịch (vice-chair), Ủy viên (member) or Thư ký (secretary).',
    'council.ui.roleError': 'The role must be Chủ tịch, Phó Chủ tịch, Ủy viên or Thư ký.',
    'council.ui.scoreTitle': 'Score {code}',
    'council.ui.scorePrompt': '{name}: enter a score from 0 to {max}, at most one decimal.',
    'council.ui.scoreError': 'Score {code} must be a number from 0 to {max} with at most one decimal.',
    'council.ui.packetTitle': 'PHIẾU CHẤM ĐIỂM SÁNG KIẾN (scoring packet)',
    'council.ui.packetReviewer': 'Member: {name} (Mã TV: {id})',
    'council.ui.packetHelp':
      'Fill only the yellow cells (scores, comment, "x" for a conflict of interest). Do not change Mã SK, and do not add, delete or reorder rows.',
    'council.status.todo': 'Not scored',
    'council.status.done': 'Scored',
    'council.status.review': 'Needs review',
    'council.reason.partial': 'Not every criterion is scored',
    'council.reason.invalid': 'A score cell is not a valid number',
    'council.reason.outOfRange': 'A score is above its maximum or below 0',
    'council.reason.conflict': 'A conflict of interest was declared',
    'council.reason.repeated': 'This initiative–member pair is on several rows',
  },
};
