// The ranking step's view of a result: questions ordered by what is at stake, the chart's points
// and lines, and the read-back of results after a step switch.
import { describe, expect, it } from 'vitest';
import { readRanking } from '../../../app/rank';
import { createSimulatedExcel } from '../../../workbench/excel-sim';
import { seedSample } from '../../../workbench/sample';
import { advanceSample } from '../../../workbench/stages';
import { createOfficePort } from '../../../workbook/office';
import { groupByScope, SCOPES, summarise } from './summary';

async function ranked(count: number) {
  const sim = createSimulatedExcel();
  seedSample(sim.state, { count });
  const port = createOfficePort((b) => sim.run(b));
  await advanceSample(sim, port, 'ranked');
  const reading = await readRanking(port);
  if (!reading.result) throw new Error('no result read back');
  return { reading, result: reading.result };
}

describe('the ranking step summary', () => {
  it('reads the results back fresh after ranking, and lays out the cut and the questions', async () => {
    const { reading, result } = await ranked(150);
    expect(reading.status.stale).toBe(false);
    const s = summarise({ ...reading, result, computedAt: reading.status.computedAt }, 'vi');

    // One line per tier in rule order, then the UBND list's line, each at a score someone holds or the tier's minimum.
    expect(s.lines.map((l) => (l.kind === 'tier' ? l.tier : 'ubnd'))).toEqual([
      'Nhất',
      'Nhì',
      'Ba',
      'Khuyến khích',
      'ubnd',
    ]);
    for (const l of s.lines) {
      if (l.kind === 'tier' && !l.full)
        expect(l.score).toBe(reading.rules.tiers.find((t) => t.name === l.tier)!.minHundredths);
      else expect(result.initiatives.some((r) => r.official === l.score)).toBe(true);
    }
    // The chart: the ranking in order from position 1, down past the last prize and list entry.
    expect(s.points.map((p) => p.position)).toEqual(s.points.map((_, i) => i + 1));
    const lastOnAList = Math.max(
      ...result.initiatives.filter((r) => r.tier !== null || r.onLists.ubnd).map((r) => r.position! + 1),
    );
    expect(s.points.length).toBeGreaterThanOrEqual(Math.min(lastOnAList, s.ranked));
    expect(s.ranked).toBe(result.initiatives.filter((r) => r.position !== null).length);
    for (const p of s.points) expect(p.target?.sheet).toBe('Xếp hạng');

    // Questions grouped in order of consequence; every flagged point is asked about.
    const order = s.decisions.map((d) => SCOPES.indexOf(d.scope));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const asked = new Set(s.decisions.flatMap((d) => d.ids));
    for (const p of s.points) expect(p.flagged).toBe(asked.has(p.id));
    expect(groupByScope(s.decisions).flatMap((g) => g.items)).toEqual(s.decisions);
    // Each question about an initiative shows every valid review behind its score.
    for (const d of s.decisions) {
      const r = result.initiatives.find((x) => x.initiative.id === d.ids[0]);
      if (r) expect(d.reviews.map((v) => v.total)).toEqual(r.reviews.map((v) => v.total));
    }
    // A disagreement that is not asked about is only counted as a mark.
    const disagreements = result.initiatives.filter(
      (r) => r.flags.some((f) => f.code === 'ranking.flag.disagreement') && !asked.has(r.initiative.id),
    );
    expect(s.marks).toBe(disagreements.length);
  });
});
