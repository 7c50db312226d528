// "Biên bản" (SPEC §5): the minutes of the council's meeting: who sits on the council, what was
// counted (registered, valid, duplicates, reviewed, complete, passed, prizes per tier), the ballot
// (threshold and each proposal's yes votes) and the signatures of the secretary and the chair.

import { TIER_NAMES } from '../council/rules';
import type { BallotOutcome } from '../ranking/types';
import { SHEET_ROLES } from '../sheet/plan';
import { dateWords } from './date';
import { chairSignature, reportContext, signerName, type ReportInput, type ReportSheet } from './context';
import { buildDocument, type DocBlock, type DocColumn, type DocRow } from './document';

const MEMBER_COLUMNS: readonly DocColumn[] = [
  { header: 'STT', kind: 'index' },
  { header: 'Họ và tên', kind: 'name' },
  { header: 'Chức vụ', kind: 'text' },
  { header: 'Đơn vị', kind: 'text' },
  { header: 'Nhiệm vụ trong Hội đồng', kind: 'text' },
];

const COUNT_COLUMNS: readonly DocColumn[] = [
  { header: 'STT', kind: 'index' },
  { header: 'Nội dung', kind: 'longText', span: 3 },
  { header: 'Số lượng', kind: 'count' },
];

const BALLOT_COLUMNS: readonly DocColumn[] = [
  { header: 'STT', kind: 'index' },
  { header: 'Họ và tên', kind: 'name' },
  { header: 'Đơn vị công tác', kind: 'text' },
  { header: 'Số phiếu đồng ý', kind: 'count' },
  { header: 'Kết quả', kind: 'text' },
];

export const OUTCOME_TEXT: Readonly<Record<BallotOutcome, string>> = {
  passed: 'Thông qua',
  failed: 'Không thông qua',
  noVote: 'Chưa có phiếu',
};

function heading(text: string): DocBlock {
  return { kind: 'paragraph', text, bold: true, align: 'left' };
}

export function minutesReport(input: ReportInput): ReportSheet {
  const name = SHEET_ROLES.minutes.name;
  const ctx = reportContext(input, name);
  const { result, rules, members } = input;
  const docs = rules.documents;
  const c = result.counts;
  const ballot = result.ballot;

  const memberRows: DocRow[] = members.map((m, i) => [i + 1, m.name, m.position, m.unit, m.role]);
  const countRows: [string, number][] = [
    ['Số sáng kiến đăng ký', c.registered],
    ['Số sáng kiến hợp lệ (không kể trùng lặp)', c.registered - c.duplicates],
    ['Số sáng kiến trùng lặp (đăng ký nhiều lần)', c.duplicates],
    ['Số sáng kiến đã được chấm', c.reviewed],
    [`Số sáng kiến đủ phiếu (từ ${rules.minReviews} phiếu hợp lệ)`, c.complete],
    [`Số sáng kiến đạt (từ ${rules.passMarkHundredths / 100} điểm)`, c.passed],
    ['Số phiếu chấm hợp lệ', c.validReviews],
    ['Số phiếu chấm không hợp lệ', c.invalidReviews],
    ...TIER_NAMES.map((t): [string, number] => [`Số sáng kiến đạt Giải ${t}`, c.perTier[t]]),
    [`Số cá nhân đề nghị ${docs.committee} khen thưởng`, result.lists.ubnd.length],
    [`Số cá nhân đề nghị ${docs.confederation} khen thưởng`, result.lists.national.length],
    ['Số cá nhân đề nghị xây dựng phóng sự', result.lists.media.length],
  ];

  const passedCount = ballot.proposals.filter((p) => p.ballot === 'passed').length;
  const ballotBlocks: DocBlock[] = [
    {
      kind: 'paragraph',
      text:
        `Hội đồng có ${ballot.members} thành viên; một đề nghị được thông qua khi có từ ${ballot.threshold} phiếu đồng ý trở lên ` +
        `(${rules.ballotFraction.num}/${rules.ballotFraction.den} tổng số thành viên).`,
    },
  ];
  if (ballot.votesEntered) {
    ballotBlocks.push(
      {
        kind: 'table',
        columns: BALLOT_COLUMNS,
        rows: ballot.proposals.map((p, i) => [i + 1, p.person.name, p.person.workplace, p.yes, p.ballot ? OUTCOME_TEXT[p.ballot] : '']),
        repeatHeader: true,
      },
      { kind: 'paragraph', text: `Kết quả: ${passedCount}/${ballot.proposals.length} đề nghị được thông qua.`, align: 'left' },
    );
  } else {
    ballotBlocks.push({ kind: 'paragraph', text: 'Chưa nhập kết quả biểu quyết (trang "Biểu quyết").', italic: true, align: 'left' });
  }

  const doc = buildDocument({
    name,
    role: 'minutes',
    names: docs,
    date: ctx.date,
    kindCode: 'BB',
    title: 'Biên bản',
    subtitles: [`Họp Hội đồng xét duyệt sáng kiến Chương trình “${docs.programme}” năm ${docs.year}`],
    grid: ['index', 'name', 'text', 'text', 'text'],
    blocks: [
      {
        kind: 'paragraph',
        text:
          `Hôm nay, ${dateWords(ctx.date)}, tại ${docs.place}, Hội đồng xét duyệt sáng kiến của Liên đoàn Lao động tỉnh ${docs.province} ` +
          `họp xét duyệt các sáng kiến đăng ký tham gia Chương trình “${docs.programme}” năm ${docs.year}.`,
      },
      heading('I. THÀNH PHẦN HỘI ĐỒNG'),
      { kind: 'table', columns: MEMBER_COLUMNS, rows: memberRows },
      { kind: 'blank' },
      heading('II. KẾT QUẢ XÉT DUYỆT'),
      { kind: 'table', columns: COUNT_COLUMNS, rows: countRows.map(([label, n], i) => [i + 1, label, n]) },
      { kind: 'blank' },
      heading('III. KẾT QUẢ BIỂU QUYẾT'),
      ...ballotBlocks,
      { kind: 'blank' },
      { kind: 'paragraph', text: 'Biên bản đã được đọc lại trước Hội đồng; các thành viên dự họp nhất trí thông qua.' },
    ],
    signature: chairSignature(rules, members),
    leftSignature: { lines: ['THƯ KÝ'], name: signerName(docs.secretaryName, members, 'Thư ký') },
    portrait: true,
  });
  return { plan: doc.plan, spec: doc.spec, problems: [...ctx.problems, ...doc.problems] };
}
