// Reviewer packets (SPEC §2.4): for councils that do not share one workbook, one packet per
// reviewer with only their initiatives, blind (title, summary, field, benefit: never authors,
// positions, workplaces or phones), score cells unlocked and everything else locked, plus a locked
// marker sheet holding the reviewer id and a checksum of the ids.

import type { Criterion, FieldCode, Initiative, Member, ScoreRow } from '../model';
import { DEFAULT_FIELD_NAMES } from '../model';
import type { Problem } from '../problems';
import type { SheetGrid } from '../sheet/grid';
import type { PlanValue, SheetPlan, StyledRect, ValidationSpec } from '../sheet/plan';
import { message } from '../messages/index';
import type { Locale } from '../messages/types';
import { problemAt } from './cells';
import { cellText, findHeader, isBlankRow, parseScaled, unscale, type ColumnSpec } from '../sheets/kit';
import { checksum, checksumMatches } from './checksum';
import { compareIds } from './fold';
import { foldCompact } from '../text/fold';
import { scoreValidation, type PairLike } from './score-sheet';
import { totalFormula } from './total';
// The one reading of a conflict mark ("x" yes, "không" no), shared with ranking so both agree.
import { CONFLICT_MARK, conflictMark, namesScoreColumn, SCORE_HEADERS } from '../sheets/scores';

export const PACKET_SHEET = 'Phiếu chấm';
export const PACKET_META_SHEET = 'SK_Meta';
const META_KIND = 'phieu_cham';
const PACKET_HEADER_ROW = 4;
const BLIND_HEADERS = [
  'STT',
  SCORE_HEADERS.id,
  'Tên sáng kiến',
  'Lĩnh vực',
  'Giá trị làm lợi (đồng)',
  'Tóm tắt',
] as const;
const FIRST_SCORE_COL = BLIND_HEADERS.length;

/** "TM:30;HQ:40;AD:30": a packet scored on another rubric must not be collected. */
export function rubricSignature(rubric: readonly Criterion[]): string {
  return rubric.map((c) => `${c.code}:${unscale(c.maxTenths, 1)}`).join(';');
}

export function packetChecksum(memberId: string, signature: string, ids: readonly string[]): string {
  return checksum([META_KIND, memberId, signature, ...ids]);
}

export interface PacketOptions {
  readonly members?: readonly Member[];
  /** Scores already entered in "Chấm điểm", shown pre-filled so a reviewer continues where they were. */
  readonly scores?: readonly ScoreRow[];
  readonly fieldNames?: Readonly<Record<FieldCode, string>>;
  readonly locale?: Locale;
}

/**
 * One reviewer's packet: the "Phiếu chấm" sheet and the marker sheet "SK_Meta" (write it hidden).
 * Initiatives are in Mã SK order; only the reviewer's pairs are included.
 */
