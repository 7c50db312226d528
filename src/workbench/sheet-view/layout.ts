// Row and column geometry for a virtualised sheet: prefix sums of sizes, so finding what is
// visible at a scroll position is a binary search, not a walk over 10,000 rows.

export interface Axis {
  readonly count: number;
  /** offsets[i] is where item i starts; offsets[count] is the total length. */
  readonly offsets: Float64Array;
}

export function buildAxis(count: number, sizeOf: (index: number) => number): Axis {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + Math.max(0, sizeOf(i));
  return { count, offsets };
}

export function axisLength(axis: Axis): number {
  return axis.offsets[axis.count]!;
}

export function start(axis: Axis, index: number): number {
  return axis.offsets[Math.max(0, Math.min(index, axis.count))]!;
}

export function size(axis: Axis, index: number): number {
  return start(axis, index + 1) - start(axis, index);
}

/** The item under a position (clamped to the first and last item); -1 when the axis is empty. */
export function indexAt(axis: Axis, position: number): number {
  if (axis.count === 0) return -1;
  let lo = 0;
  let hi = axis.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (axis.offsets[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface Span {
  /** First and last visible item, inclusive; last < first when nothing is visible. */
  readonly first: number;
  readonly last: number;
}

/** Items that intersect [position, position + length), widened by `overscan` items each side. */
export function visibleSpan(axis: Axis, position: number, length: number, overscan = 0): Span {
  if (axis.count === 0 || length <= 0) return { first: 0, last: -1 };
  const first = indexAt(axis, Math.max(0, position));
  const last = indexAt(axis, Math.max(0, position + length - 0.001));
  return { first: Math.max(0, first - overscan), last: Math.min(axis.count - 1, last + overscan) };
}
