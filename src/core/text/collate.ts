// Sorting Vietnamese the way a clerk expects: "Đ" after "D", tones in dictionary order, and names
// by given name first (the last word), as Vietnamese lists are ordered.

const COLLATOR = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Dictionary order of Vietnamese text. */
export function compareVietnamese(a: string, b: string): number {
  return COLLATOR.compare(a, b);
}

/** The given name of a full name: its last word ("Nguyễn Thị Hòa" → "Hòa"). */
export function givenName(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** Name order of Vietnamese lists: by given name, then by the full name. */
export function compareVietnameseNames(a: string, b: string): number {
  return COLLATOR.compare(givenName(a), givenName(b)) || COLLATOR.compare(a, b);
}
