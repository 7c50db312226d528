// Acceptance: the two real-shaped registers in ../shared/fixtures, read as a careful clerk would,
// compared with their truth field by field (SPEC §3; comparison rules in fixtures/README.md).

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegister, type IntakeResult } from '../../src/core/intake';
import type { Initiative } from '../../src/core/model';
import type { SheetGrid } from '../../src/core/sheet/grid';
import { foldForMatch } from '../../src/core/text/fold';
import { openXlsx } from '../../src/workbook/xlsx';

const FIXTURES = path.resolve(__dirname, '../../../shared/fixtures');
const present = existsSync(FIXTURES);
const required = process.env.SANGKIEN_REQUIRE_FIXTURES === '1';
const REQUIRED_ACCURACY = 0.995;

interface TruthRow {
  row: number;
  key: string;
  title: string;
  authors: string[];
  positions: string[];
  workplace: string;
  unit: string;
  field: string;
  benefitVnd: number | null;
  duplicateOf: string | null;
}
interface Truth {
  sheet: string;
  headerRow: number;
  initiatives: TruthRow[];
}

const FIELDS = ['title', 'authors', 'positions', 'workplace', 'unit', 'field', 'benefit', 'duplicates'] as const;
type Field = (typeof FIELDS)[number];

async function read(file: string): Promise<{ result: IntakeResult; truth: Truth }> {
  const wb = await openXlsx(path.join(FIXTURES, `${file}.xlsx`));
  const sheets = await wb.listSheets();
  const grids = (
    await wb.readSheets(sheets.map((s) => ({ name: s.name, merges: true, hidden: true, fonts: true })))
  ).filter((g): g is SheetGrid => g !== null);
  const truth = JSON.parse(readFileSync(path.join(FIXTURES, `${file}.truth.json`), 'utf8')) as Truth;
  return { result: readRegister(grids), truth };
}

const same = (a: string, b: string): boolean => foldForMatch(a) === foldForMatch(b);
const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => same(x, b[i]!));

/** Per field, the share of truth rows read right; the rows read wrong, for the report. */
function compare(result: IntakeResult, truth: Truth): { accuracy: Record<Field, number>; misses: Record<Field, string[]> } {
  const byRow = new Map<number, Initiative>();
  for (const i of result.initiatives) if (i.source) byRow.set(i.source.row, i);
  const idRow = new Map(result.initiatives.map((i) => [i.id as string, i.source?.row ?? 0]));
  // Duplicates as unordered pairs of rows, on both sides.
  const partner = new Map<number, number>();
  for (const i of result.initiatives) {
    if (i.duplicateOf === null || !i.source) continue;
    const other = idRow.get(i.duplicateOf) ?? 0;
    partner.set(i.source.row, other);
    partner.set(other, i.source.row);
  }
  // The truth marks one side of each pair; the pair is what counts.
  const keyRow = new Map(truth.initiatives.map((t) => [t.key, t.row]));
  const truthPartner = new Map<number, number>();
  for (const t of truth.initiatives) {
    const other = t.duplicateOf === null ? undefined : keyRow.get(t.duplicateOf);
    if (other === undefined) continue;
    truthPartner.set(t.row, other);
    truthPartner.set(other, t.row);
  }
  const misses = Object.fromEntries(FIELDS.map((f) => [f, [] as string[]])) as Record<Field, string[]>;
  for (const t of truth.initiatives) {
    const got = byRow.get(t.row);
    const miss = (f: Field, detail: string): void => void misses[f].push(`row ${t.row}: ${detail}`);
    if (!got) {
      for (const f of FIELDS) miss(f, 'not read');
      continue;
    }
    if (!same(got.title, t.title)) miss('title', `${got.title} ≠ ${t.title}`);
    if (!sameList(got.authors, t.authors)) miss('authors', `${got.authors.join(' | ')} ≠ ${t.authors.join(' | ')}`);
    if (!sameList(got.positions, t.positions)) miss('positions', `${got.positions.join(' | ')} ≠ ${t.positions.join(' | ')}`);
    if (!same(got.workplace, t.workplace)) miss('workplace', `${got.workplace} ≠ ${t.workplace}`);
    if (!same(got.unit, t.unit)) miss('unit', `${got.unit} ≠ ${t.unit}`);
    if (got.field !== t.field) miss('field', `${String(got.field)} ≠ ${t.field}`);
    if (got.benefitVnd !== t.benefitVnd) miss('benefit', `${String(got.benefitVnd)} ≠ ${String(t.benefitVnd)}`);
    const want = truthPartner.get(t.row);
    if (partner.get(t.row) !== want) miss('duplicates', `${String(partner.get(t.row))} ≠ ${String(want)}`);
  }
  const n = truth.initiatives.length;
  const accuracy = Object.fromEntries(FIELDS.map((f) => [f, (n - misses[f].length) / n])) as Record<Field, number>;
  return { accuracy, misses };
}

describe.skipIf(!present && !required)('intake on the fixture registers', () => {
  it('finds the fixtures folder (CI sets SANGKIEN_REQUIRE_FIXTURES=1)', () => {
    expect(present, `fixtures expected at ${FIXTURES}`).toBe(true);
  });

  for (const file of ['register-kg2021', 'register-sample-fields']) {
    it(`reads ${file} as a clerk would, at least 99.5 % right on every field`, async () => {
      const { result, truth } = await read(file);
      expect(result.sheet).toBe(truth.sheet);
      expect(result.headerRows.first).toBe(truth.headerRow);
      expect(result.initiatives).toHaveLength(truth.initiatives.length);
      const { accuracy, misses } = compare(result, truth);
      console.log(
        `${file}: ` + FIELDS.map((f) => `${f} ${(accuracy[f] * 100).toFixed(2)} %`).join(', '),
      );
      for (const f of FIELDS) for (const m of misses[f].slice(0, 5)) console.log(`  ${f} ${m}`);
      for (const f of FIELDS) expect(accuracy[f], f).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
    });
  }
});
