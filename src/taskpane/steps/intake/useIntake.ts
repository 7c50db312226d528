// The import step's logic: the sheets a register could be on, reading one without writing
// (previewImport), correcting the column mapping (read again at once), and writing "Sáng kiến"
// with progress (commitImport), counting the ids kept, new and vanished on a re-import.
import { useCallback, useEffect, useRef, useState } from 'react';
import { commitImport, previewImport, sourceKey, type MappingOverrides, type PreviewOptions } from '../../../app/import';
import { readRegisterFiles, type RegisterFile } from '../../../app/register-files';
import { resolveRoles } from '../../../app/roles';
import type { RegisterField, SourceInput, SourceSummary } from '../../../core/intake';
import { readRegisterSheet } from '../../../core/intake';
import { message } from '../../../core/messages';
import { SHEET_ROLES, type SheetRole } from '../../../core/sheet/plan';
import type { WorkbookPort } from '../../../workbook/port';
import { useTask, type Task } from '../../common';
import { useHost, useWorkbookPort } from '../../host/HostContext';
import { useLocale } from '../../i18n';
import type { IntakePreviewState, IntakeWritten, MappingSource } from './Intake.types';
import { correctMapping, reimportCounts, withProgress } from './logic';

const OWN_ROLES = Object.keys(SHEET_ROLES) as SheetRole[];

/** Sheets a register could be read from, and the "Sáng kiến" sheet if one is there; the add-in's own sheets left out. */
export async function registerSheets(port: WorkbookPort): Promise<{ candidates: string[]; existing: string | null }> {
  const [sheets, roles] = await Promise.all([port.listSheets(), resolveRoles(port, OWN_ROLES)]);
  const names = new Set(sheets.map((s) => s.name));
  // A "Sáng kiến" in a workbook the add-in never wrote (no SK_Meta) is the clerk's: offered as a
  // register to read, never taken for the add-in's (previewImport looks at its header to be sure).
  const clerks = roles[OWN_ROLES.indexOf('meta')] === null;
  const register = clerks ? null : (roles[OWN_ROLES.indexOf('register')] ?? null);
  const own = new Set<string>(OWN_ROLES.filter((r) => !(clerks && r === 'register')).map((r) => SHEET_ROLES[r].name));
  roles.forEach((name, i) => name && !(clerks && OWN_ROLES[i] === 'register') && own.add(name));
  return {
    candidates: sheets.filter((s) => !own.has(s.name) && s.visibility === 'visible' && s.rowCount > 0).map((s) => s.name),
    existing: register !== null && names.has(register) ? register : null,
  };
}

/** Ids on the current "Sáng kiến" sheet, or null when there is none. */
export async function previousIds(port: WorkbookPort): Promise<Set<string> | null> {
  const [grid] = await port.readSheets([{ role: 'register' }]);
  if (!grid) return null;
  return new Set(readRegisterSheet(grid).initiatives.map((i) => i.id));
}

/** Reads the register as the clerk asked and says where its mapping came from. */
export async function readPreview(port: WorkbookPort, options: PreviewOptions, previous: ReadonlySet<string> | null): Promise<IntakePreviewState> {
  const preview = await previewImport(port, options);
  const corrected = Object.keys(preview.mapping).length > 0;
  const source: MappingSource = options.mapping !== undefined ? (corrected ? 'edited' : 'recognised') : corrected ? 'remembered' : 'recognised';
  return { preview, source, reimport: reimportCounts(preview.result, previous) };
}

/** Writes "Sáng kiến", reporting each write request to `progress`. */
export async function writeRegister(port: WorkbookPort, state: IntakePreviewState, locale: 'vi' | 'en', progress: (done: number, total: number) => void): Promise<IntakeWritten> {
  const out = await commitImport(withProgress(port, progress), state.preview, locale);
  const rememberedFor = Object.keys(state.preview.mapping).length > 0 ? state.preview.result.sheet : null;
  return { sheet: out.sheet, written: out.written, reimport: state.reimport, rememberedFor, notes: out.problems.map((p) => message(locale, p.code, p.params)) };
}

/** A union's file the clerk added: its bytes (to tell a file added twice) and what was read of it. */
export interface AddedFile extends RegisterFile {
  readonly source: SourceInput;
}

/** Reading several sources: the chosen sheet and the ticked ones of this workbook, and the files added. */
export function severalOptions(choice: string, sheets: readonly string[], files: readonly AddedFile[], mappings: Readonly<Record<string, MappingOverrides>>): PreviewOptions {
  const all = [...new Set([...(choice === '' ? [] : [choice]), ...sheets])];
  return { sheets: all, files: files.map((f) => f.source), mappings };
}

