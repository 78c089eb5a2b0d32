import { cmp, Decimal, half } from "../decimal.js";
import { sortSmall } from "../util/sortSmall.js";
import { below, containsPoint } from "../interval/algebra.js";
import type { Interval } from "../interval/types.js";

// An end as a sortable key: (value, nudge). A point p is inside an interval when lowKey ≤ (p, 0) ≤ highKey,
// with an open low end nudged up (+1) and an open high end nudged down (−1).
interface Key {
  readonly v: Decimal;
  readonly e: -1 | 0 | 1;
}
const cmpKey = (x: Key, y: Key): number => cmp(x.v, y.v) || x.e - y.e;

/** Counts keys ≤ (or <) a point in a sorted list, by binary search. */
const countUpTo = (sorted: readonly Key[], p: Key, strict: boolean): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = cmpKey(sorted[mid]!, p);
    if (c < 0 || (!strict && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * The largest set of intervals that share a point (on a line, pairwise overlap means a common point), in
 * O(n log n): the depth is counted at every end and between neighbouring ends, and the lowest deepest
 * point wins, so the answer depends only on the intervals, never on their order.
 *
 * @returns the indexes of the intervals in that set, ascending, and the shared point.
 * @internal
 */
export const maxAgreement = (intervals: readonly Interval[]): { members: number[]; point: Decimal } => {
  const lows: Key[] = [];
  const highs: Key[] = [];
  let unboundedLow = 0;
  const coords: Decimal[] = [];
  for (const i of intervals) {
    if (i.low === null) unboundedLow++;
    else {
      lows.push({ v: i.low, e: i.lowOpen ? 1 : 0 });
      coords.push(i.low);
    }
    if (i.high !== null) {
      highs.push({ v: i.high, e: i.highOpen ? -1 : 0 });
      coords.push(i.high);
    }
  }
  sortSmall(lows, cmpKey);
  sortSmall(highs, cmpKey);
  sortSmall(coords, cmp);
  const distinct: Decimal[] = [];
  for (const c of coords) if (distinct.length === 0 || cmp(distinct[distinct.length - 1]!, c) !== 0) distinct.push(c);
  // Candidates: below everything, each end, each gap between ends, above everything.
  const candidates: Decimal[] = [];
  if (distinct.length === 0) candidates.push(new Decimal(0));
  else {
    candidates.push(distinct[0]!.minus(1));
    for (let k = 0; k < distinct.length; k++) {
      candidates.push(distinct[k]!);
      if (k + 1 < distinct.length) candidates.push(half(distinct[k]!.plus(distinct[k + 1]!)));
    }
    candidates.push(distinct[distinct.length - 1]!.plus(1));
  }
  let best = candidates[0]!;
  let bestDepth = -1;
  for (const p of candidates) {
    const key: Key = { v: p, e: 0 };
    // Started: lows ≤ p. Ended: highs < p.
    const depth = unboundedLow + countUpTo(lows, key, false) - countUpTo(highs, key, true);
    if (depth > bestDepth) {
      bestDepth = depth;
      best = p;
    }
  }
  const members: number[] = [];
  intervals.forEach((i, index) => {
    if (containsPoint(i, best)) members.push(index);
  });
  return { members, point: best };
};

/**
 * Whether all the intervals share a point: what `maxAgreement(intervals).members.length ===
 * intervals.length` says, without sorting or building candidate points. On a line, intervals that meet
 * pairwise share a point, and every pair meets exactly when the highest low end (an open one before a
 * closed one at the same value) lies below the lowest high end (likewise).
 *
 * @internal
 */
export const allShareAPoint = (intervals: readonly Interval[]): boolean => {
  let low: Decimal | null = null;
  let lowOpen = false;
  let high: Decimal | null = null;
  let highOpen = false;
  for (const i of intervals) {
    if (i.low !== null) {
      const c = low === null ? 1 : cmp(i.low, low);
      if (c > 0 || (c === 0 && i.lowOpen)) {
        low = i.low;
        lowOpen = i.lowOpen;
      }
    }
    if (i.high !== null) {
      const c = high === null ? -1 : cmp(i.high, high);
      if (c < 0 || (c === 0 && i.highOpen)) {
        high = i.high;
        highOpen = i.highOpen;
      }
    }
  }
  return below(low, lowOpen, high, highOpen);
};
