// Folding for matching persons and units: foldForMatch of src/core/text (it keeps diacritics so
// "Hòa" ≠ "Hoa" but "Hoà" = "Hòa"), with a cache because a national register repeats names.
// Headers are matched by foldCompact, in src/core/sheets/kit.ts.

import { foldForMatch } from '../text/fold';

const cache = new Map<string, string>();

/** The form two spellings of one name share: "  Nguyễn Thị  Hoà " and "nguyễn thị hòa" fold alike. */
export function foldName(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const folded = foldForMatch(text);
  // A bounded cache: workplaces and units repeat, while memory stays flat across runs.
  if (cache.size > 200_000) cache.clear();
  cache.set(text, folded);
  return folded;
}
