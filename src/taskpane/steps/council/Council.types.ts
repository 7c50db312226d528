import type { Problem } from '../../../core/problems';
import type { MemberRole } from '../../../core/model';

/** A member as the clerk edits it: every cell as text, the conflict unions as a list. */
export interface MemberDraft {
  /** Stable key for React while the id itself is being typed. */
  readonly key: number;
  readonly id: string;
  readonly name: string;
  readonly position: string;
  readonly unit: string;
  readonly role: MemberRole | '';
  readonly excludedUnits: readonly string[];
}

/** A rubric row as the clerk edits it. */
export interface CriterionDraft {
  readonly key: number;
  readonly code: string;
  readonly name: string;
  readonly max: string;
  readonly weight: string;
}

/** The rules editor's content: the rubric and every "Cấu hình" key's value as text. */
export interface RulesDraftText {
  readonly rubric: readonly CriterionDraft[];
  readonly values: Readonly<Record<string, string>>;
}

/** Problems of a draft, placed on the field they concern. */
export interface DraftCheck {
  /** By member key (or criterion key), the problems of that row. */
  readonly byRow: ReadonlyMap<number, readonly Problem[]>;
  /** By config key, the problems of its value. */
  readonly byKey: ReadonlyMap<string, readonly Problem[]>;
  /** Problems about the whole table (no members, tiers not descending…). */
  readonly general: readonly Problem[];
  readonly errors: number;
}

export type RuleSection = 'scoring' | 'tiers' | 'lists' | 'fields' | 'documents' | 'other';
