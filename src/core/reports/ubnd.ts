// "DS đề nghị UBND" (SPEC §5): the persons proposed to the Provincial People's Committee, grouped
// by the prize of their best initiative (Nhất, Nhì, Ba, Khuyến khích), then the rest, in list
// order. Once votes are entered only proposals that passed the ballot are listed.

import { TIER_NAMES, type TierName } from '../council/rules';
import type { ListEntry } from '../ranking/types';
import { SHEET_ROLES } from '../sheet/plan';
import {
  ballotNote,
  chairSignature,
  listFlagParagraphs,
  notes,
  points,
  positionAndWorkplace,
  positionOf,
  recipients,
  reportContext,
  shownEntries,
  tierHeading,
  type ReportInput,
  type ReportSheet,
} from './context';
import { legendBlock, MarkLegend } from './marks';
import { buildDocument, type DocColumn, type DocRow } from './document';

export const UBND_COLUMNS: readonly DocColumn[] = [
  { header: 'STT', kind: 'index' },
  { header: 'Họ và tên', kind: 'name' },
  { header: 'Chức vụ, đơn vị công tác', kind: 'text' },
  { header: 'Tên sáng kiến', kind: 'longText' },
  { header: 'Giá trị làm lợi (đồng)', kind: 'money' },
  { header: 'Điểm', kind: 'score' },
  { header: 'Giải', kind: 'short' },
  { header: 'Ghi chú', kind: 'text' },
];

export const NO_PRIZE_HEADING = 'CÁ NHÂN CÓ SÁNG KIẾN ĐẠT, KHÔNG XẾP GIẢI';
export const PENDING_HEADING = 'CHỜ HỘI ĐỒNG QUYẾT ĐỊNH GIẢI';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

export function ubndReport(input: ReportInput): ReportSheet {
  const name = SHEET_ROLES.ubnd.name;
  const ctx = reportContext(input, name);
  const { result, rules } = input;
  const docs = rules.documents;
  const members = result.ballot.members;

  // One pass sorts entries into their prize group; list order is kept inside each group. A group
  // left pending by the boundary-tie policy waits for the council before the ones without a prize.
  type Group = TierName | 'pending' | null;
  const groups = new Map<Group, ListEntry[]>();
  for (const t of TIER_NAMES) groups.set(t, []);
  groups.set('pending', []);
  groups.set(null, []);
  for (const e of shownEntries(result, result.lists.ubnd)) {
    const r = ctx.byId(e.initiative);
    const group: Group = r?.tier ?? (r?.pending ? 'pending' : null);
    groups.get(group)!.push(e);
  }

  const rows: DocRow[] = [];
  const legend = new MarkLegend();
  let stt = 0;
  let g = 0;
  for (const [tier, entries] of groups) {
    if (entries.length === 0) continue;
    const heading = tier === null ? NO_PRIZE_HEADING : tier === 'pending' ? PENDING_HEADING : tierHeading(tier);
    rows.push({ group: `${ROMAN[g++] ?? String(g)}. ${heading} (${entries.length} cá nhân)` });
    for (const e of entries) {
      const r = ctx.byId(e.initiative);
      const ini = r?.initiative;
      rows.push([
        ++stt,
        e.person.name,
        positionAndWorkplace(ini ? positionOf(ini, e.person.name) : '', e.person.workplace),
        ini?.title ?? e.initiative,
        ini?.benefitVnd ?? null,
        points(r?.official ?? null),
        r?.tier ?? '',
        notes([legend.marks(e.flags), r?.decision ? r.decision.note : null, ballotNote(e, members)]),
      ]);
    }
  }

  const doc = buildDocument({
    name,
    role: 'ubnd',
    names: docs,
    date: ctx.date,
    kindCode: 'DS',
    title: 'Danh sách đề nghị khen thưởng',
    subtitles: [
      `Cá nhân có sáng kiến xuất sắc trong Chương trình “${docs.programme}” năm ${docs.year}`,
      `(Kèm theo đề nghị gửi ${docs.committee})`,
    ],
    grid: UBND_COLUMNS.map((c) => c.kind),
    blocks: [
      { kind: 'table', columns: UBND_COLUMNS, rows, repeatHeader: true },
      ...legendBlock(legend),
      ...(stt === 0 ? [{ kind: 'paragraph' as const, text: 'Chưa có cá nhân nào được đề nghị.', italic: true }] : []),
      { kind: 'paragraph', text: `Danh sách có ${stt} cá nhân.`, italic: true, align: 'left' },
      ...listFlagParagraphs(result, 'ubnd'),
    ],
    recipients: recipients(docs.committee),
    signature: chairSignature(rules, input.members),
  });
  return { plan: doc.plan, spec: doc.spec, problems: [...ctx.problems, ...doc.problems] };
}
