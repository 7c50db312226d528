// Sheet "Hội đồng" (SPEC §2.2): who sits on the council, their role, and the upper-level unions
// each must not review. Read leniently (any header position, no diacritics needed), written in one
// canonical layout with a list validation on the role.

import type { Member, MemberId, MemberRole } from '../model';
import type { Problem } from '../problems';
import type { CellValue, SheetGrid } from '../sheet/grid';
import type { PlanValue, SheetPlan } from '../sheet/plan';
import { SHEET_ROLES } from '../sheet/plan';
import { message } from '../messages/index';
import type { Locale } from '../messages/types';
import { problemAt } from '../council/cells';
import { makeFolder, splitList } from '../council/fold';
import { foldPlain } from '../text/fold';
import { cellText, findHeader, isBlankRow, type ColumnSpec } from './kit';

export const MEMBER_ROLES: readonly MemberRole[] = ['Chủ tịch', 'Phó Chủ tịch', 'Ủy viên', 'Thư ký'];

export const COUNCIL_HEADERS = ['Mã TV', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Vai trò', 'Không chấm đơn vị'] as const;

type CouncilKey = 'id' | 'name' | 'position' | 'unit' | 'role' | 'excluded';

const COLUMNS: readonly ColumnSpec<CouncilKey>[] = [
  { key: 'id', names: ['matv', 'mathanhvien', 'ma'], required: true },
  { key: 'name', names: ['hovaten', 'hoten', 'tenthanhvien'], required: true },
  { key: 'position', names: ['chucvu'] },
  { key: 'unit', names: ['donvi', 'donvicongtac'] },
  { key: 'role', names: ['vaitro', 'vaitrotronghoidong'] },
  { key: 'excluded', names: ['khongchamdonvi', 'khongcham', 'xungdotloiich'] },
];

/** Role as typed → role; "Phó Chủ tịch thường trực" is a vice-chair, checked before "Chủ tịch". */
export function parseRole(text: string): MemberRole | null {
  const f = foldPlain(text);
  if (f.startsWith('pho chu tich')) return 'Phó Chủ tịch';
  if (f.startsWith('chu tich')) return 'Chủ tịch';
  if (f.startsWith('uy vien')) return 'Ủy viên';
  if (f.startsWith('thu ky')) return 'Thư ký';
  return null;
}

/**
 * Reads "Hội đồng". Every row with an id is a member (the secretary too: everyone votes). A row
 * whose role is unknown is still a member (as "Ủy viên") so the ballot count stays right, with a
 * problem; a repeated id keeps the first row.
 */
export function readCouncil(
  grid: SheetGrid | null,
  knownUnits?: readonly string[],
): { members: Member[]; problems: Problem[] } {
  const sheet = grid?.name ?? SHEET_ROLES.council.name;
  const problems: Problem[] = [];
  if (!grid) return { members: [], problems: [problemAt('council.members.sheetMissing', 'error', sheet, null, null)] };
  const header = findHeader(grid, COLUMNS);
  if (!header)
    return { members: [], problems: [problemAt('council.members.headerMissing', 'error', sheet, null, null)] };
  const c = header.cols;
  const folder = makeFolder();
  const known = knownUnits ? new Set(knownUnits.map((u) => folder(u))) : null;
  const seen = new Map<string, number>();
  const members: Member[] = [];
  const at = (row: readonly CellValue[] | undefined, col: number | undefined): string =>
    col === undefined || !row ? '' : cellText(row[col]);
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (isBlankRow(row)) continue;
    const id = at(row, c.id);
    const name = at(row, c.name);
    if (id === '') {
      problems.push(problemAt('council.member.idEmpty', 'error', sheet, r, c.id ?? 0, { name }));
      continue;
    }
    const key = foldPlain(id);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(problemAt('council.member.idDuplicate', 'error', sheet, r, c.id ?? 0, { id, firstRow: first + 1 }));
      continue;
    }
    seen.set(key, r);
    if (name === '') problems.push(problemAt('council.member.nameEmpty', 'error', sheet, r, c.name ?? 1, { id }));
    const roleText = at(row, c.role);
    let role = parseRole(roleText);
    if (role === null) {
      problems.push(
        roleText === ''
          ? problemAt('council.member.roleEmpty', 'warning', sheet, r, c.role ?? 4, { id })
          : problemAt('council.member.roleUnknown', 'error', sheet, r, c.role ?? 4, {
              id,
              value: roleText,
              expected: MEMBER_ROLES.join(', '),
            }),
      );
      role = 'Ủy viên';
    }
    const excludedUnits = splitList(at(row, c.excluded));
    if (known) {
      for (const u of excludedUnits) {
        if (!known.has(folder(u)))
          problems.push(
            problemAt('council.member.unitUnknown', 'warning', sheet, r, c.excluded ?? 5, { id, value: u }),
          );
      }
    }
    members.push({
      id: id as MemberId,
      name,
      position: at(row, c.position),
      unit: at(row, c.unit),
      role,
      excludedUnits,
    });
  }
  if (members.length === 0) problems.push(problemAt('council.members.none', 'error', sheet, null, null));
  return { members, problems };
}

/** The ballot's divisor (SPEC §4): the filled rows under the header, also those whose Mã TV is empty or repeated. */
export function councilRows(grid: SheetGrid | null): number {
  if (!grid) return 0;
  const header = findHeader(grid, COLUMNS);
  if (!header) return 0;
  let rows = 0;
  for (let r = header.row + 1; r < grid.values.length; r++) if (!isBlankRow(grid.values[r])) rows++;
  return rows;
}

/** Spare rows below the members carry the role list too, so a clerk adding a member gets the dropdown. */
const SPARE_ROWS = 100;

/** "Hội đồng" in its canonical layout; with no members it is the empty form a clerk fills in. */
export function councilSheetPlan(members: readonly Member[], locale: Locale = 'vi'): SheetPlan {
  const rows: PlanValue[][] = [[...COUNCIL_HEADERS]];
  for (const m of members) rows.push([m.id, m.name, m.position, m.unit, m.role, m.excludedUnits.join('; ')]);
  const last = rows.length + SPARE_ROWS;
  return {
    name: SHEET_ROLES.council.name,
    role: 'council',
    rows,
    columns: [{ width: 10 }, { width: 28 }, { width: 26 }, { width: 30 }, { width: 16 }, { width: 44 }],
    styles: [
      {
        rect: { row: 0, col: 0, rowCount: 1, colCount: 6 },
        style: { bold: true, fill: '#DDEBF7', wrap: true, vertical: 'center' },
      },
      { rect: { row: 1, col: 0, rowCount: last - 1, colCount: 1 }, style: { numberFormat: '@' } },
    ],
    freeze: { rows: 1, columns: 0 },
    validations: [
      {
        rect: { row: 1, col: 4, rowCount: last - 1, colCount: 1 },
        rule: {
          kind: 'list',
          items: MEMBER_ROLES,
          prompt: { title: message(locale, 'council.ui.roleTitle'), message: message(locale, 'council.ui.rolePrompt') },
          error: { title: message(locale, 'council.ui.roleTitle'), message: message(locale, 'council.ui.roleError') },
        },
      },
    ],
  };
}
