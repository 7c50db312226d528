// Sheet "Xếp hạng" (SPEC §2.5): the working sheet with every figure and flag, stamped with when
// it was computed and the fingerprint of its inputs so a later change shows the results are stale.

import type { SheetGrid } from '../sheet/grid';
import { SHEET_ROLES, type PlanValue, type SheetPlan, type StyledRect } from '../sheet/plan';
import { message, type Locale } from '../messages';
import type { Rules } from '../council/rules';
import { DEFAULT_FIELD_NAMES } from '../model';
import { points } from './exact';
import { foldCompact } from '../text/fold';
import { cellText } from '../sheets/kit';
import {
  HEADER_STYLE,
  MONEY_FORMAT,
  NOTE_STYLE,
  SCORE_FORMAT,
  TABLE_STYLE,
  TEXT_FORMAT,
  TITLE_STYLE,
  WORK_FONT,
} from './plan-style';
import type { InitiativeResult, InvalidReason, RankResult } from './types';
import { printWorkingSheet, wrappedRowHeight } from '../sheet/working';

/** Label of the stamp cell; the fingerprint is in the cell to its right. */
export const STAMP_LABEL = 'Mã dữ liệu:';
const COMPUTED_LABEL = 'Tính lúc:';

const REASONS: Readonly<Record<InvalidReason, string>> = {
  unknownInitiative: 'Mã SK không có trong danh sách',
  notMember: 'Người chấm không có trong Hội đồng',
  conflictDeclared: 'Khai báo xung đột lợi ích',
  excludedUnit: 'Không được chấm đơn vị này',
  missingScore: 'Thiếu điểm',
  unreadableScore: 'Điểm không đọc được',
  outOfRange: 'Điểm ngoài khung',
  duplicateDiffers: 'Nhập nhiều lần, điểm khác nhau',
};

function statusText(r: InitiativeResult): string {
  if (r.status === 'duplicate') return `Trùng với ${r.initiative.duplicateOf ?? ''}`;
  return r.status === 'incomplete' ? 'Chưa đủ phiếu' : 'Đủ phiếu';
}

/** Columns the lines above the table span: about the first printed page's width. */
const INFO_SPAN = 8;
/** The columns of the table whose text wraps (the others hold numbers, ids and marks). */
const WRAPPING = new Set([
  'Hạng',
  'Tên sáng kiến',
  'Tác giả',
  'Đơn vị công tác',
  'Công đoàn cấp trên',
  'Lĩnh vực',
  'Trạng thái',
  'Giải',
  'Quyết định HĐ',
  'Ghi chú',
]);
const TITLE_SIZE = TITLE_STYLE.fontSize ?? 14;
/**
 * Its two dozen columns print one page across A4 at 70 % or more only a point smaller than the
 * other working sheets: the body at 11 pt, the header row (whose words set most widths) at 10.
 */
const RANKING_FONT = { ...WORK_FONT, size: 11 } as const;
const RANKING_HEADER_PT = 10;

const hundredths = (h: number | null): PlanValue => (h === null ? null : points(h));

