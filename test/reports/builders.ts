// Hand-made ranking results for the report tests: small enough to read, built directly from the
// ranking's types so each test states exactly what the council decided.

import { DEFAULT_RULES, TIER_NAMES, type Rules, type TierName } from '../../src/core/council/rules';
import type { Dong, FieldCode, Initiative, InitiativeId, Member, MemberId, MemberRole } from '../../src/core/model';
import { buildAgenda } from '../../src/core/ranking/agenda';
import type {
  BallotOutcome,
  Flag,
  InitiativeResult,
  ListEntry,
  Person,
  RankResult,
  Status,
} from '../../src/core/ranking/types';

export function skId(n: number): InitiativeId {
  return `SK-${String(n).padStart(4, '0')}` as InitiativeId;
}

export interface InitiativeSpec {
  readonly n: number;
  readonly title?: string;
  readonly author?: string;
  readonly position?: string;
  readonly workplace?: string;
  readonly unit?: string;
  readonly field?: FieldCode | null;
  readonly benefit?: number | null;
  readonly summary?: string;
  readonly duplicateOf?: number;
}

export function initiative(s: InitiativeSpec): Initiative {
  return {
    id: skId(s.n),
    title: s.title ?? `Sáng kiến số ${s.n}`,
    authors: [s.author ?? `Tác giả ${s.n}`],
    positions: [s.position ?? 'Công nhân'],
    workplace: s.workplace ?? `Công ty ${s.n}`,
    unit: s.unit ?? 'LĐLĐ thành phố Rạch Giá',
    field: s.field === undefined ? 'sx' : s.field,
    benefitVnd: (s.benefit === undefined ? 100_000_000 : s.benefit) as Dong | null,
    summary: s.summary ?? '',
    source: null,
    duplicateOf: s.duplicateOf === undefined ? null : skId(s.duplicateOf),
    checks: [],
  };
}

export interface ResultSpec extends InitiativeSpec {
  readonly score?: number | null;
  readonly rank?: number | null;
  readonly tier?: TierName | null;
  readonly status?: Status;
  readonly passed?: boolean;
  readonly flags?: readonly Flag[];
  readonly reviews?: number;
  readonly means?: Readonly<Record<string, number | null>>;
  readonly calibrated?: number | null;
}

/** One initiative's result; scores in hundredths. */
export function result(s: ResultSpec, position: number | null): InitiativeResult {
  const status = s.status ?? (s.duplicateOf !== undefined ? 'duplicate' : 'complete');
  const score = s.score === undefined ? 8000 : s.score;
  const reviews = s.reviews ?? (status === 'complete' ? 3 : status === 'incomplete' ? 1 : 0);
  return {
    initiative: initiative(s),
    status,
    rank: status === 'complete' ? (s.rank ?? (position === null ? null : position + 1)) : null,
    position: status === 'complete' ? position : null,
    reviews: Array.from({ length: reviews }, (_, j) => ({
      memberId: `TV0${j + 1}`,
      row: 2 + j,
      total: score ?? 0,
      scores: {},
    })),
    reviewCount: reviews,
    unscored: 0,
    official: score,
    mean: score,
    trimmed: null,
    calibrated: s.calibrated === undefined ? score : s.calibrated,
    tieBreak: null,
    criterionMeans: s.means ?? { TM: 2500, HQ: 3000, AD: 2500 },
    spread: 0,
    passed: s.passed ?? (status === 'complete' && (score ?? 0) >= 5000),
    walkTier: s.tier ?? null,
    tier: s.tier ?? null,
    pending: false,
    decision: null,
    flags: s.flags ?? [],
    onLists: { ubnd: false, national: false, media: false },
    pivot: null,
  };
}

export function person(r: InitiativeResult, leadCount = 1): Person {
  return {
    key: `${r.initiative.authors[0]!.toLowerCase()}|${r.initiative.workplace.toLowerCase()}`,
    name: r.initiative.authors[0]!,
    workplace: r.initiative.workplace,
    best: r.initiative.id,
    leadCount,
    hasPrize: r.tier !== null,
  };
}

export function entry(r: InitiativeResult, opts: { yes?: number | null; ballot?: BallotOutcome | null; flags?: Flag[]; leadCount?: number } = {}): ListEntry {
  return {
    person: person(r, opts.leadCount ?? 1),
    initiative: r.initiative.id,
    ballot: opts.ballot ?? null,
    yes: opts.yes ?? null,
    flags: opts.flags ?? [],
  };
}

export interface ResultOptions {
  readonly ubnd?: readonly ListEntry[];
  readonly national?: readonly ListEntry[];
  readonly media?: readonly ListEntry[];
  readonly members?: number;
  readonly threshold?: number;
  readonly votesEntered?: boolean;
  readonly listFlags?: readonly Flag[];
}

