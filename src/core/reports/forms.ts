// "Phiếu chấm" (SPEC §5): the paper score form of each council member, for councils that score on
// paper. One form per member with initiatives assigned in "Chấm điểm": their initiatives (Mã SK,
// title, field; never an author, position or workplace), an empty box per criterion with its
// maximum, a total, the place and date, and the member's signature. On the sheet the forms are
// stacked with a page break before each member; in Word each is a section of its own.

import type { Rules } from '../council/rules';
import type { Criterion, Initiative, Member, ScoreRow } from '../model';
import type { Problem } from '../problems';
import type { CellRect } from '../sheet/grid';
import { SHEET_ROLES, type PlanValue, type SheetPlan, type StyledRect } from '../sheet/plan';
import { compareIds } from '../text';
import { documentDate, parseDocDate, type DocDate } from './date';
import { printedPagePt } from './document-end';
import { buildDocument, fitDocuments, type DocColumn, type DocumentSpec, type ReportDocument } from './document';
import type { ColumnKind } from './layout';
import { NO_FIELD } from './media';

export interface ScoreFormsInput {
  readonly initiatives: readonly Initiative[];
  readonly members: readonly Member[];
  /** The pairs of "Chấm điểm": who reviews what. */
  readonly scores: readonly Pick<ScoreRow, 'initiativeId' | 'memberId'>[];
  readonly rules: Rules;
  /** The host's today ("2021-05-05" or a DocDate), used when "Cấu hình" sets no document date. */
  readonly today: DocDate | string;
}

/** One line of a member's form: what identifies the initiative, and nothing about its authors. */
export interface FormLine {
  readonly id: string;
  readonly title: string;
  readonly field: string;
}

export interface ScoreForm {
  readonly memberId: string;
  readonly memberName: string;
  readonly lines: readonly FormLine[];
  readonly spec: DocumentSpec;
}

export interface ScoreForms {
  readonly forms: readonly ScoreForm[];
  /** The "Phiếu chấm" sheet (null when no member has an assignment). */
  readonly plan: SheetPlan | null;
  /** The forms for the .docx writer, one section per member. */
  readonly documents: readonly ReportDocument[];
  readonly problems: readonly Problem[];
}

/** A form's row is at least 0.85 cm (32 px): a score written by hand fits its box. */
export const FORM_ROW_PT = 24;

const EPOCH: DocDate = { year: 1970, month: 1, day: 1 };

function points(tenths: number): string {
  return String(tenths / 10).replace('.', ',');
}

/** The columns of a form: the initiative, one box per criterion headed by its maximum, the total. */
export function formColumns(rubric: readonly Criterion[]): DocColumn[] {
  return [
    { header: 'STT', kind: 'index' },
    { header: 'Mã SK', kind: 'code' },
    // The title as wide as in the lists: a long form printed landscape has its titles on a line
    // or two rather than six beside boxes a hand can write in.
    { header: 'Tên sáng kiến', kind: 'longText' },
    { header: 'Lĩnh vực', kind: 'short' },
    // Boxes wide enough to write a score by hand (BOX_CM), their header wrapping over them.
    ...rubric.map((c): DocColumn => ({ header: `${c.code} (tối đa ${points(c.maxTenths)})`, kind: 'box' })),
    { header: 'Tổng điểm (tối đa 100)', kind: 'box' },
  ];
}

/** True when the total is the plain sum of the boxes (equal weights, maxima summing to 100). */
function plainSum(rubric: readonly Criterion[]): boolean {
  const w0 = rubric[0]?.weight;
  const sameWeight = rubric.every((c) => w0 !== undefined && c.weight.num * w0.den === w0.num * c.weight.den);
  return sameWeight && rubric.reduce((s, c) => s + c.maxTenths, 0) === 1000;
}

/** The scale printed above the table: each criterion's name and range. */
function scaleText(rubric: readonly Criterion[]): string {
  const parts = rubric.map((c) => `${c.code}: ${c.name} (0–${points(c.maxTenths)} điểm)`);
  const total = plainSum(rubric)
    ? 'Tổng điểm là tổng các tiêu chí.'
    : 'Tổng điểm = 100 × tổng (trọng số × điểm) / tổng (trọng số × điểm tối đa).';
  return `Tiêu chí chấm: ${parts.join('; ')}. Điểm ghi bằng số, tối đa một chữ số thập phân. ${total}`;
}

