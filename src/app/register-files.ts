// Register files sent by the unions (SPEC §3, several sources): each file's bytes classified (an
// .xls, a password, damaged, empty, the same file twice), then opened with the .xlsx reader, loaded
// on demand so it never weighs on the task pane's first load, and read as grids. Nothing leaves the
// computer: the pane hands over bytes the clerk picked, the CLI bytes it read from disk.

import type { RegisterSource, SourceInput } from '../core/intake';
import { SHEET_ROLES } from '../core/sheet/plan';
import { FILE_KIND_CODE, fileKind, sameBytes } from '../workbook/file-kind';
import { isOwnRegister } from './clerk-sheets';
import type { ProgressCallback, WorkbookPort, XlsxFiles, XlsxLoader } from '../workbook/port';

export interface RegisterFile {
  readonly name: string;
  readonly bytes: Uint8Array | ArrayBuffer;
}

export interface RegisterFileRead {
  /** What intake takes: the file's sheets, or why it could not be read. */
  readonly source: SourceInput;
  /** The opened workbook (null when it could not be opened), e.g. for the CLI to build its output on. */
  readonly book: WorkbookPort | null;
  /** The name of the add-in's own "Sáng kiến" sheet in it: the file is a council book, not a union's register. */
  readonly registerSheet: string | null;
}

const OWN_NAMES = new Set<string>(Object.values(SHEET_ROLES).map((r) => r.name));

/**
 * Reads each file as a register source, in order; `progress` after each file. A file that cannot
 * be read becomes an `UnreadableSource` naming what to do, and the others are still read.
 */
export async function readRegisterFiles(
  files: readonly RegisterFile[],
  loadXlsx: XlsxLoader,
  progress?: ProgressCallback,
  /** Files added before (the pane adds a few at a time): a file identical to one of them is said once. */
  already: readonly RegisterFile[] = [],
): Promise<RegisterFileRead[]> {
  const out: RegisterFileRead[] = [];
  const seen = already.map((f) => ({ name: f.name, bytes: f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(f.bytes) }));
  let reader: XlsxFiles | null = null;
  progress?.(0, files.length);
  for (const f of files) {
    const bytes = f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(f.bytes);
    const kind = fileKind(bytes);
    // Two unions may well name their files alike: only the same bytes are the same file.
    const same = seen.find((s) => sameBytes(s.bytes, bytes));
    if (same)
      out.push({
        source: { file: f.name, code: 'file.same', params: { same: same.name } },
        book: null,
        registerSheet: null,
      });
    else if (kind !== 'xlsx')
      out.push({ source: { file: f.name, code: FILE_KIND_CODE[kind] }, book: null, registerSheet: null });
    else {
      reader ??= await loadXlsx();
      out.push(await readOne(reader, f.name, bytes));
    }
    seen.push({ name: f.name, bytes });
    progress?.(out.length, files.length);
  }
  return out;
}

async function readOne(
  reader: XlsxFiles,
  name: string,
  bytes: Uint8Array,
): Promise<RegisterFileRead> {
  let book: WorkbookPort;
  try {
    book = await reader.open(bytes);
  } catch {
    // A zip that names a workbook but cannot be opened: cut short, or its parts broken.
    return { source: { file: name, code: 'file.damaged' }, book: null, registerSheet: null };
  }
  const [sheets, [roleGrid]] = await Promise.all([book.listSheets(), book.readSheets([{ role: 'register' }])]);
  // A "Sáng kiến" that does not read as the add-in's is the union's own register: a source like any other.
  const registerSheet = roleGrid && isOwnRegister(roleGrid) ? roleGrid.name : null;
  const clerks = roleGrid && registerSheet === null ? roleGrid.name : null;
  // The add-in's own sheets are never a union's register; hidden and empty sheets are not read.
  const names = sheets
    .filter((s) => s.visibility === 'visible' && s.rowCount > 0 && (s.name === clerks || (!OWN_NAMES.has(s.name) && s.name !== registerSheet)))
    .map((s) => s.name);
  const grids = await book.readSheets(
    names.map((n) => ({ name: n, formulas: true, merges: true, hidden: true, fonts: true, dates: true })),
  );
  const source: RegisterSource = { file: name, grids: grids.filter((g): g is NonNullable<typeof g> => g !== null) };
  return { source, book, registerSheet };
}
