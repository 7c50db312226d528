// Rank and tier (SPEC §4), end to end: valid reviews → scores → order → tiers → rulings →
// persons → lists → ballot. Pure and deterministic: the same input, in any row order, gives the
// same result.

import type { Rules, TierName } from '../council/rules';
import { TIER_NAMES } from '../council/rules';
import type { Initiative, InitiativeId, Member, ScoreRow } from '../model';
import { ballotThreshold, matchVotes } from './ballot';
import { calibratedScores } from './calibrate';
import { resolveDecisions } from './decide';
import { compareIds, idNumber } from './ids';
import { buildLists, type DraftEntry } from './lists';
import { buildPersons, type PersonDraft } from './persons';
import { buildAgenda } from './agenda';
import { outcomeLines, pivotOf } from './pivotal';
import { buildReviews, idKey, type ReviewTable } from './reviews';
import { computeStats, criterionMean, orNull } from './stats';
import { walkTiers, type Group } from './tiers';
import { tieBreakIndex } from './totals';
import type {
  BallotOutcome,
  BallotVote,
  Decision,
  Flag,
  InitiativeResult,
  ListEntry,
  Person,
  Pivot,
  RankResult,
  Status,
  ValidReview,
} from './types';

/** Where a result reads its valid reviews from: the review table and what its indexes point to. */
interface ReviewSource {
  readonly table: ReviewTable;
  readonly members: readonly Member[];
  readonly codes: readonly string[];
}

/**
 * One initiative's result. Its valid reviews stay in the review table's typed arrays and become
 * objects only when asked for: a national register would otherwise keep 750,000 of them (about
 * 120 MB at 250,000 initiatives) that the sheets never read, since they show only the count.
 */
class Result implements InitiativeResult {
  readonly initiative: Initiative;
  readonly status: Status;
  readonly rank: number | null;
  readonly position: number | null;
  readonly reviewCount: number;
  readonly unscored: number;
  readonly official: number | null;
  readonly mean: number | null;
  readonly trimmed: number | null;
  readonly calibrated: number | null;
  readonly tieBreak: number | null;
  readonly criterionMeans: Readonly<Record<string, number | null>>;
  readonly spread: number | null;
  readonly passed: boolean;
  readonly walkTier: TierName | null;
  readonly tier: TierName | null;
  readonly pending: boolean;
  readonly decision: Decision | null;
  readonly flags: readonly Flag[];
  readonly onLists: InitiativeResult['onLists'];
  readonly pivot: Pivot | null;
  readonly #source: ReviewSource;
  readonly #index: number;

  constructor(source: ReviewSource, index: number, f: Omit<InitiativeResult, 'reviews'>) {
    this.initiative = f.initiative;
    this.status = f.status;
    this.rank = f.rank;
    this.position = f.position;
    this.reviewCount = f.reviewCount;
    this.unscored = f.unscored;
    this.official = f.official;
    this.mean = f.mean;
    this.trimmed = f.trimmed;
    this.calibrated = f.calibrated;
    this.tieBreak = f.tieBreak;
    this.criterionMeans = f.criterionMeans;
    this.spread = f.spread;
    this.passed = f.passed;
    this.walkTier = f.walkTier;
    this.tier = f.tier;
    this.pending = f.pending;
    this.decision = f.decision;
    this.flags = f.flags;
    this.onLists = f.onLists;
    this.pivot = f.pivot;
    this.#source = source;
    this.#index = index;
  }

