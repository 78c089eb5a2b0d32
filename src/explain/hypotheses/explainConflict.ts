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

// The hypotheses a single pair can test; series-level ones (systematic gap, period shift) come later.
// Each has its own code, so the order they are tested in never changes the ranked lists.

/** Those that read the claims themselves: sources, countries, publications, nouns, unit candidates. */
const CLAIM_TESTS: readonly ((ctx: ConflictContext) => Finding)[] = [testMirrorStatistics, testRevision, testCurrencyConfusion, testDifferentBasis];

/**
 * Those that read only the gap, the two values and intervals, the alignment, the coarser precision and
 * the options: for two figures of one unit, the same for every pair of claims stating them.
 */
const VALUE_TESTS: readonly ((ctx: ConflictContext) => Finding)[] = [testScaleSlip, testUnitSlip, testRounding, testApproximation];

/**
 * The findings of the hypotheses that depend only on the two figures (see `VALUE_TESTS`), so that the
 * conflicts of a group between the same two figures can share them (frozen: a report keeps them).
 *
 * @internal
 */
export const valueFindings = (ctx: ConflictContext): readonly (Explanation | RuledOut)[] => {
  const out: (Explanation | RuledOut)[] = [];
  for (const test of VALUE_TESTS) {
    const finding = test(ctx);
    if (finding !== undefined) out.push(finding);
  }
  return out;
};

/**
 * Tests every pairwise hypothesis for a conflict: the supported ones ranked strongest first, the
 * rejected ones with their reason. `values` are the findings of {@link valueFindings} for these two
 * figures, when already known.
 *
 * @internal
 */
export const explainConflict = (
  ctx: ConflictContext,
  values: readonly (Explanation | RuledOut)[] = valueFindings(ctx),
): { explanations: Explanation[]; ruledOut: RuledOut[] } => {
  const explanations: Explanation[] = [];
  const ruledOut: RuledOut[] = [];
  for (const test of CLAIM_TESTS) {
    const finding = test(ctx);
    if (finding === undefined) continue;
    if (isRuledOut(finding)) ruledOut.push(finding);
    else explanations.push(finding);
  }
  for (const finding of values) {
    if (isRuledOut(finding)) ruledOut.push(finding);
    else explanations.push(finding);
  }
  const ranked = rankExplanations(explanations);
  return { explanations: ranked, ruledOut: rankRuledOut(ruledOut, ranked) };
};
