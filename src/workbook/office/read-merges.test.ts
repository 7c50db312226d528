import { describe, expect, it } from 'vitest';
import { parseAreas } from './read-merges';

describe('the merged areas Excel lists', () => {
  it('are read from a RangeAreas address, quoted sheet names and single cells included', () => {
    expect(parseAreas("'Sáng kiến, 2021'!A1:C1, 'Sáng kiến, 2021'!B3:B5,Sheet1!D7")).toEqual([
      { row: 0, col: 0, rowCount: 1, colCount: 3 },
      { row: 2, col: 1, rowCount: 3, colCount: 1 },
      { row: 6, col: 3, rowCount: 1, colCount: 1 },
    ]);
  });

  it('are none in an empty address', () => {
    expect(parseAreas('')).toEqual([]);
  });
});
