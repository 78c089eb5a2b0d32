import type { Comparison, ComparisonSide } from "../compare/types.js";
import { englishNumbers } from "../messages/numbers/englishNumbers.js";
import { report } from "../messages/en/report.js";
import { testingMessages } from "../messages/misuse/testing.js";

/** `kz-2023 ("$31.5 billion", Ministry of Trade and Integration of Kazakhstan, 2023)`. @internal */
export const describeSide = (side: ComparisonSide): string =>
  testingMessages.side(side.claim, side.text, side.source, side.period);

/** What a comparison found, for an assertion message: `they conflict (gap 9.5 billion USD)`. @internal */
export const describeVerdict = (comparison: Comparison): string => {
  const { gap, explanations } = comparison;
  return testingMessages.verdictPhrase(comparison.verdict, {
    reasons: comparison.reasons,
    ...(gap !== undefined ? { gap: englishNumbers.amount(gap.absolute, gap.unit) } : {}),
    ...(gap?.ratio != null ? { ratio: englishNumbers.ratio(gap.ratio) } : {}),
    ...(explanations[0] !== undefined
      ? { likely: report.explanationNames[explanations[0].code] ?? explanations[0].code, likelyWeak: explanations[0].strength === "weak" }
      : {}),
  });
};

/** The plain data an assertion shows as `actual`: the verdict and why. @internal */
export const toActual = (comparison: Comparison): Record<string, unknown> => ({
  claims: [...comparison.claims],
  verdict: comparison.verdict,
  ...(comparison.reasons.length > 0 ? { reasons: [...comparison.reasons] } : {}),
  ...(comparison.gap !== undefined
    ? { gap: { absolute: comparison.gap.absolute.toString(), unit: comparison.gap.unit, ratio: comparison.gap.ratio?.toString() ?? null } }
    : {}),
  ...(comparison.explanations.length > 0 ? { explanations: comparison.explanations.map((e) => e.code) } : {}),
});
