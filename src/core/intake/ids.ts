// Stable ids across re-imports: an initiative keeps its id while its content (title, lead author,
// workplace, compared after folding) is still in the register, so scores entered against it survive.

import type { Initiative, InitiativeId } from '../model';
import { foldCleanLine, foldForMatch } from '../text/fold';
import { formatId, idNumber, compareIds } from '../text/ids';

/** What identifies an initiative's content: the duplicate rule of SPEC §3. */
export function contentKey(title: string, leadAuthor: string, workplace: string): string {
  return `${foldForMatch(title)}\u0001${foldForMatch(leadAuthor)}\u0001${foldForMatch(workplace)}`;
}

/** contentKey of values intake already cleaned (NFC, one line, single spaces). */
export function cleanContentKey(title: string, leadAuthor: string, workplace: string): string {
  return `${foldCleanLine(title)}\u0001${foldCleanLine(leadAuthor)}\u0001${foldCleanLine(workplace)}`;
}

export class IdAllocator {
  private readonly byContent = new Map<string, InitiativeId[]>();
  /** Previous ids already given to a row (new ids need no record: they are above every previous one). */
  private readonly claimed = new Set<string>();
  private readonly previous: readonly InitiativeId[];
  private next: number;

  constructor(previous: readonly Initiative[]) {
    let max = 0;
    this.previous = previous.map((p) => p.id);
    for (const p of previous) {
      const key = contentKey(p.title, p.authors[0] ?? '', p.workplace);
      const list = this.byContent.get(key);
      if (list) list.push(p.id);
      else this.byContent.set(key, [p.id]);
      max = Math.max(max, idNumber(p.id) ?? 0);
    }
    // New ids continue after the highest ever given, so an id that vanished is never reused.
    this.next = max + 1;
  }

  /** The id for a row with this content: a previous one not yet taken, else the next new one. */
  take(key: string): InitiativeId {
    const list = this.byContent.get(key);
    while (list && list.length > 0) {
      const id = list.shift()!;
      if (!this.claimed.has(id)) {
        this.claimed.add(id);
        return id;
      }
    }
    return formatId(this.next++);
  }

  /** Previous ids no row claimed, in id order. */
  vanished(): InitiativeId[] {
    return this.previous.filter((id) => !this.claimed.has(id)).sort(compareIds);
  }
}
