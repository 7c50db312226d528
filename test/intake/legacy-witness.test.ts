// SPEC §3: a cell in a TCVN3 or VNI font is read in that encoding even when every character also
// occurs in Unicode Vietnamese; without a font, the row's other cells (then the text's own shape)
// are the witnesses. The letters below are the ones each encoding shares with Unicode Vietnamese.

import { describe, expect, it } from 'vitest';
import { readRegister } from '../../src/core/intake';
import { detectLegacyEncoding, decodeLegacy, type LegacyEncoding } from '../../src/core/text/legacy';
import { toTcvn3 } from '../../src/core/text/tcvn3';
import { toVni } from '../../src/core/text/vni';
import { FAMILY, GIVEN, MIDDLE, POSITIONS, TITLES, TOPICS, UNITS, WORKPLACES } from '../../src/sample/vocabulary';
import { plain, read, row, where } from './build';

/** Vietnamese letters whose TCVN3 code is itself a letter Unicode Vietnamese uses (Thúy → "Thóy"). */
const TCVN3_SHARED = 'ấẩẫèềểễếíỏõóốộờỡớũúụừựỳý';
/** Vietnamese letters whose VNI spelling uses only letters Unicode Vietnamese has (Lê → "Leâ"). */
const VNI_SHARED = 'âêăơáàãéèíìóòúõĩịýấầẫếềễắằẵớờỡ';

const latin1Only = (text: string): boolean => [...text].every((c) => c.charCodeAt(0) <= 0xff);

describe('letters a legacy encoding shares with Unicode', () => {
  it('are shared: every encoded letter of them is a Latin-1 letter Unicode Vietnamese also writes', () => {
    for (const c of TCVN3_SHARED) expect(latin1Only(toTcvn3(c)), c).toBe(true);
    for (const c of VNI_SHARED) expect(latin1Only(toVni(c)), c).toBe(true);
  });

  const cases: [string, LegacyEncoding, string][] = [
    ['Lê Văn Châu', 'vni', 'VNI-Times'],
    ['Võ Thị Tâm', 'vni', 'VNI-Helve'],
    ['Lý Thơ', 'vni', 'VNI-Times'],
    ['Thúy', 'tcvn3', '.VnTime'],
    ['Võ Tiến Thụy', 'tcvn3', '.VnTime'],
    ['Tố Mến', 'tcvn3', '.VnArial'],
  ];

  it.each(cases)('"%s" in %s under a legacy font comes back exactly', (name, encoding, font) => {
    const typed = encoding === 'tcvn3' ? toTcvn3(name) : toVni(name);
    expect(latin1Only(typed)).toBe(true);
    expect(detectLegacyEncoding(typed, font)).toBe(encoding);
    expect(decodeLegacy(typed, encoding, font)).toBe(name);
  });

  it('reads them without a font when the text is no Vietnamese as it stands and one encoding makes it so', () => {
    expect(detectLegacyEncoding('Leâ Vaên Chaâu')).toBe('vni');
    expect(detectLegacyEncoding('Thóy')).toBe('tcvn3');
    expect(detectLegacyEncoding('Vâ TiÕn Thôy')).toBe('tcvn3');
    // Unicode Vietnamese made of the same letters stays Unicode.
    for (const text of ['Giáo viên', 'Võ Tú', 'Lê Thơ', 'Hoà', 'Tâm', 'Lý Thị'])
      expect(detectLegacyEncoding(text), text).toBeNull();
  });

  it('leaves text both encodings could mean alone when nothing else tells', () => {
    // "TiÕn" is "Tiến" in TCVN3 and "Tĩn" in VNI: without a font or a row, no guess.
    expect(detectLegacyEncoding('TiÕn')).toBeNull();
  });
});

