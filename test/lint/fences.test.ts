// The layer fences of eslint.config.js, checked: each fixture breaks one rule and must fail lint
// with that rule, linted with the project's own config as if it sat at a path inside src. The
// fixtures are .txt so that neither tsc nor the project's lint run reads them as sources.
// Type information is switched off for the virtual files (they are in no tsconfig project); the
// fence rules need none.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
});

async function ruleHits(fixture: string, virtualPath: string): Promise<string[]> {
  const text = readFileSync(join(import.meta.dirname, 'fixtures', fixture), 'utf8');
  const [result] = await eslint.lintText(text, { filePath: join(ROOT, virtualPath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('the lint fences', () => {
  it('refuse shipped code under src that imports from test/', async () => {
    const hits = await ruleHits('src-imports-test.ts.txt', 'src/workbench/lint-fixture.ts');
    expect(hits).toEqual([expect.stringMatching(/^no-restricted-imports: .*test\/ holds tests/)]);
  });

  it('refuse the same import in the core, beside the core boundary', async () => {
    const hits = await ruleHits('src-imports-test.ts.txt', 'src/core/ranking/lint-fixture.ts');
    expect(hits).toEqual([expect.stringMatching(/^no-restricted-imports: .*test\/ holds tests/)]);
  });

  it('let a test under src use the shared builders in test/', async () => {
    expect(await ruleHits('src-imports-test.ts.txt', 'src/core/ranking/lint-fixture.test.ts')).toEqual([]);
  });
});
