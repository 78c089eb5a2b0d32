import { Decimal, ONE } from "../decimal.js";
import { rateValue, type ExchangeRate } from "../units/convert.js";
import { getUnit, units } from "../units/registry.js";
import type { Dimension } from "../units/types.js";

/**
 * How two units meet: the common unit and the exact multipliers that take each side into it. Only
 * multiplication, never division, so the aligned numbers are exact (km vs mi meet in km: 1 mi =
 * 1.609344 km; km vs ft, whose quotient does not terminate, meet in metres).
 *
 * @internal
 */
export interface Alignment {
  readonly unit: string;
  readonly dimension: Dimension;
  readonly a: Decimal;
  readonly b: Decimal;
}

/** Re-exported where reasoning modules have always found it; the rule lives with the conversions. @internal */
export { rateValue };

const BASE_UNIT: ReadonlyMap<Dimension, string> = new Map(
  units.filter((u) => u.factor !== null && u.factor.eq(1)).map((u) => [u.dimension, u.code] as const),
);

/** `m` such that `from × m = to` exactly, or `undefined` when the quotient does not terminate. */
const exactQuotient = (from: Decimal, to: Decimal): Decimal | undefined => {
  const q = from.div(to);
  // A quotient that used every digit of the precision did not terminate (its product would only round back).
  return q.sd() < Decimal.precision - 10 && q.times(to).eq(from) ? q : undefined;
};

/**
 * The common unit of two units and each side's multiplier, or `undefined` when they cannot meet
 * (different dimensions, unknown units, or currencies without a rate). Depends only on the unordered
 * pair, so a comparison is symmetric.
 *
 * @internal
 */
export const alignUnits = (ua: string, ub: string, rates: readonly ExchangeRate[] = []): Alignment | undefined => {
  const a = getUnit(ua);
  const b = getUnit(ub);
  if (a === undefined || b === undefined || a.dimension !== b.dimension) return undefined;
  if (a.code === b.code) return { unit: a.code, dimension: a.dimension, a: ONE, b: ONE };
  if (a.factor !== null && b.factor !== null) {
    // Prefer the unit that takes the other exactly; try the pair in one fixed order for symmetry.
    const [first, second] = a.code < b.code ? [a, b] : [b, a];
    for (const target of [first, second]) {
      const other = target === a ? b : a;
      const m = exactQuotient(other.factor!, target.factor!);
      if (m !== undefined)
        return { unit: target.code, dimension: a.dimension, a: target === a ? ONE : m, b: target === b ? ONE : m };
    }
    const base = BASE_UNIT.get(a.dimension) ?? a.code;
    return { unit: base, dimension: a.dimension, a: a.factor, b: b.factor };
  }
  for (let i = 0; i < rates.length; i++) {
    const rate = rates[i]!;
    // The rate multiplies its `from` currency into its `to` currency: align in `to`.
    if (rate.from === a.code && rate.to === b.code) return { unit: b.code, dimension: a.dimension, a: rateValue(rate, i), b: ONE };
    if (rate.from === b.code && rate.to === a.code) return { unit: a.code, dimension: a.dimension, a: ONE, b: rateValue(rate, i) };
  }
  return undefined;
};
