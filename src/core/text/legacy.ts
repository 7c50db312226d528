// Text typed in a legacy 8-bit Vietnamese encoding reaches us as Latin-1 look-alikes. It is
// recognised by its character profile, with the cell's font name as a hint, and converted; the
// caller lists every conversion for the clerk, never converting silently.

import { decodeTcvn3, isTcvn3Code } from './tcvn3';
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

/**
 * The legacy encoding a text is typed in, or null for Unicode (or plain ASCII). Evidence is
 * counted per character: codes that only TCVN3 uses, marks that only VNI puts after a vowel; the
 * font name decides between the two when both or neither kind of evidence is present.
 */
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

export function detectLegacyEncoding(text: string, fontName?: string): LegacyEncoding | null {
  if (!mayBeLegacy(text)) return null;
  let tcvn = 0;
  let vni = 0;
  let foreign = 0;
  let prev = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xa0 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch)) {
      foreign++;
      if (VNI_ONLY_MARKS.has(ch) && PLAIN_VOWEL.has(prev)) vni++;
      else if (WORD_START_D.has(ch) && (prev === '' || prev === ' ' || prev === '\n')) vni++;
      if (isTcvn3Code(ch) && !VNI_ONLY_MARKS.has(ch) && !VNI_ONLY_LETTERS.has(ch)) tcvn++;
    }
    prev = ch;
  }
  const fontSays: LegacyEncoding | null =
    fontName === undefined ? null : TCVN3_FONT.test(fontName) ? 'tcvn3' : VNI_FONT.test(fontName) ? 'vni' : null;
  // Nothing but letters Unicode Vietnamese also uses ("Không"): leave it, whatever the font says.
  if (foreign === 0) return null;
  // A legacy font with characters no Vietnamese Unicode text has: the font is the best witness.
  if (fontSays) return fontSays;
  if (tcvn === 0 && vni === 0) return null;
  return tcvn >= vni ? 'tcvn3' : 'vni';
}

/** Unicode text of a legacy-encoded string. */
export function decodeLegacy(text: string, encoding: LegacyEncoding, fontName?: string): string {
  return encoding === 'tcvn3' ? decodeTcvn3(text, isTcvn3CapitalFont(fontName)) : decodeVni(text);
}
