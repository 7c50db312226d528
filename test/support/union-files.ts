// Union files (src/sample/union-files.ts) as a host reads them, written to disk, and scored
// against their truth the way a careful clerk would check them, field by field.

import { join } from 'node:path';
import type { SheetGrid } from '../../src/core/sheet/grid';
import { DEFAULT_FIELD_NAMES } from '../../src/core/model';
import { foldForMatch } from '../../src/core/text/fold';
import type { UnionFile, UnionTruthRow } from '../../src/sample/union-files';
import { writeRawWorkbook } from './workbook-files';

/** The grid a host reads from a union's file: every cell drawn in the file's font. */
export function unionGrid(f: UnionFile): SheetGrid {
  return { name: f.sheet, values: f.rows, merges: f.merges, defaultFont: f.font };
}

export async function writeUnionFiles(dir: string, files: readonly UnionFile[]): Promise<string[]> {
  const paths: string[] = [];
  for (const f of files) {
    const path = join(dir, f.name);
    await writeRawWorkbook(path, [{ name: f.sheet, rows: f.rows, merges: f.merges, font: f.font }]);
    paths.push(path);
  }
  return paths;
}

/** What was read of one initiative, from an IntakeResult or from `import --json` (field as code or canonical name). */
export interface ReadRow {
  readonly id: string;
  readonly source: { readonly file?: string; readonly row: number } | null;
  readonly title: string;
  readonly authors: readonly string[];
  readonly positions: readonly string[];
  readonly workplace: string;
  readonly unit: string;
  readonly field: string | null;
  readonly benefitVnd: number | null;
  readonly duplicateOf: string | null;
}

export const SCORED_FIELDS = ['title', 'authors', 'positions', 'workplace', 'unit', 'field', 'benefitVnd'] as const;
type Scored = (typeof SCORED_FIELDS)[number] | 'found';

const same = (a: string, b: string): boolean => foldForMatch(a) === foldForMatch(b);
const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, k) => same(x, b[k]!));

/** Per field, the share of truth rows read right, a few wrong ones to show, and the copies not linked to their original. */
export function scoreUnionRead(
  read: readonly ReadRow[],
  truth: readonly UnionTruthRow[],
): { accuracy: Record<Scored, number>; wrong: Record<Scored, string[]>; missedDuplicates: string[] } {
  const at = new Map(read.map((i) => [`${i.source?.file}!${i.source?.row}`, i]));
  const root = (i: ReadRow | undefined): string | undefined => (i ? (i.duplicateOf ?? i.id) : undefined);
  const wrong = Object.fromEntries([...SCORED_FIELDS, 'found'].map((f) => [f, [] as string[]])) as Record<
    Scored,
    string[]
  >;
  const missedDuplicates: string[] = [];
  for (const t of truth) {
    const i = at.get(`${t.file}!${t.row}`);
    if (!i) {
      wrong.found.push(`${t.file}!${t.row}`);
      continue;
    }
    const ok: Record<(typeof SCORED_FIELDS)[number], boolean> = {
      title: same(i.title, t.title),
      authors: sameList(i.authors, t.authors),
      positions: sameList(i.positions, t.positions),
      workplace: same(i.workplace, t.workplace),
      unit: same(i.unit, t.unit),
      field: i.field === t.field || i.field === DEFAULT_FIELD_NAMES[t.field],
      benefitVnd: i.benefitVnd === t.benefitVnd,
    };
    for (const f of SCORED_FIELDS)
      if (!ok[f]) wrong[f].push(`${t.file}!${t.row}: ${JSON.stringify(i[f])} vs ${JSON.stringify(t[f])}`);
    if (t.duplicateOf && root(i) !== root(at.get(`${t.duplicateOf.file}!${t.duplicateOf.row}`)))
      missedDuplicates.push(`${t.file}!${t.row} → ${t.duplicateOf.file}!${t.duplicateOf.row}`);
  }
  const accuracy = Object.fromEntries(
    Object.entries(wrong).map(([f, w]) => [f, 1 - w.length / truth.length]),
  ) as Record<Scored, number>;
  return { accuracy, wrong, missedDuplicates };
}
