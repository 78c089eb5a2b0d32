import { Decimal } from "../decimal.js";
import type { Gap } from "./types.js";
import { intervalDistance, type Interval } from "./interval.js";

/** Ratios and shares are rounded here, once, so JSON stays readable; no verdict depends on them. */
const PLACES = 12;

/**
 * The gap between two figures in one unit: nominal values and their intervals. Symmetric.
 *
 * @internal
 */
export const toGap = (va: Decimal, vb: Decimal, ia: Interval, ib: Interval, unit: string): Gap => {
  const absolute = va.minus(vb).abs();
  const larger = Decimal.max(va.abs(), vb.abs());
  const smaller = Decimal.min(va.abs(), vb.abs());
  const mean = va.plus(vb).div(2);
  const sameSign = va.isNeg() === vb.isNeg();
  return {
    absolute,
    relativeToLarger: larger.isZero() ? new Decimal(0) : absolute.div(larger).toDecimalPlaces(PLACES),
    relativeToMean: mean.isZero() ? new Decimal(0) : absolute.div(mean.abs()).toDecimalPlaces(PLACES),
    ratio: smaller.isZero() || !sameSign ? null : larger.div(smaller).toDecimalPlaces(PLACES),
    intervalDistance: intervalDistance(ia, ib),
    unit,
  };
};
