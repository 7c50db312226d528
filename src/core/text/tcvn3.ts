// TCVN3 (ABC, the .VnTime fonts): Vietnamese letters stored as single bytes 0xA1–0xFE and shown
// by a font that draws them as Vietnamese. Read as Unicode the text looks like "NguyÔn V¨n"; this
// maps each byte back. TCVN3 has no codes for capitals with a tone mark (the .VnTimeH fonts draw the
// lower-case codes as capitals), so such letters come back lower-case unless the font says capitals.

/** Byte → Unicode letter, in TCVN3 byte order. */
const TABLE: Readonly<Record<number, string>> = {
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
};

/** Whether a character is one of the TCVN3 letter codes. */
export function isTcvn3Code(ch: string): boolean {
  return TABLE[ch.charCodeAt(0)] !== undefined;
}

const ENCODE = new Map<string, string>();
for (const [code, letter] of Object.entries(TABLE)) ENCODE.set(letter, String.fromCharCode(Number(code)));

/**
 * TCVN3 text of a Unicode string, as an .VnTime typist would leave it: capitals with a tone mark,
 * which TCVN3 cannot store, are written with the lower-case code. Used by tests and the sample
 * generator to make registers the way offices still send them.
 */
export function toTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ENCODE.get(ch) ?? ENCODE.get(ch.toLowerCase());
    out += code ?? ch;
  }
  return out;
}

/** Unicode text of a TCVN3 string; `capitals` for the .VnTimeH family, whose codes are drawn as capitals. */
export function decodeTcvn3(text: string, capitals = false): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 0xa1 && code <= 0xfe ? (TABLE[code] ?? ch) : ch;
  }
  return capitals ? out.toUpperCase() : out;
}
