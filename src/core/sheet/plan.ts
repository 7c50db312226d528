// What the core hands to a host: a plan of one sheet to write. A plan is plain data; an adapter
// (Excel JavaScript API or exceljs) turns it into calls. Every index is 0-based from A1.
//
// Text in a plan is always literal text: an adapter must write "=1+1", "+84…", "0931288125" and
// "12/2019" so that they read back exactly as given (text number format or equivalent), never as
// a formula, a number or a date. Only PlanFormula cells become formulas.

import type { CellRect } from './grid';

/** A cell that must be written as a formula, e.g. `{ formula: '=SUM(C2:E2)' }`. */
export interface PlanFormula {
  readonly formula: string;
}

/** What a plan puts in a cell: literal text, a number, a boolean, a formula, or null (empty). */
export type PlanValue = string | number | boolean | PlanFormula | null;

/** One cell written into a sheet people edit (a vote, a ruling, a score), the rest left as it is. */
export interface CellWrite {
  /** 0-based from A1. */
  readonly row: number;
  readonly col: number;
  /** Strings are literal text, as in plans; `{ formula }` writes a formula. */
  readonly value: PlanValue;
  /** Optional number format to set with the value (e.g. "@" for text, "0.0" for scores). */
  readonly numberFormat?: string;
}

export function isPlanFormula(v: PlanValue | undefined): v is PlanFormula {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

export type HorizontalAlign = 'left' | 'center' | 'right' | 'justify';
export type VerticalAlign = 'top' | 'center' | 'bottom';
export type BorderWeight = 'thin' | 'medium';

export interface CellStyle {
  readonly fontName?: string;
  /** Points. */
  readonly fontSize?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** "#RRGGBB". */
  readonly fontColor?: string;
  /** "#RRGGBB". */
  readonly fill?: string;
  readonly horizontal?: HorizontalAlign;
  readonly vertical?: VerticalAlign;
  readonly wrap?: boolean;
  /** Excel number format code, e.g. "#,##0", "0.00", "@" (text), "dd/mm/yyyy hh:mm". */
  readonly numberFormat?: string;
  /** Thin or medium borders on every edge of every cell in the range (a bordered table). */
  readonly border?: BorderWeight;
  /** Only the bottom edge (e.g. a line under a title). */
  readonly borderBottom?: BorderWeight;
}

/** A style applied to a rectangle; later entries override earlier ones property by property. */
export interface StyledRect {
  readonly rect: CellRect;
  readonly style: CellStyle;
}

export interface ColumnSpec {
  /** Width in characters of the default font (Excel's column width unit). */
  readonly width?: number;
  readonly hidden?: boolean;
}

export interface PageSetup {
  readonly orientation: 'portrait' | 'landscape';
  readonly paperSize: 'A4';
  /** Margins in centimetres (Nghị định 30/2020: top 2–2.5, bottom 2–2.5, left 3–3.5, right 1.5–2). */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** 0-based first and last rows repeated at the top of every printed page (the table header). */
  readonly printTitleRows?: { readonly first: number; readonly last: number };
  /** Fit all columns onto this many pages across (height unconstrained); omitted = print at `scale`. */
  readonly fitToPagesWide?: number;
  /** Percent; never below 70 for documents. */
  readonly scale?: number;
  /** Rectangle to print; omitted = used range. */
  readonly printArea?: CellRect;
  readonly centerHorizontally?: boolean;
  /** 0-based rows that start a new printed page (one paper score form per member). */
  readonly rowBreaks?: readonly number[];
}

export type ValidationRule =
  | {
      readonly kind: 'decimal';
      readonly min: number;
      readonly max: number;
      /** Shown when the cell is selected. */
      readonly prompt?: { readonly title: string; readonly message: string };
      /** Shown when a wrong value is typed. */
      readonly error?: { readonly title: string; readonly message: string };
    }
  | {
      readonly kind: 'list';
      readonly items: readonly string[];
      readonly prompt?: { readonly title: string; readonly message: string };
      readonly error?: { readonly title: string; readonly message: string };
    };

export interface ValidationSpec {
  readonly rect: CellRect;
  readonly rule: ValidationRule;
}

export interface TableSpec {
  /** Table name, unique in the workbook (letters, digits, underscores). */
  readonly name: string;
  /** Header row included. */
  readonly rect: CellRect;
  readonly showFilter: boolean;
  /** e.g. "TableStyleLight9"; omitted = plain. */
  readonly style?: string;
}

export interface ChartSpec {
  readonly kind: 'columnClustered' | 'barClustered' | 'pie';
  readonly title: string;
  /** Categories in the first column, one or more series in the next columns, header row first. */
  readonly source: CellRect;
  /** Where the chart is placed (top-left cell) and its size in cells. */
  readonly anchor: CellRect;
}

export interface ProtectionSpec {
  /** Cells a user may still edit on the protected sheet. */
  readonly unlocked: readonly CellRect[];
  readonly allowFormatColumns?: boolean;
}

/** A sheet the add-in writes. `role` ties it to a workbook-level named item (e.g. SK_SangKien). */
export interface SheetPlan {
  readonly name: string;
  readonly role: SheetRole;
  readonly rows: readonly (readonly PlanValue[])[];
  readonly columns?: readonly ColumnSpec[];
  readonly styles?: readonly StyledRect[];
  readonly merges?: readonly CellRect[];
  /** Row heights in points, sparse: row index → height. */
  readonly rowHeights?: ReadonlyMap<number, number>;
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly tables?: readonly TableSpec[];
  readonly validations?: readonly ValidationSpec[];
  readonly protection?: ProtectionSpec;
  readonly page?: PageSetup;
  readonly charts?: readonly ChartSpec[];
  /** "#RRGGBB". */
  readonly tabColor?: string;
  /** The plan's default font for the whole used area (documents: Times New Roman 13). */
  readonly font?: { readonly name: string; readonly size: number };
}

/**
 * Every sheet the add-in owns, by role. The role is stable; the sheet name is what users see and
 * may rename. Named item = "SK_" + role suffix.
 */
export const SHEET_ROLES = {
  register: { name: 'Sáng kiến', namedItem: 'SK_SangKien', generated: false },
  council: { name: 'Hội đồng', namedItem: 'SK_HoiDong', generated: false },
  config: { name: 'Cấu hình', namedItem: 'SK_CauHinh', generated: false },
  scores: { name: 'Chấm điểm', namedItem: 'SK_ChamDiem', generated: false },
  decisions: { name: 'Quyết định', namedItem: 'SK_QuyetDinh', generated: false },
  ballot: { name: 'Biểu quyết', namedItem: 'SK_BieuQuyet', generated: false },
  ranking: { name: 'Xếp hạng', namedItem: 'SK_XepHang', generated: true },
  ubnd: { name: 'DS đề nghị UBND', namedItem: 'SK_DS_UBND', generated: true },
  national: { name: 'DS đề nghị TLĐ', namedItem: 'SK_DS_TLD', generated: true },
  media: { name: 'DS phóng sự', namedItem: 'SK_DS_PhongSu', generated: true },
  results: { name: 'Kết quả xét duyệt', namedItem: 'SK_KetQua', generated: true },
  minutes: { name: 'Biên bản', namedItem: 'SK_BienBan', generated: true },
  stats: { name: 'Thống kê', namedItem: 'SK_ThongKe', generated: true },
  forms: { name: 'Phiếu chấm', namedItem: 'SK_PhieuCham', generated: true },
  meta: { name: 'SK_Meta', namedItem: 'SK_Meta', generated: false },
} as const;

export type SheetRole = keyof typeof SHEET_ROLES;