/** Each member's form, in the council's order; members without assignments have none. */
export function scoreForms(input: ScoreFormsInput): ScoreForms {
  const { rules } = input;
  const docs = rules.documents;
  const today = typeof input.today === 'string' ? (parseDocDate(input.today) ?? EPOCH) : input.today;
  const { date, invalid } = documentDate(docs.date, today);
  const name = SHEET_ROLES.forms.name;
  const problems: Problem[] = [];
  if (invalid !== null)
    problems.push({
      code: 'reports.date.invalid',
      severity: 'warning',
      sheet: name,
      row: null,
      column: null,
      params: { value: invalid },
    });

  const byId = new Map<string, Initiative>();
  for (const it of input.initiatives) byId.set(it.id, it);
  const assigned = new Map<string, Set<string>>();
  for (const s of input.scores) {
    let ids = assigned.get(s.memberId);
    if (!ids) assigned.set(s.memberId, (ids = new Set()));
    ids.add(s.initiativeId);
  }

  const columns = formColumns(rules.rubric);
  const grid: ColumnKind[] = columns.map((c) => c.kind);
  const forms: ScoreForm[] = [];
  for (const m of input.members) {
    const ids = assigned.get(m.id);
    if (!ids || ids.size === 0) continue;
    const lines: FormLine[] = [...ids].sort(compareIds).map((id) => {
      const it = byId.get(id);
      const field = it?.field ? rules.fieldNames[it.field] : NO_FIELD;
      return { id, title: it?.title ?? '', field };
    });
    const who = [m.name, m.position].filter((s) => s.trim() !== '').join(', ');
    const spec: DocumentSpec = {
      name,
      role: 'forms',
      names: docs,
      date,
      title: 'Phiếu chấm điểm sáng kiến',
      subtitles: [`Chương trình “${docs.programme}” năm ${docs.year}`],
      grid,
      blocks: [
        { kind: 'paragraph', text: `Thành viên Hội đồng: ${who} (mã ${m.id})`, bold: true, align: 'left' },
        { kind: 'paragraph', text: scaleText(rules.rubric), italic: true },
        {
          kind: 'table',
          columns,
          rows: lines.map((l, i) => [i + 1, l.id, l.title, l.field, ...rules.rubric.map(() => null), null]),
          repeatHeader: true,
          minRowPt: FORM_ROW_PT,
        },
        { kind: 'paragraph', text: `Số sáng kiến được phân công chấm: ${lines.length}.`, italic: true, align: 'left' },
      ],
      signature: { lines: ['Người chấm'], name: m.name },
    };
    forms.push({ memberId: m.id, memberName: m.name, lines, spec });
  }
  if (forms.length === 0) return { forms, plan: null, documents: [], problems };

  // One layout for every form, so the sheet's columns suit each member's page: portrait, or
  // landscape where that prints the forms on fewer pages (long lists, whose titles then take a line).
  const layout = (portrait: boolean) => {
    const specs = forms.map((f): DocumentSpec => (portrait ? { ...f.spec, portrait: true } : f.spec));
    const fit = fitDocuments(specs);
    const built = specs.map((s) => buildDocument(s, fit));
    const pages = built.map((b) => repeatHeaderByHand(b.plan));
    const count = pages.reduce((n, p) => n + 1 + (p.page?.rowBreaks?.length ?? 0), 0);
    return { specs, fit, built, pages, count };
  };
  const tall = layout(true);
  const wide = layout(false);
  const { specs, fit, built, pages } = wide.fit.orientation === 'landscape' && wide.count < tall.count ? wide : tall;
  for (const b of built)
    for (const p of b.problems) if (!problems.some((q) => q.code === p.code && q.row === p.row)) problems.push(p);
  const plan = stackPlans(pages);
  const laid = forms.map((f, i): ScoreForm => ({ ...f, spec: specs[i]! }));
  const documents = laid.map((f): ReportDocument => ({
    role: 'forms',
    spec: f.spec,
    orientation: fit.orientation,
    widths: fit.widths,
  }));
  return { forms: laid, plan, documents, problems };
}

