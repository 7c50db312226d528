// Folding for matching persons, units and headers: the shared text folds of src/core/text
// (foldForMatch keeps diacritics so "Hòa" ≠ "Hoa" but "Hoà" = "Hòa"; foldCompact drops them for
// headers typed without accents), with a cache because a national register repeats names.

import { foldCompact, foldForMatch } from '../text/fold';

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

/** Header text reduced to letters and digits without any diacritics: "Mã SK" → "mask". */
export function foldHeader(text: string): string {
  return foldCompact(text);
}
