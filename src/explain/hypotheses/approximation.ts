import { cmp } from "../../decimal.js";
import type { ConflictContext, Finding } from "./context.js";

/**
 * Approximation: if the relative gap is within what "about" usually allows, one figure may have been
 * meant loosely even though it was written plainly.
 *
 * @internal
 */
export const testApproximation = (ctx: ConflictContext): Finding => {
  // A share of a temperature means nothing ("about 20 °C" widens by a unit of its last digit, which
  // the rounding hypothesis weighs): no relative tolerance explains a gap between temperatures.
  if (ctx.alignment.dimension === "temperature") return undefined;
  const tolerance = ctx.options.approxTolerance;
  const relativeToLarger = ctx.gap.relativeToLarger;
  if (cmp(relativeToLarger, tolerance) <= 0) return { code: "approximation", strength: "weak", evidence: { relativeToLarger, tolerance } };
  return { code: "approximation", reason: "gap-exceeds-tolerance", evidence: { relativeToLarger, tolerance } };
};
