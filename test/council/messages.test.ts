// Every code the council core can emit has a sentence in both languages: a problem without one
// would reach the clerk as a bare code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { councilMessages } from '../../src/core/messages/council';

// The council core and the sheets it reads (src/core/sheets: Hội đồng, Cấu hình, Chấm điểm).
const DIRS = ['../../src/core/council', '../../src/core/sheets'].map((d) => join(import.meta.dirname, d));

describe('council messages', () => {
  it('cover every code written in the council sources, in Vietnamese and English', () => {
    const codes = new Set<string>();
    for (const dir of DIRS)
      for (const f of readdirSync(dir)) {
        if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
        for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/'(council\.[A-Za-z.]+)'/g)) codes.add(m[1]!);
      }
    expect(codes.size).toBeGreaterThan(40);
    for (const c of codes) {
      expect(councilMessages.vi[c], c).toBeDefined();
      expect(councilMessages.en[c], c).toBeDefined();
    }
  });
});
