// "Kết quả xét duyệt" (SPEC §5): the official, printable form of "Xếp hạng": every initiative with
// its rank, the mean of each criterion, the number of valid reviews, the official and the
// calibrated score, the tier, the status and every flag, in ranking order.

import type { Criterion } from '../model';
import type { InitiativeResult } from '../ranking/types';
import { SHEET_ROLES } from '../sheet/plan';
import { chairSignature, points, recipients, reportContext, type ReportInput, type ReportSheet } from './context';
import { DECISION_CODE, legendBlock, MarkLegend, PENDING_CODE } from './marks';
import { buildDocument, type DocCell, type DocColumn, type DocRow } from './document';

/** SPEC §5: "Kết quả xét duyệt" prints at least 12 initiatives to an A4 page. */
export const RESULTS_ROWS_PER_PAGE = 12;

export const STATUS_DUPLICATE = 'Trùng';
export const STATUS_INCOMPLETE = 'Chưa đủ phiếu';
export const STATUS_PASSED = 'Đạt';
export const STATUS_FAILED = 'Không đạt';

/** The columns, with one per criterion of the rubric between the workplace and the reviews. */
export function resultsColumns(rubric: readonly Criterion[]): DocColumn[] {
  return [
    { header: 'Hạng', kind: 'index' },
    { header: 'Mã SK', kind: 'code' },
    { header: 'Tên sáng kiến', kind: 'longText' },
    { header: 'Tác giả', kind: 'name' },
    { header: 'Đơn vị công tác', kind: 'text' },
    ...rubric.map((c): DocColumn => ({ header: `${c.code} (${c.maxTenths / 10})`, kind: 'score' })),
    { header: 'Số phiếu', kind: 'count' },
    { header: 'Điểm', kind: 'score' },
    { header: 'Điểm hiệu chỉnh', kind: 'score' },
    { header: 'Giải', kind: 'short' },
    { header: 'Trạng thái', kind: 'short' },
    { header: 'Ghi chú', kind: 'short' },
  ];
}

export function statusText(r: InitiativeResult): string {
  if (r.status === 'duplicate') return r.initiative.duplicateOf ? `${STATUS_DUPLICATE} với ${r.initiative.duplicateOf}` : STATUS_DUPLICATE;
  if (r.status === 'incomplete') return STATUS_INCOMPLETE;
  return r.passed ? STATUS_PASSED : STATUS_FAILED;
}

/** The council's ruling as a mark, unless the ranking already flagged it (it flags rulings it applied). */
function decisionCode(r: InitiativeResult): string | null {
  if (!r.decision) return r.pending ? PENDING_CODE : null;
  return DECISION_CODE;
}

export function resultsReport(input: ReportInput): ReportSheet {
  const name = SHEET_ROLES.results.name;
  const ctx = reportContext(input, name);
  const { result, rules } = input;
  const docs = rules.documents;
  const rubric = rules.rubric;
  const columns = resultsColumns(rubric);
  const rows: DocRow[] = new Array<DocRow>(result.initiatives.length);
  const legend = new MarkLegend();
  result.initiatives.forEach((r, i) => {
    const ini = r.initiative;
    const row: DocCell[] = [r.rank, ini.id, ini.title, ini.authors.join(', '), ini.workplace];
    for (const c of rubric) row.push(points(r.criterionMeans[c.code] ?? null));
    row.push(
      r.reviewCount,
      points(r.official),
      points(r.calibrated),
      r.tier ?? '',
      statusText(r),
      r.flags.length === 0 && !r.decision && !r.pending ? '' : legend.marks([...r.flags, decisionCode(r)]),
    );
    rows[i] = row;
  });

  const doc = buildDocument({
    name,
    role: 'results',
    names: docs,
    date: ctx.date,
    kindCode: 'BC',
    title: 'Kết quả xét duyệt sáng kiến',
    subtitles: [`Chương trình “${docs.programme}” năm ${docs.year}`],
    grid: columns.map((c) => c.kind),
    blocks: [
      { kind: 'table', columns, rows, repeatHeader: true },
      ...legendBlock(legend),
      {
        kind: 'paragraph',
        text:
          `Điểm: trung bình các phiếu chấm hợp lệ, dùng để xếp hạng (đạt từ ${rules.passMarkHundredths / 100} điểm). ` +
          'Điểm hiệu chỉnh: điểm đã trừ độ lệch riêng của từng người chấm, chỉ để tham khảo, không dùng để xếp hạng. ' +
          `Cần ít nhất ${rules.minReviews} phiếu hợp lệ để được xếp hạng.`,
        italic: true,
      },
    ],
    recipients: recipients('Các thành viên Hội đồng'),
    rowsPerPage: RESULTS_ROWS_PER_PAGE,
    signature: chairSignature(rules, input.members),
  });
  return { plan: doc.plan, spec: doc.spec, problems: [...ctx.problems, ...doc.problems] };
}
