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

  it('refuse a use case in src/app that imports an adapter, statically or on demand', async () => {
    const fixed = await ruleHits('app-imports-adapter.ts.txt', 'src/app/lint-fixture.ts');
    expect(fixed).toEqual([expect.stringMatching(/^no-restricted-imports: .*src\/app holds the use cases/)]);
    const loaded = await ruleHits('app-loads-adapter.ts.txt', 'src/app/lint-fixture.ts');
    expect(loaded).toEqual([expect.stringMatching(/^no-restricted-syntax: src\/app holds the use cases/)]);
  });

  it('let a host choose the adapter', async () => {
    expect(await ruleHits('app-imports-adapter.ts.txt', 'src/cli/lint-fixture.ts')).toEqual([]);
  });

  it('refuse a step or a hook that touches the Excel or Office globals', async () => {
    for (const at of ['src/taskpane/steps/scoring/lint-fixture.ts', 'src/taskpane/shell/useLintFixture.ts']) {
      const hits = await ruleHits('step-uses-excel.ts.txt', at);
      expect(hits).toEqual([
        expect.stringMatching(/^no-restricted-globals: .*Office.*Steps and hooks reach the workbook through the host/),
        expect.stringMatching(/^no-restricted-globals: .*Excel.*Steps and hooks reach the workbook through the host/),
      ]);
    }
    // The host wiring is where the globals are read.
    expect(await ruleHits('step-uses-excel.ts.txt', 'src/taskpane/host/lint-fixture.ts')).toEqual([]);
  });
});
