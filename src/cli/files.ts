// File conventions of every command (SPEC §7 "nothing lost"): an input is never written, whatever
// name, symlink or hard link reaches it; a file that exists is never overwritten silently (a default
// name moves on to "-2", "-3"…; a name given with -o is refused unless --force); an output is
// written to a temporary file in its folder and only then given its name, so a kill, a full disk or
// two runs at once never leave a half-written workbook under it; every failure is said in words.

import { randomBytes } from 'node:crypto';
import { constants as fsc, existsSync, unlinkSync } from 'node:fs';
import { access, link, mkdir, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { inflateRawSync, constants as zlib } from 'node:zlib';
import { message } from '../core/messages';
import { FILE_KIND_CODE, fileKind, zipDataOffset, zipEntries } from '../workbook/file-kind';
import { openXlsx, type XlsxWorkbook } from '../workbook/xlsx';

export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

type Locale = 'vi' | 'en';

const fail = (
  locale: Locale,
  code: string,
  params: Readonly<Record<string, string | number>>,
  exitCode = 1,
): CliError => new CliError(message(locale, code, params), exitCode);

/** Excel's own limits: a sheet past them was not saved by Excel and cannot be opened there. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/**
 * The most sheet XML (uncompressed) a command takes on: exceljs holds a workbook in memory at about
 * ten times its XML, so a tenth of the heap node may use (about 400 MB of XML with node's default
 * 4 GB heap: the national register with its 750,000 score rows fits, a million-row register does not).
 */
export function xmlLimitBytes(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / 10);
}

/** A file the command reads, identified by its real path and its inode, so no alias can write it. */
export interface InputFile {
  /** As the user named it. */
  readonly arg: string;
  readonly path: string;
  readonly real: string;
  readonly dev: number;
  readonly ino: number;
}

const errno = (e: unknown): string =>
  e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : '';

async function folderExists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** An error from reading a file, in words: missing file or folder, permission, a folder. */
async function readFailure(e: unknown, arg: string, full: string, locale: Locale): Promise<CliError> {
  const code = errno(e);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    const folder = dirname(full);
    if (!(await folderExists(folder))) return fail(locale, 'file.missingFolder', { folder: dirname(arg) || folder });
    return fail(locale, 'file.missing', { file: arg });
  }
  if (code === 'EACCES' || code === 'EPERM') return fail(locale, 'file.denied', { file: arg });
  if (code === 'EISDIR') return fail(locale, 'file.isFolder', { file: arg });
  return fail(locale, 'file.unexpected', { detail: `${arg}: ${code || (e instanceof Error ? e.message : String(e))}` });
}

const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);

/** The last row and column a <dimension ref="A1:K1000"/> names. */
function dimension(xmlHead: string): { rows: number; columns: number } | null {
  const m = /<(?:\w+:)?dimension\s+ref="\$?([A-Z]{1,7})\$?(\d{1,12})(?::\$?([A-Z]{1,7})\$?(\d{1,12}))?"/.exec(xmlHead);
  if (!m) return null;
  const col = m[3] ?? m[1]!;
  let columns = 0;
  for (const ch of col) columns = columns * 26 + (ch.charCodeAt(0) - 64);
  return { rows: Number(m[4] ?? m[2]), columns };
}

/** Sheet names by worksheet part, from xl/workbook.xml and its relationships (best effort). */
function sheetNames(bytes: Uint8Array, entries: NonNullable<ReturnType<typeof zipEntries>>): Map<string, string> {
  const out = new Map<string, string>();
  const text = (name: string): string => {
    const e = entries.find((x) => x.name === name);
    if (!e || e.uncompressedSize > 16 * 2 ** 20) return '';
    const at = zipDataOffset(bytes, e);
    if (at === null) return '';
    const data = bytes.subarray(at, at + e.compressedSize);
    try {
      return new TextDecoder().decode(e.method === 0 ? data : inflateRawSync(data));
    } catch {
      return '';
    }
  };
  const rels = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) rels.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  for (const m of text('xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const part = id ? rels.get(id) : undefined;
    if (name !== undefined && part)
      out.set(
        part,
        name
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'"),
      );
  }
  return out;
}

