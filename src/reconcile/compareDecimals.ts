import type { Decimal } from "../decimal.js";

interface DecimalParts {
  readonly d: readonly number[] | null;
  readonly e: number;
  readonly s: number;
}

/**
 * Exactly `a.cmp(b)` for finite Decimals, without its allocation: decimal.js's `cmp` wraps its argument
 * in a new Decimal on every call, which a corpus run would do millions of times. It reads the documented
 * parts (`d` digit words, `e` exponent, `s` sign), whose form is canonical (no trailing zero words), as
 * `cmp` itself does. Non-finite values fall back to `cmp`.
 *
 * @internal
 */
export const compareDecimals = (a: Decimal, b: Decimal): number => {
  if (a === b) return 0;
  const x = a as unknown as DecimalParts;
  const y = b as unknown as DecimalParts;
  const xd = x.d;
  const yd = y.d;
  if (xd === null || yd === null) return a.cmp(b);
  const xz = xd[0] === 0;
  const yz = yd[0] === 0;
  if (xz || yz) return xz && yz ? 0 : xz ? -y.s : x.s;
  if (x.s !== y.s) return x.s;
  if (x.e !== y.e) return (x.e > y.e) !== x.s < 0 ? 1 : -1;
  const n = Math.min(xd.length, yd.length);
  for (let i = 0; i < n; i++) if (xd[i] !== yd[i]) return (xd[i]! > yd[i]!) !== x.s < 0 ? 1 : -1;
  return xd.length === yd.length ? 0 : (xd.length > yd.length) !== x.s < 0 ? 1 : -1;
};
