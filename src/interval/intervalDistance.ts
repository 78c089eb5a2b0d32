import { intervalDistance as distanceOf } from "./algebra.js";
import type { Decimal } from "../decimal.js";
import { assertInterval } from "./assertInterval.js";
import type { Interval } from "./types.js";

/**
 * How far apart two intervals are: the gap between the nearer ends, `0` when they overlap or only touch.
 * For a failed relation this is by how much the stated value misses the computed one.
 *
 * @example
 * ```ts
 * intervalDistance(createInterval("25", "27"), createInterval("30.5", "31.5")).toString(); // "3.5"
 * intervalDistance(createInterval("1", "3"), createInterval("2", "4")).toString();       // "0"
 * ```
 */
export const intervalDistance = (a: Interval, b: Interval): Decimal => {
  assertInterval(a, "a");
  assertInterval(b, "b");
  return distanceOf(a, b);
};
