// Vietnamese text as registers deliver it: composed or decomposed Unicode, non-breaking and
// doubled spaces, stray spaces at both ends. Everything the add-in keeps is NFC and trimmed.

/** Any character outside plain ASCII: only such text can need Unicode normalisation. */
const NON_ASCII = /[^ -~\t\n\r]/;

/** NFC form of a string; ASCII text is returned as is (the common case, and free). */
export function nfc(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFC') : text;
}

/** NFC, every run of spaces/tabs/no-break spaces as one space, trimmed; line breaks are kept (they separate authors). */
export function cleanText(text: string): string {
  return nfc(text)
    .replace(/[ \t\u00a0\u2007\u202f\u200b\ufeff]+/g, ' ')
    .replace(/ *(\r\n|\r|\n) */g, '\n')
    .trim();
}

/** cleanText with line breaks turned into spaces, for one-line values (titles, workplaces). */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\n+/g, ' ');
}
