// The ranking step's own words (the shell holds only its title and purpose).
import { defineMessages } from '../../i18n';

type Key =
  | 'run'
  | 'running'
  | 'stale'
  | 'fresh'
  | 'never'
  | 'computedAt'
  | 'summary'
  | 'counts'
  | 'tiers'
  | 'lists'
  | 'decisions'
  | 'noDecisions'
  | 'decisionsHint'
  | 'kept'
  | 'problems'
  | 'stage.reading'
  | 'stage.ranking'
  | 'stage.writing'
  | 'stage.done'
  | 'goBallot'
  | 'goReports'
  | 'noRegister'
  | 'goIntake'
  | 'resultsInSheets';

export const rankingMessages = defineMessages<Key>({
  vi: {
    run: 'Xếp hạng và xếp giải',
    running: 'Đang xếp hạng…',
    stale: 'Kết quả đã cũ: điểm, thành viên, quy tắc hoặc quyết định đã thay đổi sau lần xếp hạng trước. Hãy xếp hạng lại.',
    fresh: 'Kết quả đang khớp với dữ liệu.',
    never: 'Chưa xếp hạng lần nào. Bấm "Xếp hạng và xếp giải" khi đã có điểm chấm.',
    computedAt: 'Tính lúc {at}',
    summary: 'Tóm tắt',
    counts: 'Đăng ký {registered} · Trùng {duplicates} · Đủ phiếu {complete} · Chưa đủ phiếu {incomplete} · Đạt {passed}',
    tiers: 'Giải Nhất {nhat} · Nhì {nhi} · Ba {ba} · Khuyến khích {kk}',
    lists: 'Đề nghị UBND tỉnh {ubnd} người · Tổng Liên đoàn {national} · Phóng sự {media}',
    decisions: 'Việc Hội đồng cần quyết định ({count})',
    noDecisions: 'Không có trường hợp nào cần Hội đồng quyết định.',
    decisionsHint: 'Bấm vào một mục để đến dòng của nó trong sheet "Xếp hạng". Ghi quyết định của Hội đồng ở bước Biểu quyết (hoặc trong sheet "Quyết định") rồi xếp hạng lại.',
    kept: 'Sheet "{sheet}" đã được sửa tay nên được giữ lại với tên "{keptAs}".',
    problems: 'Vấn đề trong dữ liệu ({count})',
    'stage.reading': 'Đang đọc dữ liệu…',
    'stage.ranking': 'Đang tính điểm và xếp hạng…',
    'stage.writing': 'Đang ghi kết quả và văn bản…',
    'stage.done': 'Xong.',
    goBallot: 'Sang bước Biểu quyết',
    goReports: 'Xem các văn bản',
    noRegister: 'Chưa có sheet "Sáng kiến". Hãy nhập danh sách sáng kiến ở bước Nhập danh sách trước.',
    goIntake: 'Sang bước Nhập danh sách',
    resultsInSheets: 'Kết quả và các việc cần quyết định nằm trong sheet "Xếp hạng"; bấm nút để tính lại và xem tóm tắt.',
  },
  en: {
    run: 'Rank and award prizes',
    running: 'Ranking…',
    stale: 'Results are out of date: scores, members, rules or decisions changed after the last ranking. Rank again.',
    fresh: 'Results match the data.',
    never: 'Not ranked yet. Click "Rank and award prizes" once scores are in.',
    computedAt: 'Computed at {at}',
    summary: 'Summary',
    counts: 'Registered {registered} · Duplicates {duplicates} · Complete {complete} · Incomplete {incomplete} · Passed {passed}',
    tiers: 'First prize {nhat} · Second {nhi} · Third {ba} · Encouragement {kk}',
    lists: 'Proposed to the Provincial Committee {ubnd} · Confederation {national} · Media {media}',
    decisions: 'Decisions for the council ({count})',
    noDecisions: 'Nothing needs a decision by the council.',
    decisionsHint: 'Click an item to go to its row in the "Xếp hạng" sheet. Record the council\'s ruling in the Ballot step (or in the "Quyết định" sheet), then rank again.',
    kept: 'Sheet "{sheet}" had been edited by hand and was kept as "{keptAs}".',
    problems: 'Problems in the data ({count})',
    'stage.reading': 'Reading the workbook…',
    'stage.ranking': 'Scoring and ranking…',
    'stage.writing': 'Writing results and documents…',
    'stage.done': 'Done.',
    goBallot: 'Go to the ballot',
    goReports: 'See the documents',
    noRegister: 'There is no "Sáng kiến" sheet yet. Import the register in the Import step first.',
    goIntake: 'Go to the Import step',
    resultsInSheets: 'The results and the decisions to make are in the "Xếp hạng" sheet; click the button to recompute and see the summary.',
  },
});
