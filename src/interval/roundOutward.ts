import { Decimal } from "../decimal.js";

// Two more clones of the private Decimal (never the global one), identical except for the rounding
// direction: every end of an interval is computed rounding away from the inside, so the computed set
// always contains the exact one and a conflict can never come from rounding.
const Down = /* @__PURE__ */ (() => Decimal.clone({ rounding: Decimal.ROUND_FLOOR }))();
const Up = /* @__PURE__ */ (() => Decimal.clone({ rounding: Decimal.ROUND_CEIL }))();

/**
 * Significant digits kept for an end that could not be computed exactly (a non-terminating quotient).
 * Amounts carry at most 40 significant digits, so 30 keeps ends far tighter than any stated precision
 * while keeping them readable; the cut is itself made outward.
 */
const INEXACT_DIGITS = 30;

/** Which way an end may move when it cannot be exact: down for a low end, up for a high end. @internal */
export type Direction = "down" | "up";

/** A result and whether it is exact (then it may keep an open end). @internal */
export interface Rounded {
  readonly value: Decimal;
  readonly exact: boolean;
}

type Op = "plus" | "minus" | "times" | "div";

/**
 * `x op y`, rounded toward `direction` when it does not terminate within the working precision. Exactness
 * is known without guessing: a correctly rounded floor and ceiling agree only on an exact result.
 * Infinite operands follow decimal.js (IEEE) rules; callers handle 0 × ∞ and ∞ / ∞ themselves.
 *
 * @internal
 */
export const roundOutward = (op: Op, x: Decimal, y: Decimal, direction: Direction): Rounded => {
  const down = new Down(x)[op](y);
  const up = new Up(x)[op](y);
  if (down.eq(up) || !down.isFinite()) return { value: new Decimal(down), exact: true };
  const value =
    direction === "down"
      ? down.toSignificantDigits(INEXACT_DIGITS, Decimal.ROUND_FLOOR)
      : up.toSignificantDigits(INEXACT_DIGITS, Decimal.ROUND_CEIL);
  return { value: new Decimal(value), exact: false };
};
