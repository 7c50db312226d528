// "DS đề nghị TLĐ" (SPEC §5): the persons proposed to the national confederation, each with a short
// account of the achievement written from the initiative itself (title, score, prize, benefit,
// summary), in the list's order.

import type { InitiativeResult, ListEntry } from '../ranking/types';
import { SHEET_ROLES } from '../sheet/plan';
import {
  ballotNote,
  chairSignature,
  listFlagParagraphs,
  moneyText,
  notes,
  positionAndWorkplace,
  positionOf,
  recipients,
  reportContext,
  scoreText,
  shorten,
  shownEntries,
  type ReportInput,
  type ReportSheet,
} from './context';
import { legendBlock, MarkLegend } from './marks';
import { buildDocument, type DocColumn, type DocRow } from './document';

export const NATIONAL_COLUMNS: readonly DocColumn[] = [
  { header: 'STT', kind: 'index' },
  { header: 'Họ và tên', kind: 'name' },
  { header: 'Chức vụ, đơn vị công tác', kind: 'text' },
  { header: 'Tên sáng kiến', kind: 'text' },
  { header: 'Tóm tắt thành tích', kind: 'longText' },
  { header: 'Giá trị làm lợi (đồng)', kind: 'money' },
  { header: 'Ghi chú', kind: 'text' },
];

/** Longest part of the register's summary quoted in the achievement. */
const SUMMARY_CHARS = 300;

/** "Sáng kiến đạt 92,50 điểm, Giải Nhất cấp tỉnh; làm lợi 1.250.000.000 đồng. <tóm tắt>" */
export function achievement(r: InitiativeResult): string {
  const parts: string[] = [];
  const scored = r.official === null ? 'Sáng kiến' : `Sáng kiến đạt ${scoreText(r.official)} điểm`;
  parts.push(r.tier ? `${scored}, Giải ${r.tier} cấp tỉnh` : scored);
  const benefit = r.initiative.benefitVnd;
  parts.push(benefit === null ? 'giá trị làm lợi chưa tính được bằng tiền' : `giá trị làm lợi ${moneyText(benefit)} đồng`);
  let text = `${parts.join('; ')}.`;
  const summary = shorten(r.initiative.summary, SUMMARY_CHARS);
  if (summary !== '') text += ` ${summary}`;
  return text;
}

export function nationalReport(input: ReportInput): ReportSheet {
  const name = SHEET_ROLES.national.name;
  const ctx = reportContext(input, name);
  const { result, rules } = input;
  const docs = rules.documents;
  const rows: DocRow[] = [];
  const shown: readonly ListEntry[] = shownEntries(result, result.lists.national);
  const legend = new MarkLegend();
  shown.forEach((e, i) => {
    const r = ctx.byId(e.initiative);
    const ini = r?.initiative;
    rows.push([
      i + 1,
      e.person.name,
      positionAndWorkplace(ini ? positionOf(ini, e.person.name) : '', e.person.workplace),
      ini?.title ?? e.initiative,
      r ? achievement(r) : '',
      ini?.benefitVnd ?? null,
      notes([legend.marks(e.flags), ballotNote(e, result.ballot.members)]),
    ]);
  });

  const doc = buildDocument({
    name,
    role: 'national',
    names: docs,
    date: ctx.date,
    kindCode: 'DS',
    title: `Danh sách đề nghị ${docs.confederation} khen thưởng`,
    subtitles: [`Cá nhân có sáng kiến tiêu biểu, giá trị làm lợi cao trong Chương trình “${docs.programme}” năm ${docs.year}`],
    grid: NATIONAL_COLUMNS.map((c) => c.kind),
    blocks: [
      { kind: 'table', columns: NATIONAL_COLUMNS, rows, repeatHeader: true },
      ...legendBlock(legend),
      ...(rows.length === 0 ? [{ kind: 'paragraph' as const, text: 'Chưa có cá nhân nào được đề nghị.', italic: true }] : []),
      ...listFlagParagraphs(result, 'national'),
    ],
    recipients: recipients(docs.confederation),
    signature: chairSignature(rules, input.members),
  });
  return { plan: doc.plan, spec: doc.spec, problems: [...ctx.problems, ...doc.problems] };
}
