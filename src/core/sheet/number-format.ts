// What a cell's number format says about its number: a host that hands back a date as a plain
// serial (Excel's JavaScript API) tells it apart only by the format, as Excel itself does.

/**
 * True when Excel shows a number under `format` as a date or a time: its first section, without
 * quoted text, escapes and bracketed tags ("[Red]", "[$-409]"), has day, month, year, hour or
 * second letters and no digit placeholders ("0", "#", "?") apart from fractions of a second.
 */
export function isDateFormat(format: string): boolean {
  const first = format.split(';')[0] ?? '';
  const bare = first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (bare === 'General' || bare === '@') return false;
  return /[dmyhs]/i.test(bare) && !/[0#?]/.test(bare.replace(/\.0+/g, ''));
}
