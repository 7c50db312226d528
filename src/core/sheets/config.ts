// Sheet "Cấu hình" (SPEC §2.2, §4): the rubric table and the key/value table of every rule and
// document name. Optional: a missing sheet, table, key or unusable value takes its default, and
// every unusable value is reported where it is.

import type { Criterion } from '../model';
import type { Problem } from '../problems';
import type { CellValue, SheetGrid } from '../sheet/grid';
import type { PlanValue, SheetPlan, StyledRect } from '../sheet/plan';
import { SHEET_ROLES } from '../sheet/plan';
import type { Locale } from '../messages/types';
import { DEFAULT_RULES, type Rules } from '../council/rules';
import { problemAt } from '../council/cells';
import { foldPlain } from '../text/fold';
import { cellText, findHeader, isBlankRow, parseScaled, unscale, type ColumnSpec } from './kit';
import { namesScoreColumn, SCORE_HEADERS, type ScoreColumn } from './scores';

const SCORE_COLUMNS = Object.keys(SCORE_HEADERS) as ScoreColumn[];
import { CONFIG_KEYS, configKey, type RulesDraft } from '../council/config-keys';
import { reduce } from '../council/values';

/** The words of the two header rows, as the add-in writes them: the rubric table, then the rules. */
export const CONFIG_HEADERS = {
  rubric: { code: 'Mã', name: 'Tiêu chí', max: 'Điểm tối đa', weight: 'Trọng số' },
  keys: { key: 'Khóa', value: 'Giá trị', note: 'Ghi chú' },
} as const;

type RubricKey = 'code' | 'name' | 'max' | 'weight';
const RUBRIC_COLUMNS: readonly ColumnSpec<RubricKey>[] = [
  { key: 'code', names: ['ma', 'matieuchi'], required: true },
  { key: 'name', names: ['tieuchi', 'tentieuchi'] },
  { key: 'max', names: ['diemtoida', 'toida'], required: true },
  { key: 'weight', names: ['trongso', 'heso'] },
];

type KvKey = 'key' | 'value' | 'note';
const KV_COLUMNS: readonly ColumnSpec<KvKey>[] = [
  { key: 'key', names: ['khoa', 'makhoa'], required: true },
  { key: 'value', names: ['giatri'], required: true },
  { key: 'note', names: ['ghichu'] },
];

/**
 * A code "Chấm điểm" would read as one of its own columns ("MaSK", "Vong", "Total"…, by the score
 * sheet's own words) or the packets' "STT": as a criterion it would collide with that column.
 */
function reservedCode(code: string): boolean {
  return foldPlain(code) === 'stt' || SCORE_COLUMNS.some((c) => namesScoreColumn(c, code));
}
const CODE_SHAPE = /^[A-Za-z][A-Za-z0-9_]{0,11}$/;

