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
export const Decimal = /* @__PURE__ */ (() => GlobalDecimal.clone({
  precision: 60,
  rounding: GlobalDecimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  maxE: 9e15,
  minE: -9e15,
  modulo: GlobalDecimal.ROUND_DOWN,
  crypto: false,
}))();

/** An exact decimal number (decimal.js). @internal */
export type Decimal = GlobalDecimal;

/** Whether `value` is a decimal.js Decimal from any copy of decimal.js (ESM and CJS copies differ). */
export const isDecimal = (value: unknown): value is GlobalDecimal => GlobalDecimal.isDecimal(value);

/** Canonical plain-decimal text of a Decimal: no exponent, no trailing zeros. */
export const toDecimalString = (value: GlobalDecimal): string => new Decimal(value).toFixed();

export const ZERO = /* @__PURE__ */ new Decimal(0);
export const ONE = /* @__PURE__ */ new Decimal(1);
export const TEN = /* @__PURE__ */ new Decimal(10);

// Decimals are immutable, so the powers the scanner and the policy ask for over and over (scale words,
// rounding steps) are built once: `pow` allocates a dozen intermediate decimals per call.
const POW10_LIMIT = 64;
const POW10_CACHE: (GlobalDecimal | undefined)[] = /* @__PURE__ */ new Array<undefined>(2 * POW10_LIMIT + 1);

/** 10^exponent, exactly. */
export const pow10 = (exponent: number): GlobalDecimal => {
  if (!Number.isInteger(exponent) || exponent < -POW10_LIMIT || exponent > POW10_LIMIT) return TEN.pow(exponent);
  const slot = exponent + POW10_LIMIT;
  return (POW10_CACHE[slot] ??= new Decimal(`1e${exponent}`));
};

/**
 * `x.cmp(y)` for two Decimals, without the copy of `y` that decimal.js makes on every comparison (the
 * largest source of garbage when a million claims are compared). Reads the documented fields of a
 * Decimal (`d` digits in base 1e7, `e` exponent, `s` sign) exactly as decimal.js 10's `cmp` does after
 * that copy, which leaves a Decimal within the exponent limits unchanged: same answer, including `NaN`.
 *
 * @internal
 */
export const cmp = (x: GlobalDecimal, y: GlobalDecimal): number => {
  const xd = x.d as number[] | null;
  const yd = y.d as number[] | null;
  const xs = x.s;
  const ys = y.s;
  // NaN or ±Infinity.
  if (!xd || !yd) return !xs || !ys ? NaN : xs !== ys ? xs : xd === yd ? 0 : !xd !== xs < 0 ? 1 : -1;
  // Zero.
  if (!xd[0] || !yd[0]) return xd[0] ? xs : yd[0] ? -ys : 0;
  if (xs !== ys) return xs;
  if (x.e !== y.e) return x.e > y.e !== xs < 0 ? 1 : -1;
  const xl = xd.length;
  const yl = yd.length;
  for (let i = 0, n = xl < yl ? xl : yl; i < n; i++) if (xd[i] !== yd[i]) return xd[i]! > yd[i]! !== xs < 0 ? 1 : -1;
  return xl === yl ? 0 : xl > yl !== xs < 0 ? 1 : -1;
};

/**
 * `value.times(ONE)`: the same number as a Decimal of the library's own arithmetic. A Decimal of the
 * library's own constructor within its precision comes out of that product digit for digit, so it is
 * returned as it is instead of being copied (a million claims compared in their own unit allocate
 * nothing for it).
 *
 * @internal
 */
export const timesOne = (value: GlobalDecimal): GlobalDecimal =>
  value.constructor === Decimal && value.isFinite() && value.sd() <= Decimal.precision ? value : value.times(ONE);

/**
 * `Decimal.max(...values)` (`n` −1) or `Decimal.min(...values)` (`n` 1) for finite values, picking the
 * same one among equal values, without the copy decimal.js makes of every argument: a Decimal of the
 * library's own constructor comes out of that copy digit for digit (its exponent is within the
 * limits), so it is returned itself; any other is copied as decimal.js would.
 */
const extremeOf = (values: readonly GlobalDecimal[], n: -1 | 1): GlobalDecimal => {
  let x = values[0]!;
  for (let i = 1; i < values.length; i++) {
    const y = values[i]!;
    const k = cmp(x, y);
    if (k === n || (k === 0 && x.s === n)) x = y;
  }
  return x.constructor === Decimal && x.isFinite() ? x : new Decimal(x);
};

/** `Decimal.max(...values)` for one or more finite values, without copies (see `extremeOf`). @internal */
export const maxOf = (values: readonly GlobalDecimal[]): GlobalDecimal => extremeOf(values, -1);

/** `Decimal.min(...values)` for one or more finite values, without copies (see `extremeOf`). @internal */
export const minOf = (values: readonly GlobalDecimal[]): GlobalDecimal => extremeOf(values, 1);

/**
 * The same number with a digit array exactly as long as its digits. A quotient rounded to a few places
 * keeps the room its 60-digit division needed (decimal.js shortens the array's length, not its
 * storage); a report holds hundreds of thousands of them, and the collector copies that room with each.
 *
 * @internal
 */
export const compact = (x: GlobalDecimal): GlobalDecimal => new Decimal(x);

const HALF = /* @__PURE__ */ new Decimal("0.5");

/**
 * `x.div(2)`, the same Decimal: x × 0.5 and x ÷ 2 are the same exact number rounded once to the same
 * precision, and a product costs a fraction of a division (midpoints are taken for every group of a
 * corpus).
 *
 * @internal
 */
export const half = (x: GlobalDecimal): GlobalDecimal => x.times(HALF);
