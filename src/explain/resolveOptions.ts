import { Decimal } from "../decimal.js";
import { DiscrepancyError } from "../errors.js";
import type { ExchangeRate } from "../quantity/convert.js";
import { rateValue } from "../quantity/alignUnits.js";
import { explainMessages } from "../messages/misuse/explain.js";

/** Options for {@link compare}. */
export interface CompareOptions {
  /** Dated exchange rates: without one, different currencies are not comparable. */
  readonly rates?: readonly ExchangeRate[];
  /** Relative half-width an "about" figure is taken to allow when weighing `approximation`. Default `"0.1"`. */
  readonly approxTolerance?: string;
  /** The usual CIF/FOB factor for mirror statistics. Default `"1.06"` (IMF DOTS). */
  readonly cifFob?: string;
}

/** {@link CompareOptions} checked once and read into Decimals. @internal */
export interface ResolvedCompareOptions {
  readonly rates: readonly ExchangeRate[];
  /** `rates[i].rate` as a Decimal. */
  readonly rateValues: readonly Decimal[];
  readonly approxTolerance: Decimal;
  readonly cifFob: Decimal;
}

const POSITIVE = /^(\d{1,40}(\.\d{1,40})?|\.\d{1,40})$/;

/** Reads a positive decimal option given as a string, or throws naming it. @internal */
export const decimalOption = (name: string, value: unknown, fallback: string): Decimal => {
  if (value === undefined) return new Decimal(fallback);
  if (typeof value !== "string" || !POSITIVE.test(value.trim()) || new Decimal(value.trim()).isZero())
    throw new DiscrepancyError("invalid-argument", explainMessages.badOption(name, value), [
      { path: [name], message: explainMessages.badOption(name, value), input: value },
    ]);
  return new Decimal(value.trim());
};

/** Checks the options of {@link compare}. @internal */
export const resolveCompareOptions = (options: CompareOptions = {}): ResolvedCompareOptions => {
  if (typeof options !== "object" || options === null)
    throw new DiscrepancyError("invalid-argument", explainMessages.badOption("options", options));
  const rates = options.rates ?? [];
  if (!Array.isArray(rates)) throw new DiscrepancyError("invalid-argument", explainMessages.badOption("rates", rates));
  return {
    rates,
    rateValues: rates.map(rateValue),
    approxTolerance: decimalOption("approxTolerance", options.approxTolerance, "0.1"),
    cifFob: decimalOption("cifFob", options.cifFob, "1.06"),
  };
};
