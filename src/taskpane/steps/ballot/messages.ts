// The ballot step's own words (the shell holds only its title and purpose).
import { defineMessages } from '../../i18n';

type Key =
  | 'loading'
  | 'noBallot'
  | 'goRanking'
  | 'ballotTitle'
  | 'threshold'
  | 'noProposals'
  | 'votes'
  | 'votesHint'
  | 'id'
  | 'lists'
  | 'list.ubnd'
  | 'list.national'
  | 'list.media'
  | 'noLongerProposed'
  | 'passed'
  | 'failed'
  | 'unsaved'
  | 'notWhole'
  | 'tooMany'
  | 'saveVotes'
  | 'saving'
  | 'rerank'
  | 'reranking'
  | 'rerankHint'
  | 'tally'
  | 'decisionsTitle'
  | 'decisionsHint'
  | 'noCases'
  | 'rank'
  | 'noRank'
  | 'score'
  | 'walkTier'
  | 'pendingTier'
  | 'noTier'
  | 'standingTier'
  | 'ruling'
  | 'noRuling'
  | 'note'
  | 'saveRulings'
  | 'reload'
  | 'notice.votesSaved'
  | 'notice.notFound'
  | 'notice.rulingsSaved'
  | 'notice.rulingsCreated'
  | 'notice.noSheet'
  | 'notice.noHeader'
  | 'notice.invalidVotes'
  | 'notice.reranked'
  | 'unsavedFirst'
  | 'problems'
  | 'summaryTitle'
  | 'perList'
  | 'groupsHint'
  | 'group.national'
  | 'group.media'
  | 'group.ubnd'
  | 'group.none'
  | 'shown'
  | 'prevPage'
  | 'nextPage'
  | 'unsavedVotes'
  | 'unsavedRulings'
  | 'empty'
  | 'conflict.vote'
  | 'conflict.ruling'
  | 'keepSheet'
  | 'keepTyped'
  | 'changedInBook'
  | 'conflictsPending'
  | 'orphans'
  | 'orphanRulings'
  | 'dropOrphans'
  | 'goReports'
  | 'notice.conflicts';

