import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../council/rules';
import { Hasher } from '../sheet/hash';
import { inputFingerprint } from './fingerprint';
import type { RankInput } from './rank';

const laneA = (s: string): string => {
  const h = new Hasher();
  for (let i = 0; i < s.length; i++) h.unit(s.charCodeAt(i));
  return h.laneA().toString(16).padStart(8, '0');
};

describe('the input fingerprint', () => {
  it('runs FNV-1a 32 in its first lane (published test vectors)', () => {
    expect(laneA('')).toBe('811c9dc5');
    expect(laneA('a')).toBe('e40c292c');
    expect(laneA('foobar')).toBe('bf9cf968');
  });

  const input: RankInput = { initiatives: [], members: [], rules: DEFAULT_RULES, scores: [] };

  it('is stable for equal inputs, whatever the key order of the rules', () => {
    const reordered = Object.fromEntries(Object.entries(DEFAULT_RULES).reverse()) as unknown as typeof DEFAULT_RULES;
    expect(inputFingerprint(input)).toBe(inputFingerprint({ ...input, rules: reordered }));
    expect(inputFingerprint(input)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with a rule, a ruling or a vote', () => {
    const base = inputFingerprint(input);
    expect(inputFingerprint({ ...input, rules: { ...DEFAULT_RULES, minReviews: 2 } })).not.toBe(base);
    expect(
      inputFingerprint({ ...input, decisions: [{ row: 1, initiativeId: 'SK-0001', ruling: 'Nhất', note: '' }] }),
    ).not.toBe(base);
    expect(
      inputFingerprint({ ...input, votes: [{ row: 1, name: 'A', workplace: '', initiativeId: 'SK-0001', yes: 7 }] }),
    ).not.toBe(base);
  });
});
