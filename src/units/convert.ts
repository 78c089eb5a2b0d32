import { Decimal } from "../decimal.js";
import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages.js";
import type { Quantity } from "../quantity/types.js";
import { getUnit } from "./registry.js";
import type { Unit } from "./types.js";

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

/** The exact factor from one unit to another of the same dimension, or via a given rate. @internal */
export const conversionFactor = (fromCode: string, toCode: string, options: ConvertOptions = {}): Decimal => {
  const from = unitOrThrow(fromCode);
  const to = unitOrThrow(toCode);
  if (from.code === to.code) return new Decimal(1);
  if (from.dimension !== to.dimension) throw new DiscrepancyError("invalid-unit", messages.incompatibleUnits(from.code, to.code));
  if (from.factor !== null && to.factor !== null) return from.factor.div(to.factor);
  for (const rate of options.rates ?? []) {
    if (rate.from === from.code && rate.to === to.code) return new Decimal(rate.rate);
    if (rate.from === to.code && rate.to === from.code) return new Decimal(1).div(new Decimal(rate.rate));
  }
  throw new DiscrepancyError("missing-rate", messages.missingRate(from.code, to.code));
};

/**
 * The same quantity in another unit of its dimension: value and interval scaled exactly (factors are
 * exact decimals, so km → mi → km returns the very same numbers). Currencies need a rate in `options.rates`.
 *
 * @throws {DiscrepancyError} `invalid-unit` for an unknown unit or another dimension; `missing-rate` for
 * currencies without a rate.
 * @example
 * ```ts
 * const miles = convertQuantity(parseQuantity("1,056 miles"), "km");
 * miles.value.toString(); // "1699.467264"
 * miles.low?.toString();  // "1698.662592"
 * ```
 */
export const convertQuantity = (quantity: Quantity, toUnit: string, options: ConvertOptions = {}): Quantity => {
  const factor = conversionFactor(quantity.unit, toUnit, options);
  if (factor.eq(1) && quantity.unit === toUnit) return quantity;
  const { unitCandidates: _dropped, ...rest } = quantity;
  return Object.freeze({
    ...rest,
    unit: toUnit,
    value: quantity.value.times(factor),
    low: quantity.low === null ? null : quantity.low.times(factor),
    high: quantity.high === null ? null : quantity.high.times(factor),
  });
};
