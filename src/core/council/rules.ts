// Every rule of SPEC §4 with its default. "Cấu hình" overrides any of them; whatever is missing
// there takes the default here. Quantities that are compared exactly are integers (tenths of a
// point, hundredths of a point) or exact fractions.

import type { Criterion, FieldCode } from '../model';
import { DEFAULT_FIELD_NAMES } from '../model';

export type TierName = 'Nhất' | 'Nhì' | 'Ba' | 'Khuyến khích';
export const TIER_NAMES: readonly TierName[] = ['Nhất', 'Nhì', 'Ba', 'Khuyến khích'];

export interface TierRule {
  readonly name: TierName;
  readonly quota: number;
  /** Minimum official score, in hundredths of a point (85 points = 8500). */
  readonly minHundredths: number;
}

export interface Fraction {
  readonly num: number;
  readonly den: number;
}

export interface Rules {
  readonly rubric: readonly Criterion[];
  /** Reviewers per initiative at assignment. */
  readonly reviewersPerInitiative: number;
  /** Valid reviews needed for an initiative to be complete. */
  readonly minReviews: number;
  readonly scoreMethod: 'mean' | 'trimmed';
  /** Reviews needed before the trimmed mean drops the highest and lowest. */
  readonly trimmedMinReviews: number;
  /** Pass mark ("Đạt"), hundredths. */
  readonly passMarkHundredths: number;
  /** Disagreement when max − min of valid totals reaches this, hundredths. */
  readonly disagreementSpreadHundredths: number;
  readonly tiers: readonly TierRule[];
  /** "overflow": a tied group larger than the free places goes in whole and is flagged; "pending": left for the council, its places counted as taken. */
  readonly boundaryTiePolicy: 'overflow' | 'pending';
  readonly ubnd: { readonly min: number; readonly max: number; readonly floorHundredths: number };
  readonly national: { readonly count: number; readonly tiers: readonly TierName[] };
  readonly media: { readonly min: number; readonly max: number };
  /** Co-authors count as persons for the lists. */
  readonly coAuthorsArePersons: boolean;
  /** A proposal passes with yes ≥ ⌈fraction × members⌉. */
  readonly ballotFraction: Fraction;
  /** Shrinkage constant of the calibrated score (b̂ = b·n/(n+k)). */
  readonly calibrationShrink: number;
  readonly fieldNames: Readonly<Record<FieldCode, string>>;
  /** Extra spellings of fields, folded (no diacritics, lower case) → code. */
  readonly fieldAliases: Readonly<Record<string, FieldCode>>;
  readonly documents: DocumentNames;
}

/** Names used in the generated documents (SPEC §5). */
export interface DocumentNames {
  readonly province: string;
  /** "LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG". */
  readonly federation: string;
  readonly council: string;
  readonly programme: string;
  readonly year: number;
  readonly place: string;
  /** ISO date "2021-05-05" of the documents; empty = today. */
  readonly date: string;
  readonly chairName: string;
  readonly chairTitle: string;
  readonly secretaryName: string;
  /** "Ủy ban nhân dân tỉnh Kiên Giang". */
  readonly committee: string;
  /** "Tổng Liên đoàn Lao động Việt Nam". */
  readonly confederation: string;
}

export const DEFAULT_RUBRIC: readonly Criterion[] = [
  { code: 'TM', name: 'Tính mới, sáng tạo', maxTenths: 300, weight: { num: 1, den: 1 } },
  { code: 'HQ', name: 'Hiệu quả, giá trị làm lợi', maxTenths: 400, weight: { num: 1, den: 1 } },
  { code: 'AD', name: 'Khả năng áp dụng, nhân rộng', maxTenths: 300, weight: { num: 1, den: 1 } },
];

export const DEFAULT_RULES: Rules = {
  rubric: DEFAULT_RUBRIC,
  reviewersPerInitiative: 3,
  minReviews: 3,
  scoreMethod: 'mean',
  trimmedMinReviews: 5,
  passMarkHundredths: 5000,
  disagreementSpreadHundredths: 2000,
  tiers: [
    { name: 'Nhất', quota: 3, minHundredths: 8500 },
    { name: 'Nhì', quota: 6, minHundredths: 8000 },
    { name: 'Ba', quota: 10, minHundredths: 7500 },
    { name: 'Khuyến khích', quota: 20, minHundredths: 7000 },
  ],
  boundaryTiePolicy: 'overflow',
  ubnd: { min: 75, max: 120, floorHundredths: 7000 },
  national: { count: 4, tiers: ['Nhất', 'Nhì'] },
  media: { min: 3, max: 5 },
  coAuthorsArePersons: false,
  ballotFraction: { num: 2, den: 3 },
  calibrationShrink: 10,
  fieldNames: DEFAULT_FIELD_NAMES,
  fieldAliases: {},
  documents: {
    province: 'Kiên Giang',
    federation: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG',
    council: 'HỘI ĐỒNG XÉT DUYỆT SÁNG KIẾN',
    programme: '75 nghìn sáng kiến, vượt khó, phát triển',
    year: 2021,
    place: 'Kiên Giang',
    date: '',
    chairName: '',
    chairTitle: 'CHỦ TỊCH',
    secretaryName: '',
    committee: 'Ủy ban nhân dân tỉnh Kiên Giang',
    confederation: 'Tổng Liên đoàn Lao động Việt Nam',
  },
};
