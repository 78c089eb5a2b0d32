import type { Quantity } from "./types.js";
import { makeInterval } from "../interval/algebra.js";
import { assertInterval } from "../interval/assertInterval.js";
import type { Interval } from "../interval/types.js";

/**
 * The interval a quantity's words allow: "$41 billion" → [40.5, 41.5] bn, "over 70" → (70, ∞).
 *
 * @example
 * ```ts
 * const i = toInterval(quantity({ amount: "3.5", unit: "%" }));
 * [i.low?.toString(), i.high?.toString()]; // ["3.45", "3.55"]
 * ```
 */
export const toInterval = (quantity: Quantity): Interval => {
  assertInterval(quantity, "quantity");
  return makeInterval(quantity.low, quantity.high, quantity.lowOpen, quantity.highOpen);
};