export const ballotMessages = defineMessages<Key>({
  vi: {
    loading: 'Đang đọc trang Biểu quyết và Quyết định…',
    noBallot:
      'Chưa có trang "Biểu quyết". Hãy xếp hạng và xếp giải trước: danh sách đề nghị khen thưởng sẽ được ghi vào trang này để Hội đồng biểu quyết.',
    goRanking: 'Sang bước Xếp hạng',
    ballotTitle: 'Biểu quyết đề nghị khen thưởng',
    threshold: 'Cần ít nhất {threshold}/{members} phiếu đồng ý (tỉ lệ {fraction}).',
    noProposals: 'Trang Biểu quyết chưa có người nào được đề nghị.',
    votes: 'Số phiếu đồng ý',
    votesHint:
      'Nhập số phiếu đồng ý của từng người (số nguyên từ 0 đến {members}), bấm "Lưu số phiếu", rồi "Xếp hạng lại để áp dụng".',
    id: 'Mã SK {id}',
    lists: 'Danh sách: {lists}',
    'list.ubnd': 'UBND tỉnh',
    'list.national': 'Tổng Liên đoàn',
    'list.media': 'Phóng sự',
    noLongerProposed: 'Không còn trong danh sách đề nghị',
    passed: 'Thông qua',
    failed: 'Không thông qua',
    unsaved: 'Chưa lưu',
    notWhole: 'Hãy nhập một số nguyên từ 0 đến {members}.',
    tooMany: 'Hội đồng chỉ có {members} thành viên: số phiếu không thể lớn hơn {members}.',
    saveVotes: 'Lưu số phiếu',
    saving: 'Đang lưu…',
    rerank: 'Xếp hạng lại để áp dụng',
    reranking: 'Đang xếp hạng lại…',
    rerankHint: 'Đã lưu vào sổ tính. Kết quả và các danh sách chỉ thay đổi sau khi xếp hạng lại.',
    tally: 'Đã nhập {entered}/{total} · Thông qua {passed} · Không thông qua {failed}',
    decisionsTitle: 'Quyết định của Hội đồng',
    decisionsHint:
      'Các sáng kiến Hội đồng cần quyết định (đồng điểm ở ranh giới giải, chênh lệch điểm lớn, thiếu số liệu lợi ích…). Chọn giải hoặc "Không xếp giải", ghi chú nếu cần, bấm "Lưu quyết định" rồi xếp hạng lại.',
    noCases: 'Không có sáng kiến nào cần Hội đồng quyết định.',
    rank: 'Hạng {rank}',
    noRank: 'Chưa xếp hạng',
    score: '{score} điểm',
    walkTier: 'Giải theo xếp hạng: {tier}',
    pendingTier: 'Giải theo xếp hạng: chờ Hội đồng quyết định',
    noTier: 'Giải theo xếp hạng: không',
    standingTier: 'Giải đang áp dụng: {tier}',
    ruling: 'Quyết định',
    noRuling: '— Chưa quyết định',
    note: 'Ghi chú',
    saveRulings: 'Lưu quyết định',
    reload: 'Đọc lại từ sổ tính',
    'notice.votesSaved': 'Đã lưu {written} ô số phiếu vào trang Biểu quyết.',
    'notice.notFound':
      'Không tìm thấy trong trang Biểu quyết (có thể vừa bị sửa tay): {names}. Hãy đọc lại rồi nhập lại.',
    'notice.rulingsSaved': 'Đã ghi {written} ô vào trang Quyết định.',
    'notice.rulingsCreated': 'Đã tạo trang Quyết định với {written} quyết định.',
    'notice.noSheet': 'Trang Biểu quyết không còn trong sổ tính. Hãy xếp hạng lại để tạo lại trang này.',
    'notice.noHeader':
      'Không tìm thấy dòng tiêu đề của trang "{sheet}" (cần cột "Mã SK" và cột số phiếu hoặc quyết định). Hãy thêm lại dòng tiêu đề hoặc xếp hạng lại.',
    'notice.invalidVotes': '{count} ô số phiếu chưa hợp lệ: hãy sửa các ô được đánh dấu rồi lưu lại.',
    'notice.reranked':
      'Đã xếp hạng lại lúc {at}: {passed} đề nghị được thông qua, {failed} không được thông qua, {applied} quyết định của Hội đồng được áp dụng. Các danh sách chỉ còn người được thông qua.',
    unsavedFirst: 'Hãy lưu trước khi xếp hạng lại; chuyển sang bước khác không làm mất chúng.',
    problems: 'Vấn đề trong trang Biểu quyết và Quyết định ({count})',
    summaryTitle: 'Tóm tắt biểu quyết',
    perList: 'Đề nghị UBND tỉnh {ubnd} người · Tổng Liên đoàn {national} · Phóng sự {media}.',
    groupsHint:
      'Mỗi người có một ô số phiếu, trong nhóm đầu tiên có tên họ: Tổng Liên đoàn, rồi phóng sự, rồi UBND tỉnh.',
    'group.national': 'Đề nghị Tổng Liên đoàn ({count})',
    'group.media': 'Phóng sự ({count})',
    'group.ubnd': 'Chỉ đề nghị UBND tỉnh ({count})',
    'group.none': 'Không còn được đề nghị ({count})',
    shown: 'Đang hiện {from}–{to}/{total}',
    prevPage: 'Trang trước',
    nextPage: 'Trang sau',
    unsavedVotes: '{count} phiếu chưa lưu',
    unsavedRulings: '{count} quyết định chưa lưu',
    empty: 'trống',
    'conflict.vote': 'Ô này trong trang Biểu quyết đã đổi thành {sheet} sau khi bạn nhập {typed}. Hãy chọn giữ số nào.',
    'conflict.ruling':
      'Trang Quyết định đã đổi thành "{sheet}" sau khi bạn chọn "{typed}". Hãy chọn giữ quyết định nào.',
    keepSheet: 'Giữ {value} trong sổ',
    keepTyped: 'Dùng {value} vừa nhập',
    changedInBook: 'Sổ tính đã đổi',
    conflictsPending:
      '{count} ô đã bị sửa trong sổ tính sau khi bạn nhập: hãy chọn giữ giá trị nào ở các ô được đánh dấu "Sổ tính đã đổi", rồi lưu.',
    orphans: '{count} phiếu đã nhập cho người không còn trong trang Biểu quyết, không thể lưu: {names}.',
    orphanRulings: '{count} quyết định đã chọn cho sáng kiến không còn cần Hội đồng quyết định, không thể lưu: {ids}.',
    dropOrphans: 'Bỏ các mục này',
    goReports: 'Sang bước Báo cáo',
    'notice.conflicts':
      'Chưa lưu: {count} ô đã bị sửa trong sổ tính sau khi bạn nhập. Hãy chọn giữ giá trị nào ở các ô được đánh dấu rồi lưu lại.',
  },
  en: {
    loading: 'Reading the ballot and decisions sheets…',
    noBallot:
      'There is no "Biểu quyết" (ballot) sheet yet. Rank and award prizes first: the proposed persons are written to that sheet for the council to vote on.',
    goRanking: 'Go to Ranking',
    ballotTitle: 'Ballot on the proposals',
    threshold: 'At least {threshold} of {members} yes votes needed (fraction {fraction}).',
    noProposals: 'The ballot sheet lists nobody yet.',
    votes: 'Yes votes',
    votesHint:
      'Enter each person\'s yes votes (a whole number from 0 to {members}), click "Save votes", then "Rank again to apply".',
    id: 'Initiative {id}',
    lists: 'Lists: {lists}',
    'list.ubnd': 'Provincial Committee',
    'list.national': 'Confederation',
    'list.media': 'Media',
    noLongerProposed: 'No longer proposed',
    passed: 'Passed',
    failed: 'Not passed',
    unsaved: 'Not saved',
    notWhole: 'Enter a whole number from 0 to {members}.',
    tooMany: 'The council has only {members} members: votes cannot exceed {members}.',
    saveVotes: 'Save votes',
    saving: 'Saving…',
    rerank: 'Rank again to apply',
    reranking: 'Ranking again…',
    rerankHint: 'Saved in the workbook. Results and lists change only after ranking again.',
    tally: 'Entered {entered}/{total} · Passed {passed} · Not passed {failed}',
    decisionsTitle: 'Council decisions',
    decisionsHint:
      'Initiatives the council must decide on (ties at a prize boundary, large score disagreement, missing benefit figures…). Choose a prize or "Không xếp giải" (no prize), add a note if needed, click "Save decisions", then rank again.',
    noCases: 'No initiative needs a decision by the council.',
    rank: 'Rank {rank}',
    noRank: 'Not ranked',
    score: '{score} points',
    walkTier: 'Prize by ranking: {tier}',
    pendingTier: 'Prize by ranking: left to the council',
    noTier: 'Prize by ranking: none',
    standingTier: 'Prize applied: {tier}',
    ruling: 'Decision',
    noRuling: '— Not decided',
    note: 'Note',
    saveRulings: 'Save decisions',
    reload: 'Read the workbook again',
    'notice.votesSaved': 'Saved {written} vote cells in the ballot sheet.',
    'notice.notFound':
      'Not found in the ballot sheet (perhaps just edited by hand): {names}. Read it again and re-enter.',
    'notice.rulingsSaved': 'Wrote {written} cells in the decisions sheet.',
    'notice.rulingsCreated': 'Created the decisions sheet with {written} decisions.',
    'notice.noSheet': 'The ballot sheet is no longer in the workbook. Rank again to create it.',
    'notice.noHeader':
      'The header row of "{sheet}" was not found (it needs "Mã SK" and the votes or decision column). Add the header row back or rank again.',
    'notice.invalidVotes': '{count} vote boxes are not valid: correct the marked boxes and save again.',
    'notice.reranked':
      'Ranked again at {at}: {passed} proposals passed, {failed} did not, {applied} council decisions applied. The lists now hold only persons who passed.',
    unsavedFirst: 'Save them before ranking again; moving to another step does not lose them.',
    problems: 'Problems in the ballot and decisions sheets ({count})',
    summaryTitle: 'Ballot summary',
    perList: 'Proposed to the Provincial Committee: {ubnd} · Confederation: {national} · Media: {media}.',
    groupsHint:
      'Each person has one votes box, in the first group that names them: Confederation, then media, then the Provincial Committee.',
    'group.national': 'Proposed to the Confederation ({count})',
    'group.media': 'Media ({count})',
    'group.ubnd': 'Provincial Committee list only ({count})',
    'group.none': 'No longer proposed ({count})',
    shown: 'Showing {from}–{to} of {total}',
    prevPage: 'Previous page',
    nextPage: 'Next page',
    unsavedVotes: 'Unsaved votes: {count}',
    unsavedRulings: 'Unsaved decisions: {count}',
    empty: 'empty',
    'conflict.vote': 'This cell of the ballot sheet changed to {sheet} after you typed {typed}. Choose which to keep.',
    'conflict.ruling': 'The decisions sheet changed to "{sheet}" after you chose "{typed}". Choose which to keep.',
    keepSheet: 'Keep {value} from the workbook',
    keepTyped: 'Use {value} you typed',
    changedInBook: 'Changed in the workbook',
    conflictsPending:
      '{count} cells were changed in the workbook after you typed: choose which value to keep in the boxes marked "Changed in the workbook", then save.',
    orphans: '{count} votes typed for persons no longer in the ballot sheet cannot be saved: {names}.',
    orphanRulings:
      '{count} decisions chosen for initiatives the council no longer has to decide cannot be saved: {ids}.',
    dropOrphans: 'Discard these',
    goReports: 'Go to Reports',
    'notice.conflicts':
      'Not saved: {count} cells were changed in the workbook after you typed. Choose which value to keep in the marked boxes, then save again.',
  },
});
