// "DS phóng sự" (SPEC §5): the persons picked for media reports, with the field of their best
// initiative and how many initiatives they lead, in the order they were picked.

import { SHEET_ROLES } from '../sheet/plan';
import {
  ballotNote,
  chairSignature,
  listFlagParagraphs,
  notes,
  positionAndWorkplace,
  positionOf,
  recipients,
  reportContext,
  shownEntries,
  type ReportInput,
  type ReportSheet,
} from './context';
import { legendBlock, MarkLegend } from './marks';
import { buildDocument, type DocColumn, type DocRow } from './document';

export const MEDIA_COLUMNS: readonly DocColumn[] = [
  { header: 'STT', kind: 'index' },
  { header: 'Họ và tên', kind: 'name' },
  { header: 'Chức vụ, đơn vị công tác', kind: 'text' },
  { header: 'Lĩnh vực', kind: 'text' },
  { header: 'Số sáng kiến', kind: 'count' },
  { header: 'Sáng kiến tiêu biểu', kind: 'longText' },
  { header: 'Giải', kind: 'short' },
  { header: 'Ghi chú', kind: 'text' },
];

export const NO_FIELD = 'Chưa xác định';

export function mediaReport(input: ReportInput): ReportSheet {
  const name = SHEET_ROLES.media.name;
  const ctx = reportContext(input, name);
  const { result, rules } = input;
  const docs = rules.documents;
  const rows: DocRow[] = [];
  const legend = new MarkLegend();
  shownEntries(result, result.lists.media).forEach((e, i) => {
    const r = ctx.byId(e.initiative);
    const ini = r?.initiative;
    const field = ini?.field ? rules.fieldNames[ini.field] : NO_FIELD;
    rows.push([
      i + 1,
      e.person.name,
      positionAndWorkplace(ini ? positionOf(ini, e.person.name) : '', e.person.workplace),
      field,
      e.person.leadCount,
      ini?.title ?? e.initiative,
      r?.tier ?? '',
      notes([legend.marks(e.flags), ballotNote(e, result.ballot.members)]),
    ]);
  });

  const doc = buildDocument({
    name,
    role: 'media',
    names: docs,
    date: ctx.date,
    kindCode: 'DS',
    title: 'Danh sách cá nhân đề nghị xây dựng phóng sự',
    subtitles: [`Gương đoàn viên có nhiều sáng kiến, sáng kiến tiêu biểu trong Chương trình “${docs.programme}” năm ${docs.year}`],
    grid: MEDIA_COLUMNS.map((c) => c.kind),
    blocks: [
      { kind: 'table', columns: MEDIA_COLUMNS, rows, repeatHeader: true },
      ...legendBlock(legend),
      ...(rows.length === 0 ? [{ kind: 'paragraph' as const, text: 'Chưa có cá nhân nào được chọn.', italic: true }] : []),
      ...listFlagParagraphs(result, 'media'),
    ],
    recipients: recipients('Ban Tuyên giáo Liên đoàn Lao động tỉnh'),
    signature: chairSignature(rules, input.members),
  });
  return { plan: doc.plan, spec: doc.spec, problems: [...ctx.problems, ...doc.problems] };
}
