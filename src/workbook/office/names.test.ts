import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotedSheet, sameSheetName, sheetOfReference } from './names';

describe('sheet names in references', () => {
  it('find the sheet of a named item written by either adapter', () => {
    expect(sheetOfReference("='Sáng kiến'!$A$1")).toBe('Sáng kiến');
    expect(sheetOfReference("'Sáng kiến'!$A$1")).toBe('Sáng kiến');
    expect(sheetOfReference('=Sheet1!$A$1:$B$2')).toBe('Sheet1');
    expect(sheetOfReference("='It''s'!A1")).toBe("It's");
    expect(sheetOfReference('=#REF!')).toBeNull();
  });

  it('read back any quoted sheet name unchanged', () => {
    const name = fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[[\]:*?/\\]/.test(s));
    fc.assert(
      fc.property(name, (s) => {
        expect(sheetOfReference(`=${quotedSheet(s)}!$A$1`)).toBe(s);
      }),
    );
  });

  it('compare names as Excel does: case-insensitively and across Unicode normal forms', () => {
    expect(sameSheetName('SÁNG KIẾN', 'sáng kiến')).toBe(true);
    expect(sameSheetName('Sáng kiến'.normalize('NFD'), 'Sáng kiến')).toBe(true);
    expect(sameSheetName('Hội đồng', 'Hội đồng 2')).toBe(false);
  });
});
