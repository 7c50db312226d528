import { describe, expect, it } from 'vitest';
import { assignmentProblems, loadRange, loadRows, parsePerInitiative } from './logic';

describe('the assignment step', () => {
  it('lists every member with their load in council order, idle members at zero and unknown ids last', () => {
    const members = [
      { id: 'TV01', name: 'A' },
      { id: 'TV02', name: 'B' },
    ];
    const rows = loadRows(
      members,
      new Map([
        ['TV02', 7],
        ['TV99', 1],
        ['TV01', 3],
      ]),
    );
    expect(rows).toEqual([
      { id: 'TV01', name: 'A', count: 3 },
      { id: 'TV02', name: 'B', count: 7 },
      { id: 'TV99', name: '', count: 1 },
    ]);
    expect(loadRows(members, new Map([['TV01', 2]]))[1]).toEqual({ id: 'TV02', name: 'B', count: 0 });
  });

  it('reports the lightest and heaviest load, or nothing for an empty council', () => {
    expect(
      loadRange([
        { id: 'a', name: '', count: 4 },
        { id: 'b', name: '', count: 2 },
      ]),
    ).toEqual({ min: 2, max: 4 });
    expect(loadRange([])).toBeNull();
  });

  it('accepts a whole number of reviewers from one to the council size only', () => {
    expect(parsePerInitiative(' 3 ', 9)).toBe(3);
    expect(parsePerInitiative('9', 9)).toBe(9);
    expect(parsePerInitiative('10', 9)).toBeNull();
    expect(parsePerInitiative('0', 9)).toBeNull();
    expect(parsePerInitiative('2.5', 9)).toBeNull();
    expect(parsePerInitiative('', 9)).toBeNull();
  });

  it('leaves the register problems to the import step and keeps council and assignment ones', () => {
    const codes = assignmentProblems([
      { code: 'intake.money.ambiguous' },
      { code: 'council.assign.tooFewReviewers' },
      { code: 'app.noRegister' },
    ]).map((p) => p.code);
    expect(codes).toEqual(['council.assign.tooFewReviewers', 'app.noRegister']);
  });
});
