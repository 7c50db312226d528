// Sheet "Quyết định" (SPEC §2.5): the council's rulings on flags — `Mã SK | Quyết định | Ghi chú`,
// a tier name or "Không xếp giải". The template lists what the council must look at and keeps
// every ruling already written.

import { RULING_FLAGS } from './agenda';
import type { TierName } from '../council/rules';
import { TIER_NAMES } from '../council/rules';
import type { Problem } from '../problems';
import type { SheetGrid } from '../sheet/grid';
import { columnLetter } from '../sheet/grid';
import { SHEET_ROLES, type PlanValue, type SheetPlan, type StyledRect } from '../sheet/plan';
import { message } from '../messages';
import { foldCompact } from '../text/fold';
import { cellText, findHeader, type ColumnSpec } from '../sheets/kit';
import { HEADER_STYLE, NOTE_STYLE, TABLE_STYLE, TEXT_FORMAT, TITLE_STYLE, WORK_FONT } from './plan-style';
import { canonicalId as idKey, compareIds } from './ids';
import { NO_PRIZE, type Decision, type InitiativeResult, type RankResult, type Ruling } from './types';
import { points } from './exact';

/** The columns of "Quyết định" by their folded words; Mã SK and Quyết định are required. */
export const DECISION_COLUMNS: readonly ColumnSpec<'id' | 'ruling' | 'note'>[] = [
  { key: 'id', names: ['mask', 'masangkien'], prefixes: ['mask'], required: true },
  { key: 'ruling', names: ['quyetdinh', 'quyetdinhcuahoidong'], prefixes: ['quyetdinh'], required: true },
  { key: 'note', names: ['ghichu', 'note'], prefixes: ['ghichu'] },
];

const RULINGS = new Map<string, Ruling>([
  ...TIER_NAMES.flatMap((t): [string, Ruling][] => [
    [foldCompact(t), t],
    [foldCompact(`Giải ${t}`), t],
  ]),
  ['kk', 'Khuyến khích'],
  ['giaikk', 'Khuyến khích'],
  [foldCompact(NO_PRIZE), NO_PRIZE],
  ['khonggiai', NO_PRIZE],
  ['khong', NO_PRIZE],
]);

/** A ruling as typed, with or without diacritics ("giai nhi", "Không xếp giải"); null if not one. */
export function parseRuling(text: string): Ruling | null {
  return RULINGS.get(foldCompact(text)) ?? null;
}

export function readDecisions(grid: SheetGrid | null): { decisions: Decision[]; problems: Problem[] } {
  const decisions: Decision[] = [];
  const problems: Problem[] = [];
  if (!grid) return { decisions, problems };
  const header = findHeader(grid, DECISION_COLUMNS);
  if (!header) {
    problems.push({ code: 'ranking.decisions.noHeader', severity: 'error', sheet: grid.name, row: null, column: null });
    return { decisions, problems };
  }
  const idCol = header.cols.id!;
  const rulingCol = header.cols.ruling!;
  const noteCol = header.cols.note ?? -1;
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const line = grid.values[r] ?? [];
    const id = cellText(line[idCol], 'raw');
    const raw = cellText(line[rulingCol], 'raw');
    // An empty ruling is a row the template listed and the council has not ruled on yet.
    if (raw === '') continue;
    if (id === '') {
      problems.push({
        code: 'ranking.decisions.missingId',
        severity: 'warning',
        sheet: grid.name,
        row: r + 1,
        column: columnLetter(idCol),
      });
      continue;
    }
    const ruling = parseRuling(raw);
    if (ruling === null) {
      problems.push({
        code: 'ranking.decisions.unknownRuling',
        severity: 'warning',
        sheet: grid.name,
        row: r + 1,
        column: columnLetter(rulingCol),
        params: { value: raw, id },
      });
      continue;
    }
    decisions.push({ row: r + 1, initiativeId: id, ruling, note: noteCol >= 0 ? cellText(line[noteCol], 'raw') : '' });
  }
  return { decisions, problems };
}

