import { describe, expect, it } from 'vitest';
import type { ScoreRow } from '../model';
import { initiative, members, reviewsWithTotals, rules, skId, SMALL_TIERS } from '../../../test/ranking/builders';
import { aggregate } from './aggregate';
import { FlagBag } from './flags';
import { orderInitiatives } from './order';
import { awardTiers } from './tiers';
import { NO_PRIZE, type Decision } from './types';

const TV = members(3);
const IDS = TV.map((m) => m.id);

describe('the tiers stage', () => {
  it('walks the order into tiers, flags a full boundary, then applies a ruling on top', () => {
    // 90 → Nhất; two at 82 → Nhì (2 places); three at 76 overflow Ba (2 places).
    const totals = [90, 82, 82, 76, 76, 76];
    const inits = totals.map((_, k) => initiative(k + 1));
    const scores: ScoreRow[] = totals.flatMap((t, k) => reviewsWithTotals(skId(k + 1), [t, t, t], IDS));
    const r = rules({ tiers: SMALL_TIERS });
    const agg = aggregate(inits, TV, r, scores);
    const flags = new FlagBag(inits.length);
    const ruling: Decision = { initiativeId: skId(6), ruling: NO_PRIZE, row: 2, note: '' };
    const awards = awardTiers(agg, orderInitiatives(inits, agg), r, [ruling], flags);
    expect(awards.walkTier).toEqual(['Nhất', 'Nhì', 'Nhì', 'Ba', 'Ba', 'Ba']);
    expect(awards.tier).toEqual(['Nhất', 'Nhì', 'Nhì', 'Ba', 'Ba', null]);
    expect(awards.perTier).toMatchObject({ Nhất: 1, Nhì: 2, Ba: 2 });
    expect(awards.listFlags).toEqual([]);
    expect(flags.of(3).map((f) => f.code)).toEqual(['ranking.flag.boundaryTie']);
    expect(flags.of(5).map((f) => f.code)).toEqual(['ranking.flag.boundaryTie', 'ranking.flag.decisionNoPrize']);
  });
});
