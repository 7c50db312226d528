// Intake on the project's generated registers (src/sample): a fresh clone without ../shared still
// measures accuracy against a truth, and the timing of a national-scale register is printed
// (never asserted: machines differ).

import { describe, expect, it } from 'vitest';
import { readRegister } from '../../src/core/intake';
import type { Initiative } from '../../src/core/model';
import { foldForMatch } from '../../src/core/text/fold';
import { generateRegister } from '../../src/sample/register';

const same = (a: string, b: string): boolean => foldForMatch(a) === foldForMatch(b);

describe('intake on generated registers', () => {
  it('reads a messy 3,000-row register exactly as its truth says', () => {
    const g = generateRegister({ count: 3000, seed: 11, mess: 0.8, duplicateShare: 0.05 });
    const r = readRegister([{ name: g.sheet, values: g.rows, merges: g.merges }]);
    expect(r.headerRows.first).toBe(g.headerRow);
    const byRow = new Map(r.initiatives.map((i) => [i.source?.row ?? 0, i]));
    const root = (i: Initiative | undefined): string | undefined => (i ? (i.duplicateOf ?? i.id) : undefined);
    const wrong: string[] = [];
    for (const t of g.truth) {
      const i = byRow.get(t.row);
      if (!i) {
        wrong.push(`${t.row} missing`);
        continue;
      }
      const ok =
        same(i.title, t.title) &&
        i.authors.length === t.authors.length &&
        i.authors.every((a, k) => same(a, t.authors[k]!)) &&
        i.positions.join('|') === t.positions.join('|') &&
        same(i.workplace, t.workplace) &&
        same(i.unit, t.unit) &&
        i.field === t.field &&
        i.benefitVnd === t.benefitVnd &&
        // The truth links a copy to the row it was made from; intake links every copy to the first of
        // identical rows (the generator also makes some by chance): the same group is what counts.
        (t.duplicateOfRow === null || root(i) === root(byRow.get(t.duplicateOfRow)));
      if (!ok) wrong.push(`${t.row}: ${JSON.stringify(i)} vs ${JSON.stringify(t)}`);
    }
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(r.initiatives).toHaveLength(g.truth.length);
  });

  it('reads a 75,000-row register in one pass (time printed)', () => {
    const g = generateRegister({ count: 75_000, seed: 3 });
    const grid = { name: g.sheet, values: g.rows, merges: g.merges };
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = readRegister([grid]);
    const c = process.cpuUsage(c0);
    // CPU time beside wall time: on a shared machine the wall clock mostly measures the neighbours.
    console.log(`intake of ${r.initiatives.length} rows: ${Math.round(performance.now() - t0)} ms wall, ${Math.round((c.user + c.system) / 1000)} ms CPU`);
    expect(r.initiatives).toHaveLength(75_000);
  });
});
