// The three lists of SPEC §4: UBND (75–120 persons), national (4) and media (3–5). All start from
// each person's best initiative and are decided before the ballot.

import type { Rules, TierName } from '../council/rules';
import type { FieldCode, Initiative } from '../model';
import { passes, type Aggregate } from './aggregate';
import type { FlagBag } from './flags';
import type { Order } from './order';
import { comparePersons, type PersonDraft } from './persons';
import { orNull } from './stats';
import type { Awards } from './tiers';
import type { Flag } from './types';

/** What the lists need to know about an initiative, by initiative index. */
export interface ListFacts {
  readonly rank: (i: number) => number | null;
  readonly official: (i: number) => number | null;
  readonly passed: (i: number) => boolean;
  readonly tier: (i: number) => TierName | null;
  readonly benefit: (i: number) => number | null;
  readonly field: (i: number) => FieldCode | null;
}

export interface DraftEntry {
  readonly person: PersonDraft;
  readonly flags: Flag[];
}

export interface DraftLists {
  readonly ubnd: DraftEntry[];
  readonly national: DraftEntry[];
  readonly media: DraftEntry[];
  readonly listFlags: Flag[];
  /** Initiative index → flags the lists raised on it. */
  readonly initiativeFlags: Map<number, Flag[]>;
}

function hasPrize(p: PersonDraft, f: ListFacts): boolean {
  return p.initiatives.some((i) => f.tier(i) !== null);
}

export function buildLists(persons: readonly PersonDraft[], f: ListFacts, rules: Rules): DraftLists {
  const listFlags: Flag[] = [];
  const initiativeFlags = new Map<number, Flag[]>();
  const flagInitiative = (i: number, flag: Flag): void => {
    const l = initiativeFlags.get(i);
    if (l) l.push(flag);
    else initiativeFlags.set(i, [flag]);
  };

  // UBND: persons whose best initiative passed, in its order.
  const candidates = persons.filter((p) => p.best >= 0 && p.bestPos !== Infinity && f.passed(p.best));
  candidates.sort(comparePersons);
  const { min, max, floorHundredths } = rules.ubnd;
  let atFloor = 0;
  while (atFloor < candidates.length && (f.official(candidates[atFloor]!.best) ?? -1) >= floorHundredths) atFloor++;
  let cut = atFloor;
  if (cut < min) cut = Math.min(min, candidates.length);
  if (cut > max) cut = max;
  const ubnd: DraftEntry[] = candidates.slice(0, cut).map((person) => ({ person, flags: [] }));
  if (cut > 0 && cut < candidates.length) {
    const rank = f.rank(candidates[cut - 1]!.best);
    let end = cut;
    while (end < candidates.length && f.rank(candidates[end]!.best) === rank) end++;
    if (end > cut) {
      // A group of equal rank is never split: it goes in whole and the council sees why.
      let begin = cut - 1;
      while (begin > 0 && f.rank(candidates[begin - 1]!.best) === rank) begin--;
      for (let p = cut; p < end; p++) ubnd.push({ person: candidates[p]!, flags: [] });
      const flag: Flag = { code: 'ranking.flag.ubndCutTie', params: { rank: rank ?? 0, size: end - begin, cut } };
      for (let p = begin; p < end; p++) {
        ubnd[p]!.flags.push(flag);
        flagInitiative(candidates[p]!.best, flag);
      }
      if (end > max) listFlags.push({ code: 'ranking.list.ubndOverMax', params: { count: end, max } });
    }
  }
  if (candidates.length < min)
    listFlags.push({ code: 'ranking.list.ubndTooFew', params: { count: candidates.length, min } });
  // Every prize winner is on the list, even one a cut would leave out (only possible with rulings).
  const onList = new Set(ubnd.map((e) => e.person.key));
  let added = false;
  for (const p of persons) {
    if (onList.has(p.key) || !hasPrize(p, f)) continue;
    const flag: Flag = { code: 'ranking.flag.ubndPrizeAdded' };
    ubnd.push({ person: p, flags: [flag] });
    if (p.best >= 0) flagInitiative(p.best, flag);
    added = true;
  }
  if (added) ubnd.sort((a, b) => comparePersons(a.person, b.person));

  // National: UBND persons whose best initiative won a national tier, by benefit desc.
  const nationalTiers = new Set<string>(rules.national.tiers);
  const eligible = ubnd.filter((e) => {
    const t = f.tier(e.person.best);
    return t !== null && nationalTiers.has(t);
  });
  eligible.sort((a, b) => {
    const x = f.benefit(a.person.best) ?? -Infinity;
    const y = f.benefit(b.person.best) ?? -Infinity;
    if (x !== y) return x > y ? -1 : 1;
    return comparePersons(a.person, b.person);
  });
  const national: DraftEntry[] = eligible.slice(0, rules.national.count).map((e) => ({ person: e.person, flags: [] }));
  for (const e of national) {
    if (f.benefit(e.person.best) === null) {
      const flag: Flag = { code: 'ranking.flag.nationalMissingBenefit' };
      e.flags.push(flag);
      flagInitiative(e.person.best, flag);
    }
  }
  if (national.length < rules.national.count) {
    listFlags.push({
      code: 'ranking.list.nationalTooFew',
      params: { count: national.length, expected: rules.national.count },
    });
  }

  // Media: prize winners by the number of initiatives they lead, then best rank; one per field.
  const prized = persons.filter((p) => hasPrize(p, f));
  prized.sort((a, b) => (a.leadCount !== b.leadCount ? b.leadCount - a.leadCount : comparePersons(a, b)));
  const media: DraftEntry[] = [];
  const picked = new Set<string>();
  const fields = new Set<string>();
  for (const p of prized) {
    if (media.length >= rules.media.max) break;
    const field = String(f.field(p.best));
    if (fields.has(field)) continue;
    fields.add(field);
    picked.add(p.key);
    media.push({ person: p, flags: [] });
  }
  if (media.length < rules.media.min) {
    let filled = false;
    for (const p of prized) {
      if (media.length >= rules.media.min) break;
      if (picked.has(p.key)) continue;
      picked.add(p.key);
      media.push({ person: p, flags: [{ code: 'ranking.flag.mediaFieldRepeated' }] });
      filled = true;
    }
    if (filled)
      listFlags.push({ code: 'ranking.list.mediaFieldsFilled', params: { fields: fields.size, min: rules.media.min } });
    if (media.length < rules.media.min) {
      listFlags.push({ code: 'ranking.list.mediaTooFew', params: { count: media.length, min: rules.media.min } });
    }
  }
  return { ubnd, national, media, listFlags, initiativeFlags };
}

/** Stage "lists": the three lists from the persons, with the flags they raise on initiatives. */
export function proposeLists(
  persons: readonly PersonDraft[],
  initiatives: readonly Initiative[],
  agg: Aggregate,
  order: Order,
  awards: Awards,
  rules: Rules,
  flags: FlagBag,
): DraftLists {
  const lists = buildLists(
    persons,
    {
      rank: (i) => (order.rankOf[i]! > 0 ? order.rankOf[i]! : null),
      official: (i) => orNull(agg.stats.official[i]!),
      passed: (i) => passes(agg, rules, i),
      tier: (i) => awards.tier[i] ?? null,
      benefit: (i) => initiatives[i]!.benefitVnd,
      field: (i) => initiatives[i]!.field,
    },
    rules,
  );
  for (const [i, fs] of lists.initiativeFlags) for (const f of fs) flags.add(i, f);
  return lists;
}
