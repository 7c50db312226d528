// Sheet "Quyết định" (SPEC §2.5): the council's rulings on flags — `Mã SK | Quyết định | Ghi chú`,
// a tier name or "Không xếp giải". Its words, locating, reading the rulings, the template (it lists
// what the council must look at and keeps every ruling already written) and writing only the
// ruling cells the task pane saves.

import { RULING_FLAGS } from '../ranking/agenda';
import { TIER_NAMES } from '../council/rules';
import type { Problem } from '../problems';
import type { SheetGrid } from '../sheet/grid';
import { columnLetter } from '../sheet/grid';
import { SHEET_ROLES, type CellWrite, type PlanValue, type SheetPlan, type StyledRect } from '../sheet/plan';
import { message } from '../messages';
import { foldCompact } from '../text/fold';
import { cellText, findHeader, type ColumnSpec } from './kit';
import { HEADER_STYLE, NOTE_STYLE, TABLE_STYLE, TEXT_FORMAT, TITLE_STYLE, WORK_FONT } from '../ranking/plan-style';
import { canonicalId as idKey, compareIds } from '../ranking/ids';
import { NO_PRIZE, type Decision, type InitiativeResult, type RankResult, type Ruling } from '../ranking/types';
import { points } from '../ranking/exact';

/** The words of the header row, as the template writes them. */
export const DECISION_HEADERS = {
  id: 'Mã SK',
  ruling: 'Quyết định',
  note: 'Ghi chú',
  title: 'Tên sáng kiến',
  score: 'Điểm',
  rank: 'Hạng',
  walkTier: 'Giải theo xếp hạng',
  reasons: 'Lý do cần Hội đồng xem xét',
} as const;

/** Every ruling the council can record, in the order a dropdown (the sheet's and the pane's) offers them. */
export const RULINGS: readonly Ruling[] = [...TIER_NAMES, NO_PRIZE];

type DecisionKey = 'id' | 'ruling' | 'note';

/** The columns read, by their folded spellings; Mã SK and Quyết định are required. */
const DECISION_COLUMNS: readonly ColumnSpec<DecisionKey>[] = [
  { key: 'id', names: ['mask', 'masangkien'], prefixes: ['mask'], required: true },
  { key: 'ruling', names: ['quyetdinh', 'quyetdinhcuahoidong'], prefixes: ['quyetdinh'], required: true },
  { key: 'note', names: ['ghichu', 'note'], prefixes: ['ghichu'] },
];

/** Each ruling by its folded spellings. */
const SPELLINGS = new Map<string, Ruling>([
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
  return SPELLINGS.get(foldCompact(text)) ?? null;
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

const HEAD = Object.values(DECISION_HEADERS);
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
          items: RULINGS,
          error: { title: DECISION_HEADERS.ruling, message: `Chọn tên giải hoặc "${NO_PRIZE}".` },
        },
      },
    ],
    font: WORK_FONT,
  };
}

/** Where the rulings live in a "Quyết định" grid; 0-based from A1. */
export interface DecisionsLayout {
  readonly headerRow: number;
  readonly idCol: number;
  readonly rulingCol: number;
  /** The "Ghi chú" column, or where one would be added (the first empty header cell to the right). */
  readonly noteCol: number;
  readonly hasNoteHeader: boolean;
  /** Rows listing each Mã SK (canonical), in sheet order. */
  readonly rowsById: ReadonlyMap<string, readonly number[]>;
  /** The first row below everything in the table: where a new ruling goes. */
  readonly nextRow: number;
}

/** The header of a "Quyết định" grid and its rows by Mã SK, or null when "Mã SK" or "Quyết định" is not there. */
export function locateDecisions(grid: SheetGrid): DecisionsLayout | null {
  const header = findHeader(grid, DECISION_COLUMNS);
  if (!header) return null;
  const idCol = header.cols.id ?? -1;
  const rulingCol = header.cols.ruling ?? -1;
  const found = header.cols.note;
  const headLine = grid.values[header.row] ?? [];
  let free = Math.max(idCol, rulingCol) + 1;
  while (cellText(headLine[free], 'raw') !== '') free++;
  const noteCol = found ?? free;
  const rowsById = new Map<string, number[]>();
  let nextRow = header.row + 1;
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const line = grid.values[r] ?? [];
    const id = cellText(line[idCol], 'raw');
    if (id !== '' || cellText(line[rulingCol], 'raw') !== '' || cellText(line[noteCol], 'raw') !== '') nextRow = r + 1;
    if (id === '') continue;
    const key = idKey(id);
    const rows = rowsById.get(key);
    if (rows) rows.push(r);
    else rowsById.set(key, [r]);
  }
  return { headerRow: header.row, idCol, rulingCol, noteCol, hasNoteHeader: found !== undefined, rowsById, nextRow };
}

/** A ruling as the council gives it in the pane; null clears it. */
export interface RulingEntry {
  readonly initiativeId: string;
  readonly ruling: Ruling | null;
  readonly note: string;
}

/**
 * The cells that record `entries` in `grid`, only where they change: the ruling and note of the
 * Mã SK's first row (any later row for it loses its ruling, so one ruling stands), or a new row
 * below the table for an initiative not listed. Null without a header.
 */
export function decisionCellWrites(grid: SheetGrid, entries: readonly RulingEntry[]): CellWrite[] | null {
  const layout = locateDecisions(grid);
  if (!layout) return null;
  const cells: CellWrite[] = [];
  const at = (row: number, col: number): string => cellText(grid.values[row]?.[col], 'raw');
  const put = (row: number, col: number, text: string): void => {
    if (at(row, col) !== text) cells.push({ row, col, value: text === '' ? null : text });
  };
  let next = layout.nextRow;
  let noteUsed = false;
  for (const e of entries) {
    const ruling = e.ruling ?? '';
    const note = e.note.trim();
    const rows = layout.rowsById.get(idKey(e.initiativeId));
    if (rows && rows.length > 0) {
      const [first, ...rest] = rows as [number, ...number[]];
      put(first, layout.rulingCol, ruling);
      put(first, layout.noteCol, note);
      for (const r of rest) put(r, layout.rulingCol, '');
      noteUsed ||= note !== '';
      continue;
    }
    if (ruling === '' && note === '') continue;
    cells.push({ row: next, col: layout.idCol, value: e.initiativeId, numberFormat: '@' });
    if (ruling !== '') cells.push({ row: next, col: layout.rulingCol, value: ruling });
    if (note !== '') cells.push({ row: next, col: layout.noteCol, value: note });
    noteUsed ||= note !== '';
    next++;
  }
  // A sheet whose "Ghi chú" column was deleted by hand gets its header back before a note is written under it.
  if (noteUsed && !layout.hasNoteHeader)
    cells.push({ row: layout.headerRow, col: layout.noteCol, value: DECISION_HEADERS.note });
  return cells;
}
