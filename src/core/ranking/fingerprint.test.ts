import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../council/rules';
import { Fnv64, inputFingerprint } from './fingerprint';
import type { RankInput } from './rank';

const hash = (s: string): string => {
  const h = new Fnv64();
  for (let i = 0; i < s.length; i++) h.byte(s.charCodeAt(i));
  return h.hex();
};

describe('the input fingerprint', () => {
  it('is FNV-1a 64 (published test vectors)', () => {
    expect(hash('')).toBe('cbf29ce484222325');
    expect(hash('a')).toBe('af63dc4c8601ec8c');
    expect(hash('foobar')).toBe('85944171f73967e8');
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
