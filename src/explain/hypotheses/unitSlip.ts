import { Decimal } from "../../decimal.js";
import { units } from "../../units/registry.js";
import type { Dimension, Unit } from "../../units/types.js";
import type { ConflictContext, Finding } from "./context.js";

const TOLERANCE = new Decimal("0.01");

// By its digits: a one followed or preceded only by zeros.
const isPowerOfTen = (d: Decimal): boolean => /^(10*|0\.0*1)$/.test(d.abs().toFixed());

/** Every factor between two units of a dimension that is not a power of ten (those are scale slips). */
const FACTORS: ReadonlyMap<Dimension, readonly { factor: Decimal; larger: Unit; smaller: Unit }[]> = (() => {
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

/**
 * Unit slip: the ratio is close to the factor between two units of the dimension — a figure in miles
 * written as kilometres, pounds as kilograms. The closest factor within 1 % wins.
 *
 * @internal
 */
export const testUnitSlip = (ctx: ConflictContext): Finding => {
  const ratio = ctx.gap.ratio;
  const candidates = FACTORS.get(ctx.alignment.dimension);
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
