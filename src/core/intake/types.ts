// The intake contract: what the pane and the CLI pass in and get back.

import type { Rules } from '../council/rules';
import type { FieldCode, Initiative, InitiativeId } from '../model';
import type { Problem } from '../problems';
import type { MoneyUnit } from '../text/money';
import type { SheetGrid } from '../sheet/grid';
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

/** Clerk corrections: a 0-based column index, or null for "not present". */
export type MappingFixes = Partial<Record<RegisterField, number | null>>;

/**
 * One source of a register read with others as one (SPEC §3, several sources): a sheet of the open
 * workbook, or a file a union sent. Each has its own layout, units and corrections.
 */
export interface RegisterSource {
  /** The file's name when the sheet came from a file; absent for a sheet of the open workbook. */
  readonly file?: string;
  /** The sheets to choose from (one when the clerk ticked it). */
  readonly grids: readonly SheetGrid[];
  /** The sheet to read; otherwise the one that looks most like a register. */
  readonly sheet?: string;
  readonly mapping?: MappingFixes;
}

/** A file the host could not read (an .xls, a password, damaged, empty, given twice): named, never fatal. */
export interface UnreadableSource {
  readonly file: string;
  /** Problem code (`file.*`) saying why and what to do. */
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type SourceInput = RegisterSource | UnreadableSource;

export interface SourceSummary {
  readonly file: string | null;
  /** The sheet read ('' when none was). */
  readonly sheet: string;
  /** 'read', or why nothing was: no register table in it, or a file that could not be opened. */
  readonly status: 'read' | 'noRegister' | 'unreadable';
  readonly headerRows: { readonly first: number; readonly last: number };
  readonly mapping: ColumnMapping;
  readonly stats: IntakeStats;
  /** Cells converted from each legacy encoding. */
  readonly encodings: { readonly tcvn3: number; readonly vni: number };
  /** This source's problems (also in the result's list). */
  readonly problems: readonly Problem[];
}

export interface IntakeOptions {
  /** The clerk's choice; otherwise the sheet that looks most like a register. */
  readonly sheet?: string;
  /** Clerk corrections: a 0-based column index, or null for "not present". */
  readonly mapping?: MappingFixes;
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
  /** The (first) sheet read. */
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
  /** One line per source, in the order given (one for a single sheet). */
  readonly sources: readonly SourceSummary[];
}