/**
 * Refuses, before exceljs loads anything, a workbook past Excel's limits (from each sheet's
 * dimension, read from the first kilobytes of its XML) or past the size this machine can hold.
 */
function checkSize(bytes: Uint8Array, arg: string, locale: Locale): void {
  const entries = zipEntries(bytes);
  if (!entries) return;
  const sheets = entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
  let names: Map<string, string> | null = null;
  for (const e of sheets) {
    const at = zipDataOffset(bytes, e);
    if (at === null) continue;
    const head = bytes.subarray(at, at + Math.min(e.compressedSize, 64 * 1024));
    let xml = '';
    try {
      xml = new TextDecoder().decode(e.method === 0 ? head : inflateRawSync(head, { finishFlush: zlib.Z_SYNC_FLUSH }));
    } catch {
      continue;
    }
    const dim = dimension(xml.slice(0, 4096));
    if (!dim || (dim.rows <= EXCEL_MAX_ROWS && dim.columns <= EXCEL_MAX_COLUMNS)) continue;
    names ??= sheetNames(bytes, entries);
    const sheet = names.get(e.name) ?? e.name;
    if (dim.rows > EXCEL_MAX_ROWS)
      throw fail(locale, 'file.tooManyRows', { file: arg, sheet, rows: dim.rows, limit: EXCEL_MAX_ROWS });
    throw fail(locale, 'file.tooManyColumns', { file: arg, sheet, columns: dim.columns, limit: EXCEL_MAX_COLUMNS });
  }
  let xml = 0;
  for (const e of entries) if (e.name.startsWith('xl/') && e.name.endsWith('.xml')) xml += e.uncompressedSize;
  const limit = xmlLimitBytes();
  if (xml > limit) throw fail(locale, 'file.tooLarge', { file: arg, size: mb(xml), limit: mb(limit) });
}

/** Reads an input's bytes and says, in words, why it cannot be a workbook when it cannot. */
export async function readInput(
  cwd: string,
  arg: string | undefined,
  locale: Locale,
): Promise<{ bytes: Uint8Array; file: InputFile }> {
  if (!arg)
    throw new CliError(locale === 'en' ? 'Name the input workbook (.xlsx).' : 'Hãy chỉ ra tệp đầu vào (.xlsx).');
  const full = resolve(cwd, arg);
  let info;
  try {
    info = await stat(full);
  } catch (e) {
    throw await readFailure(e, arg, full, locale);
  }
  if (info.isDirectory()) throw fail(locale, 'file.isFolder', { file: arg });
  // A zip is at most a few times smaller than its XML: refuse what cannot fit before reading it.
  if (info.size > xmlLimitBytes())
    throw fail(locale, 'file.tooLarge', { file: arg, size: mb(info.size), limit: mb(xmlLimitBytes()) });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(full));
  } catch (e) {
    throw await readFailure(e, arg, full, locale);
  }
  const kind = fileKind(bytes);
  if (kind !== 'xlsx') throw fail(locale, FILE_KIND_CODE[kind], { file: arg });
  // A zip cut short still names its workbook part in its first bytes: its directory is at the end.
  if (!zipEntries(bytes)) throw fail(locale, 'file.damaged', { file: arg });
  checkSize(bytes, arg, locale);
  const real = await realpath(full);
  return { bytes, file: { arg, path: full, real, dev: info.dev, ino: info.ino } };
}

/** An existing file's identity (real path, device and inode); null when it cannot be read. */
export async function identify(cwd: string, arg: string): Promise<InputFile | null> {
  const path = resolve(cwd, arg);
  try {
    const info = await stat(path);
    return { arg, path, real: await realpath(path), dev: info.dev, ino: info.ino };
  } catch {
    return null;
  }
}

/** Opens an input workbook (never to be written), with every failure in words. */
export async function openInput(
  cwd: string,
  arg: string | undefined,
  locale: Locale,
): Promise<{ book: XlsxWorkbook; path: string; file: InputFile }> {
  const { bytes, file } = await readInput(cwd, arg, locale);
  try {
    return { book: await openXlsx(bytes), path: file.path, file };
  } catch (e) {
    if (e instanceof RangeError)
      throw fail(locale, 'file.tooLarge', { file: file.arg, size: mb(bytes.length), limit: mb(xmlLimitBytes()) });
    // The zip is whole (checked above) but its XML is not what Excel writes.
    throw fail(locale, 'file.damaged', { file: file.arg });
  }
}

