// The browser tests' tiny runner API. scripts/e2e.mjs imports every *.e2e.ts (which call `e2e`),
// then runs the registered tests one by one, each in a fresh browser context.
import type { Page } from 'playwright-core';

export interface E2eContext {
  readonly page: Page;
  /** Where the built workbench is served, e.g. http://127.0.0.1:41234 ("/" is the workbench). */
  readonly baseUrl: string;
  /** Saves a screenshot of the page to test-results/<test>--<name>.png and returns its path. */
  readonly screenshot: (name: string) => Promise<string>;
}

export interface E2eTest {
  readonly name: string;
  readonly fn: (context: E2eContext) => Promise<void>;
  readonly timeoutMs?: number;
}

const tests: E2eTest[] = [];

/** Registers a browser test; name it as a sentence about behaviour. */
export function e2e(name: string, fn: (context: E2eContext) => Promise<void>, options: { timeoutMs?: number } = {}): void {
  tests.push(options.timeoutMs === undefined ? { name, fn } : { name, fn, timeoutMs: options.timeoutMs });
}

export function registeredTests(): readonly E2eTest[] {
  return tests;
}

/** Retries an assertion until it holds or the time is up (the page renders asynchronously). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
}
