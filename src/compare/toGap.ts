import { cmp, compact, Decimal, half } from "../decimal.js";
import type { Gap } from "../explain/types.js";
import { intervalDistance } from "../interval/algebra.js";
import type { Interval } from "../interval/types.js";

/** Ratios and shares are rounded here, once, so JSON stays readable; no verdict depends on them. */
const PLACES = 12;

/** |v|: the value itself when it is not negative (abs() would copy it digit for digit). */
const magnitude = (v: Decimal): Decimal => (v.isNeg() ? v.abs() : v);

/**
 * The gap between two figures in one unit: nominal values and their intervals. Symmetric.
 *
 * @internal
 */
export const toGap = (va: Decimal, vb: Decimal, ia: Interval, ib: Interval, unit: string): Gap => {
  // Each new Decimal compact (see compact): a report keeps five per conflict.
  const absolute = compact(magnitude(va.minus(vb)));
  const ma = magnitude(va);
  const mb = magnitude(vb);
  // Decimal.max and Decimal.min, without their copies: the first of equal magnitudes.
  const order = cmp(ma, mb);
  const larger = order < 0 ? mb : ma;
  const smaller = order > 0 ? mb : ma;
  const mean = half(va.plus(vb));
  const sameSign = va.isNeg() === vb.isNeg();
  const distance = intervalDistance(ia, ib);
  return {
    absolute,
    relativeToLarger: larger.isZero() ? new Decimal(0) : compact(absolute.div(larger).toDecimalPlaces(PLACES)),
    relativeToMean: mean.isZero() ? new Decimal(0) : compact(absolute.div(magnitude(mean)).toDecimalPlaces(PLACES)),
    ratio: smaller.isZero() || !sameSign ? null : compact(larger.div(smaller).toDecimalPlaces(PLACES)),
    // Two points' distance is their gap: one Decimal for both when they are equal (and not zero, whose sign could differ).
    intervalDistance: !absolute.isZero() && cmp(distance, absolute) === 0 ? absolute : compact(distance),
    unit,
  };
};
