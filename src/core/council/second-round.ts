// The second round (Chấm bổ sung, SPEC §4): one more reviewer for each pivotal initiative, a
// member who has no row for it yet and may review its union, with the round's loads as even as
// the conflicts allow and the same result for the same input. Rounds are numbered from the
// "Vòng" column of "Chấm điểm" (a row without one is round 1), so the council can run it again.

import type { Initiative, InitiativeId, Member, ScoreRow } from '../model';
import { compareIds, makeFolder } from './fold';
import { FlowGraph } from './flow';
import type { Pair } from './assign';

export interface SecondRoundInput {
  readonly initiatives: readonly Initiative[];
  readonly members: readonly Member[];
  /** The pivotal initiatives, in ranking order. */
  readonly targets: readonly InitiativeId[];
  /** Every row of "Chấm điểm" as read. */
  readonly rows: readonly ScoreRow[];
}

export type SkipReason = 'waiting' | 'noMember';

export interface SecondRound {
  /** The round these pairs belong to: one more than the highest round in "Chấm điểm". */
  readonly round: number;
  /** One new pair per target that could be given a reviewer, in target order. */
  readonly pairs: readonly Pair[];
  /** Targets left out: a row of theirs still waits for scores, or no member may review them. */
  readonly skipped: readonly { readonly initiativeId: InitiativeId; readonly reason: SkipReason }[];
  /** New reviews per member id in this round (members with none included). */
  readonly loads: ReadonlyMap<string, number>;
}

const key = (id: string): string => id.trim().toUpperCase();

/** Round of a row of "Chấm điểm": its "Vòng", 1 when the sheet has none. */
export function roundOf(row: ScoreRow): number {
  return row.round ?? 1;
}

function started(row: ScoreRow): boolean {
  if (row.conflict) return true;
  for (const k in row.scores) if (row.scores[k] !== null && row.scores[k] !== undefined) return true;
  return false;
}

export function secondRound(input: SecondRoundInput): SecondRound {
  const { initiatives, targets, rows } = input;
  const folder = makeFolder();
  const members = [...input.members].sort((a, b) => compareIds(a.id, b.id));
  const excluded = members.map((m) => new Set(m.excludedUnits.map((u) => folder(u))));
  let round = 1;
  const pairs = new Set<string>();
  const waiting = new Set<string>();
  const total = new Map<string, number>();
  for (const r of rows) {
    round = Math.max(round, roundOf(r));
    pairs.add(`${key(r.initiativeId)}\u0000${key(r.memberId)}`);
    total.set(key(r.memberId), (total.get(key(r.memberId)) ?? 0) + 1);
    if (!started(r)) waiting.add(key(r.initiativeId));
  }
  round++;

  const byId = new Map(initiatives.map((it) => [key(it.id), it]));
  // Among members equally loaded in this round, those with fewer reviews overall come first.
  const preference = members
    .map((m, j) => ({ j, load: total.get(key(m.id)) ?? 0 }))
    .sort((a, b) => a.load - b.load || a.j - b.j)
    .map((x) => x.j);

  const skipped: { initiativeId: InitiativeId; reason: SkipReason }[] = [];
  const open: { id: InitiativeId; eligible: number[] }[] = [];
  const seen = new Set<string>();
  for (const id of targets) {
    if (seen.has(key(id))) continue;
    seen.add(key(id));
    if (waiting.has(key(id))) {
      skipped.push({ initiativeId: id, reason: 'waiting' });
      continue;
    }
    const unit = folder(byId.get(key(id))?.unit ?? '');
    const eligible = preference.filter(
      (j) => !excluded[j]!.has(unit) && !pairs.has(`${key(id)}\u0000${key(members[j]!.id)}`),
    );
    if (eligible.length === 0) skipped.push({ initiativeId: id, reason: 'noMember' });
    else open.push({ id, eligible });
  }

  const loads = new Map<string, number>(members.map((m) => [m.id, 0]));
  const out: Pair[] = [];
  if (open.length > 0 && members.length > 0) {
    const chosen = balanced(open, members.length);
    open.forEach((o, k) => {
      const m = members[chosen[k]!]!;
      out.push({ initiativeId: o.id, memberId: m.id });
      loads.set(m.id, (loads.get(m.id) ?? 0) + 1);
    });
  }
  return { round, pairs: out, skipped, loads };
}

/**
 * One member per initiative by max-flow: every member first up to ⌊P/M⌋, then one more, then the
 * smallest cap that places everyone. Sink edges never lose flow while augmenting, so the lower
 * level reached first is kept. Edges are explored last-added first, so each initiative's eligible
 * members are added in reverse order of preference.
 */
function balanced(open: readonly { eligible: readonly number[] }[], memberCount: number): number[] {
  const P = open.length;
  const S = 0;
  const T = 1;
  let edges = P + memberCount;
  for (const o of open) edges += o.eligible.length;
  const graph = new FlowGraph(2 + P + memberCount, edges);
  const edgeOf: number[][] = [];
  open.forEach((o, k) => {
    graph.addEdge(S, 2 + k, 1);
    const es: number[] = [];
    for (let x = o.eligible.length - 1; x >= 0; x--) es[x] = graph.addEdge(2 + k, 2 + P + o.eligible[x]!, 1);
    edgeOf.push(es);
  });
  const sinks: number[] = [];
  const low = Math.floor(P / memberCount);
  for (let m = 0; m < memberCount; m++) sinks.push(graph.addEdge(2 + P + m, T, low));
  let flow = graph.maxFlow(S, T);
  for (let cap = low + 1; flow < P && cap <= P; cap++) {
    for (const e of sinks) graph.setCapacity(e, cap);
    flow += graph.maxFlow(S, T);
  }
  return open.map((o, k) => {
    const x = edgeOf[k]!.findIndex((e) => graph.flowOn(e) > 0);
    return o.eligible[x]!;
  });
}
