// Folding for matching persons and units (SPEC §3: NFC, case, white space, and the tone mark of
// oa/oe/uy in either place). A local stand-in until src/core/text exports foldForMatch; the lead
// unifies them. Diacritics other than the misplaced tone stay: "Hòa" and "Hoa" are different names.

const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
// Old style puts the tone on the first vowel of oa/oe/uy ("hòa", "thủy"); new style on the second.
const OLD_STYLE = new RegExp(`([oO])(${TONE})([aAeE])|([uU])(${TONE})([yY])`, 'g');
const SPACES = /\s+/g;
// The same old-style pairs in composed form: a quick test so most names skip decomposition.
const OLD_STYLE_COMPOSED = /[òóỏõọÒÓỎÕỌ][aAeE]|[ùúủũụÙÚỦŨỤ][yY]/;
const cache = new Map<string, string>();

/** The form two spellings of one name share: "  Nguyễn Thị  Hoà " and "nguyễn thị hòa" fold alike. */
export function foldName(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let nfc = text.normalize('NFC');
  if (OLD_STYLE_COMPOSED.test(nfc)) {
    nfc = nfc
      .normalize('NFD')
      .replace(OLD_STYLE, (m: string) => `${m[0]!}${m[2]!}${m[1]!}`)
      .normalize('NFC');
  }
  const folded = nfc.toLowerCase().replace(SPACES, ' ').trim();
  // Names repeat (workplaces, units): a bounded cache keeps a national register cheap.
  if (cache.size > 200_000) cache.clear();
  cache.set(text, folded);
  return folded;
}

/** Header text reduced to letters and digits without any diacritics: "Mã SK" → "mask". */
export function foldHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
