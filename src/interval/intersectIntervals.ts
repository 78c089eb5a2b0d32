import { intersect } from "./algebra.js";
import { assertInterval } from "./assertInterval.js";
import { makeInterval } from "./algebra.js";
import type { Interval } from "./types.js";

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
  const both = intersect(a, b);
  return both === null ? null : makeInterval(both.low, both.high, both.lowOpen, both.highOpen);
};
