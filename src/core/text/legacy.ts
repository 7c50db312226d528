// Text typed in a legacy 8-bit Vietnamese encoding reaches us as Latin-1 look-alikes. It is
// recognised by its character profile, with the cell's font name as a hint, and converted; the
// caller lists every conversion for the clerk, never converting silently.

import { decodeTcvn3, isTcvn3Code } from './tcvn3';
import { looksVietnamese } from './syllable';
import { decodeVni } from './vni';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Latin-1 letters that plain Unicode Vietnamese also uses: they prove nothing either way. */
const VIETNAMESE_LATIN1 = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý');
/** VNI marks that Unicode Vietnamese never has, after a vowel they are VNI's tone and hat marks. */
const VNI_ONLY_MARKS = new Set('øïûåäëüØÏÛÅÄËÜ');
/** VNI letters Unicode Vietnamese never has (ư, đ, ỉ, ỵ); they are also TCVN3 codes, so only "đ" at a word start is evidence. */
const VNI_ONLY_LETTERS = new Set('öñæîÖÑÆÎ');
const WORD_START_D = new Set('ñÑ');
const PLAIN_VOWEL = new Set('aeiouyAEIOUYôöÔÖ');

/** Fonts of the TCVN3 family (.VnTime, .VnArial, .VnTimeH …) and of VNI (VNI-Times …). */
const TCVN3_FONT = /^\.?vn(?!i[- ]|i$)[a-z]/i;
const VNI_FONT = /^vni[- ]/i;

/** Whether a TCVN3 font draws its codes as capitals (.VnTimeH, .VnArialH). */
export function isTcvn3CapitalFont(fontName: string | undefined): boolean {
  return fontName !== undefined && TCVN3_FONT.test(fontName) && /h$/i.test(fontName.trim());
}

const LATIN1_LETTER = /[\u00a0-\u00ff]/;
/** Letters only Unicode Vietnamese has: combining marks, Latin Extended, the Vietnamese block. */
const UNICODE_ONLY = /[\u0300-\u036f\u0100-\u024f\u1e00-\u1eff]/;

/**
 * Whether text could be legacy-encoded at all: it has a Latin-1 letter and no letter only Unicode
 * Vietnamese has. Two native regular-expression scans; callers test it before looking up a font.
 */
export function mayBeLegacy(text: string): boolean {
  return LATIN1_LETTER.test(text) && !UNICODE_ONLY.test(text);
}

/** The encoding a font name stands for, if it is a legacy font. */
export function fontEncoding(fontName: string | undefined): LegacyEncoding | null {
  if (fontName === undefined) return null;
  return TCVN3_FONT.test(fontName) ? 'tcvn3' : VNI_FONT.test(fontName) ? 'vni' : null;
}

/** Why a cell was read in a legacy encoding: its font, its own characters, or its row's other cells. */
export type LegacyWitness = 'font' | 'profile' | 'row';

export interface LegacyReading {
  readonly encoding: LegacyEncoding;
  readonly witness: LegacyWitness;
  /** The text in Unicode. */
  readonly to: string;
}

/**
 * Whether decoding is an improvement a careful reader would accept: never when the text already
 * reads as Vietnamese and the decoded text does not (Unicode "Giáo viên" in a .VnTime cell).
 */
function acceptable(text: string, decoded: string): boolean {
  if (decoded === text) return false;
  return looksVietnamese(decoded) || !looksVietnamese(text);
}

/**
 * The legacy encoding a text is typed in, and what says so, or null for Unicode (or plain ASCII).
 * The font is the first witness: a cell drawn in a TCVN3 or VNI font is read in that encoding even
 * when every character also occurs in Unicode Vietnamese ("Chaâu" in VNI-Times is "Châu"), unless
 * that turns Vietnamese into letters no syllable has. Without a legacy font, evidence is counted per
 * character: codes only TCVN3 uses, marks only VNI puts after a vowel.
 */
export function readLegacyEncoding(text: string, fontName?: string): LegacyReading | null {
  if (!mayBeLegacy(text)) return null;
  // Units, workplaces, positions and names repeat down a register: each text and font is judged once.
  const key = fontName === undefined ? text : `${fontName}\u0000${text}`;
  const known = readings.get(key);
  if (known !== undefined) return known;
  if (readings.size >= READINGS_MAX) readings.clear();
  const reading = judgeLegacy(text, fontName);
  readings.set(key, reading);
  return reading;
}

