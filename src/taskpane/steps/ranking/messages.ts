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
  | 'cut'
  | 'chartLoading'
  | 'chart.scores'
  | 'chart.flagged'
  | 'chart.rank'
  | 'chart.score'
  | 'chart.point'
  | 'chart.facts'
  | 'line.ubnd'
  | 'line.tierFull'
  | 'line.tierMin'
  | 'rank'
  | 'score'
  | 'tier'
  | 'pivotLines'
  | 'reviews'
  | 'review'
  | 'reviewWithout'
  | 'scope.prize'
  | 'scope.national'
  | 'scope.ubnd'
  | 'scope.media'
  | 'scope.other'
  | 'shown'
  | 'more'
  | 'marks'
  | 'decisionsShare'
  | 'previewNote'
  | 'lastShown'
  | 'tierName.Nhất'
  | 'tierName.Nhì'
  | 'tierName.Ba'
  | 'tierName.Khuyến khích';

export const rankingMessages = defineMessages<Key>({
  vi: {
    run: 'Xếp hạng và xếp giải',
    running: 'Đang xếp hạng…',
    stale:
      'Kết quả đã cũ: điểm, thành viên, quy tắc hoặc quyết định đã thay đổi sau lần xếp hạng trước. Hãy xếp hạng lại.',
    fresh: 'Kết quả đang khớp với dữ liệu.',
    never: 'Chưa xếp hạng lần nào. Bấm "Xếp hạng và xếp giải" khi đã có điểm chấm.',
    computedAt: 'Tính lúc {at}',
    summary: 'Tóm tắt',
    counts:
      'Đăng ký {registered} · Trùng {duplicates} · Đủ phiếu {complete} · Chưa đủ phiếu {incomplete} · Đạt {passed}',
    tiers: 'Giải Nhất {nhat} · Nhì {nhi} · Ba {ba} · Khuyến khích {kk}',
    lists: 'Đề nghị UBND tỉnh {ubnd} người · Tổng Liên đoàn {national} · Phóng sự {media}',
    decisions: 'Việc Hội đồng cần quyết định ({count})',
    noDecisions: 'Không có trường hợp nào cần Hội đồng quyết định.',
    decisionsHint:
      'Bấm vào một mục để đến dòng của nó trong sheet "Xếp hạng". Ghi quyết định của Hội đồng ở bước Biểu quyết (hoặc trong sheet "Quyết định") rồi xếp hạng lại.',
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
    cut: 'Ranh giới giải và danh sách',
    chartLoading: 'Đang vẽ biểu đồ…',
    'chart.scores': 'Điểm chính thức',
    'chart.flagged': 'Cần quyết định',
    'chart.rank': 'Thứ hạng',
    'chart.score': 'Điểm',
    'chart.point': '{id}: hạng {rank}, {score} điểm',
    'chart.facts':
      'Biểu đồ vẽ {drawn}/{ranked} sáng kiến được xếp hạng đầu tiên, điểm từ {top} xuống {bottom}; {flagged} sáng kiến cần Hội đồng quyết định được đánh dấu đỏ (bấm để đến dòng của nó).',
    'line.ubnd': 'Đề nghị UBND: từ {score}',
    'line.tierFull': 'Giải {tier}: từ {score} (đủ chỗ)',
    'line.tierMin': 'Giải {tier}: tối thiểu {score} (còn chỗ)',
    rank: 'Hạng {rank}',
    score: '{score} điểm',
    tier: 'Giải {tier}',
    pivotLines: 'Ranh giới: {lines}',
    reviews: 'Điểm từng người chấm:',
    review: '{member} {total}',
    reviewWithout: '{member} {total} (bỏ phiếu này: {without})',
    'scope.prize': 'Ảnh hưởng đến giải ({count})',
    'scope.national': 'Ảnh hưởng đến đề nghị Tổng Liên đoàn ({count})',
    'scope.ubnd': 'Ảnh hưởng đến danh sách đề nghị UBND ({count})',
    'scope.media': 'Ảnh hưởng đến danh sách phóng sự ({count})',
    'scope.other': 'Việc khác ({count})',
    shown: 'Đang hiện {shown}/{total}',
    more: 'Xem thêm {count}',
    marks:
      '{count} sáng kiến khác có điểm chấm chênh lệch lớn nhưng không phiếu nào quyết định kết quả: chỉ đánh dấu trong sheet "Xếp hạng".',
    decisionsShare: 'Liên quan {initiatives}/{ranked} sáng kiến được xếp hạng; việc quan trọng nhất ở trên.',
    previewNote: 'Số liệu dưới đây tính từ dữ liệu hiện tại, chưa ghi vào các sheet.',
    lastShown: 'Dưới đây là kết quả lần xếp hạng trước.',
    'tierName.Nhất': 'Nhất',
    'tierName.Nhì': 'Nhì',
    'tierName.Ba': 'Ba',
    'tierName.Khuyến khích': 'Khuyến khích',
  },
  en: {
    run: 'Rank and award prizes',
    running: 'Ranking…',
    stale: 'Results are out of date: scores, members, rules or decisions changed after the last ranking. Rank again.',
    fresh: 'Results match the data.',
    never: 'Not ranked yet. Click "Rank and award prizes" once scores are in.',
    computedAt: 'Computed at {at}',
    summary: 'Summary',
    counts:
      'Registered {registered} · Duplicates {duplicates} · Complete {complete} · Incomplete {incomplete} · Passed {passed}',
    tiers: 'First prize {nhat} · Second {nhi} · Third {ba} · Encouragement {kk}',
    lists: 'Proposed to the Provincial Committee {ubnd} · Confederation {national} · Media {media}',
    decisions: 'Decisions for the council ({count})',
    noDecisions: 'Nothing needs a decision by the council.',
    decisionsHint:
      'Click an item to go to its row in the "Xếp hạng" sheet. Record the council\'s ruling in the Ballot step (or in the "Quyết định" sheet), then rank again.',
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
    cut: 'Prize and list lines',
    chartLoading: 'Drawing the chart…',
    'chart.scores': 'Official score',
    'chart.flagged': 'To decide',
    'chart.rank': 'Rank',
    'chart.score': 'Score',
    'chart.point': '{id}: rank {rank}, {score} points',
    'chart.facts':
      'The chart shows the first {drawn} of {ranked} ranked initiatives, scores from {top} down to {bottom}; {flagged} the council must decide on are marked in red (click one to go to its row).',
    'line.ubnd': 'Provincial list: from {score}',
    'line.tierFull': '{tier} prize: from {score} (full)',
    'line.tierMin': '{tier} prize: minimum {score} (places left)',
    rank: 'Rank {rank}',
    score: '{score} points',
    tier: '{tier} prize',
    pivotLines: 'Line: {lines}',
    reviews: 'Each reviewer’s total:',
    review: '{member} {total}',
    reviewWithout: '{member} {total} (without it: {without})',
    'scope.prize': 'Affects a prize ({count})',
    'scope.national': 'Affects the Confederation proposal ({count})',
    'scope.ubnd': 'Affects the provincial list ({count})',
    'scope.media': 'Affects the media list ({count})',
    'scope.other': 'Other matters ({count})',
    shown: 'Showing {shown} of {total}',
    more: 'Show {count} more',
    marks:
      '{count} other initiatives have widely differing reviews but no single review decides their outcome: marked in the "Xếp hạng" sheet only.',
    decisionsShare: 'They concern {initiatives} of {ranked} ranked initiatives; the most consequential first.',
    previewNote: 'The figures below are computed from the data as it is now and are not yet written to the sheets.',
    lastShown: 'Below are the results of the last ranking.',
    // The prize names as the summary's English line gives them ("First prize 3 · Second 6 …").
    'tierName.Nhất': 'First',
    'tierName.Nhì': 'Second',
    'tierName.Ba': 'Third',
    'tierName.Khuyến khích': 'Encouragement',
  },
});
