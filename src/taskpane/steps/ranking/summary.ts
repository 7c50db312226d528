// What the ranking step shows, built from a result without React: the counts, the picture of the
// cut (each ranked initiative's official score in rank order, the outcome lines, the flagged ones
// marked) and the council's questions grouped by what is at stake, each with the reviews behind it.
import type { TierName } from '../../../core/council/rules';
import { message, type Locale } from '../../../core/messages';
import type { Member } from '../../../core/model';
import type { Problem } from '../../../core/problems';
import type { Rules } from '../../../core/council/rules';
import {
  AGENDA_SCOPES,
  type AgendaScope,
  type Hundredths,
  type InitiativeResult,
  type OutcomeLine,
  type RankResult,
} from '../../../core/ranking';

/** What an item is about, most consequential first (core/ranking/agenda.ts decides). */
export type Scope = AgendaScope;
export const SCOPES: readonly Scope[] = AGENDA_SCOPES;

/** An outcome line of SPEC §4 (RankResult.lines), drawn on the chart. */
export type CutLine = OutcomeLine;

export interface Target {
  readonly sheet: string;
  readonly row: number;
}

export interface ReviewFigure {
  readonly member: string;
  readonly total: Hundredths;
  /** The official score without this review; null when not computed. */
  readonly without: Hundredths | null;
  /** Leaving this review out moves the score across a line. */
  readonly crosses: boolean;
}

export interface DecisionView {
  readonly key: string;
  readonly scope: Scope;
  /** Mã SK of the initiatives concerned (a tied group has several; a list flag none). */
  readonly ids: readonly string[];
  readonly title: string;
  readonly rank: number | null;
  readonly score: Hundredths | null;
  readonly tier: TierName | null;
  /** Why the council is asked, in the pane's language. */
  readonly text: string;
  readonly reviews: readonly ReviewFigure[];
  /** The lines a review moves the score across (pivotal disagreements). */
  readonly lines: readonly CutLine[];
  readonly target: Target | null;
}

export interface ChartPoint {
  readonly id: string;
  readonly title: string;
  /** 1-based position in the ranking. */
  readonly position: number;
  readonly score: Hundredths;
  readonly tier: TierName | null;
  readonly ubnd: boolean;
  /** The council is asked about it. */
  readonly flagged: boolean;
  readonly target: Target | null;
}

export interface RankingSummary {
  readonly counts: RankResult['counts'];
  readonly lists: { readonly ubnd: number; readonly national: number; readonly media: number };
  /** When the results were computed (or last written), as the clerk reads it. */
  readonly computedAt: string | null;
  readonly decisions: readonly DecisionView[];
  /** Initiatives the decisions concern (a tied group counts each). */
  readonly decisionInitiatives: number;
  /** Disagreements that decide nothing: a mark in "Xếp hạng" only. */
  readonly marks: number;
  /** The ranking down to a little past the last line (or flagged initiative), in rank order. */
  readonly points: readonly ChartPoint[];
  /** Every ranked initiative, drawn or not. */
  readonly ranked: number;
  readonly lines: readonly CutLine[];
  readonly kept: readonly { readonly sheet: string; readonly keptAs: string }[];
  readonly problems: readonly Problem[];
}

export interface SummaryInput {
  readonly result: RankResult;
  readonly rules: Rules;
  readonly members: readonly Member[];
  readonly computedAt: string | null;
  readonly rankingSheet: string | null;
  readonly rankingRows: ReadonlyMap<string, number>;
  readonly kept?: readonly { readonly sheet: string; readonly keptAs: string }[];
  readonly problems: readonly Problem[];
}

export function summarise(input: SummaryInput, locale: Locale): RankingSummary {
  const { result } = input;
  const byId = new Map<string, InitiativeResult>(result.initiatives.map((r) => [r.initiative.id, r]));
  const names = new Map<string, string>(input.members.map((m) => [m.id, m.name]));
  const target = (id: string | undefined): Target | null => {
    const row = id === undefined ? undefined : input.rankingRows.get(id);
    return input.rankingSheet !== null && row !== undefined ? { sheet: input.rankingSheet, row } : null;
  };
  const lines = result.lines;
  const agenda = result.agenda;
  const concerned = new Set<string>();
  const decisions = agenda.map((a): DecisionView => {
    const first = a.initiatives[0];
    const r = first === undefined ? undefined : byId.get(first);
    for (const id of a.initiatives) concerned.add(id);
    const member = (id: string): string => (names.has(id) ? `${id} ${names.get(id)!}` : id);
    // A pivotal disagreement brings its figures (the score without each review); other questions show the reviews.
    const reviews: ReviewFigure[] = a.pivot
      ? a.pivot.reviews.map((v) => ({
          member: member(v.memberId),
          total: v.total,
          without: v.without,
          crosses: v.crosses,
        }))
      : (r?.reviews ?? []).map((v) => ({ member: member(v.memberId), total: v.total, without: null, crosses: false }));
    return {
      key: a.key,
      scope: a.scope,
      ids: a.initiatives,
      title: a.initiatives.map((id) => byId.get(id)?.initiative.title ?? id).join('; '),
      rank: r?.rank ?? null,
      score: r?.official ?? null,
      tier: r?.tier ?? null,
      text: message(locale, a.flag.code, a.flag.params),
      reviews,
      lines: a.pivot?.lines ?? [],
      target: target(first),
    };
  });
  // The chart shows where the lines fall: the ranking down to a little past the last line, not the
  // long tail far below every prize and list (the whole ranking is in "Xếp hạng").
  const cutEnd = Math.max(
    ...result.initiatives.map((r) =>
      r.position !== null && (r.tier !== null || r.onLists.ubnd || concerned.has(r.initiative.id)) ? r.position + 1 : 0,
    ),
    0,
  );
  const shown = Math.max(20, Math.ceil(cutEnd * 1.2));
  let ranked = 0;
  const points: ChartPoint[] = [];
  for (const r of result.initiatives) {
    if (r.position === null || r.official === null) continue;
    ranked++;
    if (r.position >= shown) continue;
    points.push({
      id: r.initiative.id,
      title: r.initiative.title,
      position: r.position + 1,
      score: r.official,
      tier: r.tier,
      ubnd: r.onLists.ubnd,
      flagged: concerned.has(r.initiative.id),
      target: target(r.initiative.id),
    });
  }
  const marks = result.initiatives.filter(
    (r) => r.flags.some((f) => f.code === 'ranking.flag.disagreement') && !concerned.has(r.initiative.id),
  ).length;
  return {
    counts: result.counts,
    lists: { ubnd: result.lists.ubnd.length, national: result.lists.national.length, media: result.lists.media.length },
    computedAt: input.computedAt,
    decisions,
    decisionInitiatives: concerned.size,
    marks,
    points,
    ranked,
    lines,
    kept: input.kept ?? [],
    problems: input.problems,
  };
}

/** Decisions in groups of one scope each, in SCOPES order, empty groups left out. */
export function groupByScope(decisions: readonly DecisionView[]): { scope: Scope; items: DecisionView[] }[] {
  return SCOPES.map((scope) => ({ scope, items: decisions.filter((d) => d.scope === scope) })).filter(
    (g) => g.items.length > 0,
  );
}
