// Bad data is a result, not an exception: every reader returns problems beside what it read.
// A problem names its source cell and carries a code; core/messages turns the code into a
// sentence (Vietnamese or English) that says what to fix.

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  /** Stable code, e.g. "intake.money.ambiguous"; the key of the message maps. */
  readonly code: string;
  readonly severity: Severity;
  /** The file the sheet is in, when the register came as several files. */
  readonly file?: string;
  /** Source sheet name. */
  readonly sheet: string;
  /** Excel row number (1-based), or null for a problem about the whole sheet. */
  readonly row: number | null;
  /** Column letters ("C"), or null for a whole row or sheet. */
  readonly column: string | null;
  /** Values the message interpolates ({value}, {expected}, …). */
  readonly params?: Readonly<Record<string, string | number>>;
}
