// The domain records shared by intake, council, ranking and reports. Readers build them from
// grids; nothing here knows where a grid came from.

/** Initiative id as written in "Sáng kiến": "SK-0001". Compare by number, never as text. */
export type InitiativeId = string & { readonly __brand: 'InitiativeId' };
/** Member id as written in "Hội đồng": "TV01". */
export type MemberId = string & { readonly __brand: 'MemberId' };
/** An amount in whole đồng (never millions). */
export type Dong = number & { readonly __brand: 'Dong' };

export const FIELD_CODES = ['sx', 'gd', 'yt', 'mt', 'at', 'cc', 'nn', 'kh'] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

/** Canonical Vietnamese field names (SPEC §3), editable in "Cấu hình". */
export const DEFAULT_FIELD_NAMES: Readonly<Record<FieldCode, string>> = {
  sx: 'Sản xuất kinh doanh',
  gd: 'Giáo dục',
  yt: 'Y tế',
  mt: 'Môi trường',
  at: 'An toàn vệ sinh lao động',
  cc: 'Cải cách hành chính',
  nn: 'Nông nghiệp',
  kh: 'Khác',
};

export interface SourceRef {
  /** The file, when the register came as several files. */
  readonly file?: string;
  readonly sheet: string;
  /** Excel row number, 1-based. */
  readonly row: number;
}

/** One row of the normalised register, sheet "Sáng kiến" (SPEC §2.1). */
export interface Initiative {
  readonly id: InitiativeId;
  readonly title: string;
  /** Lead author first; co-authors after. */
  readonly authors: readonly string[];
  /** Positions as far as the register gives them, aligned with authors where possible. */
  readonly positions: readonly string[];
  readonly workplace: string;
  /** Upper-level union (Công đoàn cấp trên). */
  readonly unit: string;
  readonly field: FieldCode | null;
  readonly benefitVnd: Dong | null;
  readonly summary: string;
  readonly source: SourceRef | null;
  readonly duplicateOf: InitiativeId | null;
  /** Problem codes found on this row (column "Kiểm tra"). */
  readonly checks: readonly string[];
}

/** What a register row states of its initiative: everything but the id, source, duplicate link and checks. */
export type InitiativeContent = Pick<
  Initiative,
  'title' | 'authors' | 'positions' | 'workplace' | 'unit' | 'field' | 'benefitVnd' | 'summary'
>;

/** The content of a row copied field by field (a row read or generated carries more than its content). */
export function contentOf<T extends { readonly [K in keyof InitiativeContent]: unknown }>(
  row: T,
): Pick<T, keyof InitiativeContent> {
  return {
    title: row.title,
    authors: row.authors,
    positions: row.positions,
    workplace: row.workplace,
    unit: row.unit,
    field: row.field,
    benefitVnd: row.benefitVnd,
    summary: row.summary,
  };
}

export type MemberRole = 'Chủ tịch' | 'Phó Chủ tịch' | 'Ủy viên' | 'Thư ký';

/** One row of "Hội đồng" (SPEC §2.2). Every member votes, the secretary included. */
export interface Member {
  readonly id: MemberId;
  readonly name: string;
  readonly position: string;
  readonly unit: string;
  readonly role: MemberRole;
  /** Upper-level unions this member must not review (conflict of interest). */
  readonly excludedUnits: readonly string[];
}

export interface Criterion {
  /** Column header in "Chấm điểm", e.g. "TM". */
  readonly code: string;
  readonly name: string;
  /** Maximum points, in tenths (30 points = 300). */
  readonly maxTenths: number;
  /** Weight as an exact fraction. */
  readonly weight: { readonly num: number; readonly den: number };
}

/**
 * One row of "Chấm điểm" as read (SPEC §2.3): `Mã SK | Mã TV | <criterion codes…> | Tổng |
 * Nhận xét | Xung đột lợi ích`. Values are kept raw here; validity is decided by ranking.
 */
export interface ScoreRow {
  /** Excel row number, 1-based, of the row in the score sheet. */
  readonly row: number;
  readonly initiativeId: string;
  readonly memberId: string;
  /** Criterion code → score in tenths, or null when empty; `invalid` when the cell is not a number with at most one decimal. */
  readonly scores: Readonly<Record<string, number | null | 'invalid'>>;
  readonly comment: string;
  /** Any mark in "Xung đột lợi ích". */
  readonly conflict: boolean;
  /** "Vòng": the round the row was added in (2 and up for a second round); absent means round 1. */
  readonly round?: number;
}
