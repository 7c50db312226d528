// Intake as a use case (SPEC §2.1): preview what the register says without writing anything, then
// write the normalised "Sáng kiến" sheet when the clerk agrees. The source sheet is never written;
// a clerk's column corrections are remembered in the workbook for the next import.

import { readConfig } from '../core/sheets/config';
import { readRegister, readRegisterSheet, readSources, registerSheetPlan, type IntakeResult, type RegisterField, type SourceInput } from '../core/intake';
import type { Locale } from '../core/messages';
import type { Initiative } from '../core/model';
import { SHEET_ROLES, type SheetRole } from '../core/sheet/plan';
import type { WorkbookChange, WorkbookPort } from '../workbook/port';
import type { Problem } from '../core/problems';
import { isOwnRegister, keepClerkSheet } from './clerk-sheets';
import { META_KEYS, metaPlan, readMeta } from './meta';
import { freeSheetName } from './regenerate';
import { resolveRoles } from './roles';

export type MappingOverrides = Partial<Record<RegisterField, number | null>>;

export interface PreviewOptions {
  /** The sheet the clerk picked; otherwise intake chooses the one that looks most like a register. */
  readonly sheet?: string;
  /** Corrections from the pane's mapping editor; otherwise the ones remembered for that sheet. */
  readonly mapping?: MappingOverrides;
  /**
   * Several sources read as one register (SPEC §3): sheets of this workbook the clerk ticked, and
   * files read with `readRegisterFiles`. With either, `sheet` and `mapping` are not used.
   */
  readonly sheets?: readonly string[];
  readonly files?: readonly SourceInput[];
  /** Corrections per source (keyed by `sourceKey`); otherwise the ones remembered for it. */
  readonly mappings?: Readonly<Record<string, MappingOverrides>>;
}

/** How a source's corrections are remembered: the sheet's name, or the file's name in brackets. */
export function sourceKey(file: string | null, sheet: string): string {
  return file === null ? sheet : `[${file}]`;
}

export interface ImportPreview {
  readonly result: IntakeResult;
  /** Sheets a register could be read from (the add-in's own sheets left out). */
  readonly candidates: string[];
  /** The corrections applied (given or remembered). */
  readonly mapping: MappingOverrides;
  /** With several sources: the corrections applied to each, by `sourceKey` (empty otherwise). */
  readonly mappings: Readonly<Record<string, MappingOverrides>>;
  /** What commitImport needs of the workbook as the preview saw it, so writing costs no extra read. */
  readonly context: {
    /** The add-in's "Sáng kiến" (null when there is none, or when the sheet of that name is the clerk's). */
    readonly registerSheet: string | null;
    /** Sheets of this workbook read as sources, never to be written. */
    readonly sourceSheets: readonly string[];
    readonly sheetNames: readonly string[];
    readonly meta: ReadonlyMap<string, string>;
    /** The "Sáng kiến" rows before this import (kept ids, and those no longer in the register). */
    readonly previous: readonly Initiative[];
  };
}

const OWN_ROLES = Object.keys(SHEET_ROLES) as SheetRole[];

function parseMapping(text: string | undefined): MappingOverrides {
  if (!text) return {};
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null) return {};
    const out: Record<string, number | null> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (x === null || (typeof x === 'number' && Number.isInteger(x) && x >= 0)) out[k] = x;
    }
    return out;
  } catch {
    // A meta value edited by hand into something unreadable is ignored, not fatal.
    return {};
  }
}

