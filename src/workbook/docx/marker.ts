// Whether a Word file is still the one this add-in wrote: each file carries, as a custom property,
// a hash of its text; a file whose text no longer matches (edited in Word) or that has no such
// property (someone else's) must be kept, never overwritten (SPEC §5, as for generated sheets).

import { unzipSync, strFromU8 } from 'fflate';
import { hashStrings } from '../../core/sheet/hash';

export const MARKER_PROPERTY = 'SangKienText';

/** The marker of a file's text (all its text runs, joined: Word may split runs without changing a word). */
export function textMarker(text: string): string {
  return hashStrings(['docx', text]);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? '';
  });
}

/** Every text run of a WordprocessingML part, in order. */
export function documentTexts(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) out.push(unescapeXml(m[1]!));
  return out;
}

export interface DocxParts {
  /** word/document.xml. */
  readonly document: string;
  /** The marker property's value, or null. */
  readonly marker: string | null;
}

/** The parts of a .docx that say what it holds and who wrote it; null when it is not a .docx. */
export function readDocx(bytes: Uint8Array): DocxParts | null {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || f.name === 'docProps/custom.xml' });
  } catch {
    return null;
  }
  const doc = files['word/document.xml'];
  if (!doc) return null;
  const custom = files['docProps/custom.xml'];
  let marker: string | null = null;
  if (custom) {
    const xml = strFromU8(custom);
    const re = new RegExp(`name="${MARKER_PROPERTY}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`);
    marker = re.exec(xml)?.[1] ?? null;
  }
  return { document: strFromU8(doc), marker };
}

/** True when the file is one this add-in wrote and nobody changed its text since. */
export function isUntouched(bytes: Uint8Array): boolean {
  const parts = readDocx(bytes);
  if (!parts || parts.marker === null) return false;
  return textMarker(documentTexts(parts.document).join('')) === parts.marker;
}
