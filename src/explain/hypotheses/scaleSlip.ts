import { cmp, Decimal, pow10 } from "../../decimal.js";
import { containsPoint } from "../../interval/algebra.js";
import { largerSide, type ConflictContext, type Finding } from "./context.js";

const TOLERANCE = /* @__PURE__ */ new Decimal("0.05");
// |ratio ÷ 10^p − 1| ≤ 5 % is 10^p × 0.95 ≤ ratio ≤ 10^p × 1.05: dividing by a power of ten is exact, so
// the bounds, built once, give the same answer without a division per conflict.
const POWERS = /* @__PURE__ */ [3, 6, 9, 12].map((power) => {
  const factor = pow10(power);
  return { power, factor, low: factor.times(new Decimal(1).minus(TOLERANCE)), high: factor.times(new Decimal(1).plus(TOLERANCE)) };
});

/**
 * Scale slip: a ratio close to 10³, 10⁶, 10⁹ or 10¹² is a thousand/million/billion mix-up. Strong when the
 * smaller figure times that power lies inside the larger figure's interval.
 *
 * @internal
 */
export const testScaleSlip = (ctx: ConflictContext): Finding => {
  const ratio = ctx.gap.ratio;
  if (ratio === null) return undefined;
  for (const { power, factor, low, high } of POWERS) {
    if (cmp(ratio, low) >= 0 && cmp(ratio, high) <= 0) {
      const big = largerSide(ctx);
      const small = big === 0 ? 1 : 0;
      const scaled = ctx.values[small].times(factor);
      const exact = containsPoint(ctx.intervals[big], scaled);
      return { code: "scale-slip", strength: exact ? "strong" : "moderate", evidence: { ratio, factor, power } };
    }
  }
  return { code: "scale-slip", reason: "ratio-not-power-of-ten", evidence: { ratio } };
};
