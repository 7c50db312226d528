// The intake contract: what the pane and the CLI pass in and get back.

import type { Rules } from '../council/rules';
import type { FieldCode, Initiative, InitiativeId } from '../model';
import type { Problem } from '../problems';
import type { MoneyUnit } from '../text/money';
import type { Conversion } from './cells';
import type { RegisterField } from './fields';

export type { RegisterField } from './fields';
export type { Conversion } from './cells';

/** One register column as understood: where it is, how sure the match is, and the header text that matched. */
export interface MappedColumn {
  /** 0-based column index. */
  readonly index: number;
  /** Column letters ("C"). */
  readonly letter: string;
  readonly header: string;
  /** 0..1; 1 for a clerk's correction. */
  readonly confidence: number;
}

export interface ColumnMapping {
  /** Field → column; a field absent here is not in the register. */
  readonly columns: Partial<Record<RegisterField, MappedColumn>>;
  /** Header text of every column by index (group titles joined with "–"), for the pane's mapping editor. */
  readonly headers: readonly string[];
  /** Scale of the benefit column from its header ("(triệu đồng)" → million). */
  readonly benefitUnit: MoneyUnit;
}

export interface IntakeOptions {
  /** The clerk's choice; otherwise the sheet that looks most like a register. */
  readonly sheet?: string;
  /** Clerk corrections: a 0-based column index, or null for "not present". */
  readonly mapping?: Partial<Record<RegisterField, number | null>>;
  readonly fieldNames?: Rules['fieldNames'];
  readonly fieldAliases?: Rules['fieldAliases'];
  /** The current "Sáng kiến" rows: ids are kept by content on re-import. */
  readonly previous?: readonly Initiative[];
}

export interface IntakeStats {
  /** Initiatives read (duplicates included). */
  readonly rows: number;
  readonly sections: number;
  /** Rows below the header that are not initiatives: blank, subtotal, total, notes, signatures. */
  readonly skipped: number;
  readonly duplicates: number;
}

export interface IntakeResult {
  readonly sheet: string;
  /** 1-based Excel rows of the header; 0/0 when no header was found. */
  readonly headerRows: { readonly first: number; readonly last: number };
  readonly mapping: ColumnMapping;
  /** Ids SK-0001… (kept from `previous` by content), duplicates linked. */
  readonly initiatives: Initiative[];
  readonly problems: Problem[];
  /** Every legacy-encoded cell converted, shown to the clerk. */
  readonly conversions: Conversion[];
  /** Ids in `previous` no longer in the register. */
  readonly vanished: InitiativeId[];
  readonly stats: IntakeStats;
  /** Canonical field names used (from "Cấu hình" or the defaults), for the sheet and the JSON. */
  readonly fieldNames: Readonly<Record<FieldCode, string>>;
}
