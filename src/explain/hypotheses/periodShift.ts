import type { Claim } from "../../claim/types.js";
import { alignUnits } from "../../quantity/alignUnits.js";
import { overlaps, alignInterval } from "../../interval/algebra.js";
import { intervalOf } from "../../quantity/intervalOf.js";
import { literalIntervalOf } from "../../quantity/literalIntervalOf.js";
import type { ExchangeRate } from "../../quantity/convert.js";
import type { PeriodShiftExplanation, RuledOut } from "../types.js";

const finite = (c: Claim): boolean => c.quantity.low !== null && c.quantity.high !== null;

/**
 * Period shift: a side of a conflict whose figure matches a claim about the neighbouring period of the
 * series (the year before or after) may be that period's figure. Only bounded figures count: an open
 * bound ("over $31 billion") matches too much to be evidence. Moderate when the digits match literally,
 * weak when only within rounding.
 *
 * @returns `undefined` when there is no neighbouring period to look at.
 * @internal
 */
export const testPeriodShift = (
  sides: readonly [Claim, Claim],
  neighbours: readonly Claim[],
  rates: readonly ExchangeRate[],
): PeriodShiftExplanation | RuledOut | undefined => {
  if (neighbours.length === 0) return undefined;
  let best: PeriodShiftExplanation | undefined;
  for (const side of sides) {
    if (!finite(side)) continue;
    for (const n of neighbours) {
      if (!finite(n)) continue;
      const alignment = alignUnits(side.quantity.unit, n.quantity.unit, rates);
      if (alignment === undefined) continue;
      if (!overlaps(alignInterval(intervalOf(side.quantity), alignment.a, alignment.offsetA), alignInterval(intervalOf(n.quantity), alignment.b, alignment.offsetB))) continue;
      const literal = overlaps(alignInterval(literalIntervalOf(side.quantity), alignment.a, alignment.offsetA), alignInterval(literalIntervalOf(n.quantity), alignment.b, alignment.offsetB));
      const strength = literal ? "moderate" : "weak";
      if (best === undefined || (strength === "moderate" && best.strength === "weak"))
        best = { code: "period-shift", strength, evidence: { claim: side.id, matches: n.id, period: n.period?.text ?? "" } };
    }
  }
  return best ?? { code: "period-shift", reason: "no-neighbour-match", evidence: { neighbours: neighbours.length } };
};