/** A file's name made unique among those added ("DS.xlsx", "DS (2).xlsx"): unions name their files alike. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) if (!taken.has(`${stem} (${n})${ext}`)) return `${stem} (${n})${ext}`;
}

export interface UseIntake {
  /** Sheets to choose from (null until listed). */
  readonly candidates: readonly string[] | null;
  /** The "Sáng kiến" sheet already in the workbook, or null. */
  readonly existing: string | null;
  /** The chosen sheet, '' for "let intake find it". */
  readonly choice: string;
  readonly choose: (sheet: string) => void;
  /** Lists the sheets again (a register pasted in while the pane is open). */
  readonly refreshSheets: () => void;
  readonly current: IntakePreviewState | null;
  /** The chosen sheet is not the one previewed: read before writing. */
  readonly stale: boolean;
  readonly reading: Task<IntakePreviewState>;
  readonly writing: Task<IntakeWritten>;
  readonly read: () => void;
  readonly correct: (field: RegisterField, column: number | null) => void;
  readonly resetMapping: () => void;
  readonly write: () => void;
  readonly select: (sheet: string, address: string) => void;
  /** Several sources: other sheets of this workbook ticked, files added (read in the pane), per-source corrections. */
  readonly extraSheets: readonly string[];
  readonly tickSheet: (sheet: string, ticked: boolean) => void;
  readonly files: readonly AddedFile[];
  readonly adding: Task<number>;
  readonly addFiles: (files: readonly File[]) => void;
  readonly dropSource: (source: SourceSummary) => void;
  readonly correctSource: (source: SourceSummary, field: RegisterField, column: number | null) => void;
  readonly resetSource: (source: SourceSummary) => void;
  /** Corrections per source (by sourceKey) of the current reading. */
  readonly sourceMappings: Readonly<Record<string, MappingOverrides>>;
}