export function packetPlans(
  memberId: string,
  pairs: readonly PairLike[],
  initiatives: readonly Initiative[],
  rubric: readonly Criterion[],
  options: PacketOptions = {},
): SheetPlan[] {
  const locale = options.locale ?? 'vi';
  const fieldNames = options.fieldNames ?? DEFAULT_FIELD_NAMES;
  const byId = new Map<string, Initiative>();
  for (const it of initiatives) byId.set(it.id, it);
  const ids = [...new Set(pairs.filter((p) => p.memberId === memberId).map((p) => p.initiativeId))].sort(compareIds);
  const prior = new Map<string, ScoreRow>();
  for (const s of options.scores ?? [])
    if (s.memberId === memberId && !prior.has(s.initiativeId)) prior.set(s.initiativeId, s);
  const member = options.members?.find((m) => m.id === memberId);
  const n = rubric.length;
  const width = FIRST_SCORE_COL + n + 3;
  const rows: PlanValue[][] = [
    [message(locale, 'council.ui.packetTitle')],
    [message(locale, 'council.ui.packetReviewer', { id: memberId, name: member?.name ?? '' })],
    [message(locale, 'council.ui.packetHelp')],
    [],
    [
      ...BLIND_HEADERS,
      ...rubric.map((c) => c.code),
      SCORE_HEADERS.total,
      SCORE_HEADERS.comment,
      SCORE_HEADERS.conflict,
    ],
  ];
  const scoreCols = rubric.map((_, i) => FIRST_SCORE_COL + i);
  const formula = totalFormula(rubric, scoreCols);
  ids.forEach((id, i) => {
    const it = byId.get(id);
    const p = prior.get(id);
    const row: PlanValue[] = [
      i + 1,
      id,
      it?.title ?? '',
      it?.field ? fieldNames[it.field] : '',
      it?.benefitVnd ?? null,
      it?.summary ?? '',
    ];
    for (const c of rubric) {
      const v = p?.scores[c.code] ?? null;
      row.push(typeof v === 'number' ? unscale(v, 1) : null);
    }
    row.push({ formula: formula(rows.length + 1) }, p?.comment ?? '', p?.conflict ? CONFLICT_MARK : null);
    rows.push(row);
  });
  const first = PACKET_HEADER_ROW + 1;
  const count = ids.length;
  const styles: StyledRect[] = [
    { rect: { row: 0, col: 0, rowCount: 1, colCount: width }, style: { bold: true, fontSize: 14 } },
    { rect: { row: 2, col: 0, rowCount: 1, colCount: width }, style: { italic: true } },
    {
      rect: { row: PACKET_HEADER_ROW, col: 0, rowCount: 1, colCount: width },
      style: { bold: true, fill: '#DDEBF7', wrap: true, vertical: 'center', horizontal: 'center' },
    },
  ];
  const validations: ValidationSpec[] = [];
  if (count > 0) {
    styles.push({
      rect: { row: first, col: 0, rowCount: count, colCount: width },
      style: { border: 'thin', vertical: 'top' },
    });
    styles.push({ rect: { row: first, col: 2, rowCount: count, colCount: 1 }, style: { wrap: true } });
    styles.push({ rect: { row: first, col: 5, rowCount: count, colCount: 1 }, style: { wrap: true } });
    styles.push({ rect: { row: first, col: 4, rowCount: count, colCount: 1 }, style: { numberFormat: '#,##0' } });
    styles.push({
      rect: { row: first, col: FIRST_SCORE_COL, rowCount: count, colCount: n },
      style: { fill: '#FFF2CC', numberFormat: '0.0' },
    });
    styles.push({
      rect: { row: first, col: FIRST_SCORE_COL + n, rowCount: count, colCount: 1 },
      style: { numberFormat: '0.00', fill: '#F2F2F2' },
    });
    styles.push({
      rect: { row: first, col: FIRST_SCORE_COL + n + 1, rowCount: count, colCount: 2 },
      style: { fill: '#FFF2CC', wrap: true },
    });
    rubric.forEach((c, i) => validations.push(scoreValidation(c, FIRST_SCORE_COL + i, first, count, locale)));
  }
  const sign = rubricSignature(rubric);
  const sheet: SheetPlan = {
    name: PACKET_SHEET,
    role: 'scores',
    rows,
    columns: [
      { width: 5 },
      { width: 10 },
      { width: 40 },
      { width: 18 },
      { width: 16 },
      { width: 50 },
      ...rubric.map(() => ({ width: 7 })),
      { width: 8 },
      { width: 30 },
      { width: 10 },
    ],
    styles,
    validations,
    freeze: { rows: PACKET_HEADER_ROW + 1, columns: 2 },
    // Only score, comment and conflict cells stay editable: ids and blind text are locked.
    protection: {
      unlocked:
        count > 0
          ? [
              { row: first, col: FIRST_SCORE_COL, rowCount: count, colCount: n },
              { row: first, col: FIRST_SCORE_COL + n + 1, rowCount: count, colCount: 2 },
            ]
          : [],
    },
    page: {
      orientation: 'landscape',
      paperSize: 'A4',
      margins: { top: 2, bottom: 2, left: 2, right: 1.5 },
      printTitleRows: { first: PACKET_HEADER_ROW, last: PACKET_HEADER_ROW },
      fitToPagesWide: 1,
    },
  };
  const meta: SheetPlan = {
    name: PACKET_META_SHEET,
    role: 'meta',
    rows: [
      ['loai', META_KIND],
      ['ma_tv', memberId],
      ['tieu_chi', sign],
      ['so_dong', count],
      ['ma_kiem_tra', packetChecksum(memberId, sign, ids)],
    ],
    protection: { unlocked: [] },
  };
  return [sheet, meta];
}

