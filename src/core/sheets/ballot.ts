// Sheet "Biểu quyết" (SPEC §2.6): each proposed person (`Họ và tên`, `Đơn vị công tác`, `Mã SK`
// of their best initiative) with `Số phiếu đồng ý` for the clerk to fill. Its words, locating,
// reading the votes, the template (regenerating keeps every vote already entered, including votes
// for someone no longer proposed) and writing only the vote cells the task pane saves.

import type { Problem } from '../problems';
import type { CellValue, SheetGrid } from '../sheet/grid';
import { columnLetter } from '../sheet/grid';
import { SHEET_ROLES, type CellWrite, type PlanValue, type SheetPlan } from '../sheet/plan';
import { foldName } from '../ranking/fold';
import { cellText, findHeader, type ColumnSpec } from './kit';
import { HEADER_STYLE, NOTE_STYLE, TABLE_STYLE, TEXT_FORMAT, TITLE_STYLE, WORK_FONT } from '../ranking/plan-style';
import { canonicalId as idKey } from '../ranking/ids';
import type { BallotVote, ListEntry, RankResult } from '../ranking/types';

/** The words of the header row, as the template writes them. */
export const BALLOT_HEADERS = {
  number: 'STT',
  name: 'Họ và tên',
  workplace: 'Đơn vị công tác',
  id: 'Mã SK',
  yes: 'Số phiếu đồng ý',
  lists: 'Danh sách',
  outcome: 'Kết quả',
} as const;

type BallotKey = 'name' | 'workplace' | 'id' | 'yes';

/** The columns read, by their folded spellings; Mã SK and Số phiếu đồng ý are required. */
const BALLOT_COLUMNS: readonly ColumnSpec<BallotKey>[] = [
  { key: 'name', names: ['hovaten', 'hoten', 'ten', 'hovatentacgia'], prefixes: ['hovaten'] },
  { key: 'workplace', names: ['donvicongtac', 'donvi', 'noicongtac'], prefixes: ['donvicongtac'] },
  { key: 'id', names: ['mask', 'masangkien'], prefixes: ['mask'], required: true },
  { key: 'yes', names: ['sophieudongy', 'phieudongy', 'dongy'], prefixes: ['sophieudongy'], required: true },
];

/** Where the votes live in a "Biểu quyết" grid; every index 0-based from A1, -1 for a column not there. */
export interface BallotLayout {
  readonly headerRow: number;
  readonly idCol: number;
  readonly nameCol: number;
  readonly yesCol: number;
}

/** The header of a "Biểu quyết" grid, or null when "Mã SK" or "Số phiếu đồng ý" is not there. */
export function locateBallot(grid: SheetGrid): BallotLayout | null {
  const header = findHeader(grid, BALLOT_COLUMNS);
  if (!header) return null;
  const col = (k: BallotKey): number => header.cols[k] ?? -1;
  return { headerRow: header.row, idCol: col('id'), nameCol: col('name'), yesCol: col('yes') };
}

/** Votes as a whole number ≥ 0 (number or digits as text); null when empty, 'invalid' otherwise. */
function parseVotes(v: CellValue | undefined): number | null | 'invalid' {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? v : 'invalid';
  if (typeof v !== 'string') return 'invalid';
  const s = v.trim();
  if (s === '') return null;
  return /^\d+$/.test(s) ? Number(s) : 'invalid';
}

export function readBallot(grid: SheetGrid | null): { votes: BallotVote[]; problems: Problem[] } {
  const votes: BallotVote[] = [];
  const problems: Problem[] = [];
  if (!grid) return { votes, problems };
  const header = findHeader(grid, BALLOT_COLUMNS);
  if (!header) {
    problems.push({ code: 'ranking.ballot.noHeader', severity: 'error', sheet: grid.name, row: null, column: null });
    return { votes, problems };
  }
  const col = (k: BallotKey): number => header.cols[k] ?? -1;
  const [nameCol, workCol, idCol, yesCol] = [col('name'), col('workplace'), col('id'), col('yes')];
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const line = grid.values[r] ?? [];
    const id = cellText(line[idCol], 'raw');
    const name = nameCol >= 0 ? cellText(line[nameCol], 'raw') : '';
    const parsed = parseVotes(line[yesCol]);
    if (id === '' && name === '' && parsed === null) continue;
    if (parsed === 'invalid') {
      problems.push({
        code: 'ranking.ballot.unreadableVotes',
        severity: 'warning',
        sheet: grid.name,
        row: r + 1,
        column: columnLetter(yesCol),
        params: { value: cellText(line[yesCol], 'raw') },
      });
    }
    if (id === '') {
      if (parsed !== null) {
        problems.push({
          code: 'ranking.ballot.missingId',
          severity: 'warning',
          sheet: grid.name,
          row: r + 1,
          column: columnLetter(idCol),
        });
      }
      continue;
    }
    votes.push({
      row: r + 1,
      name,
      workplace: workCol >= 0 ? cellText(line[workCol], 'raw') : '',
      initiativeId: id,
      yes: parsed === 'invalid' ? null : parsed,
    });
  }
  return { votes, problems };
}

const H = BALLOT_HEADERS;
const HEAD = [H.number, H.name, H.workplace, H.id, H.yes, H.lists, H.outcome];
const FIRST_ROW = 4;

function listsOf(result: RankResult, e: ListEntry): string {
  const names: string[] = [];
  if (result.lists.ubnd.some((x) => x.person.key === e.person.key)) names.push('UBND');
  if (result.lists.national.some((x) => x.person.key === e.person.key)) names.push('TLĐ');
  if (result.lists.media.some((x) => x.person.key === e.person.key)) names.push('Phóng sự');
  return names.join('; ');
}

