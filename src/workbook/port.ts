// The one door between the core and a workbook. Two adapters implement it: `office/` (Excel
// JavaScript API, batched and chunked) and `xlsx/` (exceljs, for the CLI and tests). Hosts choose
// an adapter; everything above the port (src/app, the task pane hooks) is host-agnostic.
//
// Round trips are the cost in Excel, so the port is batch-shaped: read many sheets at once, apply
// many changes at once. An adapter decides how many syncs that takes (bounded by payload size).

import type { SheetGrid } from '../core/sheet/grid';
import type { CellWrite, SheetPlan, SheetRole, ValidationSpec } from '../core/sheet/plan';

export interface SheetInfo {
  readonly name: string;
  readonly position: number;
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Rows × columns of the used range (values only), 0 × 0 when empty. */
  readonly rowCount: number;
  readonly columnCount: number;
}

/** What to read besides values. Each costs payload, so ask only for what the reader uses. */
export interface ReadOptions {
  readonly formulas?: boolean;
  readonly merges?: boolean;
  readonly hidden?: boolean;
  readonly fonts?: boolean;
  /** Which numbers are dates to the host (grid.dates): the .xlsx adapter always knows, Excel's API by the number format. */
  readonly dates?: boolean;
}

/** A sheet by name, or by role (its named item first, then the role's default name). */
export type SheetRequest =
  | ({ readonly name: string } & ReadOptions)
  | ({ readonly role: SheetRole } & ReadOptions);

export type WorkbookChange =
  /**
   * Writes a whole sheet from a plan. When a sheet named plan.name exists it is cleared (values,
   * formats, merges, tables, validation, charts) and rewritten in place; otherwise it is added at
   * the end. The role's named item is pointed at the sheet.
   */
  | { readonly kind: 'writePlan'; readonly plan: SheetPlan; readonly visibility?: 'visible' | 'hidden' }
  /** Writes single cells and nothing else (a reviewer's save touches only their cells). */
  | { readonly kind: 'writeCells'; readonly sheet: string; readonly cells: readonly CellWrite[] }
  /**
   * Sets data validation on ranges of an existing sheet (replacing any on those cells) and nothing
   * else: rows added below a written plan (the second round's score rows) get the rule the plan gave
   * the rows above. Excel refuses validation changes on a protected sheet; there it is left as is.
   */
  | { readonly kind: 'setValidations'; readonly sheet: string; readonly validations: readonly ValidationSpec[] }
  | { readonly kind: 'renameSheet'; readonly from: string; readonly to: string }
  | { readonly kind: 'deleteSheet'; readonly name: string }
  | { readonly kind: 'activate'; readonly sheet: string };

export type ProgressCallback = (done: number, total: number) => void;

export interface WorkbookPort {
  readonly host: 'excel' | 'xlsx';
  /** All sheets in tab order. */
  listSheets(): Promise<SheetInfo[]>;
  /** Reads every requested sheet in as few round trips as possible; null for a sheet that is not there. */
  readSheets(requests: readonly SheetRequest[]): Promise<(SheetGrid | null)[]>;
  /** The sheet name a role currently resolves to (named item, then default name), or null. */
  resolveRole(role: SheetRole): Promise<string | null>;
  /** The same for several roles in one round trip; optional, src/app/roles.ts falls back to resolveRole. */
  resolveRoles?(roles: readonly SheetRole[]): Promise<(string | null)[]>;
  /** Applies changes in order, in as few round trips as the payload limit allows. */
  apply(changes: readonly WorkbookChange[], progress?: ProgressCallback): Promise<void>;
  /** Selects a range (e.g. "C12") and shows its sheet. The xlsx adapter records it and does nothing else. */
  select(sheet: string, address: string): Promise<void>;
}

/**
 * .xlsx files in memory, for the use cases that make or read whole files besides the open workbook
 * (reviewer packets, a register sent as several files). Hosts inject it (`xlsx/lazy.ts` loads the
 * exceljs adapter on demand): src/app never imports an adapter.
 */
export interface XlsxFiles {
  open(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookPort>;
  create(): WorkbookPort & { toBuffer(): Promise<Uint8Array> };
}

/** Loads XlsxFiles when first needed, so exceljs never weighs on the task pane's first load. */
export type XlsxLoader = () => Promise<XlsxFiles>;