/** A weight as typed: a positive number with up to 4 decimals, or "a/b"; kept as an exact fraction. */
function parseWeight(v: CellValue): { num: number; den: number } | null {
  const t = cellText(v).replace(/\s/g, '');
  if (t === '') return { num: 1, den: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(t);
  if (m) {
    const num = Number(m[1]);
    const den = Number(m[2]);
    return num > 0 && den > 0 ? reduce(num, den) : null;
  }
  const r = parseScaled(v, 4);
  return r.ok && r.value > 0 ? reduce(r.value, 10_000) : null;
}

function readRubric(grid: SheetGrid, sheet: string, stopRow: number, problems: Problem[]): Criterion[] | null {
  const header = findHeader(grid, RUBRIC_COLUMNS, 0, stopRow);
  if (!header) return null;
  const c = header.cols;
  const codeCol = c.code ?? 0;
  const maxCol = c.max ?? 2;
  const out: Criterion[] = [];
  const seen = new Set<string>();
  for (let r = header.row + 1; r < stopRow; r++) {
    const row = grid.values[r];
    // The rubric ends at its first blank row: what follows is the next table.
    if (isBlankRow(row)) break;
    const code = cellText(row?.[codeCol]);
    const name = c.name === undefined ? '' : cellText(row?.[c.name]);
    if (code === '' || !CODE_SHAPE.test(code) || reservedCode(code)) {
      problems.push(problemAt('council.rubric.codeInvalid', 'error', sheet, r, codeCol, { value: code }));
      continue;
    }
    if (seen.has(foldPlain(code))) {
      problems.push(problemAt('council.rubric.codeDuplicate', 'error', sheet, r, codeCol, { value: code }));
      continue;
    }
    const max = parseScaled(row?.[maxCol], 1);
    if (!max.ok || max.value <= 0) {
      problems.push(
        problemAt('council.rubric.maxInvalid', 'error', sheet, r, maxCol, { code, value: cellText(row?.[maxCol]) }),
      );
      continue;
    }
    const weight = c.weight === undefined ? { num: 1, den: 1 } : parseWeight(row?.[c.weight] ?? null);
    if (weight === null) {
      problems.push(
        problemAt('council.rubric.weightInvalid', 'error', sheet, r, c.weight ?? 3, {
          code,
          value: cellText(row?.[c.weight ?? 3]),
        }),
      );
      continue;
    }
    seen.add(foldPlain(code));
    out.push({ code, name, maxTenths: max.value, weight });
  }
  return out;
}

function draftOf(r: Rules): RulesDraft {
  return { ...r };
}

function checkConsistency(d: RulesDraft, sheet: string, problems: Problem[]): void {
  for (let i = 1; i < d.tiers.length; i++) {
    if (d.tiers[i]!.minHundredths >= d.tiers[i - 1]!.minHundredths) {
      problems.push(problemAt('council.config.tiersNotDescending', 'error', sheet, null, null));
      d.tiers = DEFAULT_RULES.tiers;
      break;
    }
  }
  if (d.ubnd.min > d.ubnd.max) {
    problems.push(
      problemAt('council.config.ubndRange', 'error', sheet, null, null, { min: d.ubnd.min, max: d.ubnd.max }),
    );
    d.ubnd = { ...d.ubnd, min: DEFAULT_RULES.ubnd.min, max: DEFAULT_RULES.ubnd.max };
  }
  if (d.media.min > d.media.max) {
    problems.push(
      problemAt('council.config.mediaRange', 'error', sheet, null, null, { min: d.media.min, max: d.media.max }),
    );
    d.media = DEFAULT_RULES.media;
  }
  if (d.minReviews > d.reviewersPerInitiative) {
    problems.push(
      problemAt('council.config.minReviewsAboveReviewers', 'warning', sheet, null, null, {
        min: d.minReviews,
        k: d.reviewersPerInitiative,
      }),
    );
  }
}

/**
 * Reads "Cấu hình" into Rules. Whatever is missing takes its default; an unusable value keeps the
 * default and is reported at its cell. `knownUnits` is accepted for symmetry with readCouncil.
 */
export function readConfig(
  grid: SheetGrid | null,
  _knownUnits?: readonly string[],
): { rules: Rules; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!grid) return { rules: DEFAULT_RULES, problems };
  const sheet = grid.name;
  const d = draftOf(DEFAULT_RULES);
  const kv = findHeader(grid, KV_COLUMNS, 0, grid.values.length);
  const rubric = readRubric(grid, sheet, kv ? kv.row : grid.values.length, problems);
  if (rubric !== null) {
    if (rubric.length > 0) d.rubric = rubric;
    else problems.push(problemAt('council.rubric.empty', 'error', sheet, null, null));
  }
  if (kv) {
    const keyCol = kv.cols.key ?? 0;
    const valCol = kv.cols.value ?? 1;
    // Two passes: field names first, so field aliases may name a renamed field in any row order.
    const entries: { r: number; def: (typeof CONFIG_KEYS)[number]; v: CellValue }[] = [];
    const seen = new Map<string, number>();
    for (let r = kv.row + 1; r < grid.values.length; r++) {
      const row = grid.values[r];
      const typed = cellText(row?.[keyCol]);
      if (typed === '') continue;
      const def = configKey(typed);
      if (!def) {
        problems.push(problemAt('council.config.unknownKey', 'warning', sheet, r, keyCol, { key: typed }));
        continue;
      }
      const first = seen.get(def.key);
      if (first !== undefined) {
        problems.push(
          problemAt('council.config.duplicateKey', 'warning', sheet, r, keyCol, { key: def.key, firstRow: first + 1 }),
        );
        continue;
      }
      seen.set(def.key, r);
      entries.push({ r, def, v: row?.[valCol] ?? null });
    }
    const order = new Map(CONFIG_KEYS.map((k, i) => [k.key, i]));
    entries.sort((a, b) => (order.get(a.def.key) ?? 0) - (order.get(b.def.key) ?? 0));
    const valueProblems: Problem[] = [];
    for (const e of entries) {
      if (cellText(e.v) === '' && typeof e.v !== 'boolean' && !e.def.emptyIsValue) continue;
      const res = e.def.read(e.v, d);
      if (!res.ok)
        valueProblems.push(
          problemAt(res.code, 'error', sheet, e.r, valCol, { key: e.def.key, value: cellText(e.v), ...res.params }),
        );
    }
    // Listed top to bottom, as the clerk walks the sheet.
    valueProblems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    problems.push(...valueProblems);
  }
  checkConsistency(d, sheet, problems);
  return { rules: d, problems };
}

