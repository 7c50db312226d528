import { describe, expect, it } from 'vitest';
import { compoundFile } from '../../test/support/cfb';
import { createXlsx } from './xlsx';
import { fileKind, sameBytes } from './file-kind';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('telling what kind of file a union sent', () => {
  it('knows an .xlsx, and an .xlsx cut short in the download as damaged', async () => {
    const bytes = await createXlsx().toBuffer();
    expect(fileKind(bytes)).toBe('xlsx');
    expect(fileKind(bytes.subarray(0, 200))).toBe('damaged');
  });

  it('tells an Excel 97–2003 workbook from a password-protected .xlsx, both OLE containers', () => {
    expect(fileKind(compoundFile([{ name: 'Workbook' }, { name: '\u0005SummaryInformation' }]))).toBe('xls');
    expect(fileKind(compoundFile([{ name: 'EncryptionInfo' }, { name: 'EncryptedPackage' }]))).toBe('encrypted');
    expect(fileKind(compoundFile([{ name: 'WordDocument' }]))).toBe('notWorkbook');
  });

  it('treats the HTML and XML "spreadsheets" web systems save as .xls like an .xls', () => {
    expect(fileKind(ascii('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><table></table></html>'))).toBe(
      'xls',
    );
    expect(fileKind(ascii('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?><Workbook/>'))).toBe('xls');
  });

  it('names an empty file, a PDF and a Word document', () => {
    expect(fileKind(new Uint8Array(0))).toBe('empty');
    expect(fileKind(ascii('%PDF-1.7\n'))).toBe('notWorkbook');
    expect(fileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...ascii('word/document.xml')]))).toBe('notWorkbook');
  });

  it('compares files by their bytes', () => {
    expect(sameBytes(ascii('abc'), ascii('abc'))).toBe(true);
    expect(sameBytes(ascii('abc'), ascii('abd'))).toBe(false);
    expect(sameBytes(ascii('abc'), ascii('ab'))).toBe(false);
  });
});
