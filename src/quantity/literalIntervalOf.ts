import type { Interval } from "../interval/types.js";
import { intervalOf } from "./intervalOf.js";
import type { Quantity } from "./types.js";

/**
 * What a quantity says when its digits are read literally: the nominal point for exact, rounded and
 * approximate figures; the interval itself for bound words ("over 70") and ranges, whose width is what
 * they say rather than slack. Two claims whose literal readings do not meet agree only thanks to rounding.
 *
 * @internal
 */
export const literalIntervalOf = (q: Quantity): Interval =>
  q.bound === "exact" || q.bound === "rounded" || q.bound === "approx"
    ? { low: q.value, high: q.value, lowOpen: false, highOpen: false }
    : intervalOf(q);
