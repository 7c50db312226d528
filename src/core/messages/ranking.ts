import type { MessageMap } from './types';

/** Messages for ranking codes. Vietnamese first (users' language), English when Office is in English. */
export const rankingMessages: MessageMap = {
  vi: {
    // Reading "Chấm điểm"
    'ranking.scores.noHeader':
      'Không tìm thấy dòng tiêu đề của trang Chấm điểm (cần ít nhất cột "Mã SK" và "Mã TV" trong 30 dòng đầu). Hãy thêm lại dòng tiêu đề.',
    'ranking.scores.missingColumn':
      'Trang Chấm điểm thiếu cột tiêu chí {criterion}. Hãy thêm cột có tiêu đề "{criterion}" rồi xếp hạng lại.',
    'ranking.scores.noConflictColumn':
      'Trang Chấm điểm không có cột "Xung đột lợi ích": coi như không ai khai báo xung đột. Thêm cột này nếu cần.',
    'ranking.scores.unreadable':
      'Điểm {criterion} "{value}" không đọc được: hãy nhập một số có tối đa một chữ số thập phân (ví dụ 7,5).',
    'ranking.scores.date':
      'Điểm {criterion} là ngày {value}, không phải điểm: ô đang định dạng Ngày nên Excel hiểu số gõ vào là ngày tháng. Phiếu này không được tính. Đặt định dạng ô là Số (Number) rồi gõ lại điểm.',
    'ranking.scores.uncalculated':
      'Điểm {criterion} là công thức {formula} chưa được tính (tệp do một chương trình khác ghi), nên không đọc được giá trị và phiếu này không được tính. Mở tệp bằng Excel, bấm Lưu (Excel tính lại công thức) rồi chạy lại.',
    'ranking.scores.missingIds':
      'Dòng có điểm nhưng thiếu Mã SK hoặc Mã TV: hãy điền đủ hai mã, nếu không dòng này bị bỏ qua.',
    // Valid reviews
    'ranking.review.unknownInitiative':
      'Phiếu chấm của {member} cho {id}: không có sáng kiến mã {id} trong trang Sáng kiến. Hãy sửa Mã SK.',
    'ranking.review.notMember':
      'Phiếu chấm cho {id}: "{member}" không có trong trang Hội đồng nên phiếu không được tính. Hãy sửa Mã TV hoặc bổ sung thành viên.',
    'ranking.review.conflictDeclared':
      'Thành viên {member} khai báo xung đột lợi ích với {id}: phiếu không được tính. Cần phân công người chấm khác nếu thiếu phiếu.',
    'ranking.review.excludedUnit':
      'Thành viên {member} không được chấm đơn vị của {id} (cột "Không chấm đơn vị"): phiếu không được tính.',
    'ranking.review.missingScore':
      'Phiếu của {member} cho {id} còn trống điểm {criteria}: hãy nhập đủ điểm mọi tiêu chí.',
    'ranking.review.unreadableScore':
      'Phiếu của {member} cho {id} có điểm {criteria} không đọc được: hãy nhập số có tối đa một chữ số thập phân.',
    'ranking.review.outOfRange':
      'Phiếu của {member} cho {id} có điểm {criteria} ngoài khung điểm của tiêu chí: hãy sửa lại trong khung.',
    'ranking.review.duplicateDiffers':
      'Cặp {id} – {member} được nhập nhiều lần (dòng {rows}) với điểm khác nhau: không tính bản nào. Hãy xóa các dòng sai, giữ một dòng.',
    'ranking.review.duplicateCounted':
      'Cặp {id} – {member} được nhập nhiều lần (dòng {rows}) với cùng điểm: chỉ tính một lần.',
    // Reading "Quyết định"
    'ranking.decisions.noHeader':
      'Không tìm thấy dòng tiêu đề của trang Quyết định (cần cột "Mã SK" và "Quyết định"). Hãy thêm lại dòng tiêu đề.',
    'ranking.decisions.unknownRuling':
      'Quyết định "{value}" không rõ: hãy ghi tên giải (Nhất, Nhì, Ba, Khuyến khích) hoặc "Không xếp giải".',
    'ranking.decisions.missingId': 'Dòng có quyết định nhưng thiếu Mã SK: hãy điền Mã SK của sáng kiến.',
    // Applying rulings
    'ranking.decision.conflicting':
      'Có nhiều quyết định khác nhau cho {id}: không áp dụng quyết định nào. Hãy giữ lại một dòng.',
    'ranking.decision.unknownInitiative': 'Quyết định cho {id}: không có sáng kiến mã này. Hãy sửa Mã SK.',
    'ranking.decision.notRanked':
      'Quyết định "{ruling}" cho {id} không áp dụng được vì sáng kiến này không được xếp hạng (chưa đủ phiếu hoặc trùng).',
    // Reading and applying "Biểu quyết"
    'ranking.ballot.noHeader':
      'Không tìm thấy dòng tiêu đề của trang Biểu quyết (cần cột "Mã SK" và "Số phiếu đồng ý"). Hãy tạo lại trang Biểu quyết.',
    'ranking.ballot.unreadableVotes': 'Số phiếu đồng ý "{value}" không đọc được: hãy nhập một số nguyên không âm.',
    'ranking.ballot.missingId':
      'Dòng có số phiếu nhưng thiếu Mã SK: hãy điền Mã SK của sáng kiến tốt nhất của người được đề nghị.',
    'ranking.ballot.notProposed':
      'Phiếu biểu quyết cho {name} ({id}) không khớp người nào trong các danh sách đề nghị: phiếu không được dùng. Hãy tạo lại trang Biểu quyết.',
    'ranking.ballot.tooManyVotes':
      'Số phiếu đồng ý {yes} cho {id} lớn hơn số thành viên Hội đồng ({members}): hãy kiểm tra lại.',
    // Flags on initiatives
    'ranking.flag.duplicate': 'Trùng với {of}: không xếp hạng.',
    'ranking.flag.incomplete':
      'Chưa đủ phiếu: {valid}/{min} phiếu hợp lệ; không xếp hạng, không xét giải, không đề nghị.',
    'ranking.flag.disagreement': 'Chấm chênh lệch {spread} điểm.',
    'ranking.flag.pivotal':
      'Một phiếu quyết định kết quả: bỏ phiếu {member} ({total}) thì điểm là {without}, khác phía ranh giới {lineName} ({line}) so với {score}.',
    'ranking.flag.conflict': 'Có phiếu bị loại do xung đột lợi ích ({members}).',
    'ranking.flag.invalidReview': 'Có {count} phiếu chấm không hợp lệ, xem danh sách phiếu không hợp lệ.',
    'ranking.flag.boundaryTie':
      'Đồng hạng tại ranh giới giải {tier}: nhóm {size} sáng kiến đồng hạng nhưng chỉ còn {free} suất; cả nhóm được xếp giải, Hội đồng quyết định.',
    'ranking.flag.pendingTie':
      'Đồng hạng tại ranh giới giải {tier}: nhóm {size} sáng kiến, còn {free} suất; chờ Hội đồng quyết định ở trang Quyết định.',
    'ranking.flag.decisionTier': 'Theo quyết định của Hội đồng: giải {ruling}.',
    'ranking.flag.decisionNoPrize': 'Theo quyết định của Hội đồng: không xếp giải.',
    'ranking.flag.ubndCutTie':
      'Nhóm {size} người đồng hạng {rank} tại ranh giới danh sách đề nghị UBND: đưa cả nhóm vào danh sách.',
    'ranking.flag.ubndPrizeAdded': 'Người đạt giải được bổ sung vào danh sách đề nghị UBND dù nằm ngoài giới hạn.',
    'ranking.flag.nationalMissingBenefit': 'Đề nghị Tổng Liên đoàn nhưng chưa có giá trị làm lợi: hãy bổ sung số tiền.',
    'ranking.flag.mediaFieldRepeated': 'Chọn thêm cho đủ số người phóng sự dù trùng lĩnh vực.',
    'ranking.flag.ballotNoVote': 'Chưa có số phiếu biểu quyết: hãy nhập số phiếu đồng ý.',
    // Flags on lists
    'ranking.list.ubndOverMax':
      'Danh sách đề nghị UBND có {count} người, vượt {max} vì một nhóm đồng hạng không bị tách.',
    'ranking.list.ubndTooFew': 'Chỉ có {count} người đạt để đề nghị UBND, ít hơn mức tối thiểu {min}.',
    'ranking.list.nationalTooFew': 'Chỉ có {count}/{expected} người đủ điều kiện đề nghị Tổng Liên đoàn.',
    'ranking.list.mediaFieldsFilled':
      'Người đạt giải chỉ thuộc {fields} lĩnh vực: chọn thêm người cùng lĩnh vực cho đủ {min}.',
    'ranking.list.mediaTooFew': 'Chỉ có {count} người đạt giải để chọn phóng sự, ít hơn {min}.',
    'ranking.list.tierOverQuota': 'Giải {tier} có {count} sáng kiến, vượt số lượng {quota}: Hội đồng cần quyết định.',
    // The stamp of "Xếp hạng"
    'ranking.results.stale':
      'Kết quả xếp hạng đã cũ: điểm, thành viên, cấu hình hoặc quyết định đã thay đổi sau lần xếp hạng trước. Hãy bấm "Xếp hạng và xếp giải" lại.',
  },
  en: {
    'ranking.scores.noHeader':
      'The header row of the score sheet was not found (it needs at least "Mã SK" and "Mã TV" in the first 30 rows). Add the header row back.',
    'ranking.scores.missingColumn':
      'The score sheet has no column for criterion {criterion}. Add a column headed "{criterion}" and rank again.',
    'ranking.scores.noConflictColumn':
      'The score sheet has no "Xung đột lợi ích" column: no conflict of interest is assumed. Add the column if needed.',
    'ranking.scores.unreadable':
      'Score {criterion} "{value}" cannot be read: enter a number with at most one decimal (e.g. 7.5).',
    'ranking.scores.date':
      'Score {criterion} is the date {value}, not a score: the cell has a Date format, so Excel took the number typed for a date. This review does not count. Set the cell format to Number and type the score again.',
    'ranking.scores.uncalculated':
      'Score {criterion} is the formula {formula}, never calculated (the file was written by another program), so it has no value and this review does not count. Open the file in Excel, save it (Excel calculates the formula) and run again.',
    'ranking.scores.missingIds': 'This row has scores but no Mã SK or Mã TV: fill in both ids, or the row is ignored.',
    'ranking.review.unknownInitiative':
      "{member}'s review of {id}: there is no initiative {id} in the register. Correct the Mã SK.",
    'ranking.review.notMember':
      'Review of {id}: "{member}" is not listed in the council sheet, so the review does not count. Correct the Mã TV or add the member.',
    'ranking.review.conflictDeclared':
      'Member {member} declared a conflict of interest with {id}: the review does not count. Assign another reviewer if reviews are short.',
    'ranking.review.excludedUnit':
      'Member {member} must not review {id}\'s union (column "Không chấm đơn vị"): the review does not count.',
    'ranking.review.missingScore': "{member}'s review of {id} has no score for {criteria}: enter every criterion.",
    'ranking.review.unreadableScore':
      "{member}'s review of {id} has an unreadable score for {criteria}: enter numbers with at most one decimal.",
    'ranking.review.outOfRange':
      "{member}'s review of {id} has a score for {criteria} outside the criterion's range: correct it.",
    'ranking.review.duplicateDiffers':
      'The pair {id} – {member} was entered more than once (rows {rows}) with different scores: none counts. Delete the wrong rows and keep one.',
    'ranking.review.duplicateCounted':
      'The pair {id} – {member} was entered more than once (rows {rows}) with the same scores: counted once.',
    'ranking.decisions.noHeader':
      'The header row of the decisions sheet was not found (it needs "Mã SK" and "Quyết định"). Add the header row back.',
    'ranking.decisions.unknownRuling':
      'Ruling "{value}" is not understood: write a tier name (Nhất, Nhì, Ba, Khuyến khích) or "Không xếp giải".',
    'ranking.decisions.missingId': 'This row has a ruling but no Mã SK: fill in the initiative id.',
    'ranking.decision.conflicting': 'There are different rulings for {id}: none is applied. Keep one row.',
    'ranking.decision.unknownInitiative': 'Ruling for {id}: there is no initiative with this id. Correct the Mã SK.',
    'ranking.decision.notRanked':
      'Ruling "{ruling}" for {id} cannot apply because the initiative is not ranked (too few reviews, or a duplicate).',
    'ranking.ballot.noHeader':
      'The header row of the ballot sheet was not found (it needs "Mã SK" and "Số phiếu đồng ý"). Regenerate the ballot sheet.',
    'ranking.ballot.unreadableVotes': 'Yes votes "{value}" cannot be read: enter a whole number, zero or more.',
    'ranking.ballot.missingId': "This row has votes but no Mã SK: fill in the id of the person's best initiative.",
    'ranking.ballot.notProposed':
      'Votes for {name} ({id}) match no one on the proposal lists: they are not used. Regenerate the ballot sheet.',
    'ranking.ballot.tooManyVotes':
      'Yes votes {yes} for {id} exceed the number of council members ({members}): check the count.',
    'ranking.flag.duplicate': 'Duplicate of {of}: not ranked.',
    'ranking.flag.incomplete': 'Too few reviews: {valid}/{min} valid; no rank, no prize, no proposal.',
    'ranking.flag.disagreement': 'Reviews {spread} points apart.',
    'ranking.flag.pivotal':
      "One review decides the outcome: without {member}'s review ({total}) the score is {without}, across the {lineName} line ({line}) from {score}.",
    'ranking.flag.conflict': 'Reviews excluded for conflict of interest ({members}).',
    'ranking.flag.invalidReview': '{count} invalid review(s); see the list of invalid reviews.',
    'ranking.flag.boundaryTie':
      'Tie at the {tier} boundary: a group of {size} equal-ranked initiatives for {free} free place(s); the whole group is given the tier, the council decides.',
    'ranking.flag.pendingTie':
      "Tie at the {tier} boundary: a group of {size} for {free} free place(s); pending the council's ruling in the decisions sheet.",
    'ranking.flag.decisionTier': "By the council's ruling: {ruling}.",
    'ranking.flag.decisionNoPrize': "By the council's ruling: no prize.",
    'ranking.flag.ubndCutTie':
      'A group of {size} persons tied at rank {rank} at the cut of the UBND list: the whole group is included.',
    'ranking.flag.ubndPrizeAdded': 'A prize winner was added to the UBND list beyond its limit.',
    'ranking.flag.nationalMissingBenefit':
      'Proposed to the national confederation without a benefit value: add the amount.',
    'ranking.flag.mediaFieldRepeated': 'Added to reach the minimum of the media list although the field repeats.',
    'ranking.flag.ballotNoVote': 'No votes entered yet: enter the number of yes votes.',
    'ranking.list.ubndOverMax': 'The UBND list has {count} persons, over {max}, because a tied group is never split.',
    'ranking.list.ubndTooFew': 'Only {count} persons passed for the UBND list, fewer than the minimum {min}.',
    'ranking.list.nationalTooFew': 'Only {count}/{expected} persons qualify for the national list.',
    'ranking.list.mediaFieldsFilled':
      'Prize winners cover only {fields} field(s): persons from the same field were added to reach {min}.',
    'ranking.list.mediaTooFew': 'Only {count} prize winners to choose for media reports, fewer than {min}.',
    'ranking.list.tierOverQuota':
      'Tier {tier} has {count} initiatives, over its quota of {quota}: the council must decide.',
    'ranking.results.stale':
      'The ranking is out of date: scores, members, rules or decisions changed since it was computed. Click "Xếp hạng và xếp giải" again.',
  },
};
