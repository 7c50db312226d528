import { describe, expect, it } from 'vitest';
import { initiative } from '../../../test/ranking/builders';
import { buildPersons, publicPersons } from './persons';

describe('the persons stage', () => {
  it('names each person by their best initiative and says whether any of theirs has a prize', () => {
    const inits = [
      initiative(1, { authors: ['Lê Văn A'], workplace: 'Nhà máy' }),
      initiative(2, { authors: ['Lê  văn a'], workplace: 'Nhà máy' }),
      initiative(3, { authors: ['Trần Thị B'] }),
    ];
    const position = Float64Array.from([1, 0, Infinity]);
    const drafts = buildPersons(inits, position, false);
    const people = publicPersons(drafts, inits, [null, 'Ba', null]);
    const shown = drafts.map((d) => people.get(d)!);
    expect(shown.map((p) => [p.name, p.best, p.leadCount, p.hasPrize])).toEqual([
      // One person (the folded name and workplace agree), named as their best initiative writes it.
      ['Lê  văn a', 'SK-0002', 2, true],
      ['Trần Thị B', 'SK-0003', 1, false],
    ]);
  });
});
