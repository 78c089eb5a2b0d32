import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import { relationMessages } from "../messages/misuse/relations.js";
import { isEmptyRange, makeInterval } from "./algebra.js";
import { toEnd } from "./toEnd.js";
import type { Interval, IntervalEnd } from "./types.js";

/**
 * Builds an interval from its ends. `null` is unbounded; ends are closed unless `lowOpen` / `highOpen`.
 *
 * @throws {DiscrepancyError} `invalid-argument` when an end is not a decimal or the interval is empty.
 * @example
 * ```ts
 * const i = createInterval("1.75", "1.85");
 * JSON.stringify(i); // "{\"low\":\"1.75\",\"high\":\"1.85\",\"lowOpen\":false,\"highOpen\":false}"
 * createInterval("70", null, { lowOpen: true }).high; // null: (70, ∞), what "over 70" allows
 * ```
 */
export const createInterval = (
  low: IntervalEnd,
  high: IntervalEnd,
  ends: { readonly lowOpen?: boolean; readonly highOpen?: boolean } = {},
): Interval => {
  if (typeof ends !== "object" || ends === null) throw new DiscrepancyError("invalid-argument", messages.badOption("ends", ends, "an object { lowOpen?, highOpen? }"));
  const lo = toEnd(low, "low");
  const hi = toEnd(high, "high");
  const interval = makeInterval(lo, hi, ends.lowOpen === true, ends.highOpen === true);
  if (isEmptyRange(interval)) throw new DiscrepancyError("invalid-argument", relationMessages.emptyInterval(String(low), String(high)));
  return interval;
};
