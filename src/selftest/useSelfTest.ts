// The self-test page's logic: runs the cases once asked, collects results as they come, and makes
// the plain-text report.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Locale } from '../taskpane/i18n';
import { CASES } from './cases';
import { formatReport, type Diagnostics } from './report';
import { runSelfTest } from './run';
import type { CaseResult, SelfTestEnv } from './types';

export interface SelfTestState {
  readonly results: readonly CaseResult[];
  readonly running: boolean;
  readonly finished: boolean;
  /** Cases in a full run: every case and the clean-up. */
  readonly total: number;
  readonly report: string;
  readonly start: () => void;
}

export function useSelfTest(
  env: SelfTestEnv,
  header: { addinVersion: string; diagnostics: Diagnostics | null },
  locale: Locale,
): SelfTestState {
  const [results, setResults] = useState<readonly CaseResult[]>([]);
  const [running, setRunning] = useState(false);
  const [finished, setFinished] = useState(false);
  const [at, setAt] = useState('');
  const busy = useRef(false);

  const start = useCallback(() => {
    // A second click while running is ignored: two runs would share no sheet but double the wait.
    if (busy.current) return;
    busy.current = true;
    setResults([]);
    setFinished(false);
    setRunning(true);
    setAt(new Date().toISOString());
    runSelfTest(env, (r) => setResults((list) => [...list, r]))
      .catch(() => undefined)
      .finally(() => {
        busy.current = false;
        setRunning(false);
        setFinished(true);
      });
  }, [env]);

  const report = useMemo(
    () =>
      finished
        ? formatReport(results, { addinVersion: header.addinVersion, diagnostics: header.diagnostics, at }, locale)
        : '',
    [finished, results, header.addinVersion, header.diagnostics, at, locale],
  );
  return { results, running, finished, total: CASES.length + 1, report, start };
}