export function defaultOutput(input: string, suffix: string): string {
  const ext = extname(input) || '.xlsx';
  return join(dirname(input), `${basename(input, ext)}-${suffix}.xlsx`);
}

export interface OutputTarget {
  readonly path: string;
  /** Named by the user (-o): refused when it exists, unless `force`. Otherwise the next free name is taken. */
  readonly explicit: boolean;
  readonly force: boolean;
}

/** The input this path is (same real path, or same device and inode), if any. */
async function inputAt(path: string, inputs: readonly InputFile[]): Promise<InputFile | undefined> {
  try {
    const info = await stat(path);
    const real = await realpath(path);
    return inputs.find((i) => i.real === real || (i.dev === info.dev && i.ino === info.ino));
  } catch {
    // Not there (yet): compare where it would be, through the real path of its folder.
    try {
      const real = join(await realpath(dirname(path)), basename(path));
      return inputs.find((i) => i.real === real);
    } catch {
      return undefined;
    }
  }
}

/**
 * Where a command will write: `-o` when given (refused when it is an input, or exists without
 * --force, or its folder is missing), else the input's name with a suffix (a free name is taken at
 * save time). Checked before any work so a mistake costs nothing.
 */
export async function outputTarget(
  cwd: string,
  inputs: readonly InputFile[],
  out: unknown,
  defaultPath: string,
  options: { readonly force?: unknown; readonly locale: Locale },
): Promise<OutputTarget> {
  const { locale } = options;
  const explicit = typeof out === 'string' && out !== '';
  const path = resolve(cwd, explicit ? out : defaultPath);
  const force = explicit && options.force === true;
  const input = await inputAt(path, inputs);
  if (input) throw fail(locale, 'file.outputIsInput', { file: explicit ? out : path, input: input.arg }, 2);
  if (!(await folderExists(dirname(path))))
    throw fail(locale, 'file.missingFolder', { folder: dirname(explicit ? out : path) }, 2);
  // A folder this user may not write to: said now, before the work, like a missing one.
  const denied = await access(dirname(path), fsc.W_OK).then(
    () => null,
    (e: unknown) => errno(e),
  );
  if (denied === 'EACCES' || denied === 'EPERM' || denied === 'EROFS')
    throw fail(locale, 'file.deniedWrite', { folder: explicit && dirname(out) !== '.' ? dirname(out) : dirname(path) }, 2);
  if (explicit && !force && existsSync(path)) throw fail(locale, 'file.outputExists', { file: out }, 2);
  return { path, explicit, force };
}

/** Temporary files not yet renamed: removed if the process ends first (Ctrl+C, a closed pipe). */
const pending = new Set<string>();
let cleanupInstalled = false;
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', () => {
    for (const p of pending) {
      try {
        unlinkSync(p);
      } catch {
        // already gone
      }
    }
  });
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => process.exit(code));
  }
}

function writeFailure(e: unknown, shown: string, locale: Locale): CliError {
  const code = errno(e);
  const reason =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? message(locale, 'file.reason.diskFull')
      : code === 'EACCES' || code === 'EPERM'
        ? message(locale, 'file.reason.denied')
        : code === 'EROFS'
          ? message(locale, 'file.reason.readOnly')
          : message(locale, 'file.reason.other', { detail: code || (e instanceof Error ? e.message : String(e)) });
  return fail(locale, 'file.writeFailed', { file: shown, reason });
}

/** "b-phancong.xlsx", then "b-phancong-2.xlsx", "b-phancong-3.xlsx"… */
function candidate(path: string, n: number): string {
  if (n === 1) return path;
  const ext = extname(path);
  return join(dirname(path), `${basename(path, ext)}-${n}${ext}`);
}

/**
 * Gives the finished temporary file its name without ever replacing a file (a hard link fails when
 * the name exists, even when another run took it a moment ago); where hard links are not possible,
 * a check and a rename.
 */
