// The reports step's own words.
import { defineMessages } from '../../i18n';

type Key =
  | 'generateAll'
  | 'generating'
  | 'generate'
  | 'goTo'
  | 'empty'
  | 'noRegister'
  | 'notYet'
  | 'generatedAt'
  | 'stale'
  | 'edited'
  | 'fresh'
  | 'done'
  | 'kept'
  | 'charts'
  | 'listLabel'
  | 'download'
  | 'downloading'
  | 'downloaded'
  | 'role.ubnd'
  | 'role.national'
  | 'role.media'
  | 'role.results'
  | 'role.minutes'
  | 'role.stats';

export const reportsMessages = defineMessages<Key>({
  vi: {
    generateAll: 'Tạo tất cả văn bản',
    generating: 'Đang tạo văn bản…',
    generate: 'Tạo lại',
    goTo: 'Đến sheet',
    empty: 'Chưa có văn bản nào. Bấm "Tạo tất cả văn bản" (hoặc xếp hạng ở bước Xếp hạng) để lập các danh sách và biên bản.',
    noRegister: 'Chưa có danh sách sáng kiến. Hãy nhập danh sách ở bước đầu tiên.',
    notYet: 'Chưa tạo',
    generatedAt: 'Tạo lúc {at}',
    stale: 'Đã cũ: dữ liệu thay đổi sau khi tạo',
    edited: 'Đã sửa tay: tạo lại sẽ giữ bản này với tên mới',
    fresh: 'Khớp với dữ liệu',
    done: 'Đã tạo {count} văn bản.',
    kept: 'Sheet "{sheet}" đã được sửa tay nên được giữ lại với tên "{keptAs}".',
    charts: 'Sheet "Thống kê" có biểu đồ theo công đoàn cấp trên và theo lĩnh vực.',
    listLabel: 'Các văn bản gửi Ủy ban',
    download: 'Tải về .docx',
    downloading: 'Đang lập tệp Word…',
    downloaded: 'Đã tải về "{file}" (Word: A4, Times New Roman, lề theo Nghị định 30). Mở bằng Word để đính kèm tờ trình.',
    'role.ubnd': 'Danh sách đề nghị UBND tỉnh khen thưởng',
    'role.national': 'Danh sách đề nghị Tổng Liên đoàn',
    'role.media': 'Danh sách làm phóng sự',
    'role.results': 'Kết quả xét duyệt',
    'role.minutes': 'Biên bản họp Hội đồng',
    'role.stats': 'Thống kê theo đơn vị và lĩnh vực',
  },
  en: {
    generateAll: 'Generate all documents',
    generating: 'Generating documents…',
    generate: 'Regenerate',
    goTo: 'Go to sheet',
    empty: 'No documents yet. Click "Generate all documents" (or rank in the Ranking step) to produce the lists and minutes.',
    noRegister: 'There is no register yet. Import it in the first step.',
    notYet: 'Not generated',
    generatedAt: 'Generated at {at}',
    stale: 'Out of date: the data changed after it was generated',
    edited: 'Edited by hand: regenerating keeps this copy under a new name',
    fresh: 'Matches the data',
    done: '{count} document(s) generated.',
    kept: 'Sheet "{sheet}" had been edited by hand and was kept as "{keptAs}".',
    charts: 'The "Thống kê" sheet has charts by upper-level union and by field.',
    listLabel: 'Documents for the committee',
    download: 'Download .docx',
    downloading: 'Building the Word file…',
    downloaded: 'Downloaded "{file}" (Word: A4, Times New Roman, the decree’s margins). Open it in Word to attach it to the submission.',
    'role.ubnd': 'Proposal to the Provincial People’s Committee',
    'role.national': 'Proposal to the Confederation',
    'role.media': 'Media list',
    'role.results': 'Review results',
    'role.minutes': 'Minutes of the council',
    'role.stats': 'Statistics by union and field',
  },
});