/** A packet file name without diacritics or characters file systems refuse. */
export function packetFileName(memberId: string, name = ''): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const base = `Phieu cham ${memberId}${plain ? ` ${plain}` : ''}`
    .replace(/[^A-Za-z0-9 _-]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return `${base}.xlsx`;
}

export interface PacketRow {
  /** Excel row in the packet sheet, 1-based. */
  readonly row: number;
  readonly initiativeId: string;
  /** Criterion code → tenths, null when empty, 'invalid' when not a number with one decimal. */
  readonly scores: Readonly<Record<string, number | null | 'invalid'>>;
  readonly comment: string;
  readonly conflict: boolean;
}

export interface Packet {
  readonly sheet: string;
  readonly memberId: string;
  readonly signature: string;
  readonly rows: readonly PacketRow[];
  /** Criterion code → 0-based column in the packet sheet, for problems. */
  readonly columns: Readonly<Record<string, number>>;
  /** True when the marker's checksum matches the reviewer, rubric and ids as read. */
  readonly intact: boolean;
}

function readMeta(grid: SheetGrid): Map<string, string> | null {
  const meta = new Map<string, string>();
  for (const row of grid.values) {
    const k = cellText(row[0]);
    if (k !== '') meta.set(k, cellText(row[1]));
  }
  return meta.get('loai') === META_KIND ? meta : null;
}

/** Reads a returned packet from its sheets (any order; other sheets ignored). */
export function readPacket(grids: readonly (SheetGrid | null)[]): { packet: Packet | null; problems: Problem[] } {
  let meta: Map<string, string> | null = null;
  for (const g of grids) if (g && !meta) meta = readMeta(g);
  if (!meta)
    return {
      packet: null,
      problems: [problemAt('council.packet.markerMissing', 'error', PACKET_META_SHEET, null, null)],
    };
  const signature = meta.get('tieu_chi') ?? '';
  const codes = signature
    .split(';')
    .map((s) => s.split(':')[0] ?? '')
    .filter((c) => c !== '');
  const specs: ColumnSpec<string>[] = [
    // The score columns of a packet carry the words of "Chấm điểm" (sheets/scores.ts).
    { key: '#id', test: (raw) => namesScoreColumn('id', raw), required: true },
    { key: '#comment', test: (raw) => namesScoreColumn('comment', raw) },
    { key: '#conflict', test: (raw) => namesScoreColumn('conflict', raw) },
    ...codes.map((c) => ({ key: c, names: [foldCompact(c)], required: true })),
  ];
  for (const g of grids) {
    if (!g || readMeta(g)) continue;
    const h = findHeader(g, specs);
    if (!h) continue;
    const idCol = h.cols['#id']!;
    const rows: PacketRow[] = [];
    for (let r = h.row + 1; r < g.values.length; r++) {
      const line = g.values[r];
      if (isBlankRow(line)) continue;
      const scores: Record<string, number | null | 'invalid'> = {};
      for (const c of codes) {
        const p = parseScaled(line?.[h.cols[c]!], 1);
        scores[c] = p.ok ? p.value : p.reason === 'empty' ? null : 'invalid';
      }
      const comment = h.cols['#comment'] === undefined ? '' : cellText(line?.[h.cols['#comment']]);
      const conflict = h.cols['#conflict'] === undefined ? false : conflictMark(line?.[h.cols['#conflict']]);
      rows.push({ row: r + 1, initiativeId: cellText(line?.[idCol]), scores, comment, conflict });
    }
    const memberId = meta.get('ma_tv') ?? '';
    const columns: Record<string, number> = {};
    for (const c of codes) columns[c] = h.cols[c]!;
    const intact =
      String(rows.length) === (meta.get('so_dong') ?? '') &&
      checksumMatches(meta.get('ma_kiem_tra') ?? '', [
        META_KIND,
        memberId,
        signature,
        ...rows.map((x) => x.initiativeId),
      ]);
    return { packet: { sheet: g.name, memberId, signature, rows, columns, intact }, problems: [] };
  }
  return { packet: null, problems: [problemAt('council.packet.sheetMissing', 'error', PACKET_SHEET, null, null)] };
}
