import { describe, expect, it } from 'vitest';
import { detectCapabilities, type RequirementCheck } from './capabilities';

/** An Excel that supports every ExcelApi version up to `max` ("1.12" → 1.1 … 1.12). */
function excelUpTo(max: string): RequirementCheck {
  const minor = (v: string): number => Number(v.split('.')[1] ?? '0');
  return (set, version) => set === 'ExcelApi' && minor(version) <= minor(max);
}

describe('host capabilities', () => {
  it('let the add-in run on ExcelApi 1.9 and newer', () => {
    expect(detectCapabilities(excelUpTo('1.9')).supported).toBe(true);
    expect(detectCapabilities(excelUpTo('1.17')).supported).toBe(true);
  });

  it('refuse an Excel older than ExcelApi 1.9', () => {
    expect(detectCapabilities(excelUpTo('1.8')).supported).toBe(false);
  });

  it('read merged areas only from ExcelApi 1.13', () => {
    expect(detectCapabilities(excelUpTo('1.12')).mergedAreas).toBe(false);
    expect(detectCapabilities(excelUpTo('1.13')).mergedAreas).toBe(true);
  });

  it('treat a host whose requirement check throws as an old Excel instead of crashing', () => {
    const caps = detectCapabilities(() => {
      throw new Error('requirements not available');
    });
    expect(caps.supported).toBe(false);
    expect(caps.excelApi('1.1')).toBe(false);
  });
});
