// Whether text reads as Vietnamese: every word that carries a diacritic is a well-formed syllable
// (onset, vowel nucleus, final consonant, at most one tone mark). Decoding a legacy encoding is
// checked with it: Unicode read as TCVN3 or VNI by mistake gives letters no syllable can hold.

/** The five tone marks (the sixth tone has none). Hats and horns are part of the vowel. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ANY_MARK = /[\u0300-\u036f]/;
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
/** Every vowel nucleus Vietnamese spells, glides included, without tone marks. */
const NUCLEUS =
  '(?:uyêu|oai|oao|oay|oeo|iêu|yêu|uây|uôi|ươi|ươu|uya|uyê|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)';
const CODA = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`);
const WORD = /[\p{L}\p{M}]+/gu;
const ASCII_WORD = /^[A-Za-z]+$/;
/** A vowel letter once marks are split off: a word without one is an abbreviation ("LĐLĐ", "HĐND"). */
const VOWEL = /[aeiouyAEIOUY]/;

/** Words already judged: a register repeats a few thousand words over and over. */
const judged = new Map<string, boolean>();
const JUDGED_MAX = 50_000;

/** Whether one word (any case) is a Vietnamese syllable. */
export function isSyllable(word: string): boolean {
  let ok = judged.get(word);
  if (ok === undefined) {
    if (judged.size >= JUDGED_MAX) judged.clear();
    ok = judge(word);
    judged.set(word, ok);
  }
  return ok;
}

function judge(word: string): boolean {
  const parts = word.normalize('NFD');
  const tones = parts.match(TONE);
  if (tones !== null && tones.length > 1) return false;
  const bare = parts.replace(TONE, '').normalize('NFC').toLowerCase();
  // A mark left over after composing sits on a letter no Vietnamese word has ("î́").
  if (ANY_MARK.test(bare)) return false;
  return SYLLABLE.test(bare);
}

/**
 * Whether every word with a letter beyond plain ASCII is a Vietnamese syllable, and there is at
 * least one such word. Plain ASCII words ("PLC") and words without a vowel ("LĐLĐ") are passed
 * over: they read the same in every encoding, or are abbreviations.
 */
export function looksVietnamese(text: string): boolean {
  let seen = false;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (ASCII_WORD.test(word) || !VOWEL.test(word.normalize('NFD'))) continue;
    if (!isSyllable(word)) return false;
    seen = true;
  }
  return seen;
}
