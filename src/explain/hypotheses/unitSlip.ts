import { Decimal } from "../../decimal.js";
import { units } from "../../units/registry.js";
import type { Dimension, Unit } from "../../units/types.js";
import type { ConflictContext, Finding } from "./context.js";

const TOLERANCE = /* @__PURE__ */ new Decimal("0.01");

// By its digits: a one followed or preceded only by zeros.
const isPowerOfTen = (d: Decimal): boolean => /^(10*|0\.0*1)$/.test(d.abs().toFixed());

/** Every factor between two units of a dimension that is not a power of ten (those are scale slips). */
const FACTORS: ReadonlyMap<Dimension, readonly { factor: Decimal; larger: Unit; smaller: Unit }[]> = /* @__PURE__ */ (() => {
  const byDimension = new Map<Dimension, { factor: Decimal; larger: Unit; smaller: Unit }[]>();
  for (const u of units)
    for (const v of units) {
      // Temperature scales differ by an offset too: no ratio of readings tells one scale from another.
      if (u.dimension !== v.dimension || u.factor === null || v.factor === null || u.offset !== undefined || v.offset !== undefined || !u.factor.gt(v.factor)) continue;
      const factor = u.factor.div(v.factor);
      if (isPowerOfTen(factor)) continue;
      const list = byDimension.get(u.dimension) ?? [];
      list.push({ factor, larger: u, smaller: v });
      byDimension.set(u.dimension, list);
    }
  return byDimension;
})();

// Units a writer plausibly puts down for one another: the same word in two systems (tonne, long and
// short ton; mile and nautical mile; US and other gallons) or the everyday counterparts of metric and
// imperial measures. A slip is a figure written in one of them and meant in the other, so one of the
// pair must be the unit a figure is written in: two figures in tonnes are never "long vs short tons".
const CONFUSABLE: readonly (readonly [string, string])[] = [
  ["t", "long-ton"], ["t", "short-ton"], ["long-ton", "short-ton"], ["kg", "lb"], ["g", "oz"], ["lb", "jin"], ["kg", "jin"],
  ["km", "mi"], ["km", "nmi"], ["mi", "nmi"], ["m", "ft"], ["m", "yd"], ["cm", "in"],
  ["km2", "mi2"], ["ha", "acre"], ["m2", "ft2"], ["l", "gal"], ["l", "qt"], ["ml", "floz"],
  ["cal", "J"], ["kcal", "kJ"], ["kW", "hp"], ["km/h", "mph"], ["kn", "mph"], ["kn", "km/h"],
];
const isConfusable = (x: string, y: string): boolean => CONFUSABLE.some(([p, q]) => (p === x && q === y) || (p === y && q === x));
const CONFUSABLE_FACTORS: ReadonlyMap<Dimension, readonly { factor: Decimal; larger: Unit; smaller: Unit }[]> = /* @__PURE__ */ (() => new Map(
  [...FACTORS].map(([dimension, list]) => [dimension, list.filter((c) => isConfusable(c.larger.code, c.smaller.code))] as const),
))();

/**
 * Unit slip: the ratio is close to the factor between a unit one of the figures is written in and a
 * unit plausibly confused with it (see `CONFUSABLE`) — a figure in miles written as kilometres, pounds
 * as kilograms. The closest factor within 1 % wins.
 *
 * @internal
 */
export const testUnitSlip = (ctx: ConflictContext): Finding => {
  const ratio = ctx.gap.ratio;
  const ua = ctx.a.quantity.unit;
  const ub = ctx.b.quantity.unit;
  const candidates = CONFUSABLE_FACTORS.get(ctx.alignment.dimension)?.filter(
    (c) => c.larger.code === ua || c.larger.code === ub || c.smaller.code === ua || c.smaller.code === ub,
  );
  if (ratio === null || candidates === undefined) return undefined;
  let best: { factor: Decimal; larger: Unit; smaller: Unit; off: Decimal } | undefined;
  for (const c of candidates) {
    const off = ratio.div(c.factor).minus(1).abs();
    if (off.lte(TOLERANCE) && (best === undefined || off.lt(best.off))) best = { ...c, off };
  }
  if (best === undefined) return { code: "unit-slip", reason: "ratio-matches-no-unit-factor", evidence: { ratio } };
  const strength = best.off.lte(new Decimal("0.001")) ? "strong" : "moderate";
  return { code: "unit-slip", strength, evidence: { ratio, factor: best.factor, units: [best.larger.code, best.smaller.code] } };
};
