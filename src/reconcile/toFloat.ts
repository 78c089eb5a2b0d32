import type { Decimal } from "../decimal.js";

// decimal.js documents a Decimal's parts: `d`, the digits in base-10⁷ words; `e`, the base-10 exponent of
// the leading digit; `s`, the sign. Reading them costs no allocation, unlike `toNumber()`, which prints the
// number to a string and parses it back — a million times over in a corpus run.
interface DecimalParts {
  readonly d: readonly number[] | null;
  readonly e: number;
  readonly s: number;
}

const wordDigits = (word: number): number => {
  let n = 1;
  for (let w = word; w >= 10; w = Math.floor(w / 10)) n++;
  return n;
};

/**
 * A JavaScript number close to `value` (within a few units in the last place), for ranking and
 * closeness weights only: no verdict is ever taken on it. Three base-10⁷ words are 21 digits, more than a
 * double holds.
 *
 * @internal
 */
export const toFloat = (value: Decimal): number => {
  const { d, e, s } = value as unknown as DecimalParts;
  if (d === null) return s === null ? Number.NaN : s * Number.POSITIVE_INFINITY;
  const first = d[0] ?? 0;
  if (first === 0) return 0;
  let exponent = e - wordDigits(first) + 1;
  let out = 0;
  for (let i = 0; i < d.length && i < 3; i++, exponent -= 7) out += (d[i] ?? 0) * 10 ** exponent;
  return s * out;
};

/**
 * Whether {@link toFloat} is exact for `value`: an integer of at most 15 digits, whose words and powers of
 * ten are all exact in a double, as is their sum. Then two such floats are equal exactly when the Decimals
 * are, and compare the same way. Conservative: a trailing zero may make an integer look fractional, which
 * only sends it down the exact Decimal path.
 *
 * @internal
 */
export const isExactFloat = (value: Decimal): boolean => {
  const { d, e } = value as unknown as DecimalParts;
  if (d === null) return false;
  if (d[0] === 0) return true;
  const lastDigitExponent = e - (wordDigits(d[0] ?? 0) - 1) - 7 * (d.length - 1);
  return lastDigitExponent >= 0 && e < 15;
};
