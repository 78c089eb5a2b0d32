import { cmp, Decimal } from "../decimal.js";
import type { Interval } from "../interval/types.js";
import { englishNumbers } from "../messages/numbers/englishNumbers.js";

// Read inside pure calls: a destructuring at the top level is a read a bundler keeps.
const formatAmount = /* @__PURE__ */ (() => englishNumbers.amount)();
const formatRange = /* @__PURE__ */ (() => englishNumbers.range)();
import type { Bound, Quantity } from "../quantity/types.js";

/**
 * An estimate as a {@link Quantity}: `value` is the estimate, the interval is what the method allows.
 * A finite interval that is a single point is `exact`, a wider finite one a `range`; a half-open one keeps
 * its bound word (`moreThan`, `atLeast`, …).
 *
 * @internal
 */
export const toEstimate = (value: Decimal, interval: Interval, unit: string, precision: number): Quantity => {
  const { low, high, lowOpen, highOpen } = interval;
  let bound: Bound;
  let text: string;
  if (low !== null && high !== null) {
    const point = cmp(low, high) === 0;
    bound = point ? "exact" : "range";
    text = point ? formatAmount(low, unit) : formatRange(low, high, unit);
  } else if (low !== null) {
    bound = lowOpen ? "moreThan" : "atLeast";
    text = `${lowOpen ? ">" : "≥"} ${formatAmount(low, unit)}`;
  } else if (high !== null) {
    bound = highOpen ? "lessThan" : "atMost";
    text = `${highOpen ? "<" : "≤"} ${formatAmount(high, unit)}`;
  } else {
    bound = "range";
    text = formatAmount(value, unit);
  }
  return Object.freeze({ text, value, unit, bound, precision, low, high, lowOpen: low === null ? false : lowOpen, highOpen: high === null ? false : highOpen });
};

/** A point estimate with the spread of the figures it came from: value `v`, interval [min, max]. @internal */
export const spreadOf = (values: readonly Decimal[]): Interval => ({
  low: Decimal.min(...values),
  high: Decimal.max(...values),
  lowOpen: false,
  highOpen: false,
});

/** The middle of a finite interval, or its finite end. @internal */
export const centreOf = (i: Interval): Decimal => {
  if (i.low !== null && i.high !== null) return i.low.plus(i.high).div(2);
  return i.low ?? i.high ?? new Decimal(0);
};
