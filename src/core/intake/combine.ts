// Several sources, one register (SPEC §3): the rows of every source read are given ids from one
// allocator and compared for duplicates across all of them, so a union's copy of another union's
// initiative is linked whichever file it came in, and re-import keeps ids across the whole set.

import type { Initiative, InitiativeId } from '../model';
import { contentOf, DEFAULT_FIELD_NAMES } from '../model';
import type { Problem } from '../problems';
import type { CellReader, Conversion } from './cells';
import type { LegacyWitness } from '../text/legacy';
import type { HeaderFound } from './header';
import { cleanContentKey, IdAllocator } from './ids';
import type { RowDraft } from './read-row';
import type { ColumnMapping, IntakeOptions, IntakeResult, IntakeStats, SourceSummary } from './types';
import type { SheetGrid } from '../sheet/grid';

/** The problem that tells the clerk a row was converted, by what said it was legacy-encoded. */
const CONVERTED_BY: Readonly<Record<LegacyWitness, string>> = {
  profile: 'intake.encoding.converted',
  font: 'intake.encoding.font',
  row: 'intake.encoding.row',
};

/** Shared by every row without problems: most rows, and never mutated (checks are readonly). */
const NO_CHECKS: readonly string[] = Object.freeze([]);

export const EMPTY_MAPPING: ColumnMapping = { columns: {}, headers: [], benefitUnit: 'dong' };
const NO_STATS: IntakeStats = { rows: 0, sections: 0, skipped: 0, duplicates: 0 };

/** One source's rows read, before ids and duplicates, which are given across all sources at once. */
export interface SourceRead {
  readonly grid: SheetGrid;
  readonly cells: CellReader;
  readonly header: HeaderFound;
  readonly mapping: ColumnMapping;
  readonly drafts: readonly RowDraft[];
  /** Problems about the whole sheet that come before the rows' own (merges, missing columns)… */
  readonly before: Problem[];
  /** …and after them (no initiative under the header). */
  readonly after: Problem[];
  readonly sections: number;
  readonly skipped: number;
}

/** A source as combine takes it: its rows read, or the problems that say why nothing was. */
export type SourceEntry =
  | { readonly file: string | null; readonly read: SourceRead }
  | {
      readonly file: string | null;
      readonly sheet: string;
      readonly status: 'noRegister' | 'unreadable';
      readonly problems: Problem[];
    };

/** How a source is named in "Dòng gốc" and messages: `[file]sheet`, Excel's own way, or the sheet alone. */
export function sourceLabel(file: string | null | undefined, sheet: string): string {
  return file ? `[${file}]${sheet}` : sheet;
}

function withFile<T extends Problem>(p: T, file: string | null): T {
  return file === null ? p : { ...p, file };
}

function failedSummary(e: Extract<SourceEntry, { status: string }>): SourceSummary {
  return {
    file: e.file,
    sheet: e.sheet,
    status: e.status,
    headerRows: { first: 0, last: 0 },
    mapping: EMPTY_MAPPING,
    stats: NO_STATS,
    encodings: { tcvn3: 0, vni: 0 },
    problems: e.problems,
  };
}

