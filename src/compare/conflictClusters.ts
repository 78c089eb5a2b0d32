import { cmp } from "../decimal.js";
import { below } from "../interval/algebra.js";
import type { Interval } from "../interval/types.js";

/**
 * Which figures of a set conflict, found from their order rather than by comparing every pair. Two
 * intervals conflict exactly when one lies entirely below the other: its high end is under the other's
 * low end, or the two ends meet and either is open. Whether `x` lies below `y` depends on `y` only
 * through its low end, and is monotone in it once low ends are ordered by value, a closed end before an
 * open one at the same value (an open end excludes more). So, with the figures sorted by low end, the
 * figures above `x` are a suffix of that order, found by binary search: the whole conflict relation in
 * O(n log n), kept as one index per figure (a "staircase") rather than as pairs.
 *
 * @internal
 */
export interface ConflictStructure {
  /** Figure indexes sorted by low end (an unbounded low end first; ties by index). */
  readonly byLow: readonly number[];
  /** For figure `i`: the position in `byLow` from which every figure lies entirely above `i` (`byLow.length` when none). */
  readonly aboveFrom: readonly number[];
  /** How many unordered pairs of figures conflict. */
  readonly pairs: number;
  /** Figures that lie entirely below some other figure, in index order. */
  readonly low: readonly number[];
  /** Figures that lie entirely above some other figure, in index order. */
  readonly high: readonly number[];
  /** When a pair conflicts: the figure with the lowest high end (first by index)… */
  readonly lowestHigh: number | undefined;
  /** …and the one with the highest low end (first by index): the widest conflict, and every low figure lies below it. */
  readonly highestLow: number | undefined;
}

/** Orders low ends: unbounded first, then by value, a closed end before an open one. */
const compareLow = (a: Interval, b: Interval): number => {
  if (a.low === null || b.low === null) return (a.low === null ? 0 : 1) - (b.low === null ? 0 : 1);
  return cmp(a.low, b.low) || Number(a.lowOpen) - Number(b.lowOpen);
};

/** Orders high ends: an open end before a closed one at the same value, unbounded last. */
const compareHigh = (a: Interval, b: Interval): number => {
  if (a.high === null || b.high === null) return (a.high === null ? 1 : 0) - (b.high === null ? 1 : 0);
  return cmp(a.high, b.high) || Number(b.highOpen) - Number(a.highOpen);
};

/** Whether `y` lies entirely above `x` (they share no point, `y` on the high side). */
const isAbove = (y: Interval, x: Interval): boolean => !below(y.low, y.lowOpen, x.high, x.highOpen);

/**
 * The conflict relation of a set of intervals (one unit), exact for open and closed and unbounded ends.
 *
 * @internal
 */
export const toConflictStructure = (intervals: readonly Interval[]): ConflictStructure => {
  const n = intervals.length;
  const byLow = Array.from({ length: n }, (_, i) => i).sort((a, b) => compareLow(intervals[a]!, intervals[b]!) || a - b);
  const aboveFrom = new Array<number>(n);
  let pairs = 0;
  let first = n;
  let lowestHigh: number | undefined;
  for (let i = 0; i < n; i++) {
    const x = intervals[i]!;
    let lo = 0;
    let hi = n;
    if (x.high === null) lo = n;
    // The first position whose figure lies above x: isAbove is false then true along byLow.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (isAbove(intervals[byLow[mid]!]!, x)) hi = mid;
      else lo = mid + 1;
    }
    aboveFrom[i] = lo;
    pairs += n - lo;
    if (lo < n && (lowestHigh === undefined || compareHigh(x, intervals[lowestHigh]!) < 0)) lowestHigh = i;
    if (lo < first) first = lo;
  }
  const low: number[] = [];
  for (let i = 0; i < n; i++) if (aboveFrom[i]! < n) low.push(i);
  const high = byLow.slice(first).sort((a, b) => a - b);
  let highestLow: number | undefined;
  if (pairs > 0) {
    // The first by index among the figures whose low end is the highest.
    const top = intervals[byLow[n - 1]!]!;
    for (let p = n - 1; p >= 0 && compareLow(intervals[byLow[p]!]!, top) === 0; p--) highestLow = byLow[p];
  }
  return { byLow, aboveFrom, pairs, low, high, lowestHigh, highestLow };
};

/** Every conflicting pair `[below, above]` of a structure: for tests and small sets (it is quadratic). @internal */
export const toConflictPairs = (s: ConflictStructure): [number, number][] => {
  const out: [number, number][] = [];
  s.aboveFrom.forEach((from, i) => {
    for (let p = from; p < s.byLow.length; p++) out.push([i, s.byLow[p]!]);
  });
  return out;
};

/** What {@link toSmallConflictClusters} finds: the parts of a {@link ConflictStructure} a report shows. @internal */
export type ConflictSummary = Pick<ConflictStructure, "pairs" | "low" | "high" | "lowestHigh" | "highestLow">;

/**
 * {@link toConflictStructure}'s summary by testing every ordered pair: for the handful of figures of a
 * group whose pairs are all compared anyway, cheaper than sorting.
 *
 * @internal
 */
export const toSmallConflictClusters = (intervals: readonly Interval[]): ConflictSummary => {
  const n = intervals.length;
  let pairs = 0;
  const isLow = new Uint8Array(n);
  const isHigh = new Uint8Array(n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (i !== j && isAbove(intervals[j]!, intervals[i]!)) {
        pairs++;
        isLow[i] = 1;
        isHigh[j] = 1;
      }
  const low: number[] = [];
  const high: number[] = [];
  let lowestHigh: number | undefined;
  let highestLow: number | undefined;
  for (let i = 0; i < n; i++) {
    if (isLow[i] === 1) {
      low.push(i);
      if (lowestHigh === undefined || compareHigh(intervals[i]!, intervals[lowestHigh]!) < 0) lowestHigh = i;
    }
    if (isHigh[i] === 1) {
      high.push(i);
      if (highestLow === undefined || compareLow(intervals[i]!, intervals[highestLow]!) > 0) highestLow = i;
    }
  }
  return { pairs, low, high, lowestHigh, highestLow };
};
