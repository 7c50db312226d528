// Vietnamese text as registers deliver it: composed or decomposed Unicode, non-breaking and
// doubled spaces, stray spaces at both ends. Everything the add-in keeps is NFC and trimmed.
// Most cells are already clean, so each step first tests cheaply whether it has anything to do.

/** A combining diacritic: only text holding one can differ from its NFC form (Vietnamese has no other case). */
const COMBINING = /[\u0300-\u036f]/;
/** Anything cleaning would change: a combining mark, odd spaces, doubled spaces, spaces around a line break. */
const SUSPECT = /[\u0300-\u036f\t\r\u00a0\u2007\u202f\u200b\ufeff]| {2}| \n|\n /;

/** Whether the first or last character is white space (a trim is due). */
function untrimmed(text: string): boolean {
  if (text.length === 0) return false;
  const a = text.charCodeAt(0);
  const z = text.charCodeAt(text.length - 1);
  return a === 0x20 || a === 0x0a || z === 0x20 || z === 0x0a;
}

/** NFC form of a string; text without combining marks is returned as is (the common case, and cheap). */
export function nfc(text: string): string {
  return COMBINING.test(text) ? text.normalize('NFC') : text;
}

/** NFC, every run of spaces/tabs/no-break spaces as one space, trimmed; line breaks are kept (they separate authors). */
export function cleanText(text: string): string {
  // Regular expressions run as native code: two tests settle the common, already clean cell.
  if (!SUSPECT.test(text) && !untrimmed(text)) return text;
  return nfc(text)
    .replace(/[ \t\u00a0\u2007\u202f\u200b\ufeff]+/g, ' ')
    .replace(/ *(\r\n|\r|\n) */g, '\n')
    .trim();
}

/** cleanText with line breaks turned into spaces, for one-line values (titles, workplaces). */
export function cleanLine(text: string): string {
  const s = cleanText(text);
  return s.includes('\n') ? s.replace(/\n+/g, ' ') : s;
}