const NOTE_RUBRIC = {
  vi: 'Mã là tiêu đề cột trong "Chấm điểm"; điểm tối đa có tối đa một chữ số thập phân; tổng điểm = 100 × Σ(trọng số × điểm) / Σ(trọng số × điểm tối đa).',
  en: 'The code heads the column in "Chấm điểm"; maxima have at most one decimal; total = 100 × Σ(weight × score) / Σ(weight × maximum).',
};

function weightCell(w: { readonly num: number; readonly den: number }): PlanValue {
  return w.den === 1 ? w.num : `${w.num}/${w.den}`;
}

/** "Cấu hình" holding these rules: rubric table, then every key with its value and a note. */
export function configSheetPlan(rules: Rules, locale: Locale = 'vi'): SheetPlan {
  const rows: PlanValue[][] = [];
  const styles: StyledRect[] = [];
  const band = (row: number, cols: number): void => {
    styles.push({
      rect: { row, col: 0, rowCount: 1, colCount: cols },
      style: { bold: true, fill: '#DDEBF7', wrap: true },
    });
  };
  rows.push([
    locale === 'vi' ? 'TIÊU CHÍ CHẤM ĐIỂM' : 'TIÊU CHÍ CHẤM ĐIỂM (rubric)',
    null,
    null,
    null,
    NOTE_RUBRIC[locale],
  ]);
  styles.push({ rect: { row: 0, col: 0, rowCount: 1, colCount: 1 }, style: { bold: true } });
  band(rows.length, 4);
  rows.push(Object.values(CONFIG_HEADERS.rubric));
  for (const c of rules.rubric) rows.push([c.code, c.name, unscale(c.maxTenths, 1), weightCell(c.weight)]);
  rows.push([]);
  const kvTitle = rows.length;
  rows.push([
    locale === 'vi'
      ? 'QUY TẮC VÀ TÊN DÙNG TRONG VĂN BẢN'
      : 'QUY TẮC VÀ TÊN DÙNG TRONG VĂN BẢN (rules and document names)',
  ]);
  styles.push({ rect: { row: kvTitle, col: 0, rowCount: 1, colCount: 1 }, style: { bold: true } });
  band(rows.length, 3);
  rows.push(Object.values(CONFIG_HEADERS.keys));
  const first = rows.length;
  for (const k of CONFIG_KEYS) rows.push([k.key, k.write(rules), k.note[locale]]);
  styles.push({
    rect: { row: first, col: 1, rowCount: CONFIG_KEYS.length, colCount: 1 },
    style: { numberFormat: '@', horizontal: 'left' },
  });
  styles.push({
    rect: { row: first, col: 2, rowCount: CONFIG_KEYS.length, colCount: 1 },
    style: { wrap: true, fontColor: '#595959' },
  });
  return {
    name: SHEET_ROLES.config.name,
    role: 'config',
    rows,
    columns: [{ width: 28 }, { width: 40 }, { width: 70 }, { width: 12 }, { width: 60 }],
    styles,
    freeze: { rows: 0, columns: 1 },
  };
}