  get reviews(): readonly ValidReview[] {
    const { table, members, codes } = this.#source;
    const k = table.criteria;
    const out: ValidReview[] = [];
    for (let r = table.start[this.#index]!; r < table.start[this.#index + 1]!; r++) {
      const scores: Record<string, number> = {};
      for (let c = 0; c < k; c++) scores[codes[c]!] = table.tenths[r * k + c]!;
      out.push({ memberId: members[table.member[r]!]!.id, row: table.row[r]!, total: table.total[r]!, scores });
    }
    return out;
  }

  /** Plain data, as the other results are: the reviews written out. */
  toJSON(): InitiativeResult {
    return { ...this, reviews: this.reviews };
  }
}

export interface RankInput {
  readonly initiatives: readonly Initiative[];
  readonly members: readonly Member[];
  readonly rules: Rules;
  readonly scores: readonly ScoreRow[];
  readonly decisions?: readonly Decision[];
  readonly votes?: readonly BallotVote[];
}

export function rank(input: RankInput): RankResult {
  const { initiatives, members, rules, scores } = input;
  const n = initiatives.length;
  const table = buildReviews(initiatives, members, rules, scores);
  const memberIds = members.map((m) => idKey(m.id));
  const tb = tieBreakIndex(rules.rubric);
  const calibrated = calibratedScores(table, members.length, rules.calibrationShrink);

  const stats = computeStats(table, rules, memberIds);
  const status: Status[] = new Array<Status>(n);
  const official = new Float64Array(n);
  const tieBreak = new Float64Array(n);
  const benefit = new Float64Array(n);
  const idNum = new Float64Array(n);
  const ranked: number[] = [];
  for (let i = 0; i < n; i++) {
    const init = initiatives[i]!;
    official[i] = orNull(stats.official[i]!) ?? -1;
    tieBreak[i] = tb >= 0 ? (criterionMean(table, stats, i, tb) ?? -1) : -1;
    benefit[i] = init.benefitVnd ?? -Infinity;
    idNum[i] = idNumber(init.id);
    status[i] =
      init.duplicateOf !== null ? 'duplicate' : stats.count[i]! >= rules.minReviews ? 'complete' : 'incomplete';
    if (status[i] === 'complete') ranked.push(i);
  }

  // Order: official desc, tie-break mean desc, benefit desc (none lowest), then Mã SK by number.
  // Official and tie-break means are integers in 0..10000 (−1 for none): one number holds both.
  const key = new Float64Array(n);
  for (const i of ranked) key[i] = official[i]! * 20_002 + tieBreak[i]!;
  ranked.sort((a, b) => {
    if (key[a] !== key[b]) return key[b]! - key[a]!;
    if (benefit[a] !== benefit[b]) return benefit[b]! > benefit[a]! ? 1 : -1;
    if (idNum[a] !== idNum[b]) return idNum[a]! < idNum[b]! ? -1 : 1;
    return compareIds(initiatives[a]!.id, initiatives[b]!.id);
  });
  const position = new Float64Array(n).fill(Infinity);
  const rankOf = new Int32Array(n);
  const groups: Group[] = [];
  for (let p = 0; p < ranked.length; p++) {
    const i = ranked[p]!;
    position[i] = p;
    const prev = p > 0 ? ranked[p - 1]! : -1;
    const same =
      prev >= 0 && official[prev] === official[i] && tieBreak[prev] === tieBreak[i] && benefit[prev] === benefit[i];
    if (same) {
      rankOf[i] = rankOf[prev]!;
      groups[groups.length - 1] = { ...groups[groups.length - 1]!, end: p + 1 };
    } else {
      rankOf[i] = p + 1;
      groups.push({ start: p, end: p + 1, score: official[i]! });
    }
  }
  const passed = (i: number): boolean => status[i] === 'complete' && official[i]! >= rules.passMarkHundredths;

  const flags: (Flag[] | undefined)[] = new Array<Flag[] | undefined>(n);
  const flag = (i: number, f: Flag): void => {
    const l = flags[i];
    if (l) l.push(f);
    else flags[i] = [f];
  };

  // Tiers by the walk, then the council's rulings on top.
  const walk = walkTiers(groups, ranked.length, rules.tiers, rules.passMarkHundredths, rules.boundaryTiePolicy);
  const walkTier: (TierName | null)[] = new Array<TierName | null>(n).fill(null);
  const pending = new Uint8Array(n);
  for (let p = 0; p < ranked.length; p++) {
    const t = walk.tier[p]!;
    if (t >= 0) walkTier[ranked[p]!] = rules.tiers[t]!.name;
    pending[ranked[p]!] = walk.pending[p]!;
  }
  for (const b of walk.boundary) {
    const code = rules.boundaryTiePolicy === 'pending' ? 'ranking.flag.pendingTie' : 'ranking.flag.boundaryTie';
    const f: Flag = {
      code,
      params: { tier: rules.tiers[b.tier]!.name, size: b.group.end - b.group.start, free: b.free },
    };
    for (let p = b.group.start; p < b.group.end; p++) flag(ranked[p]!, f);
  }
  const { ruled, problems: decisionProblems } = resolveDecisions(
    input.decisions ?? [],
    table.indexOf,
    (i) => status[i] === 'complete',
  );
  const tier = walkTier.slice();
  for (const [i, r] of ruled) {
    tier[i] = r.tier;
    pending[i] = 0;
    flag(i, {
      code: r.tier === null ? 'ranking.flag.decisionNoPrize' : 'ranking.flag.decisionTier',
      params: { ruling: r.decision.ruling },
    });
  }
  const perTier = Object.fromEntries(TIER_NAMES.map((t) => [t, 0])) as Record<TierName, number>;
  for (let i = 0; i < n; i++) {
    const t = tier[i];
    if (t) perTier[t] = (perTier[t] ?? 0) + 1;
  }
  const listFlags: Flag[] = [];
  for (const t of rules.tiers) {
    if ((perTier[t.name] ?? 0) > t.quota) {
      listFlags.push({
        code: 'ranking.list.tierOverQuota',
        params: { tier: t.name, count: perTier[t.name] ?? 0, quota: t.quota },
      });
    }
  }

  // Persons and lists.
  const persons = buildPersons(initiatives, position, rules.coAuthorsArePersons);
  const lists = buildLists(
    persons,
    {
      rank: (i) => (rankOf[i]! > 0 ? rankOf[i]! : null),
      official: (i) => orNull(stats.official[i]!),
      passed,
      tier: (i) => tier[i] ?? null,
      benefit: (i) => initiatives[i]!.benefitVnd,
      field: (i) => initiatives[i]!.field,
    },
    rules,
  );
  listFlags.push(...lists.listFlags);
  for (const [i, fs] of lists.initiativeFlags) for (const f of fs) flag(i, f);

  // Ballot over every proposed person: UBND first, then anyone only on another list.
  const threshold = ballotThreshold(rules.ballotFraction, members.length);
  const votes = input.votes ?? [];
  const votesEntered = votes.some((v) => v.yes !== null);
  const proposalDrafts: DraftEntry[] = [];
  const proposed = new Set<string>();
  for (const e of [...lists.ubnd, ...lists.national, ...lists.media]) {
    if (proposed.has(e.person.key)) continue;
    proposed.add(e.person.key);
    proposalDrafts.push(e);
  }
  const { voteOf, problems: ballotProblems } = matchVotes(
    proposalDrafts.map((e) => ({
      key: e.person.key,
      name: e.person.name,
      initiativeId: e.person.best >= 0 ? initiatives[e.person.best]!.id : null,
    })),
    votes,
    members.length,
  );

  const publicPerson = new Map<PersonDraft, Person>();
  const toPerson = (p: PersonDraft): Person => {
    let out = publicPerson.get(p);
    if (!out) {
      out = {
        key: p.key,
        name: p.name,
        workplace: p.workplace,
        best: p.best >= 0 ? initiatives[p.best]!.id : null,
        leadCount: p.leadCount,
        hasPrize: p.initiatives.some((i) => tier[i] !== null),
      };
      publicPerson.set(p, out);
    }
    return out;
  };
  const toEntry = (e: DraftEntry): ListEntry => {
    const v = voteOf.get(e.person.key);
    const yes = v && v.yes !== null && v.yes <= members.length ? v.yes : null;
    const outcome: BallotOutcome | null = !votesEntered
      ? null
      : yes === null
        ? 'noVote'
        : yes >= threshold
          ? 'passed'
          : 'failed';
    const extra: Flag[] = outcome === 'noVote' ? [{ code: 'ranking.flag.ballotNoVote' }] : [];
    return {
      person: toPerson(e.person),
      initiative: initiatives[e.person.best]!.id,
      ballot: outcome,
      yes,
      flags: [...e.flags, ...extra],
    };
  };
  const ubnd = lists.ubnd.map(toEntry);
  const national = lists.national.map(toEntry);
  const media = lists.media.map(toEntry);
  const proposals = proposalDrafts.map(toEntry);
  const onUbnd = new Set(lists.ubnd.map((e) => e.person.best));
  const onNational = new Set(lists.national.map((e) => e.person.best));
  const onMedia = new Set(lists.media.map((e) => e.person.best));

  // The outcome lines, after tiers and lists; a disagreement is pivotal when one review crosses one.
  const pendingGroups: { tier: number; members: number[] }[] = [];
  for (const b of walk.boundary) {
    const inGroup: number[] = [];
    for (let p = b.group.start; p < b.group.end; p++) if (pending[ranked[p]!] === 1) inGroup.push(ranked[p]!);
    if (inGroup.length > 0) pendingGroups.push({ tier: b.tier, members: inGroup });
  }
  const lines = outcomeLines({
    tiers: rules.tiers,
    tier: (i) => tier[i] ?? null,
    official: (i) => orNull(stats.official[i]!),
    count: n,
    pending: pendingGroups,
    ubndBest: lists.ubnd.map((e) => e.person.best),
  });
  const pivots = new Map<number, Pivot>();

  // Per-initiative flags that do not depend on the lists.
  for (let i = 0; i < n; i++) {
    if (status[i] === 'duplicate')
      flag(i, { code: 'ranking.flag.duplicate', params: { of: initiatives[i]!.duplicateOf ?? '' } });
    else if (status[i] === 'incomplete')
      flag(i, { code: 'ranking.flag.incomplete', params: { valid: stats.count[i]!, min: rules.minReviews } });
    if (stats.disagreement[i] === 1) {
      flag(i, { code: 'ranking.flag.disagreement', params: { spread: stats.spread[i]! / 100 } });
      const p = status[i] === 'complete' ? pivotOf(table, i, official[i]!, lines, (m) => members[m]!.id) : null;
      if (p) {
        pivots.set(i, p);
        flag(i, pivotalFlag(p));
      }
    }
    const bad = table.invalidByInitiative.get(i);
    if (bad) {
      const conflicts = bad.filter((r) => r.reasons.includes('conflictDeclared') || r.reasons.includes('excludedUnit'));
      if (conflicts.length > 0)
        flag(i, { code: 'ranking.flag.conflict', params: { members: conflicts.map((r) => r.memberId).join(', ') } });
      if (conflicts.length < bad.length)
        flag(i, { code: 'ranking.flag.invalidReview', params: { count: bad.length - conflicts.length } });
    }
  }

  const codes = rules.rubric.map((c) => c.code);
  const k = table.criteria;
  const results: InitiativeResult[] = new Array<InitiativeResult>(n);
  // The eight combinations of list membership, shared rather than allocated per initiative.
  const ON_LISTS = Array.from({ length: 8 }, (_, m) => ({
    ubnd: (m & 1) !== 0,
    national: (m & 2) !== 0,
    media: (m & 4) !== 0,
  }));
  const reviewSource: ReviewSource = { table, members, codes };
  for (let i = 0; i < n; i++) {
    const criterionMeans: Record<string, number | null> = {};
    for (let c = 0; c < k; c++) criterionMeans[codes[c]!] = criterionMean(table, stats, i, c);
    const cal = calibrated[i]!;
    results[i] = new Result(reviewSource, i, {
      initiative: initiatives[i]!,
      status: status[i]!,
      rank: rankOf[i]! > 0 ? rankOf[i]! : null,
      position: position[i] === Infinity ? null : position[i]!,
      reviewCount: table.start[i + 1]! - table.start[i]!,
      unscored: table.unscored[i]!,
      official: orNull(stats.official[i]!),
      mean: orNull(stats.mean[i]!),
      trimmed: orNull(stats.trimmed[i]!),
      calibrated: Number.isNaN(cal) ? null : cal,
      tieBreak: tieBreak[i]! >= 0 ? tieBreak[i]! : null,
      criterionMeans,
      spread: orNull(stats.spread[i]!),
      passed: passed(i),
      walkTier: walkTier[i] ?? null,
      tier: tier[i] ?? null,
      pending: pending[i] === 1,
      decision: ruled.get(i)?.decision ?? null,
      flags: flags[i] ?? [],
      onLists: ON_LISTS[(onUbnd.has(i) ? 1 : 0) | (onNational.has(i) ? 2 : 0) | (onMedia.has(i) ? 4 : 0)]!,
      pivot: pivots.get(i) ?? null,
    });
  }
  const unranked: number[] = [];
  for (let i = 0; i < n; i++) if (position[i] === Infinity) unranked.push(i);
  unranked.sort((a, b) => idNum[a]! - idNum[b]! || compareIds(initiatives[a]!.id, initiatives[b]!.id));
  const ordered = [...ranked, ...unranked].map((i) => results[i]!);

  let duplicates = 0;
  let reviewed = 0;
  let complete = 0;
  let incomplete = 0;
  let passedCount = 0;
  for (let i = 0; i < n; i++) {
    if (status[i] === 'duplicate') duplicates++;
    else if (status[i] === 'complete') complete++;
    else incomplete++;
    if (stats.count[i]! > 0) reviewed++;
    if (passed(i)) passedCount++;
  }
  let unscoredRows = 0;
  for (let i = 0; i < n; i++) unscoredRows += table.unscored[i]!;

  return {
    initiatives: ordered,
    invalidReviews: table.invalid,
    persons: persons.map(toPerson),
    lists: { ubnd, national, media },
    listFlags,
    ballot: { members: members.length, threshold, votesEntered, proposals },
    counts: {
      registered: n,
      duplicates,
      reviewed,
      complete,
      incomplete,
      passed: passedCount,
      validReviews: table.start[n]!,
      invalidReviews: table.invalid.length,
      unscoredRows,
      perTier,
    },
    tieBreakCriterion: tb >= 0 ? codes[tb]! : '',
    lines,
    agenda: buildAgenda(ordered, listFlags),
    problems: [...table.problems, ...decisionProblems, ...ballotProblems],
  };
}

/** The pivotal flag's sentence: the first line crossed and the first review that crosses it. */
function pivotalFlag(p: Pivot): Flag {
  const line = p.lines[0]!;
  const r = p.reviews.find((x) => x.crosses) ?? p.reviews[0]!;
  return {
    code: 'ranking.flag.pivotal',
    params: {
      member: r.memberId,
      total: r.total / 100,
      without: r.without / 100,
      score: p.official / 100,
      line: line.score / 100,
      lineName: line.kind === 'tier' ? line.tier : 'UBND',
    },
  };
}

/** The ranked initiative ids in order (convenience for hosts and tests). */
export function rankedIds(result: RankResult): InitiativeId[] {
  return result.initiatives.filter((r) => r.rank !== null).map((r) => r.initiative.id);
}
