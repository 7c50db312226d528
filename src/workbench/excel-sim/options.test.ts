import { describe, expect, it } from 'vitest';
import { createSimulatedExcel, isSimErrorCode, simOptionsFromQuery, simQuery } from '.';

describe('simulator options from a page address', () => {
  it('reads the ExcelApi version, the language and the rules to break, and writes them back', () => {
    const o = simOptionsFromQuery('?api=1.9&lang=en&break=merges512,nonsense,textFormat');
    expect(o).toEqual({ apiVersion: '1.9', displayLanguage: 'en-US', breaks: ['merges512', 'textFormat'] });
    expect(simOptionsFromQuery(simQuery(o))).toEqual(o);
    expect(simOptionsFromQuery('')).toEqual({ displayLanguage: 'vi-VN' });
    expect(simOptionsFromQuery('api=latest')).toEqual({ displayLanguage: 'vi-VN' });
  });

  it('keeps text in "@" cells unless the textFormat rule is broken', async () => {
    for (const [breaks, expected] of [
      [[], '0931288125'],
      [['textFormat' as const], 931288125],
    ] as const) {
      const xl = createSimulatedExcel({ breaks });
      xl.state.addSheet('S', [[null]]);
      await xl.run(async (context) => {
        const r = context.workbook.worksheets.getItem('S').getRange('A1');
        r.numberFormat = [['@']];
        r.values = [['0931288125']];
        await context.sync();
      });
      expect(xl.state.cell('S', 'A1').value).toBe(expected);
    }
  });

  it('refuses requests over 2,000,000 bytes when the payload rule is broken', async () => {
    const xl = createSimulatedExcel({ breaks: ['payload'] });
    xl.state.addSheet('S', [[null]]);
    const big = 'ư'.repeat(1_100_000);
    const err = await xl
      .run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').values = [[big]];
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(isSimErrorCode(err, 'RequestPayloadSizeLimitExceeded')).toBe(true);
  });
});
