// Folding for comparison, never for display. Two strengths: `foldForMatch` keeps diacritics (two
// different names stay different) and is what duplicates and persons compare; `foldPlain` drops
// them, for recognising headers and keywords typed without accents ("Ten sang kien").

import { nfc } from './normalize';

/**
 * Old-style tone placement (oà, oá, uỳ, oè…) and new-style (òa, óa, ùy, òe…) are both in use, so
 * "Hoà" and "Hòa" name one person. The mark is moved onto the second vowel, the old style, where
 * the pair ends the syllable (inside a syllable, "hoàng", only one placement exists).
 */
const NEW_STYLE = /([òóỏõọ])([ae])(?!\p{L})|([ùúủũụ])(y)(?!\p{L})/gu;
const TONE_OF: Readonly<Record<string, string>> = { ò: '\u0300', ó: '\u0301', ỏ: '\u0309', õ: '\u0303', ọ: '\u0323', ù: '\u0300', ú: '\u0301', ủ: '\u0309', ũ: '\u0303', ụ: '\u0323' };

function moveTone(_m: string, o?: string, ae?: string, u?: string, y?: string): string {
  const toned = (o ?? u)!;
  const base = o !== undefined ? 'o' : 'u';
  return base + `${(ae ?? y)!}${TONE_OF[toned]!}`.normalize('NFC');
}

/** Characters that can carry a misplaced tone: a cheap gate before the replacement. */
const TONED_O_U = /[òóỏõọùúủũụ]/;

/** NFC, lower case, white space collapsed, tone placement unified: how names, titles and workplaces are compared. */
export function foldForMatch(text: string): string {
  let s = nfc(text);
  if (/\s\s|^\s|\s$|[\t\n\r\u00a0]/.test(s)) s = s.replace(/\s+/g, ' ').trim();
  return foldCleanLine(s);
}

/** foldForMatch of text already NFC with single spaces (what intake keeps): the hot path of duplicate keys. */
export function foldCleanLine(text: string): string {
  const s = text.toLowerCase();
  return TONED_O_U.test(s) ? s.replace(NEW_STYLE, moveTone) : s;
}

/** Lower case without diacritics (đ → d), punctuation as spaces, spaces collapsed: for headers and keywords. */
export function foldPlain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** foldPlain without any spaces: abbreviations typed many ways ("GD-ĐT", "GD&ĐT", "gdđt") meet here. */
export function foldCompact(text: string): string {
  return foldPlain(text).replace(/ /g, '');
}
