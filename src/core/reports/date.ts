// The place-and-date line of a document as Nghị định 30/2020 writes it: days below 10 and the
// months January and February take a leading zero ("ngày 05 tháng 02 năm 2021"), so that a date
// cannot be altered by adding a digit in front.

/** A calendar date with no time zone (documents are dated by the day). */
export interface DocDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "2021-05-05" → { 2021, 5, 5 }; null when the text is not a real calendar date. */
export function parseDocDate(text: string): DocDate | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Day as the decree writes it: 5 → "05", 15 → "15". */
export function decreeDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** Month as the decree writes it: only January and February are padded ("01", "02"); 5 → "5". */
export function decreeMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 05 tháng 5 năm 2021". */
export function dateWords(date: DocDate): string {
  return `ngày ${decreeDay(date.day)} tháng ${decreeMonth(date.month)} năm ${date.year}`;
}

/** "Kiên Giang, ngày 05 tháng 5 năm 2021". */
export function placeDateLine(place: string, date: DocDate): string {
  const when = dateWords(date);
  const where = place.trim();
  return where === '' ? when[0]!.toUpperCase() + when.slice(1) : `${where}, ${when}`;
}

/**
 * The date a document carries: the one set in "Cấu hình" when it is a real date, else the date the
 * host passed (today). `invalid` holds the configured text when it could not be read, so the
 * caller can report it instead of silently dating the document otherwise.
 */
export function documentDate(configured: string, today: DocDate): { date: DocDate; invalid: string | null } {
  if (configured.trim() === '') return { date: today, invalid: null };
  const parsed = parseDocDate(configured);
  return parsed ? { date: parsed, invalid: null } : { date: today, invalid: configured };
}
