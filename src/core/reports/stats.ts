// "Thống kê" (SPEC §5): how many initiatives each upper-level union and each field registered and
// how many prizes they won, with charts (a column chart by union, a bar and a pie chart by field).
// Duplicates are not counted: an initiative registered by two unions counts once, for the first.

import { TIER_NAMES } from '../council/rules';
import { FIELD_CODES, type FieldCode } from '../model';
import type { InitiativeResult } from '../ranking/types';
import type { CellRect } from '../sheet/grid';
import { SHEET_ROLES, type ChartSpec } from '../sheet/plan';
import { chairSignature, recipients, reportContext, type ReportInput, type ReportSheet } from './context';
import { buildDocument, type DocColumn, type DocRow } from './document';
import { NO_FIELD } from './media';

export const NO_UNIT = 'Chưa xác định';

function statsColumns(first: string): DocColumn[] {
  return [
    { header: 'STT', kind: 'index' },
    { header: first, kind: 'name' },
    { header: 'Số sáng kiến', kind: 'count' },
    { header: 'Số giải', kind: 'count' },
    ...TIER_NAMES.map((t): DocColumn => ({ header: `Giải ${t}`, kind: 'count' })),
    { header: 'Số sáng kiến đạt', kind: 'count' },
  ];
}

/** Counts of one row of the tables: initiatives, prizes per tier, passed. */
export interface Tally {
  label: string;
  count: number;
  prizes: number;
  perTier: number[];
  passed: number;
}

function tally(label: string): Tally {
  return { label, count: 0, prizes: 0, perTier: TIER_NAMES.map(() => 0), passed: 0 };
}

function add(t: Tally, r: InitiativeResult): void {
  t.count++;
  if (r.passed) t.passed++;
  if (r.tier) {
    t.prizes++;
    t.perTier[TIER_NAMES.indexOf(r.tier)]!++;
  }
}

function rowsOf(tallies: readonly Tally[]): DocRow[] {
  const total = tally('Tổng cộng');
  const rows: DocRow[] = tallies.map((t, i) => {
    total.count += t.count;
    total.prizes += t.prizes;
    total.passed += t.passed;
    t.perTier.forEach((n, k) => (total.perTier[k]! += n));
    return [i + 1, t.label, t.count, t.prizes, ...t.perTier, t.passed];
  });
  rows.push([null, total.label, total.count, total.prizes, ...total.perTier, total.passed]);
  return rows;
}

function unitKey(unit: string): string {
  return unit.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Tallies by union (most initiatives first) and by field (in the canonical order). */
export function statsTallies(input: ReportInput): { byUnit: Tally[]; byField: Tally[] } {
  const units = new Map<string, Tally>();
  const fields = new Map<FieldCode | null, Tally>();
  // A register names a few dozen unions 250,000 times: each spelling is folded once.
  const keys = new Map<string, string>();
  for (const r of input.result.initiatives) {
    if (r.status === 'duplicate') continue;
    const unit = r.initiative.unit.trim();
    let key = keys.get(unit);
    if (key === undefined) keys.set(unit, (key = unitKey(unit)));
    let u = units.get(key);
    if (!u) units.set(key, (u = tally(unit === '' ? NO_UNIT : unit)));
    add(u, r);
    const f = r.initiative.field;
    let t = fields.get(f);
    if (!t) fields.set(f, (t = tally(f === null ? NO_FIELD : input.rules.fieldNames[f])));
    add(t, r);
  }
  const byUnit = [...units.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
  const byField: Tally[] = [];
  for (const code of [...FIELD_CODES, null] as const) {
    const t = fields.get(code);
    if (t) byField.push(t);
  }
  return { byUnit, byField };
}

export function statsReport(input: ReportInput): ReportSheet {
  const name = SHEET_ROLES.stats.name;
  const ctx = reportContext(input, name);
  const { rules } = input;
  const docs = rules.documents;
  const { byUnit, byField } = statsTallies(input);
  const unitColumns = statsColumns('Công đoàn cấp trên');
  const fieldColumns = statsColumns('Lĩnh vực');

  const doc = buildDocument({
    name,
    role: 'stats',
    names: docs,
    date: ctx.date,
    kindCode: 'BC',
    title: 'Thống kê kết quả xét duyệt sáng kiến',
    subtitles: [`Chương trình “${docs.programme}” năm ${docs.year}`],
    grid: unitColumns.map((c) => c.kind),
    blocks: [
      { kind: 'paragraph', text: 'I. THEO CÔNG ĐOÀN CẤP TRÊN', bold: true, align: 'left' },
      { kind: 'table', columns: unitColumns, rows: rowsOf(byUnit) },
      { kind: 'blank' },
      { kind: 'paragraph', text: 'II. THEO LĨNH VỰC', bold: true, align: 'left' },
      { kind: 'table', columns: fieldColumns, rows: rowsOf(byField) },
      { kind: 'paragraph', text: 'Không tính các sáng kiến trùng lặp (đăng ký nhiều lần).', italic: true, align: 'left' },
    ],
    recipients: recipients(docs.committee),
    signature: chairSignature(rules, input.members),
  });

  // Charts read the name and count columns of each table, without its total row; they sit to the
  // right of the printed document so the printout stays the official form.
  const [unitTable, fieldTable] = doc.tables;
  const charts: ChartSpec[] = [];
  const right = unitColumns.length + 1;
  const source = (t: CellRect, series: number): CellRect => ({ row: t.row, col: 1, rowCount: t.rowCount - 1, colCount: 1 + series });
  if (unitTable && byUnit.length > 0) {
    charts.push({ kind: 'columnClustered', title: 'Số sáng kiến và số giải theo công đoàn cấp trên', source: source(unitTable, 2), anchor: { row: unitTable.row, col: right, rowCount: 18, colCount: 9 } });
  }
  if (fieldTable && byField.length > 0) {
    const top = Math.max(fieldTable.row, unitTable ? unitTable.row + 20 : 0);
    charts.push(
      { kind: 'barClustered', title: 'Số sáng kiến và số giải theo lĩnh vực', source: source(fieldTable, 2), anchor: { row: top, col: right, rowCount: 18, colCount: 9 } },
      { kind: 'pie', title: 'Tỷ lệ sáng kiến theo lĩnh vực', source: source(fieldTable, 1), anchor: { row: top + 20, col: right, rowCount: 18, colCount: 9 } },
    );
  }
  return { plan: { ...doc.plan, charts }, spec: doc.spec, problems: [...ctx.problems, ...doc.problems] };
}
