// The reviewer's total as an Excel formula (SPEC §4): 100 × Σ w·x / Σ w·max, rounded to 2
// decimals, empty while nothing is entered. Weights become small integers so the formula reads.

import type { Criterion } from '../model';
import { columnLetter } from '../sheet/grid';

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Integer weights proportional to the rubric's fractions (1/2, 1 → 1, 2). */
export function integerWeights(rubric: readonly Criterion[]): number[] {
  let lcm = 1;
  for (const c of rubric) lcm = (lcm / gcd(lcm, c.weight.den)) * c.weight.den;
  const ws = rubric.map((c) => (c.weight.num * lcm) / c.weight.den);
  const g = ws.reduce((a, b) => gcd(a, b), 0) || 1;
  return ws.map((w) => w / g);
}

/**
 * A template for the formula of one row: call it with the 1-based Excel row. Criterion columns
 * are given 0-based; contiguous columns use COUNT over a range, scattered ones over a list.
 */
export function totalFormula(rubric: readonly Criterion[], cols: readonly number[]): (row1: number) => string {
  const ws = integerWeights(rubric);
  let denTenths = 0;
  rubric.forEach((c, i) => (denTenths += ws[i]! * c.maxTenths));
  const den = denTenths / 10;
  const letters = cols.map((c) => columnLetter(c));
  const contiguous = cols.every((c, i) => i === 0 || c === cols[i - 1]! + 1);
  const allOne = ws.every((w) => w === 1);
  return (r) => {
    const count = contiguous
      ? `${letters[0]}${r}:${letters[letters.length - 1]}${r}`
      : letters.map((l) => `${l}${r}`).join(',');
    const sum =
      allOne && contiguous
        ? `SUM(${count})`
        : letters.map((l, i) => (ws[i] === 1 ? `${l}${r}` : `${ws[i]}*${l}${r}`)).join('+');
    const scaled = den === 100 ? sum : `100*(${sum})/${den}`;
    return `=IF(COUNT(${count})=0,"",ROUND(${scaled},2))`;
  };
}
