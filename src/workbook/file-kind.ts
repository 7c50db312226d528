// Which kind of file is this? Unions send what their office has: .xlsx, Excel 97–2003 .xls, a
// workbook with a password, a half-downloaded attachment, an empty file, a PDF. Only .xlsx can be
// read; every other kind has its own advice (`file.*` messages). Pure: bytes in, for the CLI and
// the pane alike (no exceljs, no Node).

/** What a file is, by its bytes. `xlsx` may still turn out damaged when it is opened. */
export type FileKind = 'xlsx' | 'xls' | 'encrypted' | 'damaged' | 'empty' | 'notWorkbook';

/** The problem code (core/messages/files.ts) of a file that cannot be read, by its kind. */
export const FILE_KIND_CODE: Readonly<Record<Exclude<FileKind, 'xlsx'>, string>> = {
  xls: 'file.xls',
  encrypted: 'file.encrypted',
  damaged: 'file.damaged',
  empty: 'file.empty',
  notWorkbook: 'file.notWorkbook',
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
/** The Compound File Binary header: .xls, .doc, and also an encrypted .xlsx (MS-OFFCRYPTO). */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether `text` occurs in the bytes as ASCII (one byte a letter) or as UTF-16LE (CFB stream names). */
function contains(bytes: Uint8Array, text: string, utf16 = false): boolean {
  const needle = utf16 ? [...text].flatMap((c) => [c.charCodeAt(0), 0]) : [...text].map((c) => c.charCodeAt(0));
  const first = needle[0]!;
  const last = bytes.length - needle.length;
  outer: for (let i = bytes.indexOf(first); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** The first bytes as text, lower case, for the HTML and XML "spreadsheets" some systems export as .xls. */
function head(bytes: Uint8Array, n: number): string {
  let s = '';
  for (let i = 0; i < Math.min(n, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
  return s
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
    .trimStart()
    .toLowerCase();
}

export function fileKind(data: Uint8Array | ArrayBuffer): FileKind {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP)) {
    // An .xlsx names its workbook part in the zip's directory; a .docx or .ods names others.
    if (contains(bytes, 'xl/workbook')) return 'xlsx';
    if (contains(bytes, 'word/') || contains(bytes, 'ppt/') || contains(bytes, 'opendocument')) return 'notWorkbook';
    // A zip cut short loses its directory (at the end) first.
    return 'damaged';
  }
  if (startsWith(bytes, ZIP_EMPTY)) return 'damaged';
  if (startsWith(bytes, CFB)) {
    // Excel saves an .xlsx with a password as a CFB container holding "EncryptionInfo" and
    // "EncryptedPackage" streams; an .xls holds a "Workbook" (or, before Excel 97, "Book") stream.
    if (contains(bytes, 'EncryptionInfo', true) || contains(bytes, 'EncryptedPackage', true)) return 'encrypted';
    if (contains(bytes, 'Workbook', true) || contains(bytes, 'Book', true)) return 'xls';
    return 'notWorkbook';
  }
  const text = head(bytes, 512);
  // Web systems export HTML or Excel 2003 XML named .xls; Excel opens both and can save them as .xlsx.
  if (
    text.startsWith('<') &&
    (text.includes('<html') || text.includes('<table') || text.includes('urn:schemas-microsoft-com:office'))
  )
    return 'xls';
  if (text.startsWith('<?xml') && text.includes('progid="excel.sheet"')) return 'xls';
  // BIFF2–BIFF4 worksheets (Excel 2.x–4.0) start with a BOF record.
  if (bytes[0] === 0x09 && (bytes[1] === 0x00 || bytes[1] === 0x02 || bytes[1] === 0x04)) return 'xls';
  return 'notWorkbook';
}

/** Whether two files hold the same bytes (a union's file added twice under two names). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One file of a zip's central directory (sizes as stored: a zip64 size reads as 0xFFFFFFFF). */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Offset of the entry's local header in the file. */
  readonly offset: number;
}

const u16 = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number): number => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)) + b[i + 3]! * 0x1000000;

/**
 * A zip's central directory, or null when its end record cannot be found (cut short, not a zip):
 * what is inside, and how large once inflated, known before anything is inflated.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535.
  const stop = Math.max(0, bytes.length - 22 - 65_535);
  let end = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      offset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's data starts (after its local header), or null when the header is not there. */
export function zipDataOffset(bytes: Uint8Array, entry: ZipEntry): number | null {
  const at = entry.offset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) return null;
  return at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
}
