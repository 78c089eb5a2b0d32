import { Decimal, ONE, ZERO } from "../decimal.js";
import { rateValue, type ExchangeRate } from "./convert.js";
import { getUnit, units } from "../units/registry.js";
import type { Dimension, Unit } from "../units/types.js";

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
  /** Temperatures only: what each side adds after its multiplier (°C → K: × 1 + 273.15). */
  readonly offsetA?: Decimal;
  readonly offsetB?: Decimal;
  /**
   * Temperatures only: the scale figures are shown in, when it is not `unit`: a value in `unit` minus
   * `shift` ("68 °F" is 527.67 °R − 459.67). Its degree is the degree of `unit`, so gaps read the same.
   */
  readonly display?: { readonly unit: string; readonly shift: Decimal };
}

/** Re-exported where reasoning modules have always found it; the rule lives with the conversions. @internal */
export { rateValue };

const BASE_UNIT: ReadonlyMap<Dimension, string> = /* @__PURE__ */ (() => new Map(
  units.filter((u) => u.factor !== null && u.factor.eq(1) && (u.offset === undefined || u.offset.isZero())).map((u) => [u.dimension, u.code] as const),
))();

const KELVIN = "K";
const RANKINE = "°R";

/**
 * Temperatures meet on an absolute scale, whatever they were written in, so that a ratio or a relative
 * gap means the same for "20 °C" as for "68 °F": kelvins when both sides are in kelvins or degrees
 * Celsius (exact: × 1 + 273.15), degrees Rankine when one is in Fahrenheit (the only absolute scale
 * every temperature reaches by multiplying and adding, exactly).
 */
const alignTemperatures = (a: Unit, b: Unit): Alignment | undefined => {
  const celsiusLike = (u: Unit): boolean => u.code === KELVIN || u.code === "°C";
  const target = getUnit(celsiusLike(a) && celsiusLike(b) ? KELVIN : RANKINE);
  if (target?.factor == null || a.factor === null || b.factor === null) return undefined;
  const side = (u: Unit): { m: Decimal; offset: Decimal } | undefined => {
    const m = exactQuotient(u.factor!, target.factor!);
    const offset = (u.offset ?? ZERO).isZero() ? ZERO : exactQuotient(u.offset!, target.factor!);
    return m === undefined || offset === undefined ? undefined : { m, offset };
  };
  const sa = side(a);
  const sb = side(b);
  if (sa === undefined || sb === undefined) return undefined;
  // Shown in the scale written when both sides share it, else in °F beside °R (the same degree).
  const shown = a.code === b.code ? a.code : target.code === RANKINE ? "°F" : target.code;
  const shift = shown === target.code ? undefined : getUnit(shown)?.offset?.div(target.factor);
  return {
    unit: target.code,
    dimension: "temperature",
    a: sa.m,
    b: sb.m,
    offsetA: sa.offset,
    offsetB: sb.offset,
    ...(shift !== undefined ? { display: { unit: shown, shift } } : {}),
  };
};

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
  if (a.dimension === "temperature") return alignTemperatures(a, b);
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

/** A value of side `a` or `b` in the alignment's unit: times its multiplier, plus its offset. @internal */
export const alignValue = (value: Decimal, m: Decimal, offset: Decimal | undefined): Decimal => {
  const scaled = m.eq(1) ? value : value.times(m);
  return offset === undefined || offset.isZero() ? scaled : scaled.plus(offset);
};