/** Reads the register sheets and returns what intake understood; writes nothing. */
export async function previewImport(port: WorkbookPort, options: PreviewOptions = {}): Promise<ImportPreview> {
  const sheets = await port.listSheets();
  // "Sáng kiến" by its default name is left out only when it turns out to be the add-in's (below).
  const own = new Set<string>(OWN_ROLES.filter((r) => r !== 'register').map((r) => SHEET_ROLES[r].name));
  const resolved = await resolveRoles(port, OWN_ROLES);
  for (const name of resolved) if (name) own.add(name);
  const listed = (s: (typeof sheets)[number]): boolean => !own.has(s.name) && s.visibility === 'visible' && s.rowCount > 0;
  let candidates = sheets.filter(listed).map((s) => s.name);
  const several = options.sheets !== undefined || options.files !== undefined;
  let toRead: readonly string[] = several ? (options.sheets ?? []) : options.sheet ? [options.sheet] : candidates;
  const [registerGrid, configGrid, metaGrid, ...readGrids] = await port.readSheets([
    { role: 'register' },
    { role: 'config' },
    { role: 'meta' },
    ...toRead.map((name) => ({ name, formulas: true, merges: true, hidden: true, fonts: true, dates: true })),
  ]);
  // A "Sáng kiến" that does not read as the add-in's is the clerk's (often the register itself):
  // a candidate to read, never the sheet to write.
  let sourceGrids = readGrids;
  const clerks = registerGrid !== null && registerGrid !== undefined && !isOwnRegister(registerGrid);
  const registerSheet = clerks ? null : (resolved[OWN_ROLES.indexOf('register')] ?? null);
  if (clerks) {
    candidates = sheets.filter((s) => s.name === registerGrid.name || listed(s)).map((s) => s.name);
    if (!several && !options.sheet) {
      // Read again as a source (merges, fonts): one more round trip, only in this rare case.
      const [asSource] = await port.readSheets([{ name: registerGrid.name, formulas: true, merges: true, hidden: true, fonts: true, dates: true }]);
      toRead = [registerGrid.name, ...toRead];
      sourceGrids = [asSource ?? null, ...sourceGrids];
    }
  }
  const meta = readMeta(metaGrid ?? null);
  const rules = readConfig(configGrid ?? null).rules;
  const previous: Initiative[] = registerGrid && !clerks ? readRegisterSheet(registerGrid).initiatives : [];
  const grids = sourceGrids.filter((g): g is NonNullable<typeof g> => g !== null);
  if (several) {
    const mappings: Record<string, MappingOverrides> = {};
    const fixes = (file: string | null, sheet: string): MappingOverrides => {
      const key = sourceKey(file, sheet);
      const m = options.mappings?.[key] ?? parseMapping(meta.get(META_KEYS.mapping(key)));
      if (Object.keys(m).length > 0) mappings[key] = m;
      return m;
    };
    const inputs: SourceInput[] = [
      ...toRead.map((name, i): SourceInput => {
        const grid = sourceGrids[i];
        return grid ? { grids: [grid], sheet: name, mapping: fixes(null, name) } : { grids: [], sheet: name };
      }),
      ...(options.files ?? []).map((f): SourceInput => ('code' in f ? f : { ...f, mapping: fixes(f.file ?? null, '') })),
    ];
    const result = readSources(inputs, { fieldNames: rules.fieldNames, fieldAliases: rules.fieldAliases, previous });
    return { result, candidates, mapping: {}, mappings, context: { registerSheet, sourceSheets: toRead, sheetNames: sheets.map((s) => s.name), meta, previous } };
  }
  const firstPass = options.mapping === undefined && options.sheet === undefined ? readRegister(grids, { fieldNames: rules.fieldNames, fieldAliases: rules.fieldAliases, previous }) : null;
  const sheet = options.sheet ?? firstPass?.sheet;
  const mapping = options.mapping ?? parseMapping(sheet ? meta.get(META_KEYS.mapping(sheet)) : undefined);
  const remembered = Object.keys(mapping).length > 0;
  const result =
    firstPass && !remembered
      ? firstPass
      : readRegister(grids, {
          ...(sheet ? { sheet } : {}),
          mapping,
          fieldNames: rules.fieldNames,
          fieldAliases: rules.fieldAliases,
          previous,
        });
  return { result, candidates, mapping, mappings: {}, context: { registerSheet, sourceSheets: [result.sheet], sheetNames: sheets.map((s) => s.name), meta, previous } };
}

export interface CommitResult {
  /** Where the normalised register was written. */
  readonly sheet: string;
  readonly written: number;
  /** A clerk's sheet kept under a new name, or the register written beside its source: said in words. */
  readonly problems: Problem[];
}

/** Writes "Sáng kiến" from a preview and remembers the clerk's corrections. Scores are not touched. */
export async function commitImport(port: WorkbookPort, preview: ImportPreview, locale: Locale = 'vi'): Promise<CommitResult> {
  const target = preview.context.registerSheet;
  const meta = new Map(preview.context.meta);
  const gone = new Set<string>(preview.result.vanished);
  let plan = registerSheetPlan(preview.result, locale, preview.context.previous.filter((i) => gone.has(i.id)));
  const intended = target ?? plan.name;
  const problems: Problem[] = [];
  const changes: WorkbookChange[] = [];
  const same = (a: string, b: string): boolean => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
  // The source register is never written: when it sits on the sheet we would write, write beside it.
  if (same(intended, preview.result.sheet) || preview.context.sourceSheets.some((s) => same(s, intended))) {
    const source = preview.context.sheetNames.find((n) => same(n, intended)) ?? intended;
    plan = { ...plan, name: freeSheetName(plan.name, new Set(preview.context.sheetNames), locale === 'en' ? 'normalised' : 'chuẩn hóa') };
    problems.push({ code: 'app.registerBeside', severity: 'info', sheet: source, row: null, column: null, params: { source, sheet: plan.name } });
  } else if (target && target !== plan.name) {
    plan = { ...plan, name: target };
  } else if (!target) {
    // No "Sáng kiến" of the add-in's: a sheet of that name is the clerk's, kept under a free name.
    const clerks = preview.context.sheetNames.find((n) => same(n, plan.name));
    if (clerks !== undefined) {
      const kept = keepClerkSheet(clerks, preview.context.sheetNames, locale);
      changes.push(kept.change);
      problems.push(kept.problem);
    }
  }
  if (preview.result.sources.length > 1 || Object.keys(preview.mappings).length > 0) {
    // Several sources: each one's corrections under its own key (a file's name, or a sheet's).
    for (const src of preview.result.sources) {
      const key = sourceKey(src.file, src.sheet);
      const m = preview.mappings[key];
      if (m && Object.keys(m).length > 0) meta.set(META_KEYS.mapping(key), JSON.stringify(m));
      else meta.delete(META_KEYS.mapping(key));
    }
  } else if (Object.keys(preview.mapping).length > 0) meta.set(META_KEYS.mapping(preview.result.sheet), JSON.stringify(preview.mapping));
  else meta.delete(META_KEYS.mapping(preview.result.sheet));
  changes.push(
    { kind: 'writePlan', plan },
    { kind: 'writePlan', plan: metaPlan(meta), visibility: 'hidden' },
    { kind: 'activate', sheet: plan.name },
  );
  await port.apply(changes);
  return { sheet: plan.name, written: preview.result.initiatives.length, problems };
}
