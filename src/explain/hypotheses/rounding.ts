import { cmp, ONE, pow10, type Decimal } from "../../decimal.js";
import type { ConflictContext, Finding } from "./context.js";

// Precisions repeat (9 for billions, 8 for a decimal of billions): build each power of ten once.
const STEPS = new Map<number, Decimal>();
const stepOf = (precision: number): Decimal => {
  let step = STEPS.get(precision);
  if (step === undefined) STEPS.set(precision, (step = pow10(precision)));
  return step;
};

/**
 * Rounding: a conflict already means the intervals the digits allow do not meet, so rounding as written
 * is out. A figure may still be rounded more loosely than written ("$41 billion" for 40.2): that stays a
 * weak hypothesis while the gap is within one step of the coarser figure.
 *
 * @internal
 */
export const testRounding = (ctx: ConflictContext): Finding => {
  // A power of ten times one is itself, digit for digit: skip the product when a side is in the common unit.
  const stepA = ctx.alignment.a === ONE ? stepOf(ctx.a.quantity.precision) : stepOf(ctx.a.quantity.precision).times(ctx.alignment.a);
  const stepB = ctx.alignment.b === ONE ? stepOf(ctx.b.quantity.precision) : stepOf(ctx.b.quantity.precision).times(ctx.alignment.b);
  const step = cmp(stepA, stepB) > 0 ? stepA : stepB;
  const distance = ctx.gap.intervalDistance;
  // A difference of temperatures reads the same on the scale shown (°F beside °R, °C beside K).
  const unit = ctx.alignment.display?.unit ?? ctx.alignment.unit;
  if (cmp(distance, step) <= 0) return { code: "rounding", strength: "weak", evidence: { distance, step, unit } };
  return { code: "rounding", reason: "gap-exceeds-rounding", evidence: { distance, step, unit } };
};