export function rankingSheetPlan(
  result: RankResult,
  meta: { computedAt: string; fingerprint: string },
  locale: Locale = 'vi',
  rules?: Pick<Rules, 'fieldNames'>,
): SheetPlan {
  const fieldNames = rules?.fieldNames ?? DEFAULT_FIELD_NAMES;
  const codes = result.initiatives[0] ? Object.keys(result.initiatives[0].criterionMeans) : [];
  const c = result.counts;
  const rows: PlanValue[][] = [
    ['KẾT QUẢ XẾP HẠNG VÀ XẾP GIẢI (bảng làm việc, tạo tự động)'],
    [COMPUTED_LABEL, meta.computedAt, STAMP_LABEL, meta.fingerprint],
    [
      `Đăng ký: ${c.registered} · Trùng: ${c.duplicates} · Có phiếu: ${c.reviewed} · Đủ phiếu: ${c.complete} · Đạt: ${c.passed} · ` +
        `Giải Nhất ${c.perTier['Nhất']}, Nhì ${c.perTier['Nhì']}, Ba ${c.perTier['Ba']}, Khuyến khích ${c.perTier['Khuyến khích']} · ` +
        `DS UBND ${result.lists.ubnd.length}, TLĐ ${result.lists.national.length}, phóng sự ${result.lists.media.length}`,
    ],
  ];
  for (const f of result.listFlags) rows.push([message(locale, f.code, f.params)]);
  rows.push([]);
  const headerRow = rows.length;
  const head = [
    'Hạng',
    'Mã SK',
    'Tên sáng kiến',
    'Tác giả',
    'Đơn vị công tác',
    'Công đoàn cấp trên',
    'Lĩnh vực',
    'Giá trị làm lợi (đồng)',
    'Số phiếu hợp lệ',
    ...codes.map((k) => `TB ${k}`),
    'Điểm chính thức',
    'TB bỏ cao/thấp',
    'Điểm hiệu chỉnh (tham khảo)',
    'Chênh lệch',
    'Đạt',
    'Trạng thái',
    'Giải',
    'Quyết định HĐ',
    'DS UBND',
    'DS TLĐ',
    'DS phóng sự',
    'Ghi chú',
  ];
  rows.push(head);
  // One preallocated row per initiative, filled in place: 250,000 rows stay cheap.
  const width = head.length;
  for (const r of result.initiatives) {
    const x = r.initiative;
    const line = new Array<PlanValue>(width);
    let c = 0;
    line[c++] = r.rank ?? (r.status === 'incomplete' ? 'Chưa đủ phiếu' : '');
    line[c++] = x.id;
    line[c++] = x.title;
    line[c++] = x.authors.length === 1 ? x.authors[0]! : x.authors.join(', ');
    line[c++] = x.workplace;
    line[c++] = x.unit;
    line[c++] = x.field === null ? '' : fieldNames[x.field];
    line[c++] = x.benefitVnd;
    line[c++] = r.reviewCount;
    for (const code of codes) line[c++] = hundredths(r.criterionMeans[code] ?? null);
    line[c++] = hundredths(r.official);
    line[c++] = hundredths(r.trimmed);
    line[c++] = hundredths(r.calibrated);
    line[c++] = hundredths(r.spread);
    line[c++] = r.passed ? 'Đạt' : '';
    line[c++] = statusText(r);
    line[c++] = r.tier ?? (r.pending ? 'Chờ quyết định' : '');
    line[c++] = r.decision?.ruling ?? '';
    line[c++] = r.onLists.ubnd ? 'x' : '';
    line[c++] = r.onLists.national ? 'x' : '';
    line[c++] = r.onLists.media ? 'x' : '';
    line[c++] = r.flags.length === 0 ? '' : r.flags.map((f) => message(locale, f.code, f.params)).join(' ');
    rows.push(line);
  }
  const tableRows = result.initiatives.length + 1;
  const k = codes.length;
  const infoRows = [0, ...Array.from({ length: Math.max(0, headerRow - 3) }, (_, i) => i + 2)];
  const styles: StyledRect[] = [
    ...infoRows.map((row) => ({ rect: { row, col: 0, rowCount: 1, colCount: INFO_SPAN }, style: { wrap: true, vertical: 'top' as const } })),
    { rect: { row: 0, col: 0, rowCount: 1, colCount: 1 }, style: TITLE_STYLE },
    { rect: { row: 1, col: 0, rowCount: 2, colCount: 1 }, style: NOTE_STYLE },
    { rect: { row: 1, col: 0, rowCount: 1, colCount: 4 }, style: { wrap: true, vertical: 'top' } },
    { rect: { row: 1, col: 1, rowCount: 1, colCount: 3 }, style: TEXT_FORMAT },
    { rect: { row: headerRow, col: 0, rowCount: 1, colCount: head.length }, style: { ...HEADER_STYLE, fontSize: RANKING_HEADER_PT } },
    {
      rect: { row: headerRow + 1, col: 0, rowCount: Math.max(tableRows - 1, 1), colCount: head.length },
      style: { ...TABLE_STYLE, wrap: true },
    },
    { rect: { row: headerRow + 1, col: 1, rowCount: Math.max(tableRows - 1, 1), colCount: 6 }, style: TEXT_FORMAT },
    { rect: { row: headerRow + 1, col: 7, rowCount: Math.max(tableRows - 1, 1), colCount: 1 }, style: MONEY_FORMAT },
    {
      rect: { row: headerRow + 1, col: 9, rowCount: Math.max(tableRows - 1, 1), colCount: k + 4 },
      style: SCORE_FORMAT,
    },
    // "Ghi chú" wraps inside its column: a long flag never runs past the last column onto a page of its own.
    { rect: { row: headerRow + 1, col: head.length - 1, rowCount: Math.max(tableRows - 1, 1), colCount: 1 }, style: { wrap: true, vertical: 'top' } },
  ];

  if (result.invalidReviews.length > 0) {
    rows.push([]);
    const at = rows.length;
    rows.push(['PHIẾU CHẤM KHÔNG HỢP LỆ (không được tính)']);
    // Member before initiative here, so a reader looking up "Mã SK" in the main table's column is not misled.
    rows.push(['Dòng', 'Mã TV', 'Mã SK', 'Lý do', 'Tiêu chí']);
    for (const v of result.invalidReviews) {
      rows.push([
        v.rows.join(', '),
        v.memberId,
        v.initiativeId,
        v.reasons.map((x) => REASONS[x]).join('; '),
        v.criteria.join(', '),
      ]);
    }
    styles.push(
      { rect: { row: at, col: 0, rowCount: 1, colCount: 1 }, style: { bold: true } },
      { rect: { row: at + 1, col: 0, rowCount: 1, colCount: 5 }, style: HEADER_STYLE },
      {
        rect: { row: at + 2, col: 0, rowCount: result.invalidReviews.length, colCount: 5 },
        style: { ...TABLE_STYLE, numberFormat: '@', wrap: true },
      },
    );
  }

  const columns = [
      { width: 8 },
      { width: 11 },
      { width: 40 },
      { width: 24 },
      { width: 28 },
      { width: 24 },
      { width: 18 },
      { width: 16 },
      { width: 9 },
      ...codes.map(() => ({ width: 8 })),
      { width: 10 },
      { width: 10 },
      { width: 12 },
      { width: 10 },
      { width: 6 },
      { width: 16 },
      { width: 14 },
      { width: 14 },
      { width: 8 },
      { width: 8 },
      { width: 10 },
      { width: 60 },
  ];
  // On paper the text columns wrap and narrow so the table fits A4 at 70 %; every row is measured.
  const print = printWorkingSheet(
    rows,
    headerRow,
    columns.map((col, c) => ({ width: col.width, wraps: WRAPPING.has(head[c] ?? ''), ...(c === 2 ? { min: 16 } : {}) })),
    { body: RANKING_FONT.size, header: RANKING_HEADER_PT },
  );
  const rowHeights = print.rowHeights;
  const infoWidth = print.widths.slice(0, INFO_SPAN).reduce((a, b) => a + b, 0);
  for (let r = 0; r < headerRow; r++) {
    const text = rows[r]?.[0];
    const [size, bold] = r === 0 ? [TITLE_SIZE, true] : [RANKING_FONT.size, false];
    rowHeights.set(r, wrappedRowHeight(typeof text === 'string' && r !== 1 ? text : '', infoWidth, size, bold));
  }
  // The stamp's labels and values, each in its own (narrow) column, wrap there.
  const stamp = rows[1] ?? [];
  rowHeights.set(
    1,
    Math.max(...stamp.map((v, c) => wrappedRowHeight(typeof v === 'string' ? v : '', print.widths[c] ?? 0, RANKING_FONT.size))),
  );
  return {
    name: SHEET_ROLES.ranking.name,
    role: 'ranking',
    rows,
    columns: print.widths.map((width) => ({ width })),
    styles,
    freeze: { rows: headerRow + 1, columns: 2 },
    // The lines above the table span the first page's width and wrap there, instead of running
    // on to the right past the last column (a printed page of their own).
    merges: infoRows.map((row) => ({ row, col: 0, rowCount: 1, colCount: INFO_SPAN })),
    rowHeights,
    page: print.page,
    tables: [],
    font: RANKING_FONT,
    tabColor: '#2F5597',
  };
}

/** True when "Xếp hạng" is missing, carries no stamp, or was computed from other inputs. */
export function isStale(rankingGrid: SheetGrid | null, fingerprint: string): boolean {
  if (!rankingGrid) return true;
  const label = foldCompact(STAMP_LABEL);
  const last = Math.min(rankingGrid.values.length, 10);
  for (let r = 0; r < last; r++) {
    const line = rankingGrid.values[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      if (typeof line[c] === 'string' && foldCompact(line[c] as string) === label)
        return cellText(line[c + 1], 'raw') !== fingerprint;
    }
  }
  return true;
}