/** A whole result around initiative results already in ranking order. */
export function rankResult(initiatives: readonly InitiativeResult[], o: ResultOptions = {}): RankResult {
  const perTier = Object.fromEntries(TIER_NAMES.map((t) => [t, initiatives.filter((r) => r.tier === t).length])) as Record<TierName, number>;
  const ubnd = o.ubnd ?? [];
  return {
    initiatives,
    invalidReviews: [],
    persons: ubnd.map((e) => e.person),
    lists: { ubnd, national: o.national ?? [], media: o.media ?? [] },
    listFlags: o.listFlags ?? [],
    lines: [],
    agenda: buildAgenda(initiatives, o.listFlags ?? []),
    ballot: {
      members: o.members ?? 9,
      threshold: o.threshold ?? 6,
      votesEntered: o.votesEntered ?? false,
      proposals: ubnd,
    },
    counts: {
      registered: initiatives.length,
      duplicates: initiatives.filter((r) => r.status === 'duplicate').length,
      reviewed: initiatives.filter((r) => r.reviews.length > 0).length,
      complete: initiatives.filter((r) => r.status === 'complete').length,
      incomplete: initiatives.filter((r) => r.status === 'incomplete').length,
      passed: initiatives.filter((r) => r.passed).length,
      validReviews: initiatives.reduce((a, r) => a + r.reviews.length, 0),
      invalidReviews: 0,
      unscoredRows: 0,
      perTier,
    },
    tieBreakCriterion: 'HQ',
    problems: [],
  };
}

export function member(n: number, name: string, role: MemberRole = 'Ủy viên'): Member {
  return { id: `TV${String(n).padStart(2, '0')}` as MemberId, name, position: 'Phó Chủ tịch', unit: 'LĐLĐ tỉnh', role, excludedUnits: [] };
}

export const COUNCIL: readonly Member[] = [
  member(1, 'Trần Văn Chủ', 'Chủ tịch'),
  member(2, 'Lê Thị Phó', 'Phó Chủ tịch'),
  member(3, 'Phạm Văn Ủy'),
  member(4, 'Huỳnh Thị Thư', 'Thư ký'),
];

export const RULES: Rules = {
  ...DEFAULT_RULES,
  documents: { ...DEFAULT_RULES.documents, date: '2021-05-05', chairName: 'Trần Văn Chủ', secretaryName: 'Huỳnh Thị Thư' },
};

const FIELDS: readonly FieldCode[] = ['sx', 'gd', 'yt', 'mt', 'at', 'cc'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Hữu', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hòa', 'Hùng', 'Lan', 'Mai', 'Nam', 'Phúc', 'Quang', 'Thủy'];

/** A council that proposes `n` persons, in rank order, the first ones with prizes: a long list for print checks. */
export function longResult(n: number, opts: { votesEntered?: boolean } = {}): RankResult {
  const results: InitiativeResult[] = [];
  for (let i = 0; i < n; i++) {
    const tier: TierName | null = i < 3 ? 'Nhất' : i < 9 ? 'Nhì' : i < 19 ? 'Ba' : i < 39 ? 'Khuyến khích' : null;
    const name = `${SURNAMES[i % 10]} ${MIDDLE[i % 6]} ${GIVEN[i % 12]} ${String(i + 1).padStart(3, '0')}`;
    results.push(
      result(
        {
          n: i + 1,
          author: name,
          position: i % 3 === 0 ? 'Phó Giám đốc' : 'Kỹ sư',
          workplace: `Công ty cổ phần cấp thoát nước số ${(i % 17) + 1} tỉnh Kiên Giang`,
          unit: `LĐLĐ huyện ${['Châu Thành', 'Tân Hiệp', 'Giồng Riềng', 'Phú Quốc'][i % 4]}`,
          field: FIELDS[i % 6]!,
          title: `Giải pháp cải tiến quy trình vận hành hệ thống số ${i + 1} nhằm tiết kiệm chi phí và nâng cao năng suất lao động`,
          benefit: i % 7 === 0 ? null : 1_250_000_000 - i * 7_654_321,
          score: 9500 - i * 20,
          tier,
        },
        i,
      ),
    );
  }
  const ubnd = results.map((r) => entry(r, opts.votesEntered ? { yes: 8, ballot: 'passed' } : {}));
  return rankResult(results, {
    ubnd,
    national: ubnd.slice(0, 4),
    media: [ubnd[0]!, ubnd[4]!, ubnd[10]!],
    votesEntered: opts.votesEntered ?? false,
  });
}
