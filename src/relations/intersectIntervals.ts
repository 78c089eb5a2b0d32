import { assertInterval, isEmptyRange, makeInterval, type Interval } from "./interval.js";

/**
 * The numbers in both intervals, or `null` when they share none. Touching ends share a number only when
 * both are closed: [1, 2] and [2, 3] meet at 2; [1, 2) and [2, 3] do not.
 *
 * @example
 * ```ts
 * const both = intersectIntervals(createInterval("1650", "1750"), createInterval("1698.66", "1700.28"));
 * [both?.low?.toString(), both?.high?.toString()]; // ["1698.66", "1700.28"]
 * intersectIntervals(createInterval("1", "2", { highOpen: true }), createInterval("2", "3")); // null
 * ```
 */
export const intersectIntervals = (a: Interval, b: Interval): Interval | null => {
  assertInterval(a, "a");
  assertInterval(b, "b");
  let low = a.low;
  let lowOpen = a.lowOpen;
  if (b.low !== null) {
    const c = low === null ? -1 : low.cmp(b.low);
    if (c < 0) [low, lowOpen] = [b.low, b.lowOpen];
    else if (c === 0) lowOpen = lowOpen || b.lowOpen;
  }
  let high = a.high;
  let highOpen = a.highOpen;
  if (b.high !== null) {
    const c = high === null ? 1 : high.cmp(b.high);
    if (c > 0) [high, highOpen] = [b.high, b.highOpen];
    else if (c === 0) highOpen = highOpen || b.highOpen;
  }
  const result = makeInterval(low, high, lowOpen, highOpen);
  return isEmptyRange(result) ? null : result;
};
