import { Decimal, pow10 } from "../decimal.js";
import type { Dimension } from "../units/types.js";

/**
 * How wide the words make an interval. One table, documented in the README:
 *
 * | written                         | interval                                       |
 * |---------------------------------|------------------------------------------------|
 * | "31.5" (a fraction is written)  | ± half a unit of the last written digit        |
 * | "70", "1,700", "$650 million"   | ± half a unit of the last non-zero digit, at most ± 10 % ("10 million" → 9–11 m) |
 * | "$41 billion", "45 million"     | ± half a unit of the last written digit        |
 * | "8", "45" counts, "$425" money  | exact                                          |
 * | "1,056 miles", "16%" measures   | ± half a unit of the last written digit        |
 * | "about", "around", "близько"    | ± max(rounding, tolerance × value), 10 % default |
 * | "almost", "nearly", "майже"     | [value − max(rounding, tolerance × value), value]; mirrored below zero |
 *
 * @internal
 */
export interface PrecisionPolicy {
  /** Relative half-width for approximation words, e.g. `"0.1"` for ±10 %. */
  readonly approxTolerance: Decimal;
}

export const DEFAULT_APPROX_TOLERANCE = /* @__PURE__ */ new Decimal("0.1");

/**
 * A round number's rounding never widens past this share of its value: "70" allows 65–75, but "10
 * million" allows 9–11 million, not 5–15 — a one-digit round number is a loose figure, not a vague one.
 */
export const ROUND_NUMBER_CAP = /* @__PURE__ */ new Decimal("0.1");

/** Whether the written integer ends in zeros that the policy may read as rounding ("70", "1,700", "410亿"). */
export const isRoundNumber = ({ digits }: WrittenNumber): boolean =>
  !digits.includes(".") && digits.length > 1 && digits.endsWith("0") && !/^0+$/.test(digits);

/** Dimensions whose plain integers are counted or priced, not measured, and so are exact. */
const EXACT_WHEN_PLAIN: ReadonlySet<Dimension> = /* @__PURE__ */ new Set(["count", "currency", "ordinal"]);

/** The digits of a number as written, before its scale word. */
export interface WrittenNumber {
  /** The digits as written, without separators: "1700", "31.5", "0.25". */
  readonly digits: string;
  /** The power of ten the scale word adds: 9 for "billion", 8 for "亿", 0 for none. */
  readonly scale: number;
}

/** Power of ten of the last written digit: "31.5" billion → 8; "1700" → 0; "41" billion → 9. */
export const writtenPrecision = ({ digits, scale }: WrittenNumber): number => {
  const dot = digits.indexOf(".");
  return dot < 0 ? scale : scale - (digits.length - dot - 1);
};

/**
 * The rounding step that a written number allows, or `null` when it is exact: the place of the last
 * non-zero digit for round integers ("70" → 10), else the last written digit; plain integers that count
 * or price something are exact.
 */
export const roundingStep = (written: WrittenNumber, dimension: Dimension): Decimal | null => {
  const { digits, scale } = written;
  if (digits.includes(".")) return pow10(writtenPrecision(written));
  // A temperature's zero is a convention ("20 °C" is 68 °F): its trailing zeros are digits like any other.
  if (dimension === "temperature") return pow10(scale);
  let zeros = 0;
  for (let i = digits.length - 1; i > 0 && digits.charCodeAt(i) === 48; i--) zeros++;
  if (/^0+$/.test(digits)) return scale === 0 && EXACT_WHEN_PLAIN.has(dimension) ? null : pow10(scale);
  if (zeros > 0) return pow10(scale + zeros);
  if (scale > 0) return pow10(scale);
  // A negative scale comes from the unit ("万分之三" is 0.03 %): the last digit is stated to it.
  return EXACT_WHEN_PLAIN.has(dimension) ? null : pow10(scale);
};
