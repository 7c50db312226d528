// Assignment (SPEC §2.3): k distinct reviewers per initiative, never one who must not review its
// upper-level union, loads as even as the conflicts allow. Initiatives of one union share the
// same eligible members, so loads are decided by a max-flow over unions × members (small at any
// register size) and then dealt out to the initiatives of each union; linear in the register.
// Pairs that already hold scores can be kept: re-assigning after a late initiative or a new member
// then fills the gaps around them instead of reshuffling reviewers who have started.

import type { Initiative, InitiativeId, Member, MemberId } from '../model';
import type { Problem } from '../problems';
import { SHEET_ROLES } from '../sheet/plan';
import { problemAt } from './cells';
import { compareIds, makeFolder } from './fold';
import { FlowGraph } from './flow';

export interface Pair {
  readonly initiativeId: InitiativeId;
  readonly memberId: MemberId;
}

export interface Assignment {
  pairs: Pair[];
  problems: Problem[];
}

export interface AssignOptions {
  /** Pairs to keep (e.g. those already holding scores) when still valid: member present, allowed, at most k per initiative. */
  readonly keep?: readonly { readonly initiativeId: string; readonly memberId: string }[];
}

interface UnitGroup {
  readonly unit: string;
  readonly items: Initiative[];
  /** Kept members of every initiative of the group (member indexes), excluded from `eligible`. */
  readonly fixed: readonly number[];
  eligible: number[];
  /** Reviewers each initiative of the group gets: k, or fewer when not enough members may review it. */
  take: number;
}

const NONE: readonly number[] = [];

/** Members who may review a union (folded compare against each member's `Không chấm đơn vị`). */
function eligibleFor(foldedUnit: string, excluded: readonly ReadonlySet<string>[]): number[] {
  const out: number[] = [];
  for (let m = 0; m < excluded.length; m++) if (!excluded[m]!.has(foldedUnit)) out.push(m);
  return out;
}

/**
 * Loads per member: first everyone up to ⌊T/M⌋ as far as conflicts allow, then up to one more;
 * only if that cannot place every review is the cap raised, to the smallest that can. Sink edges
 * never lose flow when augmenting, so the lower level reached first is kept.
 */
function balancedFlow(
  groups: readonly UnitGroup[],
  base: readonly number[],
  total: number,
): { graph: FlowGraph; unitEdges: number[][]; maxLoad: number } {
  const memberCount = base.length;
  const G = groups.length;
  const S = 0;
  const T = 1;
  let edges = G + memberCount;
  for (const g of groups) edges += g.eligible.length;
  const graph = new FlowGraph(2 + G + memberCount, edges);
  const unitEdges: number[][] = [];
  groups.forEach((g, u) => {
    graph.addEdge(S, 2 + u, g.take * g.items.length);
    unitEdges.push(g.eligible.map((m) => graph.addEdge(2 + u, 2 + G + m, g.items.length)));
  });
  // `total` counts kept reviews too; a member's sink takes what is left of a level after them.
  const low = Math.floor(total / memberCount);
  let flowTotal = 0;
  for (const g of groups) flowTotal += g.take * g.items.length;
  const sinks: number[] = [];
  for (let m = 0; m < memberCount; m++) sinks.push(graph.addEdge(2 + G + m, T, Math.max(0, low - base[m]!)));
  let flow = graph.maxFlow(S, T);
  const raise = (g: FlowGraph, cap: number): number => {
    sinks.forEach((e, m) => g.setCapacity(e, Math.max(g.flowOn(e), cap - base[m]!)));
    return g.maxFlow(S, T);
  };
  flow += raise(graph, low + 1);
  if (flow === flowTotal) return { graph, unitEdges, maxLoad: low + 1 };
  // Conflicts force someone above ⌊T/M⌋ + 1: find the smallest cap that places every review.
  let lo = low + 2;
  let hi = total;
  let best: FlowGraph | null = null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const trial = graph.clone();
    if (flow + raise(trial, mid) === flowTotal) {
      hi = mid;
      best = trial;
    } else lo = mid + 1;
  }
  if (best === null || hi !== lo) {
    best = graph.clone();
    raise(best, hi);
  }
  return { graph: best, unitEdges, maxLoad: hi };
}

/**
 * When conflicts force some loads apart, the flow fixes the largest load but not how the rest is
 * shared: move reviews of one union from a member to another who may also review it whenever their
 * loads differ by two or more. Each move narrows a gap, so the largest load never grows and the
 * smallest never shrinks; it ends when no such move is left (bounded, in case of a long tail).
 */
function levelLoads(groups: readonly UnitGroup[], flows: number[][], loads: number[]): void {
  for (let sweep = 0; sweep < 10_000; sweep++) {
    let moved = false;
    groups.forEach((g, u) => {
      const f = flows[u]!;
      const c = g.items.length;
      for (let a = 0; a < f.length; a++) {
        for (let b = 0; b < f.length && f[a]! > 0; b++) {
          const ma = g.eligible[a]!;
          const mb = g.eligible[b]!;
          const gap = loads[ma]! - loads[mb]!;
          if (gap < 2 || f[b]! >= c) continue;
          const amount = Math.min(f[a]!, c - f[b]!, Math.floor(gap / 2));
          f[a]! -= amount;
          f[b]! += amount;
          loads[ma]! -= amount;
          loads[mb]! += amount;
          moved = true;
        }
      }
    });
    if (!moved) return;
  }
}

/**
 * Gives each initiative `perInitiative` distinct eligible reviewers. Duplicates (`duplicateOf`)
 * are not assigned. An initiative with fewer eligible members gets all of them and a problem.
 * Same input, same output: no randomness, ties broken by member id and register order.
 */
