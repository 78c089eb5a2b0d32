import { Decimal, isDecimal } from "../decimal.js";
import { DiscrepancyError } from "../errors.js";
import { messages, relationMessages } from "../messages.js";
import type { Quantity } from "../quantity/types.js";

/**
 * A set of numbers between two ends, each closed or open; a `null` end is unbounded (−∞ or +∞, and then
 * its `…Open` flag is `false`). The same shape as a {@link Quantity}'s interval, so a quantity is an
 * interval. Intervals here are never empty: operations that could give an empty set return `null`.
 */
export interface Interval {
  readonly low: Decimal | null;
  readonly high: Decimal | null;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
}

/** An end as callers may give it: a decimal string, a safe integer, a Decimal, or `null` for unbounded. */
export type IntervalEnd = string | number | Decimal | null;

const toEnd = (value: IntervalEnd, field: string): Decimal | null => {
  if (value === null) return null;
  if (isDecimal(value)) {
    if (!value.isFinite()) throw new DiscrepancyError("invalid-argument", relationMessages.badIntervalEnd(field, value.toString()));
    return new Decimal(value);
  }
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value))
      throw new DiscrepancyError(
        "invalid-argument",
        `${field}: ${Number.isFinite(value) ? messages.fractionalNumber(value) : messages.badAmount(value)}`,
      );
    return new Decimal(value);
  }
  // A plain decimal, checked by a linear pattern with no nested quantifiers.
  if (typeof value !== "string" || !/^[+-]?\d{1,60}(\.\d{1,60})?$/.test(value.trim()))
    throw new DiscrepancyError("invalid-argument", relationMessages.badIntervalEnd(field, value));
  return new Decimal(value.trim());
};

/** The canonical frozen interval; unbounded ends are never open. @internal */
export const makeInterval = (low: Decimal | null, high: Decimal | null, lowOpen: boolean, highOpen: boolean): Interval =>
  Object.freeze({ low, high, lowOpen: low !== null && lowOpen, highOpen: high !== null && highOpen });

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

const isEnd = (end: unknown): boolean => end === null || (isDecimal(end) && end.isFinite());

/**
 * Throws unless `value` has the shape of an {@link Interval} (a {@link Quantity} has it too): each end a
 * finite Decimal or `null`, both flags booleans, low not above high. Functions that take intervals from
 * callers check this first, so a JSON object or `null` fails naming the argument, not with a TypeError
 * deep inside the arithmetic. @internal
 */
export function assertInterval(value: unknown, name: string): asserts value is Interval {
  const i = value as Partial<Interval> | null;
  const ok =
    typeof i === "object" && i !== null && isEnd(i.low) && isEnd(i.high) && typeof i.lowOpen === "boolean" && typeof i.highOpen === "boolean";
  if (!ok) throw new DiscrepancyError("invalid-argument", relationMessages.notInterval(name, value), [{ path: [name], message: relationMessages.notInterval(name, value) }]);
  if (isEmptyRange(i as Interval)) throw new DiscrepancyError("invalid-argument", relationMessages.emptyInterval(String(i.low), String(i.high)));
}

/** Whether the ends leave no number between them. @internal */
export const isEmptyRange = (i: Interval): boolean => {
  if (i.low === null || i.high === null) return false;
  const c = i.low.cmp(i.high);
  return c > 0 || (c === 0 && (i.lowOpen || i.highOpen));
};

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

/**
 * Whether `value` lies in the interval, honouring open ends.
 *
 * @example
 * ```ts
 * isInInterval(createInterval("70", null, { lowOpen: true }), "70"); // false
 * isInInterval(createInterval("70", null, { lowOpen: true }), "71"); // true
 * ```
 */
export const isInInterval = (interval: Interval, value: Decimal | string | number): boolean => {
  assertInterval(interval, "interval");
  const v = toEnd(value, "value");
  if (v === null) throw new DiscrepancyError("invalid-argument", relationMessages.badIntervalEnd("value", value));
  if (interval.low !== null) {
    const c = v.cmp(interval.low);
    if (c < 0 || (c === 0 && interval.lowOpen)) return false;
  }
  if (interval.high !== null) {
    const c = v.cmp(interval.high);
    if (c > 0 || (c === 0 && interval.highOpen)) return false;
  }
  return true;
};
