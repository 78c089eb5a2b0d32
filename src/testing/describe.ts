import type { Comparison, ComparisonSide } from "../compare/types.js";
import { formatAmount, formatRatio } from "../explain/format.js";
import { reportMessages } from "../messages.js";

/** `kz-2023 ("$31.5 billion", Ministry of Trade and Integration of Kazakhstan, 2023)`. @internal */
export const describeSide = (side: ComparisonSide): string =>
  reportMessages.side(side.claim, side.text, side.source, side.period);

/** What a comparison found, for an assertion message: `they conflict (gap 9.5 billion USD)`. @internal */
export const describeVerdict = (comparison: Comparison): string => {
  const { gap, explanations } = comparison;
  return reportMessages.verdictPhrase(comparison.verdict, {
    reasons: comparison.reasons,
    ...(gap !== undefined ? { gap: formatAmount(gap.absolute, gap.unit) } : {}),
    ...(gap?.ratio != null ? { ratio: formatRatio(gap.ratio) } : {}),
    ...(explanations[0] !== undefined
      ? { likely: reportMessages.explanationNames[explanations[0].code] ?? explanations[0].code, likelyWeak: explanations[0].strength === "weak" }
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
