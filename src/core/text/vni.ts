// VNI-Windows: Vietnamese typed as a plain vowel followed by mark characters from Latin-1
// ("Nguyeãn" is "Nguyễn", "Tröôøng" is "Trường"). This rebuilds each letter from its base and
// marks with Unicode combining characters, then composes (NFC).

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** Mark characters that follow a vowel, lower and upper case alike. */
const MARKS: Readonly<Record<string, string>> = {
  ù: ACUTE, ø: GRAVE, û: HOOK, õ: TILDE, ï: DOT,
  â: CIRCUMFLEX, á: CIRCUMFLEX + ACUTE, à: CIRCUMFLEX + GRAVE, å: CIRCUMFLEX + HOOK, ã: CIRCUMFLEX + TILDE, ä: CIRCUMFLEX + DOT,
  ê: BREVE, é: BREVE + ACUTE, è: BREVE + GRAVE, ú: BREVE + HOOK, ü: BREVE + TILDE, ë: BREVE + DOT,
};

/** Letters that VNI stores as one character of their own. */
const LETTERS: Readonly<Record<string, string>> = {
  ô: 'ơ', Ô: 'Ơ', ö: 'ư', Ö: 'Ư', ñ: 'đ', Ñ: 'Đ',
  í: 'í', Í: 'Í', ì: 'ì', Ì: 'Ì', æ: 'ỉ', Æ: 'Ỉ', ó: 'ĩ', Ó: 'Ĩ', ò: 'ị', Ò: 'Ị', î: 'ỵ', Î: 'Ỵ',
};

const VOWEL = /[aeiouyơưAEIOUYƠƯ]$/;

/** Unicode text of a VNI-Windows string. */
export function decodeVni(text: string): string {
  let out = '';
  let prevBaseVowel = false;
  for (const ch of text) {
    const mark = MARKS[ch.toLowerCase()];
    if (mark !== undefined && prevBaseVowel) {
      out += mark;
      // A circumflex or breve may still take a tone after it ("aâ" then "ù" is not VNI, but "á" carries both).
      prevBaseVowel = mark === CIRCUMFLEX || mark === BREVE;
      continue;
    }
    const letter = LETTERS[ch];
    if (letter !== undefined) {
      out += letter;
      prevBaseVowel = letter === 'ơ' || letter === 'Ơ' || letter === 'ư' || letter === 'Ư';
      continue;
    }
    out += ch;
    prevBaseVowel = VOWEL.test(ch);
  }
  return out.normalize('NFC');
}

/** Combining marks → the VNI mark character that follows the base vowel (lower case; upper after a capital). */
const MARK_OF = new Map<string, string>(Object.entries(MARKS).map(([ch, mark]) => [mark, ch]));
/** Letters VNI stores whole, keyed by the Unicode letter. */
const LETTER_OF = new Map<string, string>([
  ['ơ', 'ô'], ['Ơ', 'Ô'], ['ư', 'ö'], ['Ư', 'Ö'], ['đ', 'ñ'], ['Đ', 'Ñ'],
  ['í', 'í'], ['Í', 'Í'], ['ì', 'ì'], ['Ì', 'Ì'], ['ỉ', 'æ'], ['Ỉ', 'Æ'], ['ĩ', 'ó'], ['Ĩ', 'Ó'], ['ị', 'ò'], ['Ị', 'Ò'], ['ỵ', 'î'], ['Ỵ', 'Î'],
]);
const HORN = '\u031b';

/**
 * VNI-Windows text of a Unicode string: each letter as its base and the mark characters after
 * it, the inverse of decodeVni. Used by tests and the sample generator.
 */
export function toVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const whole = LETTER_OF.get(ch);
    if (whole !== undefined) {
      out += whole;
      continue;
    }
    const parts = ch.normalize('NFD');
    if (parts.length === 1) {
      out += ch;
      continue;
    }
    let base = parts[0]!;
    let marks = parts.slice(1);
    // ơ and ư with a tone: the horned letter is stored whole, the tone follows it.
    if (marks.startsWith(HORN)) {
      base = LETTER_OF.get((base + HORN).normalize('NFC'))!;
      marks = marks.slice(1);
    }
    // NFD puts a dot below before a hat (by combining class); VNI writes the hat first.
    if (marks.length === 2 && (marks[1] === CIRCUMFLEX || marks[1] === BREVE)) marks = marks[1] + marks[0]!;
    const mark = marks === '' ? '' : MARK_OF.get(marks);
    if (mark === undefined) {
      out += ch;
      continue;
    }
    out += base + (base === base.toUpperCase() && base !== base.toLowerCase() ? mark.toUpperCase() : mark);
  }
  return out;
}
