import { Decimal, ONE, ZERO } from "../decimal.js";
import { DiscrepancyError } from "../errors.js";
import { assertQuantity } from "./assertQuantity.js";
import type { Quantity } from "./types.js";
import { getUnit } from "../units/registry.js";
import type { Unit } from "../units/types.js";
import { explainMessages } from "../messages/misuse/explain.js";
import { messages } from "../messages/misuse/input.js";

/**
 * A dated exchange rate the caller supplies: 1 `from` = `rate` `to`, on `date`. Currencies never
 * convert without one, because any built-in rate would silently be the wrong day's.
 */
export interface ExchangeRate {
  readonly from: string;
  readonly to: string;
  /** A decimal string: "0.0021". */
  readonly rate: string;
  /** ISO date the rate applies to. */
  readonly date: string;
}

/** Options for {@link convertQuantity}. */
export interface ConvertOptions {
  readonly rates?: readonly ExchangeRate[];
}

const unitOrThrow = (code: string): Unit => {
  const unit = getUnit(code);
  if (unit === undefined) throw new DiscrepancyError("invalid-unit", messages.unknownUnit(code));
  return unit;
};

const POSITIVE_DECIMAL = /^(\d{1,40}(\.\d{1,40})?|\.\d{1,40})$/;

/**
 * Reads a caller's rate as a positive Decimal, or throws naming it: a rate of 0, a negative one or a
 * JavaScript float would silently turn every converted figure into nonsense. @internal
 */
export const rateValue = (rate: ExchangeRate, index: number): Decimal => {
  const isObject = typeof rate === "object" && rate !== null;
  const given: unknown = isObject ? rate.rate : rate;
  const text = isObject && typeof given === "string" ? given.trim() : "";
  if (!POSITIVE_DECIMAL.test(text) || new Decimal(text).isZero())
    throw new DiscrepancyError("invalid-argument", explainMessages.badRate(index, given), [
      { path: ["rates", index, "rate"], message: explainMessages.badRate(index, given), input: given },
    ]);
  return new Decimal(text);
};

const ratesOf = (options: ConvertOptions): readonly ExchangeRate[] => {
  const rates: unknown = typeof options === "object" && options !== null ? options.rates : undefined;
  if (rates === undefined) return [];
  if (!Array.isArray(rates)) throw new DiscrepancyError("invalid-argument", messages.badOption("rates", rates, "a list of exchange rates"));
  return rates as readonly ExchangeRate[];
};

/**
 * A conversion as a fraction, so that dividing happens once, last: `(value × times + plus) / over`.
 * `plus` is there only between temperature scales (°C → °F adds 32 × 5 before dividing by 5).
 */
export interface Factor {
  readonly times: Decimal;
  readonly over: Decimal;
  readonly plus?: Decimal;
}

/**
 * The factor from one unit to another of the same dimension (or via a rate the caller gives), as an exact
 * fraction `times / over`; between temperature scales also an offset, `(value × times + plus) / over`.
 *
 * @throws {DiscrepancyError} `invalid-unit` or `missing-rate`.
 * @example
 * ```ts
 * const f = conversionFactor("mi", "km");
 * f.times.div(f.over).toString(); // "1.609344"
 * const t = conversionFactor("°C", "°F"); // temperatures: (value × times + plus) / over
 * [t.times.toString(), t.plus?.toString(), t.over.toString()]; // ["1.8", "32", "1"]
 * ```
 */
