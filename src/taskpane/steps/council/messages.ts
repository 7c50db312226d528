// The council step's own words (the shell holds only its title and purpose).
import { defineMessages } from '../../i18n';

type Key =
  | 'loading'
  | 'missing'
  | 'create'
  | 'creating'
  | 'created'
  | 'created.council'
  | 'created.config'
  | 'members'
  | 'members.hint'
  | 'members.none'
  | 'member'
  | 'member.new'
  | 'id'
  | 'name'
  | 'position'
  | 'unit'
  | 'role'
  | 'excluded'
  | 'excluded.hint'
  | 'excluded.placeholder'
  | 'excluded.noUnits'
  | 'add'
  | 'remove'
  | 'saveMembers'
  | 'savingMembers'
  | 'savedMembers'
  | 'draftErrors'
  | 'rules'
  | 'rules.hint'
  | 'rubric'
  | 'criterion'
  | 'code'
  | 'criterionName'
  | 'max'
  | 'weight'
  | 'addCriterion'
  | 'removeCriterion'
  | 'section.scoring'
  | 'section.tiers'
  | 'section.lists'
  | 'section.fields'
  | 'section.documents'
  | 'section.other'
  | 'saveRules'
  | 'savingRules'
  | 'savedRules'
  | 'reset'
  | 'sheetProblems'
  | 'sheetProblems.hint'
  | 'noProblems'
  | 'reload'
  | 'choice.trung_binh'
  | 'choice.cat_bo'
  | 'choice.vuot_chi_tieu'
  | 'choice.cho_quyet_dinh'
  | 'choice.có'
  | 'choice.không'
  | 'goAssignment';