/** The ballot sheet for the proposals of `result`, keeping the votes of `existing`. */
export function ballotSheetPlan(result: RankResult, existing: readonly BallotVote[]): SheetPlan {
  const { threshold, members } = result.ballot;
  const pool = [...existing];
  const take = (e: ListEntry): BallotVote | undefined => {
    const id = idKey(e.initiative);
    const name = foldName(e.person.name);
    let at = pool.findIndex((v) => idKey(v.initiativeId) === id && foldName(v.name) === name);
    if (at < 0 && pool.filter((v) => idKey(v.initiativeId) === id).length === 1)
      at = pool.findIndex((v) => idKey(v.initiativeId) === id);
    return at < 0 ? undefined : pool.splice(at, 1)[0];
  };
  const rows: PlanValue[][] = [
    ['BIỂU QUYẾT ĐỀ NGHỊ KHEN THƯỞNG'],
    [`Số thành viên Hội đồng: ${members}. Đề nghị được thông qua khi có ít nhất ${threshold} phiếu đồng ý.`],
    [],
    HEAD,
  ];
  const verdict = (r: number): PlanValue => ({
    formula: `=IF(E${r + 1}="","",IF(E${r + 1}>=${threshold},"Thông qua","Không thông qua"))`,
  });
  result.ballot.proposals.forEach((e, k) => {
    const v = take(e);
    const r = rows.length;
    rows.push([k + 1, e.person.name, e.person.workplace, e.initiative, v?.yes ?? null, listsOf(result, e), verdict(r)]);
  });
  // Votes already entered for someone no longer proposed stay visible, never dropped.
  for (const v of pool) {
    if (v.yes === null) continue;
    const r = rows.length;
    rows.push(['', v.name, v.workplace, v.initiativeId, v.yes, 'Không còn trong danh sách đề nghị', verdict(r)]);
  }
  const count = Math.max(rows.length - FIRST_ROW, 1);
  return {
    name: SHEET_ROLES.ballot.name,
    role: 'ballot',
    rows,
    columns: [{ width: 6 }, { width: 28 }, { width: 36 }, { width: 12 }, { width: 12 }, { width: 20 }, { width: 16 }],
    styles: [
      { rect: { row: 0, col: 0, rowCount: 1, colCount: 1 }, style: TITLE_STYLE },
      { rect: { row: 1, col: 0, rowCount: 1, colCount: 1 }, style: NOTE_STYLE },
      { rect: { row: FIRST_ROW - 1, col: 0, rowCount: 1, colCount: HEAD.length }, style: HEADER_STYLE },
      { rect: { row: FIRST_ROW, col: 0, rowCount: count, colCount: HEAD.length }, style: TABLE_STYLE },
      { rect: { row: FIRST_ROW, col: 1, rowCount: count, colCount: 3 }, style: TEXT_FORMAT },
    ],
    freeze: { rows: FIRST_ROW, columns: 0 },
    validations: [
      {
        rect: { row: FIRST_ROW, col: 4, rowCount: count, colCount: 1 },
        rule: {
          kind: 'decimal',
          min: 0,
          max: members,
          error: { title: 'Số phiếu', message: `Nhập số phiếu đồng ý từ 0 đến ${members}.` },
        },
      },
    ],
    font: WORK_FONT,
  };
}

/** One person's votes as the clerk entered them in the pane; null clears the cell. */
export interface VoteEntry {
  readonly initiativeId: string;
  readonly name: string;
  readonly yes: number | null;
}

export interface BallotWrites {
  readonly cells: CellWrite[];
  /** Entries whose person is no longer in the sheet (someone edited it meanwhile). */
  readonly notFound: VoteEntry[];
}

/**
 * The cells that record `entries` in `grid`: the row whose Mã SK and name match (the only row with
 * that Mã SK when the name was retyped), in the "Số phiếu đồng ý" column. Null without a header.
 */
export function ballotCellWrites(grid: SheetGrid, entries: readonly VoteEntry[]): BallotWrites | null {
  const layout = locateBallot(grid);
  if (!layout) return null;
  const byId = new Map<string, number[]>();
  for (let r = layout.headerRow + 1; r < grid.values.length; r++) {
    const id = cellText(grid.values[r]?.[layout.idCol], 'raw');
    if (id === '') continue;
    const key = idKey(id);
    const rows = byId.get(key);
    if (rows) rows.push(r);
    else byId.set(key, [r]);
  }
  const cells: CellWrite[] = [];
  const notFound: VoteEntry[] = [];
  const taken = new Set<number>();
  for (const e of entries) {
    const rows = byId.get(idKey(e.initiativeId)) ?? [];
    const name = foldName(e.name);
    const sameName =
      layout.nameCol < 0
        ? []
        : rows.filter((r) => !taken.has(r) && foldName(cellText(grid.values[r]?.[layout.nameCol], 'raw')) === name);
    // A retyped name still finds its row when its Mã SK is listed once; with several, guessing would misplace votes.
    const row = sameName[0] ?? (rows.length === 1 ? rows[0] : undefined);
    if (row === undefined || taken.has(row)) {
      notFound.push(e);
      continue;
    }
    taken.add(row);
    cells.push({ row, col: layout.yesCol, value: e.yes });
  }
  return { cells, notFound };
}

export type VoteInput =
  { readonly ok: true; readonly yes: number | null } | { readonly ok: false; readonly reason: 'notWhole' | 'tooMany' };

/** What a clerk typed in "Số phiếu đồng ý": empty, or a whole number from 0 to the number of members (read as the sheet is). */
export function parseVoteInput(text: string, members: number): VoteInput {
  const yes = parseVotes(text);
  if (yes === 'invalid') return { ok: false, reason: 'notWhole' };
  return yes !== null && yes > members ? { ok: false, reason: 'tooMany' } : { ok: true, yes };
}
