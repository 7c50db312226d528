// Vietnamese text as registers deliver it: composed or decomposed Unicode, non-breaking and
// doubled spaces, stray spaces at both ends. Everything the add-in keeps is NFC and trimmed.
// Most cells are already clean, so each step first tests cheaply whether it has anything to do.

/** Whether text holds a combining mark (only then can it differ from NFC, for Vietnamese) or a character cleanText changes. */
const COMBINING = 1;
const UNCLEAN = 2;

function scan(text: string): number {
  let combining = false;
  let unclean = false;
  let prev = 0x0a;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21) {
      // Space next to a space or line break, a tab, a carriage return, a leading space.
      if (c === 0x09 || c === 0x0d || (c === 0x20 && (prev === 0x20 || prev === 0x0a)) || (c === 0x0a && (prev === 0x20 || i === 0))) unclean = true;
    } else if (c >= 0x300) {
      if ((c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)) combining = true;
      else if (c === 0x2007 || c === 0x202f || c === 0x200b || c === 0xfeff) unclean = true;
    } else if (c === 0xa0) unclean = true;
    prev = c;
  }
  if (text.length > 0 && (prev === 0x20 || prev === 0x0a)) unclean = true;
  return (combining ? COMBINING : 0) | (unclean ? UNCLEAN : 0);
}

/** NFC form of a string; text without combining marks is returned as is (the common case, and cheap). */
export function nfc(text: string): string {
  return scan(text) & COMBINING ? text.normalize('NFC') : text;
}

/** NFC, every run of spaces/tabs/no-break spaces as one space, trimmed; line breaks are kept (they separate authors). */
export function cleanText(text: string): string {
  const flags = scan(text);
  const s = flags & COMBINING ? text.normalize('NFC') : text;
  if (!(flags & UNCLEAN)) return s;
  return s
    .replace(/[ \t\u00a0\u2007\u202f\u200b\ufeff]+/g, ' ')
    .replace(/ *(\r\n|\r|\n) */g, '\n')
    .trim();
}

/** cleanText with line breaks turned into spaces, for one-line values (titles, workplaces). */
export function cleanLine(text: string): string {
  const s = cleanText(text);
  return s.includes('\n') ? s.replace(/\n+/g, ' ') : s;
}