describe('through intake', () => {
  it('converts shared-letter cells in a legacy font, and says the font told', () => {
    const name = toVni('Lê Văn Châu');
    const r = readRegister([
      plain([row(1, 'Cải tiến máy gặt', name, { workplace: 'Công ty Điện lực' })], { fonts: [[1, 2, 'VNI-Times']] }),
    ]);
    expect(read(r)[0]!.authors).toBe('Lê Văn Châu');
    expect(r.conversions).toMatchObject([
      { row: 2, column: 'C', from: name, to: 'Lê Văn Châu', encoding: 'vni', witness: 'font' },
    ]);
    expect(where(r)).toEqual(['intake.encoding.font@C2']);
  });

  it('converts a shared-letter cell without a font alone in its row, by its shape', () => {
    const r = readRegister([plain([row(1, 'Cải tiến máy gặt', 'Thóy', { workplace: 'Công ty A' })])]);
    expect(read(r)[0]!.authors).toBe('Thúy');
    expect(r.conversions[0]).toMatchObject({ encoding: 'tcvn3', witness: 'profile' });
  });

  it('reads an ambiguous cell in the encoding of the row beside it, and says the row told', () => {
    const title = toTcvn3('Số hóa hồ sơ lưu trữ');
    const r = readRegister([
      plain([row(1, title, 'TiÕn', { workplace: toTcvn3('Sở Tư pháp'), position: 'Chuyên viên' })]),
    ]);
    expect(read(r)[0]).toMatchObject({ title: 'Số hóa hồ sơ lưu trữ', authors: 'Tiến', workplace: 'Sở Tư pháp' });
    expect(r.conversions.find((c) => c.column === 'C')).toMatchObject({
      to: 'Tiến',
      encoding: 'tcvn3',
      witness: 'row',
    });
    // The row's problem names the first conversion's witness.
    expect(where(r)).toEqual(['intake.encoding.converted@B2']);
  });

  it("reads a cell that is Vietnamese either way in its row's encoding (SPEC: the row is the witness)", () => {
    const r = readRegister([
      plain([row(1, toTcvn3('Số hóa hồ sơ lưu trữ'), 'Vò Thanh An', { workplace: toTcvn3('Sở Tư pháp') })]),
    ]);
    expect(read(r)[0]!.authors).toBe('Vũ Thanh An');
  });

  it("keeps a Unicode cell whose row is legacy-encoded when the row's encoding gives no Vietnamese", () => {
    const r = readRegister([
      plain([row(1, toVni('Số hóa hồ sơ lưu trữ'), 'Giáo viên Tú', { workplace: toVni('Sở Tư pháp') })]),
    ]);
    expect(read(r)[0]).toMatchObject({
      title: 'Số hóa hồ sơ lưu trữ',
      authors: 'Giáo viên Tú',
      workplace: 'Sở Tư pháp',
    });
  });

  it('finds a duplicate whose two copies differ only in encoding', () => {
    const r = readRegister([
      plain(
        [
          row(1, 'Cải tiến máy gặt', 'Lê Văn Châu', { workplace: 'Công ty A' }),
          row(2, toVni('Cải tiến máy gặt'), toVni('Lê Văn Châu'), {
            workplace: toVni('Công ty A'),
            position: toVni('Kỹ sư'),
          }),
        ],
        { fonts: [2, 3, 4].map((c) => [2, c, 'VNI-Times'] as [number, number, string]) },
      ),
    ]);
    expect(read(r).map((x) => x.dup)).toEqual([null, r.initiatives[0]!.id]);
  });
});

describe("round trip over the generator's whole vocabulary", () => {
  const names = FAMILY.flatMap((f) => MIDDLE.flatMap((m) => GIVEN.map((g) => `${f} ${m} ${g}`)));
  const fields = Object.keys(TITLES) as (keyof typeof TITLES)[];
  const titles = fields.flatMap((f) =>
    TITLES[f].flatMap((t) => TOPICS.flatMap((x) => WORKPLACES[f].map((w) => t.replace('{x}', x).replace('{w}', w)))),
  );
  const others = [...UNITS, ...fields.flatMap((f) => [...WORKPLACES[f], ...POSITIONS[f]])];
  const all = [...names, ...titles, ...others];

  it.each([
    ['tcvn3', toTcvn3, '.VnTime'],
    ['vni', toVni, 'VNI-Times'],
  ] as const)(
    'every name, title, union, workplace and position comes back exactly from %s',
    (encoding, encode, font) => {
      expect(all.length).toBeGreaterThan(14_000);
      const wrong: string[] = [];
      for (const text of all) {
        const typed = encode(text);
        const seen = detectLegacyEncoding(typed, font);
        if (seen !== null && seen !== encoding) wrong.push(`${text} read as ${seen}`);
        const back = seen === null ? typed : decodeLegacy(typed, seen, font);
        if (back !== text) wrong.push(`${text} → ${typed} → ${back}`);
      }
      expect(wrong).toEqual([]);
    },
  );

  it("reads the encoder's text without a font as the right encoding or not at all", () => {
    const wrong: string[] = [];
    for (const text of all) {
      for (const [encoding, encode] of [
        ['tcvn3', toTcvn3],
        ['vni', toVni],
      ] as const) {
        const seen = detectLegacyEncoding(encode(text));
        if (seen !== null && seen !== encoding) wrong.push(`${encoding}: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
