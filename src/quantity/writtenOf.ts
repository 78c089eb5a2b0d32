import { Decimal, pow10 } from "../decimal.js";
import type { NumberPart } from "./numberPart.js";
import { writtenPrecision, type WrittenNumber } from "./policy.js";
import { readDigits } from "./readDigits.js";

/** Digits and a scale word as the precision policy wants them. */
export const writtenOf = (part: NumberPart, scale: number, decimalComma: boolean, ordinal: boolean, scaled: boolean): WrittenNumber | undefined => {
  if (part.kind === "digits") {
    const reading = readDigits(part.raw, decimalComma, scaled);
    if (typeof reading === "string") return undefined;
    // "1e6" and "10^6" write the integer 1,000,000 in another notation, not "1 million": it is stated
    // as "1,000,000" is (to the unit, a round number). A decimal mantissa keeps its digits ("1.3e6",
    // "1.0e6" to 10⁵), as "1.3 million" does. The exponent is at most 30 (readDigits), so the zeros are bounded.
    if (reading.exponent > 0 && !reading.digits.includes(".") && reading.digits !== "0")
      return { digits: reading.digits + "0".repeat(reading.exponent), scale };
    return { digits: reading.digits, scale: reading.exponent + scale };
  }
  if (part.kind === "decimal") return { digits: part.digits, scale };
  const value = part.value;
  if (!value.isInteger() || value.isZero() || ordinal) return { digits: value.toFixed(), scale };
  // A numeral's precision is its last written word: "seventy" is stated to the ten, "四百一十亿" to 10⁹.
  let digits = value.toFixed();
  let zeros = 0;
  while (digits.length > 1 && digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    zeros++;
  }
  return { digits, scale: scale + zeros };
};

/**
 * The ends of "centre ± tolerance" as written numbers stated to the finer of the two precisions, so the
 * range is exact ("1.5 ± 0.25" is 1.25–1.75, to the hundredth); `undefined` when the low end is below zero.
 */
export const toleranceEnds = (centre: WrittenNumber, tolerance: WrittenNumber): readonly [WrittenNumber, WrittenNumber] | undefined => {
  const precision = Math.min(writtenPrecision(centre), writtenPrecision(tolerance));
  const middle = writtenValue(centre);
  const width = writtenValue(tolerance);
  const low = middle.minus(width);
  if (low.lt(0)) return undefined;
  const unit = pow10(precision);
  return [
    { digits: low.div(unit).toFixed(), scale: precision },
    { digits: middle.plus(width).div(unit).toFixed(), scale: precision },
  ];
};

/** The value a written number states. */
export const writtenValue = (w: WrittenNumber): Decimal => new Decimal(w.digits).times(pow10(w.scale));
