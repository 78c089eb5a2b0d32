import { toDecimalString } from "../decimal.js";
import { assertQuantity } from "./assertQuantity.js";
import type { Quantity, QuantityJSON } from "./types.js";

/**
 * The JSON form of a quantity: decimals as plain strings ("41000000000", never "4.1e10"), an
 * unbounded side as `null`. Safe to store, diff and send; `JSON.stringify(q)` prints the same.
 *
 * @example
 * ```ts
 * toQuantityJSON(parseQuantity("$41 billion"));
 * // { text: "$41 billion", value: "41000000000", unit: "USD", bound: "rounded", precision: 9,
 * //   low: "40500000000", high: "41500000000", lowOpen: false, highOpen: false,
 * //   unitCandidates: ["USD", "CAD", "AUD", "HKD", "SGD", "NZD", "TWD"] }
 * ```
 */
export const toQuantityJSON = (quantity: Quantity): QuantityJSON => {
  assertQuantity(quantity, "quantity");
  return Object.freeze({
    text: quantity.text,
    value: toDecimalString(quantity.value),
    unit: quantity.unit,
    bound: quantity.bound,
    precision: quantity.precision,
    low: quantity.low === null ? null : toDecimalString(quantity.low),
    high: quantity.high === null ? null : toDecimalString(quantity.high),
    lowOpen: quantity.lowOpen,
    highOpen: quantity.highOpen,
    ...(quantity.noun !== undefined ? { noun: quantity.noun } : {}),
    ...(quantity.unitCandidates !== undefined ? { unitCandidates: Object.freeze([...quantity.unitCandidates]) } : {}),
  });
};
