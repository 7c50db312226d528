// The ballot (SPEC §2.6, §4): a proposal passes with yes ≥ ⌈fraction × members⌉, computed
// exactly, the fraction written as "2/3" or as a percentage ("66,67 %").

import type { Fraction } from '../council/rules';
import { ceilDiv, gcd } from './exact';

/** Yes votes needed: ⌈num × members / den⌉ in integers. */
export function ballotThreshold(fraction: Fraction, members: number): number {
  if (fraction.den <= 0 || members <= 0) return 0;
  return ceilDiv(Math.max(0, fraction.num) * members, fraction.den);
}

/**
 * Reads "2/3", "66,67%", "66.67 %", "0,6667" or a number as an exact fraction; null when it is none
 * of those. A bare number above 1 is a percentage ("75" = 75 %).
 */
export function parseFraction(input: string | number): Fraction | null {
  const text = typeof input === 'number' ? String(input) : input.trim();
  const ratio = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  if (ratio) {
    const num = Number(ratio[1]);
    const den = Number(ratio[2]);
    if (den === 0) return null;
    const g = gcd(num, den) || 1;
    return { num: num / g, den: den / g };
  }
  const m = /^(\d+)(?:[.,](\d+))?\s*(%)?$/.exec(text);
  if (!m) return null;
  const decimals = m[2] ?? '';
  if (decimals.length > 9) return null;
  let num = Number(`${m[1]}${decimals}`);
  let den = 10 ** decimals.length;
  if (m[3] === '%' || num / den > 1) den *= 100;
  const g = gcd(num, den) || 1;
  num /= g;
  den /= g;
  return { num, den };
}
