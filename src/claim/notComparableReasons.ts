import type { Claim } from "./types.js";
import type { Alignment } from "../quantity/alignUnits.js";
import { metricKey, scopeKey, subjectKey } from "./keys.js";
import { isSamePeriodSpan } from "../period/samePeriod.js";

/**
 * The closed list of {@link NotComparableReason} values, in the order they are reported.
 *
 * @example
 * ```ts
 * NOT_COMPARABLE_REASONS.includes("different-modality"); // true
 * ```
 */
export const NOT_COMPARABLE_REASONS = /* @__PURE__ */ Object.freeze([
  "different-metric",
  "different-subject",
  "different-scope",
  "different-period",
  "different-modality",
  "incompatible-units",
] as const);

/** Why two claims are not comparable. Every reason that applies is listed, not only the first. */
export type NotComparableReason = (typeof NOT_COMPARABLE_REASONS)[number];

/**
 * Every reason two claims are not about the same thing, in the vocabulary's order; empty when they are
 * comparable. `alignment` is `undefined` when their units cannot meet.
 *
 * @internal
 */
export const notComparableReasons = (a: Claim, b: Claim, alignment: Alignment | undefined): NotComparableReason[] => {
  const reasons = aboutReasons(a, b);
  if (alignment === undefined) reasons.push("incompatible-units");
  return reasons;
};

/** The reasons about what the claims are about (all but units). @internal */
export const aboutReasons = (a: Claim, b: Claim): NotComparableReason[] => {
  const reasons: NotComparableReason[] = [];
  // The series key is made of these three keys' fields: equal series keys mean equal metric, subject and scope.
  if (a.seriesKey !== b.seriesKey) {
    if (metricKey(a) !== metricKey(b)) reasons.push("different-metric");
    if (subjectKey(a) !== subjectKey(b)) reasons.push("different-subject");
    if (scopeKey(a) !== scopeKey(b)) reasons.push("different-scope");
  }
  if (!isSamePeriodSpan(a.period, b.period)) reasons.push("different-period");
  if (a.modality !== b.modality) reasons.push("different-modality");
  return reasons;
};
