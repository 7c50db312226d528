// The council core on the shared generator's councils: what a province would hand over reads
// cleanly, and a full assignment over its unions respects every conflict and spreads evenly.
import { describe, expect, it } from 'vitest';
import { assign, memberLoads, scoreSheetPlan, startedPairs } from '../../src/core/council';
import { readCouncil } from '../../src/core/sheets/members';
import { DEFAULT_RUBRIC } from '../../src/core/council/rules';
import { generateCouncil } from '../../src/sample/council';
import { UNITS } from '../../src/sample/vocabulary';
import { gridOf, initiative, planToGrid, readScores, skId } from './builders';
import { foldPlain as fold } from '../../src/core/text/fold';

describe('council core on generated councils', () => {
  it('reads a generated Hội đồng without problems, conflicts included', () => {
    const g = generateCouncil(15, 3);
    const { members, problems } = readCouncil(gridOf('Hội đồng', g.rows), UNITS);
    expect(problems).toEqual([]);
    expect(members.map((m) => m.id)).toEqual(g.memberIds);
    for (const m of members) expect(m.excludedUnits).toEqual(g.excluded.get(m.id));
  });

  it('assigns a provincial register, then re-assigns after scoring started without moving anyone', () => {
    const g = generateCouncil(15, 5);
    const { members } = readCouncil(gridOf('Hội đồng', g.rows), UNITS);
    const initiatives = Array.from({ length: 1000 }, (_, i) => initiative(skId(i + 1), UNITS[(i * 7) % UNITS.length]));
    const first = assign(initiatives, members, 3);
    expect(first.problems).toEqual([]);
    const loads = [...memberLoads(first.pairs).values()];
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    for (const p of first.pairs) {
      const unit = fold(initiatives.find((i) => i.id === p.initiativeId)!.unit);
      expect(g.excluded.get(p.memberId)!.map(fold)).not.toContain(unit);
    }

    // Reviewers score the first 300 pairs; 20 late initiatives arrive and the council re-assigns.
    const sheet = planToGrid(scoreSheetPlan(first.pairs, DEFAULT_RUBRIC, [], initiatives).plan);
    const values = sheet.values.map((r, i) =>
      i >= 1 && i <= 300 ? [r[0] ?? null, r[1] ?? null, 20, 30, 20, ...r.slice(5)] : r,
    );
    const scores = readScores({ ...sheet, values }, DEFAULT_RUBRIC);
    const more = [
      ...initiatives,
      ...Array.from({ length: 20 }, (_, i) => initiative(skId(1001 + i), UNITS[i % UNITS.length])),
    ];
    const again = assign(more, members, 3, { keep: startedPairs(scores) });
    const now = new Set(again.pairs.map((p) => `${p.initiativeId}/${p.memberId}`));
    for (const p of first.pairs.slice(0, 300)) expect(now.has(`${p.initiativeId}/${p.memberId}`)).toBe(true);
    expect(again.pairs).toHaveLength(1020 * 3);
    const { plan, problems } = scoreSheetPlan(again.pairs, DEFAULT_RUBRIC, scores, more);
    expect(problems).toEqual([]);
    expect(readScores(planToGrid(plan), DEFAULT_RUBRIC).filter((s) => s.scores['TM'] === 200)).toHaveLength(300);
  });
});