function needsRuling(r: InitiativeResult): boolean {
  return r.flags.some((f) => RULING_FLAGS.has(f.code));
}

const HEAD = [
  'Mã SK',
  'Quyết định',
  'Ghi chú',
  'Tên sáng kiến',
  'Điểm',
  'Hạng',
  'Giải theo xếp hạng',
  'Lý do cần Hội đồng xem xét',
];
const FIRST_ROW = 4;

/** The "Quyết định" template: every ruling kept, then each flagged initiative not yet ruled on. */
export function decisionsSheetPlan(existing: readonly Decision[], result?: RankResult): SheetPlan {
  const byId = new Map<string, InitiativeResult>();
  for (const r of result?.initiatives ?? []) byId.set(idKey(r.initiative.id), r);
  const describe = (r: InitiativeResult | undefined): PlanValue[] => {
    if (!r) return ['', '', '', '', ''];
    const reasons = r.flags.filter((f) => RULING_FLAGS.has(f.code)).map((f) => message('vi', f.code, f.params));
    return [
      r.initiative.title,
      r.official === null ? '' : points(r.official),
      r.rank ?? '',
      r.walkTier ?? (r.pending ? 'Chờ quyết định' : ''),
      reasons.join(' '),
    ];
  };
  const rows: PlanValue[][] = [
    ['QUYẾT ĐỊNH CỦA HỘI ĐỒNG VỀ CÁC TRƯỜNG HỢP CẦN XEM XÉT'],
    [
      `Ghi ở cột "Quyết định" tên giải (${TIER_NAMES.join(', ')}) hoặc "${NO_PRIZE}"; để trống nếu chưa quyết định. Bấm "Xếp hạng và xếp giải" để áp dụng.`,
    ],
    [],
    HEAD,
  ];
  const seen = new Set<string>();
  for (const d of existing) {
    seen.add(idKey(d.initiativeId));
    rows.push([d.initiativeId, d.ruling, d.note, ...describe(byId.get(idKey(d.initiativeId)))]);
  }
  const open = (result?.initiatives ?? []).filter((r) => !seen.has(idKey(r.initiative.id)) && needsRuling(r));
  open.sort(
    (a, b) => (a.position ?? Infinity) - (b.position ?? Infinity) || compareIds(a.initiative.id, b.initiative.id),
  );
  for (const r of open) rows.push([r.initiative.id, '', '', ...describe(r)]);
  const last = Math.max(rows.length - FIRST_ROW, 1);
  const styles: StyledRect[] = [
    { rect: { row: 0, col: 0, rowCount: 1, colCount: 1 }, style: TITLE_STYLE },
    { rect: { row: 1, col: 0, rowCount: 1, colCount: 1 }, style: NOTE_STYLE },
    { rect: { row: FIRST_ROW - 1, col: 0, rowCount: 1, colCount: HEAD.length }, style: HEADER_STYLE },
    { rect: { row: FIRST_ROW, col: 0, rowCount: last, colCount: HEAD.length }, style: TABLE_STYLE },
    { rect: { row: FIRST_ROW, col: 0, rowCount: last, colCount: 3 }, style: TEXT_FORMAT },
    { rect: { row: FIRST_ROW, col: 4, rowCount: last, colCount: 1 }, style: { numberFormat: '0.00' } },
  ];
  const items: TierName[] = [...TIER_NAMES];
  return {
    name: SHEET_ROLES.decisions.name,
    role: 'decisions',
    rows,
    columns: [
      { width: 12 },
      { width: 16 },
      { width: 30 },
      { width: 40 },
      { width: 9 },
      { width: 7 },
      { width: 14 },
      { width: 60 },
    ],
    styles,
    freeze: { rows: FIRST_ROW, columns: 1 },
    validations: [
      {
        rect: { row: FIRST_ROW, col: 1, rowCount: Math.max(last, 200), colCount: 1 },
        rule: {
          kind: 'list',
          items: [...items, NO_PRIZE],
          error: { title: 'Quyết định', message: `Chọn tên giải hoặc "${NO_PRIZE}".` },
        },
      },
    ],
    font: WORK_FONT,
  };
}
