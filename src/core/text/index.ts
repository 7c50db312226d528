// Vietnamese text: normalisation, folding for matching, collation, legacy encodings, money,
// authors and ids. Pure functions over strings; nothing here knows about sheets.

export { nfc, cleanText, cleanLine } from './normalize';
export { foldForMatch, foldPlain, foldCompact } from './fold';
export { decodeTcvn3, toTcvn3 } from './tcvn3';
export { decodeVni, toVni } from './vni';
export { detectLegacyEncoding, decodeLegacy, isTcvn3CapitalFont, type LegacyEncoding } from './legacy';
export { compareVietnamese, compareVietnameseNames, givenName } from './collate';
export { formatId, parseId, idNumber, idOrder, compareIds } from './ids';
export { parseMoney, unitFromHeader, type MoneyUnit, type MoneyResult } from './money';
export { splitAuthors, splitPositions, splitPositionWorkplace, type AuthorList } from './authors';
