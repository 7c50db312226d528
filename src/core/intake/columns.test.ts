import { describe, expect, it } from 'vitest';
import { correctedMapping, missingColumns } from './columns';
import type { ColumnMapping } from './types';

const mapping: ColumnMapping = {
  columns: {
    title: { index: 1, letter: 'B', header: 'Tên sáng kiến', confidence: 1 },
    authors: { index: 2, letter: 'C', header: 'Tác giả', confidence: 0.9 },
  },
  headers: ['STT', 'Tên sáng kiến', 'Tác giả', 'Nơi làm việc', 'Làm lợi (triệu đồng)'],
  benefitUnit: 'dong',
};

describe('the columns of a register', () => {
  it('are the header search’s mapping when the clerk corrected nothing', () => {
    expect(correctedMapping(mapping, undefined)).toBe(mapping);
  });

  it('take the clerk’s corrections: a column set, a column removed, the benefit unit from its header', () => {
    const fixed = correctedMapping(mapping, { workplace: 3, authors: null, benefit: 4 });
    expect(fixed.columns.workplace).toEqual({ index: 3, letter: 'D', header: 'Nơi làm việc', confidence: 1 });
    expect(fixed.columns.authors).toBeUndefined();
    expect(fixed.columns.title).toEqual(mapping.columns.title);
    expect(fixed.benefitUnit).toBe('million');
  });

  it('say what is missing, by how much it matters', () => {
    const problems = missingColumns(correctedMapping(mapping, { title: null }), 'DS');
    expect(problems.map((p) => [p.severity, p.params?.field])).toEqual([
      ['error', 'Tên sáng kiến'],
      ['warning', 'Đơn vị công tác'],
      ['info', 'Giá trị làm lợi'],
    ]);
    expect(problems.every((p) => p.code === 'intake.column.missing' && p.sheet === 'DS' && p.row === null)).toBe(true);
  });

  it('accept "Chức vụ, đơn vị công tác" for the workplace', () => {
    const both = correctedMapping(mapping, { positionWorkplace: 3, benefit: 4 });
    expect(missingColumns(both, 'DS')).toEqual([]);
  });
});
