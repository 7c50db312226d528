import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankingMessages } from '../../src/core/messages/ranking';
import type { InvalidReason } from '../../src/core/ranking';

const REASONS: readonly InvalidReason[] = [
  'unknownInitiative',
  'notMember',
  'conflictDeclared',
  'excludedUnit',
  'missingScore',
  'unreadableScore',
  'outOfRange',
  'duplicateDiffers',
];

describe('ranking messages', () => {
  it('have a Vietnamese and an English sentence for every code the ranking code can emit', () => {
    // Ranking and the sheets it reads (src/core/sheets: Chấm điểm, Quyết định, Biểu quyết).
    const source = ['../../src/core/ranking', '../../src/core/sheets']
      .map((d) => join(__dirname, d))
      .flatMap((dir) =>
        readdirSync(dir)
          .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
          .map((f) => readFileSync(join(dir, f), 'utf8')),
      )
      .join('\n');
    const literal = [...source.matchAll(/'(ranking\.[a-z]+\.[A-Za-z]+)'/g)].map((m) => m[1]!);
    const codes = new Set([...literal, ...REASONS.map((r) => `ranking.review.${r}`)]);
    expect(codes.size).toBeGreaterThan(30);
    for (const code of codes) {
      expect(rankingMessages.vi[code], code).toBeTruthy();
      expect(rankingMessages.en[code], code).toBeTruthy();
    }
  });
});
