import type { ImportPreview, MappingOverrides } from '../../../app/import';
import type { Conversion, RegisterField } from '../../../core/intake';
import type { Problem, Severity } from '../../../core/problems';

/** Problems that share a code and a severity, shown as one line with a count. */
export interface ProblemGroup {
  readonly key: string;
  readonly code: string;
  readonly severity: Severity;
  readonly problems: readonly Problem[];
}

/** How a field's column was decided, for the mapping editor's hint. */
export type MappingCertainty = 'sure' | 'likely' | 'unsure' | 'corrected' | 'absent' | 'required';

/** One row of the mapping editor: a register field, its column (0-based) or null, and how sure intake is. */
export interface MappingRow {
  readonly field: RegisterField;
  readonly column: number | null;
  readonly letter: string | null;
  readonly confidence: number | null;
  readonly certainty: MappingCertainty;
  /** Another field mapped to the same column, which is usually a mistake. */
  readonly sharedWith: RegisterField | null;
}

/** Ids kept, new and vanished against the "Sáng kiến" sheet already in the workbook. */
export interface ReimportCounts {
  readonly kept: number;
  readonly added: number;
  readonly vanished: number;
}

/** Where the current mapping came from, so the pane can say whether it will be remembered. */
export type MappingSource = 'recognised' | 'remembered' | 'edited';

export interface IntakePreviewState {
  readonly preview: ImportPreview;
  readonly source: MappingSource;
  /** Null when there is no "Sáng kiến" sheet yet (a first import). */
  readonly reimport: ReimportCounts | null;
}

export interface IntakeWritten {
  readonly sheet: string;
  readonly written: number;
  readonly reimport: ReimportCounts | null;
  /** The source sheet whose corrections were remembered, or null when none were. */
  readonly rememberedFor: string | null;
  /** What the write did besides (a clerk's sheet kept under a new name, the register written beside its source), in words. */
  readonly notes: readonly string[];
}

export type { Conversion, ImportPreview, MappingOverrides };