export function combine(entries: readonly SourceEntry[], options: IntakeOptions): IntakeResult {
  const fieldNames = options.fieldNames ?? DEFAULT_FIELD_NAMES;
  const several = entries.length > 1;
  // Ids: kept from the previous import by content, new ones after the highest ever given.
  const ids = new IdAllocator(options.previous ?? []);
  const firstByKey = new Map<string, number>();
  const initiatives: Initiative[] = [];
  const problems: Problem[] = [];
  const conversions: IntakeResult['conversions'][number][] = [];
  const sources: SourceSummary[] = [];
  let first: SourceRead | null = null;
  const totals = { rows: 0, sections: 0, skipped: 0, duplicates: 0 };
  for (const entry of entries) {
    if (!('read' in entry)) {
      const own = entry.problems.map((p) => withFile(p, entry.file));
      problems.push(...own);
      sources.push(failedSummary({ ...entry, problems: own }));
      continue;
    }
    const { read, file } = entry;
    first ??= read;
    const sheet = read.grid.name;
    const here = sourceLabel(file, sheet);
    const start = problems.length;
    const converted = new Map<number, Conversion>();
    const encodings = { tcvn3: 0, vni: 0 };
    for (const c of read.cells.conversions) {
      if (!converted.has(c.row)) converted.set(c.row, c);
      encodings[c.encoding]++;
      // Named fields, not a spread: a 75,000-row register in TCVN3 has hundreds of thousands of these.
      if (!several && file === null) conversions.push(c);
      else if (file === null) conversions.push({ sheet, row: c.row, column: c.column, from: c.from, to: c.to, encoding: c.encoding, witness: c.witness });
      else conversions.push({ file, sheet, row: c.row, column: c.column, from: c.from, to: c.to, encoding: c.encoding, witness: c.witness });
    }
    for (const p of read.before) problems.push(withFile(p, file));
    let duplicates = 0;
    for (const d of read.drafts) {
      const key = cleanContentKey(d.title, d.authors[0] ?? '', d.workplace);
      const id = ids.take(key);
      let duplicateOf: InitiativeId | null = null;
      // Without a title or an author there is nothing to call the same initiative.
      const comparable = d.title !== '' && d.authors.length > 0;
      const earlierAt = comparable ? firstByKey.get(key) : undefined;
      const earlier = earlierAt === undefined ? undefined : initiatives[earlierAt];
      if (earlier) {
        duplicateOf = earlier.id;
        duplicates++;
        const row = earlier.source?.row ?? 0;
        const elsewhere = earlier.source !== null && sourceLabel(earlier.source.file, earlier.source.sheet) !== here;
        d.problems.push(
          elsewhere
            ? {
                code: 'intake.duplicate.source',
                severity: 'info',
                sheet,
                row: d.row,
                column: null,
                params: { id: earlier.id, row, source: sourceLabel(earlier.source?.file, earlier.source?.sheet ?? '') },
              }
            : {
                code: 'intake.duplicate',
                severity: 'info',
                sheet,
                row: d.row,
                column: null,
                params: { id: earlier.id, row },
              },
        );
      } else if (comparable) firstByKey.set(key, initiatives.length);
      const conv = converted.get(d.row);
      if (conv) {
        const encoding = conv.encoding === 'tcvn3' ? 'TCVN3' : 'VNI-Windows';
        d.problems.push({
          code: CONVERTED_BY[conv.witness],
          severity: 'info',
          sheet,
          row: d.row,
          column: conv.column,
          params: { encoding },
        });
      }
      for (const p of d.problems) problems.push(withFile(p, file));
      initiatives.push({
        id,
        ...contentOf(d),
        source: file === null ? { sheet, row: d.row } : { file, sheet, row: d.row },
        duplicateOf,
        checks: d.problems.length === 0 ? NO_CHECKS : [...new Set(d.problems.map((p) => p.code))],
      });
    }
    for (const p of read.after) problems.push(withFile(p, file));
    const stats = { rows: read.drafts.length, sections: read.sections, skipped: read.skipped, duplicates };
    totals.rows += stats.rows;
    totals.sections += stats.sections;
    totals.skipped += stats.skipped;
    totals.duplicates += stats.duplicates;
    sources.push({
      file,
      sheet,
      status: 'read',
      headerRows: { first: read.header.first + 1, last: read.header.last + 1 },
      mapping: read.mapping,
      stats,
      encodings,
      problems: problems.slice(start),
    });
  }

  return {
    sheet: first?.grid.name ?? sources[0]?.sheet ?? '',
    headerRows: first ? { first: first.header.first + 1, last: first.header.last + 1 } : { first: 0, last: 0 },
    mapping: first?.mapping ?? EMPTY_MAPPING,
    initiatives,
    problems,
    conversions,
    vanished: ids.vanished(),
    stats: totals,
    fieldNames,
    sources,
  };
}
