// Sheet-name helpers both adapters share (pure: no office.js, no exceljs), so a named item written
// by one host is read the same way by the other.

/** Sheet name of a reference such as `='Sáng kiến'!$A$1` or `Sheet1!A1:B2`; null when it names none. */
export function sheetOfReference(reference: string): string | null {
  const ref = reference.startsWith('=') ? reference.slice(1) : reference;
  const quoted = /^'((?:[^']|'')*)'!/.exec(ref);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  // "#REF!" (a name whose sheet was deleted) has nothing after the "!": it names no sheet.
  const bare = /^([^!'=]+)!(?=.)/.exec(ref);
  return bare ? bare[1]! : null;
}

/** A sheet name always quoted, as Excel writes it in references: `'Sáng kiến'`. */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** The key sheet names are compared by: Excel treats names case-insensitively; files may hold NFD. */
export function sheetKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export function sameSheetName(a: string, b: string): boolean {
  return a === b || sheetKey(a) === sheetKey(b);
}
