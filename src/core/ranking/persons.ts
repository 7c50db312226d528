// Persons (SPEC §4 "Individuals"): the lead author, identified by folded name + workplace, and
// co-authors too when the rules say so. A person's best initiative is their highest-ranked one,
// then the lowest Mã SK; the lists below all start from it.

import type { TierName } from '../council/rules';
import type { Initiative } from '../model';
import { foldName } from './fold';
import { compareIds } from './ids';
import type { Person } from './types';

export interface PersonDraft {
  readonly key: string;
  name: string;
  workplace: string;
  /** Initiative index of the best initiative, −1 when none. */
  best: number;
  /** Position of the best initiative in the ranking, +∞ when it is not ranked. */
  bestPos: number;
  /** Where the person stands among the authors of the best initiative (lead = 0). */
  authorIndex: number;
  leadCount: number;
  /** Initiative indexes they lead or (when counted) co-author, duplicates excluded. */
  readonly initiatives: number[];
}

export function personKey(name: string, workplace: string): string {
  return `${foldName(name)}\u0000${foldName(workplace)}`;
}

/**
 * Persons in first-seen order. `position[i]` is initiative i's ranking position (+∞ if unranked);
 * duplicates (duplicateOf set) are no one's initiative.
 */
export function buildPersons(
  initiatives: readonly Initiative[],
  position: Float64Array,
  coAuthors: boolean,
): PersonDraft[] {
  // Two levels (name, then workplace) so that no key string is built per initiative.
  const byName = new Map<string, Map<string, PersonDraft>>();
  const out: PersonDraft[] = [];
  for (let i = 0; i < initiatives.length; i++) {
    const init = initiatives[i]!;
    if (init.duplicateOf !== null) continue;
    const last = coAuthors ? init.authors.length : Math.min(1, init.authors.length);
    for (let a = 0; a < last; a++) {
      const name = (init.authors[a] ?? '').trim();
      if (name === '') continue;
      const fn = foldName(name);
      const fw = foldName(init.workplace);
      let atWork = byName.get(fn);
      if (!atWork) {
        atWork = new Map<string, PersonDraft>();
        byName.set(fn, atWork);
      }
      let p = atWork.get(fw);
      if (!p) {
        p = {
          key: `${fn}\u0000${fw}`,
          name,
          workplace: init.workplace.trim(),
          best: -1,
          bestPos: Infinity,
          authorIndex: a,
          leadCount: 0,
          initiatives: [],
        };
        atWork.set(fw, p);
        out.push(p);
      }
      // One person named twice on one initiative counts it once.
      if (p.initiatives[p.initiatives.length - 1] !== i) p.initiatives.push(i);
      if (a === 0) p.leadCount++;
      const pos = position[i]!;
      const better =
        p.best < 0 ||
        pos < p.bestPos ||
        (pos === p.bestPos && pos === Infinity && compareIds(init.id, initiatives[p.best]!.id) < 0);
      if (better) {
        p.best = i;
        p.bestPos = pos;
        p.authorIndex = a;
        p.name = name;
        p.workplace = init.workplace.trim();
      }
    }
  }
  return out;
}

/** List order: the best initiative's position, then the author's place on it. */
export function comparePersons(a: PersonDraft, b: PersonDraft): number {
  if (a.bestPos !== b.bestPos) return a.bestPos < b.bestPos ? -1 : 1;
  return a.authorIndex - b.authorIndex;
}

/** The persons as results show them: ids instead of indexes, and whether any of theirs has a prize. */
export function publicPersons(
  drafts: readonly PersonDraft[],
  initiatives: readonly Initiative[],
  tier: readonly (TierName | null)[],
): Map<PersonDraft, Person> {
  const out = new Map<PersonDraft, Person>();
  for (const p of drafts) {
    out.set(p, {
      key: p.key,
      name: p.name,
      workplace: p.workplace,
      best: p.best >= 0 ? initiatives[p.best]!.id : null,
      leadCount: p.leadCount,
      hasPrize: p.initiatives.some((i) => tier[i] !== null),
    });
  }
  return out;
}