async function claim(temp: string, path: string): Promise<boolean> {
  try {
    await link(temp, path);
    await unlink(temp);
    return true;
  } catch (e) {
    const code = errno(e);
    if (code === 'EEXIST') return false;
    if (
      code !== 'EPERM' &&
      code !== 'ENOTSUP' &&
      code !== 'EOPNOTSUPP' &&
      code !== 'EXDEV' &&
      code !== 'EMLINK' &&
      code !== 'ENOSYS'
    )
      throw e;
    if (existsSync(path)) return false;
    await rename(temp, path);
    return true;
  }
}

export interface Saved {
  readonly path: string;
  /** Set when the wanted name existed and the next free one was taken. */
  readonly wanted?: string;
}

/**
 * Writes bytes to a temporary file beside the target, flushes them to disk, checks the size, then
 * gives the file its name: never an input, never over an existing file unless --force named it.
 */
export async function saveBytes(
  bytes: Uint8Array,
  target: OutputTarget,
  inputs: readonly InputFile[],
  locale: Locale,
  shown = target.path,
): Promise<Saved> {
  installCleanup();
  const folder = dirname(target.path);
  const temp = join(folder, `.${basename(target.path)}.${process.pid}.${randomBytes(4).toString('hex')}.part`);
  pending.add(temp);
  try {
    try {
      const handle = await open(temp, 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      if ((await stat(temp)).size !== bytes.length) throw Object.assign(new Error('short write'), { code: 'EIO' });
    } catch (e) {
      if (errno(e) === 'ENOENT') throw fail(locale, 'file.missingFolder', { folder: dirname(shown) });
      throw writeFailure(e, shown, locale);
    }
    const input = await inputAt(target.path, inputs);
    if (input) throw fail(locale, 'file.outputIsInput', { file: shown, input: input.arg }, 2);
    if (target.explicit && target.force) {
      await rename(temp, target.path);
      return { path: target.path };
    }
    for (let n = 1; n < 10_000; n++) {
      const path = candidate(target.path, n);
      if (await claim(temp, path)) return n === 1 ? { path } : { path, wanted: target.path };
      if (target.explicit) throw fail(locale, 'file.outputExists', { file: shown }, 2);
    }
    throw fail(locale, 'file.outputExists', { file: shown }, 2);
  } finally {
    pending.delete(temp);
    await unlink(temp).catch(() => undefined);
  }
}

/** Saves a workbook as `saveBytes` does; a workbook too large to serialise is said so. */
export async function saveBook(
  book: Pick<XlsxWorkbook, 'toBuffer' | 'storageIssues'>,
  target: OutputTarget,
  inputs: readonly InputFile[],
  locale: Locale,
  note: (text: string) => void,
): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await book.toBuffer();
  } catch (e) {
    if (e instanceof RangeError)
      throw fail(locale, 'file.tooLarge', { file: target.path, size: '?', limit: mb(xmlLimitBytes()) });
    throw e;
  }
  const saved = await saveBytes(bytes, target, inputs, locale);
  // What could not be stored as it was is listed, never dropped silently.
  const issues = book.storageIssues();
  for (const i of issues.slice(0, 20)) note(message(locale, `file.stored.${i.kind}`, { sheet: i.sheet, cell: i.cell, detail: i.detail }));
  if (issues.length > 20) note(message(locale, 'file.stored.more', { count: issues.length - 20 }));
  if (saved.wanted) note(message(locale, 'file.outputRenamed', { wanted: saved.wanted, file: saved.path }));
  return saved.path;
}

/** The folder packets go to: created when missing; a file there is refused. */
export async function packetFolder(cwd: string, arg: string, locale: Locale): Promise<string> {
  const dir = resolve(cwd, arg);
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    const code = errno(e);
    if (code === 'EEXIST' || code === 'ENOTDIR') throw fail(locale, 'file.badPackets', { folder: arg }, 2);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw fail(locale, 'file.deniedWrite', { folder: arg }, 2);
    throw e;
  }
  if (!(await folderExists(dir))) throw fail(locale, 'file.badPackets', { folder: arg }, 2);
  return dir;
}
