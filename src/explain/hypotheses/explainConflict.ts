import type { Explanation, RuledOut } from "../types.js";
import { testApproximation } from "./approximation.js";
import { isRuledOut, type ConflictContext, type Finding } from "./context.js";
import { testCurrencyConfusion } from "./currencyConfusion.js";
import { testDifferentBasis } from "./differentBasis.js";
import { testMirrorStatistics } from "./mirrorStatistics.js";
import { rankExplanations, rankRuledOut } from "./rankExplanations.js";
import { testRevision } from "./revision.js";
import { testRounding } from "./rounding.js";
import { testScaleSlip } from "./scaleSlip.js";
import { testUnitSlip } from "./unitSlip.js";

/** The hypotheses a single pair can test; series-level ones (systematic gap, period shift) come later. */
const TESTS: readonly ((ctx: ConflictContext) => Finding)[] = [
  testMirrorStatistics,
  testRevision,
  testScaleSlip,
  testUnitSlip,
  testCurrencyConfusion,
  testDifferentBasis,
  testRounding,
  testApproximation,
];

/**
 * Tests every pairwise hypothesis for a conflict: the supported ones ranked strongest first, the
 * rejected ones with their reason.
 *
 * @internal
 */
export const explainConflict = (ctx: ConflictContext): { explanations: Explanation[]; ruledOut: RuledOut[] } => {
  const explanations: Explanation[] = [];
  const ruledOut: RuledOut[] = [];
  for (const test of TESTS) {
    const finding = test(ctx);
    if (finding === undefined) continue;
    if (isRuledOut(finding)) ruledOut.push(finding);
    else explanations.push(finding);
  }
  const ranked = rankExplanations(explanations);
  return { explanations: ranked, ruledOut: rankRuledOut(ruledOut, ranked) };
};