export const conversionFactor = (fromCode: string, toCode: string, options: ConvertOptions = {}): Factor => {
  const from = unitOrThrow(fromCode);
  const to = unitOrThrow(toCode);
  if (from.code === to.code) return { times: ONE, over: ONE };
  if (from.dimension !== to.dimension) throw new DiscrepancyError("invalid-unit", messages.incompatibleUnits(from.code, to.code));
  if (from.factor !== null && to.factor !== null) {
    // Affine scales (temperatures): value × f₁ + o₁ = v × f₂ + o₂ in the base, so v = (value × f₁ + o₁ − o₂) / f₂.
    const plus = (from.offset ?? ZERO).minus(to.offset ?? ZERO);
    return plus.isZero() ? { times: from.factor, over: to.factor } : { times: from.factor, over: to.factor, plus };
  }
  const rates = ratesOf(options);
  for (let i = 0; i < rates.length; i++) {
    const rate = rates[i]!;
    if (typeof rate !== "object" || rate === null) rateValue(rate, i);
    if (rate.from === from.code && rate.to === to.code) return { times: rateValue(rate, i), over: ONE };
    if (rate?.from === to.code && rate.to === from.code) return { times: ONE, over: rateValue(rate, i) };
  }
  throw new DiscrepancyError("missing-rate", messages.missingRate(from.code, to.code));
};

// Amounts carry at most 40 significant digits and arithmetic runs at 60. A result within 10⁻⁵⁵ of a
// 45-digit decimal is taken to be that decimal: that is what the way back from a non-terminating
// conversion (km → mi → km) lands on, so round-trips are exact; a genuine one-way result is that close to
// a short decimal with odds of about 10⁻¹⁰, and is then off by less than 10⁻⁵⁵ of its value.
const SNAP_DIGITS = 45;
const SNAP_TOLERANCE = /* @__PURE__ */ new Decimal("1e-55");

/** Applies a factor: multiply first, divide last, once. @internal */
export const applyFactor = (value: Decimal, factor: Factor): Decimal => {
  const scaled = value.times(factor.times);
  const result = (factor.plus === undefined ? scaled : scaled.plus(factor.plus)).div(factor.over);
  const snapped = result.toSignificantDigits(SNAP_DIGITS, Decimal.ROUND_HALF_EVEN);
  // An offset (temperatures) may cancel most of the value: "-0.0003 °F" is −17.7779… °C, and the way
  // back subtracts 32 from 0.0003 less than it. The error is then relative to the larger term.
  const size = factor.plus === undefined ? result.abs() : Decimal.max(result.abs(), scaled.abs().div(factor.over), factor.plus.abs().div(factor.over));
  return result.minus(snapped).abs().lte(size.times(SNAP_TOLERANCE)) ? snapped : result;
};

/**
 * The same quantity in another unit of its dimension: value and interval scaled exactly (factors are
 * exact decimals; a result that does not terminate keeps 60 significant digits, and km → mi → km returns
 * the very same numbers). Temperatures convert affinely, the value and each end of the interval alike
 * ("20 °C" is 68 °F; "20–25 °C" is 68–77 °F): they are read as temperatures, never as differences of
 * temperature. Currencies need a rate in `options.rates`. `text` and `precision` still
 * describe the figure as written ("1,056 miles", last digit 10⁰ miles): a precision in the new unit would
 * be a made-up figure (1.609344 km is no power of ten); the converted interval carries the uncertainty.
 *
 * @throws {DiscrepancyError} `invalid-unit` for an unknown unit or another dimension; `missing-rate` for
 * currencies without a rate.
 * @example
 * ```ts
 * const miles = convertQuantity(parseQuantity("1,056 miles"), "km");
 * miles.value.toString(); // "1699.467264"
 * miles.low?.toString();  // "1698.662592"
 * miles.precision;         // 0, of "1,056" in miles, as written
 * ```
 */
export const convertQuantity = (quantity: Quantity, toUnit: string, options: ConvertOptions = {}): Quantity => {
  assertQuantity(quantity, "quantity");
  const factor = conversionFactor(quantity.unit, toUnit, options);
  if (quantity.unit === toUnit) return quantity;
  const { unitCandidates: _dropped, ...rest } = quantity;
  return Object.freeze({
    ...rest,
    unit: toUnit,
    value: applyFactor(quantity.value, factor),
    low: quantity.low === null ? null : applyFactor(quantity.low, factor),
    high: quantity.high === null ? null : applyFactor(quantity.high, factor),
  });
};