export const councilMessages = defineMessages<Key>({
  vi: {
    loading: 'Đang đọc Hội đồng và Cấu hình…',
    missing:
      'Sổ làm việc chưa có sheet {sheets}. Bấm "Tạo sheet Hội đồng và Cấu hình" để tạo bảng thành viên trống và mọi quy tắc ở giá trị mặc định.',
    create: 'Tạo sheet Hội đồng và Cấu hình',
    creating: 'Đang tạo sheet…',
    created: 'Đã tạo: {sheets}.',
    'created.council': 'sheet "Hội đồng" (bảng thành viên trống)',
    'created.config': 'sheet "Cấu hình" (mọi quy tắc ở giá trị mặc định)',
    members: 'Thành viên Hội đồng ({count})',
    'members.hint': 'Sửa ở đây hoặc trực tiếp trong sheet "Hội đồng"; bấm "Lưu thành viên" để ghi lại sheet.',
    'members.none': 'Chưa có thành viên nào. Bấm "Thêm thành viên" để bắt đầu.',
    member: 'Thành viên {n}',
    'member.new': '(thành viên mới)',
    id: 'Mã TV',
    name: 'Họ và tên',
    position: 'Chức vụ',
    unit: 'Đơn vị',
    role: 'Vai trò',
    excluded: 'Không chấm đơn vị',
    'excluded.hint': 'Các công đoàn cấp trên mà thành viên này không chấm (xung đột lợi ích).',
    'excluded.placeholder': 'Chọn đơn vị',
    'excluded.noUnits': 'Chưa có danh sách sáng kiến nên chưa có đơn vị để chọn.',
    add: 'Thêm thành viên',
    remove: 'Xóa thành viên {id}',
    saveMembers: 'Lưu thành viên',
    savingMembers: 'Đang lưu thành viên…',
    savedMembers: 'Đã lưu {count} thành viên vào sheet "{sheet}".',
    draftErrors: 'Còn {count} lỗi cần sửa trước khi lưu (xem các ô được đánh dấu).',
    rules: 'Quy tắc chấm và xét giải',
    'rules.hint': 'Mỗi ô ghi đúng một dòng của sheet "Cấu hình"; để trống ô số là dùng giá trị mặc định.',
    rubric: 'Tiêu chí chấm điểm ({count})',
    criterion: 'Tiêu chí {n}',
    code: 'Mã tiêu chí',
    criterionName: 'Tên tiêu chí',
    max: 'Điểm tối đa',
    weight: 'Trọng số',
    addCriterion: 'Thêm tiêu chí',
    removeCriterion: 'Xóa tiêu chí {n}',
    'section.scoring': 'Chấm điểm và phân công',
    'section.tiers': 'Các giải',
    'section.lists': 'Danh sách đề nghị và biểu quyết',
    'section.fields': 'Lĩnh vực',
    'section.documents': 'Tên dùng trong văn bản',
    'section.other': 'Khác',
    saveRules: 'Lưu quy tắc',
    savingRules: 'Đang lưu quy tắc…',
    savedRules: 'Đã lưu quy tắc vào sheet "{sheet}".',
    reset: 'Bỏ thay đổi',
    sheetProblems: 'Vấn đề trong sheet Hội đồng và Cấu hình ({count})',
    'sheetProblems.hint': 'Bấm vào một vấn đề để đến ô của nó.',
    noProblems: 'Sheet Hội đồng và Cấu hình không có vấn đề nào.',
    reload: 'Đọc lại từ sheet',
    'choice.trung_binh': 'trung_binh — trung bình các phiếu',
    'choice.cat_bo': 'cat_bo — bỏ điểm cao nhất và thấp nhất',
    'choice.vuot_chi_tieu': 'vuot_chi_tieu — vào trọn nhóm, gắn cờ',
    'choice.cho_quyet_dinh': 'cho_quyet_dinh — để Hội đồng quyết định',
    'choice.có': 'có',
    'choice.không': 'không',
    goAssignment: 'Sang bước Phân công',
  },
  en: {
    loading: 'Reading the council and the rules…',
    missing:
      'The workbook has no {sheets} sheet yet. Click "Create the council and rules sheets" to add an empty members table and every rule at its default.',
    create: 'Create the council and rules sheets',
    creating: 'Creating the sheets…',
    created: 'Created: {sheets}.',
    'created.council': 'sheet "Hội đồng" (an empty members table)',
    'created.config': 'sheet "Cấu hình" (every rule at its default)',
    members: 'Council members ({count})',
    'members.hint': 'Edit here or directly in the "Hội đồng" sheet; click "Save members" to write the sheet.',
    'members.none': 'No members yet. Click "Add member" to start.',
    member: 'Member {n}',
    'member.new': '(new member)',
    id: 'Member ID',
    name: 'Full name',
    position: 'Position',
    unit: 'Organisation',
    role: 'Role',
    excluded: 'Does not review unions',
    'excluded.hint': 'Upper-level unions this member must not review (conflict of interest).',
    'excluded.placeholder': 'Choose unions',
    'excluded.noUnits': 'No register yet, so there are no unions to choose from.',
    add: 'Add member',
    remove: 'Remove member {id}',
    saveMembers: 'Save members',
    savingMembers: 'Saving members…',
    savedMembers: 'Saved {count} members to the "{sheet}" sheet.',
    draftErrors: '{count} errors to fix before saving (see the marked fields).',
    rules: 'Scoring and prize rules',
    'rules.hint': 'Each field is one row of the "Cấu hình" sheet; an empty number field uses the default.',
    rubric: 'Scoring criteria ({count})',
    criterion: 'Criterion {n}',
    code: 'Criterion code',
    criterionName: 'Criterion name',
    max: 'Maximum points',
    weight: 'Weight',
    addCriterion: 'Add criterion',
    removeCriterion: 'Remove criterion {n}',
    'section.scoring': 'Scoring and assignment',
    'section.tiers': 'Prizes',
    'section.lists': 'Proposal lists and ballot',
    'section.fields': 'Fields',
    'section.documents': 'Names used in documents',
    'section.other': 'Other',
    saveRules: 'Save rules',
    savingRules: 'Saving rules…',
    savedRules: 'Saved the rules to the "{sheet}" sheet.',
    reset: 'Discard changes',
    sheetProblems: 'Problems in the council and rules sheets ({count})',
    'sheetProblems.hint': 'Click a problem to go to its cell.',
    noProblems: 'The council and rules sheets have no problems.',
    reload: 'Read again from the sheets',
    'choice.trung_binh': 'trung_binh — mean of the reviews',
    'choice.cat_bo': 'cat_bo — drop the highest and lowest',
    'choice.vuot_chi_tieu': 'vuot_chi_tieu — the whole group goes in, flagged',
    'choice.cho_quyet_dinh': 'cho_quyet_dinh — left to the council',
    'choice.có': 'có (yes)',
    'choice.không': 'không (no)',
    goAssignment: 'Go to assignment',
  },
});
