import { describe, expect, it } from 'vitest';
import { contentOf } from './model';

describe('the content of a register row', () => {
  it('is its title, authors, positions, workplace, union, field, benefit and summary, nothing else', () => {
    const row = {
      row: 7,
      title: 'Máy sấy lúa',
      authors: ['Lê Văn A', 'Trần Thị B'],
      positions: ['Kỹ sư'],
      workplace: 'Công ty A',
      unit: 'LĐLĐ huyện Châu Thành',
      field: 'SX' as const,
      benefitVnd: 1_000_000,
      summary: 'Giảm thời gian sấy.',
      problems: ['intake.money.unit'],
    };
    const { row: _row, problems: _problems, ...content } = row;
    expect(contentOf(row)).toEqual(content);
  });
});
