import { describe, expect, it } from 'vitest';
import { rankingMessages } from '../messages/ranking';
import { FLAG_MARKS, MarkLegend } from './marks';

describe('short marks of flags', () => {
  it('has a mark and a legend line for every flag the ranking can raise on an initiative', () => {
    const codes = Object.keys(rankingMessages.vi).filter((c) => c.startsWith('ranking.flag.'));
    expect(codes.length).toBeGreaterThan(5);
    for (const code of codes) expect(FLAG_MARKS[code], code).toBeDefined();
  });

  it('keeps every mark short and gives one mark one meaning', () => {
    const meaning = new Map<string, string>();
    for (const { mark, legend } of Object.values(FLAG_MARKS)) {
      expect(mark.length).toBeLessThanOrEqual(3);
      expect(meaning.get(mark) ?? legend, mark).toBe(legend);
      meaning.set(mark, legend);
    }
  });

  it('writes each mark of a row once and explains only the marks used, in the table order', () => {
    const legend = new MarkLegend();
    expect(legend.paragraph()).toBeNull();
    expect(
      legend.marks([
        'ranking.flag.pivotal',
        { code: 'ranking.flag.disagreement', params: { spread: 22 } },
        'ranking.flag.pivotal',
        null,
      ]),
    ).toBe('MP, CL');
    const text = legend.paragraph()!.text;
    expect(text.indexOf('CL:')).toBeLessThan(text.indexOf('MP:'));
    expect(text).not.toContain('ĐH:');
  });
});