export function useIntake(): UseIntake {
  const port = useWorkbookPort();
  // The .xlsx reader comes from the host (loaded on demand), never imported by the use case.
  const { loadXlsx } = useHost();
  const locale = useLocale();
  const reading = useTask<IntakePreviewState>();
  const writing = useTask<IntakeWritten>();
  const [candidates, setCandidates] = useState<readonly string[] | null>(null);
  const [existing, setExisting] = useState<string | null>(null);
  const [choice, setChoice] = useState('');
  const [current, setCurrent] = useState<IntakePreviewState | null>(null);
  // Ids on "Sáng kiến", read once and replaced by what this pane writes (undefined: not read yet).
  const previous = useRef<ReadonlySet<string> | null | undefined>(undefined);
  const [extraSheets, setExtraSheets] = useState<readonly string[]>([]);
  const [files, setFiles] = useState<readonly AddedFile[]>([]);
  const [sourceMappings, setSourceMappings] = useState<Readonly<Record<string, MappingOverrides>>>({});
  const adding = useTask<number>();

  const live = useRef(true);
  const listSheets = useCallback(() => {
    if (!port) return;
    // Listing is a convenience: when it fails, "let intake find it" still works and reading says why.
    registerSheets(port).then(
      (s) => {
        if (!live.current) return;
        setCandidates(s.candidates);
        setExisting(s.existing);
      },
      () => live.current && setCandidates((c) => c ?? []),
    );
  }, [port]);

  useEffect(() => {
    live.current = true;
    listSheets();
    return () => {
      live.current = false;
    };
  }, [listSheets]);

  const { start: startRead } = reading;
  const { reset: resetWrite } = writing;
  const run = useCallback(
    (options: PreviewOptions) => {
      if (!port) return;
      void startRead(async () => {
        if (previous.current === undefined) previous.current = await previousIds(port);
        const state = await readPreview(port, options, previous.current);
        setCurrent(state);
        setCandidates(state.preview.candidates);
        if (options.sheets === undefined && options.files === undefined) setChoice(state.preview.result.sheet);
        else setSourceMappings(state.preview.mappings);
        resetWrite();
        return state;
      });
    },
    [port, startRead, resetWrite],
  );

  const several = extraSheets.length > 0 || files.length > 0;
  const read = useCallback(
    () => run(several ? severalOptions(choice, extraSheets, files, sourceMappings) : choice === '' ? {} : { sheet: choice }),
    [run, several, choice, extraSheets, files, sourceMappings],
  );

  const tickSheet = useCallback(
    (sheet: string, ticked: boolean) => setExtraSheets((list) => (ticked ? [...list.filter((s) => s !== sheet), sheet] : list.filter((s) => s !== sheet))),
    [],
  );

  const { start: startAdding } = adding;
  const addFiles = useCallback(
    (picked: readonly File[]) => {
      if (picked.length === 0) return;
      void startAdding(async (progress) => {
        const taken = new Set(files.map((f) => f.name));
        const named: RegisterFile[] = [];
        for (const f of picked) {
          const name = uniqueName(f.name, taken);
          taken.add(name);
          named.push({ name, bytes: new Uint8Array(await f.arrayBuffer()) });
        }
        // Read here, in the pane, with the .xlsx reader loaded on demand: nothing leaves the computer.
        if (!loadXlsx) throw new Error('This host gave the pane no .xlsx reader (TaskpaneHost.loadXlsx).');
        const read = await readRegisterFiles(named, loadXlsx, progress, files);
        const next = [...files, ...named.map((f, i) => ({ ...f, source: read[i]!.source }))];
        setFiles(next);
        run(severalOptions(choice, extraSheets, next, sourceMappings));
        return named.length;
      });
    },
    [startAdding, files, run, choice, extraSheets, sourceMappings, loadXlsx],
  );

  const dropSource = useCallback(
    (source: SourceSummary) => {
      const nextFiles = source.file === null ? files : files.filter((f) => f.name !== source.file);
      const nextSheets = source.file === null ? extraSheets.filter((s) => s !== source.sheet) : extraSheets;
      const nextChoice = source.file === null && choice === source.sheet ? '' : choice;
      setFiles(nextFiles);
      setExtraSheets(nextSheets);
      setChoice(nextChoice);
      if (nextFiles.length > 0 || nextSheets.length > 0) run(severalOptions(nextChoice, nextSheets, nextFiles, sourceMappings));
      else setCurrent(null);
    },
    [files, extraSheets, choice, run, sourceMappings],
  );

  const rereadWith = useCallback(
    (source: SourceSummary, fixes: MappingOverrides) => {
      const mappings = { ...sourceMappings, [sourceKey(source.file, source.sheet)]: fixes };
      setSourceMappings(mappings);
      run(severalOptions(choice, extraSheets, files, mappings));
    },
    [sourceMappings, run, choice, extraSheets, files],
  );
  const correctSource = useCallback(
    (source: SourceSummary, field: RegisterField, column: number | null) =>
      rereadWith(source, correctMapping(sourceMappings[sourceKey(source.file, source.sheet)] ?? {}, field, column)),
    [rereadWith, sourceMappings],
  );
  const resetSource = useCallback((source: SourceSummary) => rereadWith(source, {}), [rereadWith]);

  const correct = useCallback(
    (field: RegisterField, column: number | null) => {
      if (!current) return;
      const mapping: MappingOverrides = correctMapping(current.preview.mapping, field, column);
      run({ sheet: current.preview.result.sheet, mapping });
    },
    [run, current],
  );

  const resetMapping = useCallback(() => {
    if (current) run({ sheet: current.preview.result.sheet, mapping: {} });
  }, [run, current]);

  const { start: startWrite } = writing;
  const write = useCallback(() => {
    if (!port || !current) return;
    void startWrite(async (progress) => {
      // Let the pane paint "writing" before a long plan is built and sent.
      await new Promise((ok) => setTimeout(ok, 0));
      const written = await writeRegister(port, current, locale, progress);
      previous.current = new Set(current.preview.result.initiatives.map((i) => i.id));
      setExisting(written.sheet);
      return written;
    });
  }, [port, current, locale, startWrite]);

  const select = useCallback(
    (sheet: string, address: string) => {
      // Selecting is a convenience: if the sheet has gone, the list still says where to look.
      if (port) port.select(sheet, address).catch(() => undefined);
    },
    [port],
  );

  const stale = current !== null && choice !== '' && choice !== current.preview.result.sheet;
  return {
    candidates,
    existing,
    choice,
    choose: setChoice,
    refreshSheets: listSheets,
    current,
    stale,
    reading,
    writing,
    read,
    correct,
    resetMapping,
    write,
    select,
    extraSheets,
    tickSheet,
    files,
    adding,
    addFiles,
    dropSource,
    correctSource,
    resetSource,
    sourceMappings,
  };
}