export function assign(
  initiatives: readonly Initiative[],
  members: readonly Member[],
  perInitiative: number,
  options: AssignOptions = {},
): Assignment {
  const sheet = SHEET_ROLES.register.name;
  const problems: Problem[] = [];
  if (!Number.isInteger(perInitiative) || perInitiative < 1) {
    return {
      pairs: [],
      problems: [
        problemAt('council.assign.badCount', 'error', SHEET_ROLES.config.name, null, null, { value: perInitiative }),
      ],
    };
  }
  if (members.length === 0)
    return {
      pairs: [],
      problems: [problemAt('council.assign.noMembers', 'error', SHEET_ROLES.council.name, null, null)],
    };
  const folder = makeFolder();
  const sorted = [...members].sort((a, b) => compareIds(a.id, b.id));
  const excluded = sorted.map((m) => new Set(m.excludedUnits.map((u) => folder(u))));

  const index = new Map<string, number>(sorted.map((m, i) => [m.id, i]));
  const kept = new Map<string, number[]>();
  for (const p of options.keep ?? []) {
    const m = index.get(p.memberId);
    if (m === undefined) continue;
    const list = kept.get(p.initiativeId);
    if (!list) kept.set(p.initiativeId, [m]);
    else if (!list.includes(m)) list.push(m);
  }

  const groups = new Map<string, UnitGroup>();
  const seen = new Set<string>();
  const order: Initiative[] = [];
  const base = new Array<number>(sorted.length).fill(0);
  const fixedOf = new Map<string, readonly number[]>();
  for (const it of initiatives) {
    if (it.duplicateOf !== null) continue;
    if (seen.has(it.id)) {
      problems.push(problemAt('council.assign.duplicateId', 'error', sheet, null, null, { id: it.id }));
      continue;
    }
    seen.add(it.id);
    order.push(it);
    const unit = folder(it.unit);
    // A kept pair stays only while the member may still review the union; the lowest ids first.
    const keptHere = kept.get(it.id);
    const fixed = keptHere
      ? keptHere
          .filter((m) => !excluded[m]!.has(unit))
          .sort((a, b) => a - b)
          .slice(0, perInitiative)
      : NONE;
    if (fixed.length > 0) fixedOf.set(it.id, fixed);
    for (const m of fixed) base[m]!++;
    const key = fixed.length === 0 ? unit : `${unit}\u0000${fixed.join(',')}`;
    let g = groups.get(key);
    if (!g) {
      g = { unit: it.unit, items: [], fixed, eligible: [], take: 0 };
      groups.set(key, g);
    }
    g.items.push(it);
  }
  const keys = [...groups.keys()].sort();
  const list: UnitGroup[] = [];
  let total = 0;
  for (const k of keys) {
    const g = groups.get(k)!;
    const fixed = new Set(g.fixed);
    g.eligible = eligibleFor(folder(g.unit), excluded).filter((m) => !fixed.has(m));
    g.take = Math.min(perInitiative - g.fixed.length, g.eligible.length);
    const available = g.fixed.length + g.eligible.length;
    if (available < perInitiative) {
      for (const it of g.items) {
        problems.push(
          problemAt('council.assign.tooFewReviewers', 'error', sheet, null, null, {
            id: it.id,
            unit: g.unit,
            available,
            needed: perInitiative,
          }),
        );
      }
    }
    total += (g.take + g.fixed.length) * g.items.length;
    if (g.take > 0) list.push(g);
  }
  if (total === 0) return { pairs: [], problems };

  const loads = [...base];
  const chosen = new Map<string, number[]>();
  if (list.length > 0) {
    const { graph, unitEdges } = balancedFlow(list, base, total);
    const flows = list.map((_, u) => unitEdges[u]!.map((e) => Math.round(graph.flowOn(e))));
    list.forEach((g, u) => g.eligible.forEach((m, j) => (loads[m]! += flows[u]![j]!)));
    levelLoads(list, flows, loads);

    // Deal each group's member loads to its initiatives: member slots laid end to end, slot i to
    // initiative i mod c. A member's run is at most c long, so no initiative gets anyone twice.
    list.forEach((g, u) => {
      const c = g.items.length;
      const perItem: number[][] = g.items.map(() => []);
      let slot = 0;
      g.eligible.forEach((m, j) => {
        const f = flows[u]![j]!;
        for (let i = 0; i < f; i++, slot++) perItem[slot % c]!.push(m);
      });
      g.items.forEach((it, i) => chosen.set(it.id, perItem[i]!));
    });
  }

  const pairs: Pair[] = [];
  for (const it of order) {
    const ms = [...(fixedOf.get(it.id) ?? []), ...(chosen.get(it.id) ?? [])];
    ms.sort((a, b) => a - b);
    for (const m of ms) pairs.push({ initiativeId: it.id, memberId: sorted[m]!.id });
  }
  let min = Infinity;
  let max = -Infinity;
  for (const l of loads) {
    if (l < min) min = l;
    if (l > max) max = l;
  }
  if (max - min > 1)
    problems.push(problemAt('council.assign.unbalanced', 'info', SHEET_ROLES.council.name, null, null, { min, max }));
  return { pairs, problems };
}

/** Reviews per member in a list of pairs, for the pane and for tests. */
export function memberLoads(pairs: readonly Pair[]): Map<MemberId, number> {
  const out = new Map<MemberId, number>();
  for (const p of pairs) out.set(p.memberId, (out.get(p.memberId) ?? 0) + 1);
  return out;
}
