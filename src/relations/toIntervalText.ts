import { Decimal, pow10 } from "../decimal.js";
import { relationMessages } from "../messages.js";
import type { Interval } from "../interval/types.js";

/** The place (power of ten) of the last non-zero digit: 25e9 → 9, 80.95 → −2. */
const lastDigitPlace = (value: Decimal): number => (value.isZero() ? Infinity : value.e - (value.sd() - 1));

/**
 * The place (power of ten) to show an interval at: one digit below the leading digit of its width, so
 * [1.502…, 1.601…] bn shows as 1.502–1.602 bn — unless both ends are short decimals that a digit or two
 * more shows exactly ([80.95, 84.05] stays as it is). A one-sided interval shows five significant digits.
 * @internal
 */
export const toDisplayPlace = (interval: Interval): number => {
  const { low, high } = interval;
  if (low !== null && high !== null) {
    const exact = Math.min(lastDigitPlace(low), lastDigitPlace(high));
    const width = high.minus(low);
    if (width.isZero()) return Number.isFinite(exact) ? exact : 0;
    const place = width.e - 1;
    return exact >= place - 2 ? exact : place;
  }
  const end = low ?? high;
  if (end === null || end.isZero()) return 0;
  return Math.max(lastDigitPlace(end), end.e - 4);
};

const scaleOf = (interval: Interval): readonly [number, string] => {
  let largest = new Decimal(0);
  for (const end of [interval.low, interval.high]) if (end !== null && end.abs().gt(largest)) largest = end.abs();
  for (const scale of relationMessages.scales) if (largest.gte(pow10(scale[0]))) return scale;
  return [0, ""];
};

/**
 * Short text for an interval, each end rounded outward at its display place ("1.502–1.602 billion USD",
 * "more than 1700 km"), so the text never claims more than the interval. @internal
 */
export const toIntervalText = (interval: Interval, unit: string): string => {
  const place = toDisplayPlace(interval);
  const [power, word] = scaleOf(interval);
  const places = Math.max(0, power - place);
  const show = (value: Decimal, rounding: typeof Decimal.ROUND_FLOOR | typeof Decimal.ROUND_CEIL): string =>
    value.div(pow10(power)).toDecimalPlaces(places, rounding).toFixed();
  const { low, high } = interval;
  const suffix = relationMessages.unitSuffix(word, unit);
  if (low !== null && high !== null) {
    const lo = show(low, Decimal.ROUND_FLOOR);
    const hi = show(high, Decimal.ROUND_CEIL);
    return lo === hi ? relationMessages.pointText(lo, suffix) : relationMessages.rangeText(lo, hi, suffix);
  }
  if (low !== null) return relationMessages.lowOnlyText(show(low, Decimal.ROUND_FLOOR), suffix, interval.lowOpen);
  if (high !== null) return relationMessages.highOnlyText(show(high, Decimal.ROUND_CEIL), suffix, interval.highOpen);
  return relationMessages.anyValueText;
};
