import type { Decimal } from "../decimal.js";

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