const readings = new Map<string, LegacyReading | null>();
const READINGS_MAX = 20_000;

function judgeLegacy(text: string, fontName: string | undefined): LegacyReading | null {
  const fontSays = fontEncoding(fontName);
  if (fontSays !== null) {
    const to = decodeLegacy(text, fontSays, fontName);
    return acceptable(text, to) ? { encoding: fontSays, witness: 'font', to } : null;
  }
  let tcvn = 0;
  let vni = 0;
  let prev = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xa0 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch)) {
      if (VNI_ONLY_MARKS.has(ch) && PLAIN_VOWEL.has(prev)) vni++;
      else if (WORD_START_D.has(ch) && (prev === '' || prev === ' ' || prev === '\n')) vni++;
      if (isTcvn3Code(ch) && !VNI_ONLY_MARKS.has(ch) && !VNI_ONLY_LETTERS.has(ch)) tcvn++;
    }
    prev = ch;
  }
  if (tcvn === 0 && vni === 0) return byShape(text);
  const encoding: LegacyEncoding = tcvn >= vni ? 'tcvn3' : 'vni';
  const to = decodeLegacy(text, encoding);
  return acceptable(text, to) ? { encoding, witness: 'profile', to } : null;
}

/**
 * Text with no character only a legacy encoding uses ("Leâ Vaên", "Thóy"): legacy when it is no
 * Vietnamese as it stands and exactly one encoding makes it Vietnamese.
 */
function byShape(text: string): LegacyReading | null {
  if (looksVietnamese(text)) return null;
  const asTcvn = decodeLegacy(text, 'tcvn3');
  const asVni = decodeLegacy(text, 'vni');
  const tcvn = looksVietnamese(asTcvn);
  if (tcvn === looksVietnamese(asVni)) return null;
  return tcvn ? { encoding: 'tcvn3', witness: 'profile', to: asTcvn } : { encoding: 'vni', witness: 'profile', to: asVni };
}

/** The legacy encoding a text is typed in (see readLegacyEncoding), or null. */
export function detectLegacyEncoding(text: string, fontName?: string): LegacyEncoding | null {
  return readLegacyEncoding(text, fontName)?.encoding ?? null;
}

/**
 * Text a row's other cells say is legacy-encoded: read in the row's encoding when that gives
 * Vietnamese ("Leâ Vaên Chaâu" beside VNI cells, with no font to tell).
 */
export function readInRowEncoding(text: string, rowEncoding: LegacyEncoding): string | null {
  if (!mayBeLegacy(text)) return null;
  const decoded = decodeLegacy(text, rowEncoding);
  return decoded !== text && looksVietnamese(decoded) ? decoded : null;
}

/** Unicode text of a legacy-encoded string. */
export function decodeLegacy(text: string, encoding: LegacyEncoding, fontName?: string): string {
  if (encoding === 'vni') return decodeVni(text);
  return isTcvn3CapitalFont(fontName) ? decodeTcvn3(text, true) : restoreCapitals(decodeTcvn3(text));
}

/** A lower-case vowel with a tone mark: TCVN3 has no capital for it, so typists wrote this code. */
const TONED_LOWER = /[àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/;
const WORD_SPLIT = /(\s+)/;

/**
 * The capitals a .VnTime typist meant but could not store: a word in capitals keeps its toned
 * letters in capitals ("NGUYễN" is "NGUYỄN"), and a word beginning with a toned vowel is
 * capitalised where capitals are due: the cell's first word, or any word of a name written in
 * title case ("Lê ánh" is "Lê Ánh").
 */
function restoreCapitals(text: string): string {
  if (!TONED_LOWER.test(text)) return text;
  const cased = [...text].filter((c) => c.toUpperCase() !== c.toLowerCase() && !TONED_LOWER.test(c));
  // Every letter that could be stored as a capital is one: the cell is in capitals.
  if (cased.length >= 2 && cased.every((c) => c === c.toUpperCase())) return text.toUpperCase();
  const parts = text.split(WORD_SPLIT);
  const titleCase = parts.every((w) => w.trim() === '' || TONED_LOWER.test(w[0]!) || w[0] === w[0]!.toUpperCase());
  let firstWord = true;
  return parts
    .map((w) => {
      if (w.trim() === '') return w;
      const isFirst = firstWord;
      firstWord = false;
      return TONED_LOWER.test(w[0]!) && (isFirst || titleCase) ? w[0]!.toUpperCase() + w.slice(1) : w;
    })
    .join('');
}
