// What the council is asked to decide (SPEC §4): ties at a boundary, pivotal disagreements,
// conflicts of interest, national candidates without a benefit amount and lists short of people,
// most consequential first (a prize, the national list, the UBND list, the media list, the rest).
// A disagreement that no single review decides is a mark on "Xếp hạng", not a question.

import type { AgendaItem, AgendaScope, Flag, InitiativeResult } from './types';
import { AGENDA_SCOPES } from './types';

/** Flags on an initiative that put a question to the council. */
export const AGENDA_FLAGS: ReadonlySet<string> = new Set([
  'ranking.flag.boundaryTie',
  'ranking.flag.pendingTie',
  'ranking.flag.ubndCutTie',
  'ranking.flag.pivotal',
  'ranking.flag.conflict',
  'ranking.flag.nationalMissingBenefit',
]);

/** Flags a tier ruling in "Quyết định" answers (the conflict flag is answered by re-scoring). */
export const RULING_FLAGS: ReadonlySet<string> = new Set([
  'ranking.flag.boundaryTie',
  'ranking.flag.pendingTie',
  'ranking.flag.ubndCutTie',
  'ranking.flag.pivotal',
  'ranking.flag.nationalMissingBenefit',
]);

/** Flags shared by a whole group of equal rank: one question for the group. */
const GROUP_FLAGS = new Set(['ranking.flag.boundaryTie', 'ranking.flag.pendingTie', 'ranking.flag.ubndCutTie']);

const LIST_SCOPE: Readonly<Record<string, AgendaScope>> = {
  'ranking.list.tierOverQuota': 'prize',
  'ranking.list.nationalTooFew': 'national',
  'ranking.list.ubndTooFew': 'ubnd',
  'ranking.list.ubndOverMax': 'ubnd',
  'ranking.list.mediaTooFew': 'media',
  'ranking.list.mediaFieldsFilled': 'media',
};

function scopeOf(r: InitiativeResult, f: Flag): AgendaScope {
  switch (f.code) {
    case 'ranking.flag.boundaryTie':
    case 'ranking.flag.pendingTie':
      return 'prize';
    case 'ranking.flag.ubndCutTie':
      return 'ubnd';
    case 'ranking.flag.nationalMissingBenefit':
      return 'national';
    case 'ranking.flag.pivotal':
      return r.pivot?.lines.some((l) => l.kind === 'tier') ? 'prize' : 'ubnd';
    default:
      if (r.tier !== null || r.walkTier !== null || r.pending) return 'prize';
      if (r.onLists.national) return 'national';
      if (r.onLists.ubnd) return 'ubnd';
      return r.onLists.media ? 'media' : 'other';
  }
}

/**
 * The agenda from the results in ranking order and the whole-list flags. Within a scope, list
 * flags come first, then initiatives in ranking order; a tied group is one item.
 */
export function buildAgenda(ordered: readonly InitiativeResult[], listFlags: readonly Flag[]): AgendaItem[] {
  const items: { item: AgendaItem; at: number }[] = [];
  listFlags.forEach((f, k) => {
    const scope = LIST_SCOPE[f.code];
    if (scope) items.push({ item: { key: `${f.code}#${k}`, scope, flag: f, initiatives: [], pivot: null }, at: -1 });
  });
  const groups = new Map<string, { ids: string[] }>();
  ordered.forEach((r, at) => {
    for (const f of r.flags) {
      if (!AGENDA_FLAGS.has(f.code)) continue;
      const id = r.initiative.id;
      if (GROUP_FLAGS.has(f.code) && r.rank !== null) {
        const gk = `${f.code}@${r.rank}`;
        const g = groups.get(gk);
        if (g) {
          g.ids.push(id);
          continue;
        }
        const ids = [id];
        groups.set(gk, { ids });
        items.push({
          item: { key: `${f.code}:${id}`, scope: scopeOf(r, f), flag: f, initiatives: ids, pivot: null },
          at,
        });
        continue;
      }
      const pivot = f.code === 'ranking.flag.pivotal' ? r.pivot : null;
      items.push({ item: { key: `${f.code}:${id}`, scope: scopeOf(r, f), flag: f, initiatives: [id], pivot }, at });
    }
  });
  const order = new Map(AGENDA_SCOPES.map((s, k) => [s, k]));
  // Stable: equal scope and position keep the order the flags were raised in.
  items.sort((a, b) => order.get(a.item.scope)! - order.get(b.item.scope)! || a.at - b.at);
  return items.map((x) => x.item);
}

/** How many distinct initiatives the agenda asks about (the share the council reads). */
export function agendaInitiatives(agenda: readonly AgendaItem[]): number {
  const ids = new Set<string>();
  for (const a of agenda) for (const id of a.initiatives) ids.add(id);
  return ids.size;
}
