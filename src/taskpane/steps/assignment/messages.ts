// The assignment step's own words (the shell holds only its title and purpose).
import { defineMessages } from '../../i18n';

type Key =
  | 'loading'
  | 'reload'
  | 'noRegister'
  | 'goIntake'
  | 'noMembers'
  | 'goCouncil'
  | 'summary'
  | 'existing'
  | 'started'
  | 'keepNote'
  | 'perInitiative'
  | 'perInitiative.hint'
  | 'perInitiative.invalid'
  | 'assign'
  | 'reassign'
  | 'assigning'
  | 'confirm.title'
  | 'confirm.body'
  | 'confirm.yes'
  | 'confirm.no'
  | 'done'
  | 'loads'
  | 'loads.range'
  | 'col.member'
  | 'col.name'
  | 'col.count'
  | 'problems'
  | 'problems.hint'
  | 'noProblems'
  | 'goScoring'
  | 'second.title'
  | 'second.intro'
  | 'second.button'
  | 'second.running'
  | 'second.none';

export const assignmentMessages = defineMessages<Key>({
  vi: {
    loading: 'Đang đọc danh sách, Hội đồng và bảng chấm điểm…',
    reload: 'Đọc lại',
    noRegister: 'Chưa có danh sách sáng kiến. Hãy nhập danh sách ở bước Nhập danh sách trước.',
    goIntake: 'Sang bước Nhập danh sách',
    noMembers: 'Hội đồng chưa có thành viên. Hãy thêm thành viên ở bước Hội đồng trước khi phân công.',
    goCouncil: 'Sang bước Hội đồng',
    summary: '{initiatives} sáng kiến · {members} thành viên Hội đồng',
    existing: 'Sheet "Chấm điểm" đã có {pairs} cặp sáng kiến – người chấm.',
    started: 'Đã có {started} phiếu được nhập điểm, nhận xét hoặc đánh dấu xung đột.',
    keepNote:
      'Phân công lại giữ nguyên mọi điểm đã nhập: người đã bắt đầu chấm vẫn giữ sáng kiến của mình, chỉ các chỗ còn thiếu được bổ sung.',
    perInitiative: 'Số người chấm mỗi sáng kiến',
    'perInitiative.hint': 'Mặc định lấy từ "so_nguoi_cham" trong sheet Cấu hình ({k}).',
    'perInitiative.invalid': 'Nhập một số nguyên từ 1 đến {max} (số thành viên Hội đồng).',
    assign: 'Phân công',
    reassign: 'Phân công lại',
    assigning: 'Đang phân công và ghi sheet Chấm điểm…',
    'confirm.title': 'Phân công lại?',
    'confirm.body':
      'Đã có {started} phiếu có điểm hoặc nhận xét. Phân công lại sẽ giữ nguyên mọi điểm đã nhập và chỉ bổ sung người chấm còn thiếu. Tiếp tục?',
    'confirm.yes': 'Phân công lại',
    'confirm.no': 'Hủy',
    done: 'Đã phân công {pairs} cặp ({k} người chấm mỗi sáng kiến) vào sheet "Chấm điểm".',
    loads: 'Số sáng kiến mỗi thành viên chấm',
    'loads.range': 'Ít nhất {min}, nhiều nhất {max} sáng kiến một người.',
    'col.member': 'Mã TV',
    'col.name': 'Họ và tên',
    'col.count': 'Số sáng kiến',
    problems: 'Vấn đề khi phân công ({count})',
    'problems.hint': 'Sáng kiến không đủ người chấm hợp lệ, xung đột lợi ích… Bấm vào một vấn đề để đến ô của nó.',
    noProblems: 'Mọi sáng kiến đều có đủ người chấm.',
    goScoring: 'Sang bước Chấm điểm',
    'second.title': 'Chấm bổ sung (vòng {round})',
    'second.intro':
      'Sáng kiến sát ranh giới: bỏ riêng một phiếu thì điểm sang phía bên kia một ranh giới giải hay danh sách UBND. Mỗi sáng kiến được thêm một thành viên chưa chấm và không xung đột lợi ích; các dòng mới ở cuối trang Chấm điểm, các dòng đã có giữ nguyên.',
    'second.button': 'Thêm một người chấm cho {count} sáng kiến sát ranh giới',
    'second.running': 'Đang thêm người chấm…',
    'second.none': 'Không có sáng kiến nào sát ranh giới cần thêm người chấm (hoặc người chấm đã thêm chưa nhập điểm).',
  },
  en: {
    loading: 'Reading the register, the council and the score sheet…',
    reload: 'Read again',
    noRegister: 'There is no register yet. Import it in the Import step first.',
    goIntake: 'Go to the import step',
    noMembers: 'The council has no members yet. Add them in the Council step before assigning.',
    goCouncil: 'Go to the council step',
    summary: '{initiatives} initiatives · {members} council members',
    existing: 'The "Chấm điểm" sheet already holds {pairs} initiative–reviewer pairs.',
    started: '{started} reviews already have scores, comments or a conflict mark.',
    keepNote:
      'Re-assigning keeps every score already entered: reviewers who started keep their initiatives; only the gaps are filled.',
    perInitiative: 'Reviewers per initiative',
    'perInitiative.hint': 'The default comes from "so_nguoi_cham" in the Cấu hình sheet ({k}).',
    'perInitiative.invalid': 'Type a whole number from 1 to {max} (the council members).',
    assign: 'Assign',
    reassign: 'Assign again',
    assigning: 'Assigning and writing the score sheet…',
    'confirm.title': 'Assign again?',
    'confirm.body':
      '{started} reviews already have scores or comments. Assigning again keeps every score entered and only fills missing reviewers. Continue?',
    'confirm.yes': 'Assign again',
    'confirm.no': 'Cancel',
    done: 'Assigned {pairs} pairs ({k} reviewers per initiative) in the "Chấm điểm" sheet.',
    loads: 'Initiatives per member',
    'loads.range': 'Fewest {min}, most {max} initiatives per member.',
    'col.member': 'Member ID',
    'col.name': 'Full name',
    'col.count': 'Initiatives',
    problems: 'Assignment problems ({count})',
    'problems.hint': 'Initiatives without enough eligible reviewers, conflicts… Click a problem to go to its cell.',
    noProblems: 'Every initiative has enough reviewers.',
    goScoring: 'Go to scoring',
    'second.title': 'Second round (round {round})',
    'second.intro':
      'Initiatives near a line: leaving out one review puts the score on the other side of a prize or UBND line. Each gets one more member who has not reviewed it and has no conflict of interest; the new rows go at the end of the score sheet, the rows already there stay as they are.',
    'second.button': 'Add one reviewer to {count} initiatives near a line',
    'second.running': 'Adding reviewers…',
    'second.none': 'No initiative near a line needs another reviewer (or the reviewers added have not scored yet).',
  },
});
