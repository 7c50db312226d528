// Exact integer arithmetic for scores. Scores are integer tenths, totals and means integer
// hundredths; every division that the rules round is done here, on integers, never on floats.

/** Greatest common divisor of two non-negative safe integers. */
export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

export function lcm(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : (a / gcd(a, b)) * b;
}

/** floor(n / d) for safe integers, d > 0, without trusting float division near an integer. */
export function floorDiv(n: number, d: number): number {
  const r = ((n % d) + d) % d;
  return (n - r) / d;
}

/**
 * n / d rounded half-up to an integer (half away from zero, as Excel's ROUND), for safe integers
 * with d > 0 and |2n| + d a safe integer.
 */
export function roundDiv(n: number, d: number): number {
  if (n < 0) return -floorDiv(-2 * n + d, 2 * d);
  return floorDiv(2 * n + d, 2 * d);
}

/** The same rounding on BigInts, for weights or sizes that leave the safe-integer range. */
export function roundDivBig(n: bigint, d: bigint): bigint {
  if (n < 0n) return -((-2n * n + d) / (2n * d));
  return (2n * n + d) / (2n * d);
}

export function gcdBig(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** ⌈n / d⌉ for non-negative safe integers, d > 0. */
export function ceilDiv(n: number, d: number): number {
  return floorDiv(n + d - 1, d);
}

/** Hundredths as points for display and JSON: 8533 → 85.33. */
export function points(hundredths: number): number {
  return hundredths / 100;
}

/** Hundredths written with a decimal comma as Vietnamese documents do: 8533 → "85,33". */
export function formatHundredths(h: number, decimalMark = ','): string {
  const sign = h < 0 ? '-' : '';
  const a = Math.abs(h);
  const frac = String(a % 100).padStart(2, '0');
  return `${sign}${Math.floor(a / 100)}${decimalMark}${frac}`;
}
