// Folding for comparison, never for display. Two strengths: `foldForMatch` keeps diacritics (two
// different names stay different) and is what duplicates and persons compare; `foldPlain` drops
// them, for recognising headers and keywords typed without accents ("Ten sang kien").

import { nfc } from './normalize';

/**
 * Old-style tone placement (oà, oá, uỳ, oè…) and new-style (òa, óa, ùy, òe…) are both in use, so
 * "Hoà" and "Hòa" name one person. The mark is moved onto the second vowel, the old style, which
 * keeps the map one-directional and unambiguous.
 */
const TONE_MOVES: ReadonlyArray<readonly [RegExp, string]> = buildToneMoves();

function buildToneMoves(): Array<readonly [RegExp, string]> {
  const marks = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const out: Array<readonly [RegExp, string]> = [];
  for (const [first, second] of [
    ['o', 'a'],
    ['o', 'e'],
    ['u', 'y'],
  ] as const) {
    for (const m of marks) {
      const newStyle = `${first}${m}`.normalize('NFC') + second;
      const oldStyle = first + `${second}${m}`.normalize('NFC');
      // Only when the pair ends the syllable (Hòa, Thủy) or is followed by a consonant that keeps
      // the mark movable (hoàng stays hoàng: there the mark is already on the second vowel).
      out.push([new RegExp(`${newStyle}(?![\\p{L}])`, 'gu'), oldStyle]);
    }
  }
  return out;
}

/** Characters that can carry a misplaced tone: a cheap gate before running the moves. */
const TONED_O_U = /[òóỏõọùúủũụ]/;

/** NFC, lower case, white space collapsed, tone placement unified: how names, titles and workplaces are compared. */
export function foldForMatch(text: string): string {
  let s = nfc(text).toLowerCase().replace(/\s+/g, ' ').trim();
  if (TONED_O_U.test(s)) for (const [re, to] of TONE_MOVES) s = s.replace(re, to);
  return s;
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
