import { Decimal as GlobalDecimal } from "decimal.js";

/**
 * The library's private Decimal constructor.
 *
 * A clone, so that the caller's global `Decimal.set(...)` never changes our answers and ours never
 * changes theirs. 60 significant digits keep every sum and product of parsed amounts exact (inputs are
 * capped well below that); exponent notation is disabled so `toString()` and `toJSON()` always print
 * plain decimals such as `"41000000000"`.
 *
 * @internal
 */
export const Decimal = GlobalDecimal.clone({
  precision: 60,
  rounding: GlobalDecimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  maxE: 9e15,
  minE: -9e15,
  modulo: GlobalDecimal.ROUND_DOWN,
  crypto: false,
});

/** An exact decimal number (decimal.js). @internal */
export type Decimal = GlobalDecimal;

/** Whether `value` is a decimal.js Decimal from any copy of decimal.js (ESM and CJS copies differ). */
export const isDecimal = (value: unknown): value is GlobalDecimal => GlobalDecimal.isDecimal(value);

/** Canonical plain-decimal text of a Decimal: no exponent, no trailing zeros. */
export const toDecimalString = (value: GlobalDecimal): string => new Decimal(value).toFixed();

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const TEN = new Decimal(10);

// Decimals are immutable, so the powers the scanner and the policy ask for over and over (scale words,
// rounding steps) are built once: `pow` allocates a dozen intermediate decimals per call.
const POW10_LIMIT = 64;
const POW10_CACHE: (GlobalDecimal | undefined)[] = new Array<undefined>(2 * POW10_LIMIT + 1);

/** 10^exponent, exactly. */
export const pow10 = (exponent: number): GlobalDecimal => {
  if (!Number.isInteger(exponent) || exponent < -POW10_LIMIT || exponent > POW10_LIMIT) return TEN.pow(exponent);
  const slot = exponent + POW10_LIMIT;
  return (POW10_CACHE[slot] ??= new Decimal(`1e${exponent}`));
};
