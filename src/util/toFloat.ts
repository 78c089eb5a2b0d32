import type { Decimal } from "../decimal.js";

// decimal.js documents a Decimal's parts: `d`, the digits in base-10⁷ words; `e`, the base-10 exponent of
// the leading digit; `s`, the sign. Reading them costs no allocation, unlike `toNumber()`, which prints the
// number to a string and parses it back — a million times over in a corpus run.
interface DecimalParts {
  readonly d: readonly number[] | null;
  readonly e: number;
  readonly s: number;
}

// A word is below 10⁷, so its digit count is at most 7.
const wordDigits = (word: number): number =>
  word < 1e3 ? (word < 10 ? 1 : word < 100 ? 2 : 3) : word < 1e5 ? (word < 1e4 ? 4 : 5) : word < 1e6 ? 6 : 7;

// Powers of ten as the nearest doubles, for the exponents a finite double can hold.
const POW10 = /* @__PURE__ */ Float64Array.from({ length: 700 }, (_, i) => 10 ** (i - 350));
const pow10 = (exponent: number): number => (exponent >= -350 && exponent < 350 ? POW10[exponent + 350]! : 10 ** exponent);

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
  for (let i = 0; i < d.length && i < 3; i++, exponent -= 7) out += (d[i] ?? 0) * pow10(exponent);
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