/**
 * A plan whose table header is written again at the top of each printed page, with a page break
 * before it, instead of repeated by the page setup: a sheet has one range of print titles, and a
 * stack of forms has a header per form. Pages are counted ahead at the plan's scale with its row
 * heights (as `keepEndTogether` does); its own breaks are kept.
 */
export function repeatHeaderByHand(plan: SheetPlan): SheetPlan {
  const page = plan.page;
  const head = page?.printTitleRows?.first;
  if (!page || head === undefined) return plan;
  const room = printedPagePt(page.orientation, page.scale ?? 100);
  const h = (r: number): number => plan.rowHeights?.get(r) ?? 0;
  const forced = new Set(page.rowBreaks ?? []);
  // Rows before which a page starts with a copy of the header.
  const starts: number[] = [];
  let used = 0;
  for (let r = 0; r < plan.rows.length; r++) {
    if (r > head + 1 && (forced.has(r) || used + h(r) > room)) {
      starts.push(r);
      used = h(head);
    }
    used += h(r);
  }
  if (starts.length === 0) return plan;
  // Where an original row lands once the copies are in: after every copy at or before it.
  let k = 0;
  const moved: number[] = [];
  for (let r = 0; r <= plan.rows.length; r++) {
    while (k < starts.length && starts[k]! <= r) k++;
    moved.push(r + k);
  }
  const at = (r: number): number => moved[Math.min(r, plan.rows.length)]!;
  const rows: (readonly PlanValue[])[] = [];
  const heights = new Map<number, number>();
  const copies: number[] = [];
  let next = 0;
  plan.rows.forEach((row, r) => {
    if (starts[next] === r) {
      copies.push(rows.length);
      heights.set(rows.length, h(head));
      rows.push(plan.rows[head] ?? []);
      next++;
    }
    if (plan.rowHeights?.has(r)) heights.set(rows.length, h(r));
    rows.push(row);
  });
  const span = (rect: CellRect): CellRect => {
    const first = at(rect.row);
    return { ...rect, row: first, rowCount: at(rect.row + rect.rowCount - 1) - first + 1 };
  };
  const styles: StyledRect[] = (plan.styles ?? []).map((s) => ({ ...s, rect: span(s.rect) }));
  // Each copy looks like the header: the styles of the header row, applied last.
  const headStyles = (plan.styles ?? []).filter((s) => s.rect.row <= head && head < s.rect.row + s.rect.rowCount);
  for (const c of copies) for (const s of headStyles) styles.push({ ...s, rect: { ...s.rect, row: c, rowCount: 1 } });
  const merges = (plan.merges ?? []).map((m) => ({ ...m, row: at(m.row) }));
  const { printTitleRows: _titles, ...rest } = page;
  return {
    ...plan,
    rows,
    styles,
    merges,
    rowHeights: heights,
    page: {
      ...rest,
      rowBreaks: copies,
      ...(page.printArea ? { printArea: { ...page.printArea, rowCount: rows.length } } : {}),
    },
  };
}

/** Plans of one grid laid one under the other, each starting a printed page. */
export function stackPlans(plans: readonly SheetPlan[]): SheetPlan {
  const first = plans[0]!;
  const rows: (readonly PlanValue[])[] = [];
  const styles: StyledRect[] = [];
  const merges: CellRect[] = [];
  const heights = new Map<number, number>();
  const breaks: number[] = [];
  const shift = (r: CellRect, by: number): CellRect => ({ ...r, row: r.row + by });
  for (const p of plans) {
    const at = rows.length;
    if (at > 0) breaks.push(at);
    for (const row of p.rows) rows.push(row);
    for (const s of p.styles ?? []) styles.push({ ...s, rect: shift(s.rect, at) });
    for (const m of p.merges ?? []) merges.push(shift(m, at));
    for (const [r, h] of p.rowHeights ?? []) heights.set(r + at, h);
    for (const b of p.page?.rowBreaks ?? []) breaks.push(b + at);
  }
  // Printed at the forms' scale, not fitted to the width: Excel ignores manual breaks on a fitted page.
  const { printTitleRows: _titles, printArea: _area, fitToPagesWide: _fit, ...page } = first.page!;
  return {
    ...first,
    rows,
    styles,
    merges,
    rowHeights: heights,
    page: {
      ...page,
      printArea: { row: 0, col: 0, rowCount: rows.length, colCount: first.columns?.length ?? 1 },
      rowBreaks: breaks,
    },
  };
}
