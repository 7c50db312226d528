// Problem, flag and host-error codes → sentences. Each domain keeps its own map file
// (intake.ts, council.ts, ranking.ts, reports.ts, host.ts), each exporting a MessageMap per locale;
// index.ts merges them. Messages say what to fix, in a clerk's words, and may use {param}s.

export type Locale = 'vi' | 'en';

export interface MessageMap {
  readonly vi: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}
