import type { Claim } from "../claim/types.js";
import { Decimal } from "../decimal.js";
import { detectCopy } from "../explain/hypotheses/copy.js";
import { explainConflict } from "../explain/hypotheses/explainConflict.js";
import { alignUnits, alignValue, type Alignment } from "../quantity/alignUnits.js";
import { canonicalOrder } from "./canonicalOrder.js";
import { freezeDeep } from "../util/freezeDeep.js";
import { alignInterval, overlaps } from "../interval/algebra.js";
import { intervalOf } from "../quantity/intervalOf.js";
import { literalIntervalOf } from "../quantity/literalIntervalOf.js";
import { notComparableReasons } from "../claim/notComparableReasons.js";
import { resolveCompareOptions, type CompareOptions, type ResolvedCompareOptions } from "../explain/resolveOptions.js";
import { toGap } from "./toGap.js";
import type { Comparison, ComparisonSide } from "./types.js";
import type { NotComparableReason } from "../claim/notComparableReasons.js";
import { assertClaim } from "../claim/assertClaim.js";

const EMPTY: readonly never[] = /* @__PURE__ */ Object.freeze([]);

const toSide = (c: Claim, value: Decimal, unit: string): ComparisonSide =>
  Object.freeze({
    claim: c.id,
    text: c.quantity.text,
    source: c.source.name,
    ...(c.source.country !== undefined ? { country: c.source.country } : {}),
    ...(c.period !== undefined ? { period: c.period.text } : {}),
    modality: c.modality,
    ...(c.reportedBy?.name !== undefined ? { outlet: c.reportedBy.name } : {}),
    value,
    unit,
  });

// A target or plan against an actual figure is a question of whether the target was met.
const AIMS = /* @__PURE__ */ new Set(["target", "plan"]);
const targetMetOf = (a: Claim, b: Claim, reasons: readonly NotComparableReason[], alignment: Alignment | undefined): boolean | undefined => {
  if (alignment === undefined || !reasons.includes("different-modality")) return undefined;
  if (reasons.some((r) => r !== "different-modality" && r !== "different-period")) return undefined;
  const [aim, actual, aimFactor, actualFactor, aimOffset, actualOffset] =
    AIMS.has(a.modality) && b.modality === "actual"
      ? [a, b, alignment.a, alignment.b, alignment.offsetA, alignment.offsetB]
      : AIMS.has(b.modality) && a.modality === "actual"
        ? [b, a, alignment.b, alignment.a, alignment.offsetB, alignment.offsetA]
        : [];
  if (aim === undefined || actual === undefined) return undefined;
  return alignValue(actual.quantity.value, actualFactor!, actualOffset).gte(alignValue(aim.quantity.value, aimFactor!, aimOffset));
};

/** A comparison before the caller's order is applied: everything but the claim ids. */
type Core = Omit<Comparison, "claims" | "repeats">;

/** Compares two claims in canonical order. @internal */
export const compareOrdered = (a: Claim, b: Claim, options: ResolvedCompareOptions): Core => {
  const alignment = alignUnits(a.quantity.unit, b.quantity.unit, options.rates);
  const reasons = notComparableReasons(a, b, alignment);
  if (reasons.length > 0 || alignment === undefined) {
    const targetMet = targetMetOf(a, b, reasons, alignment);
    return {
      verdict: "not-comparable",
      reasons: Object.freeze(reasons),
      explanations: EMPTY,
      ruledOut: EMPTY,
      sides: [toSide(a, a.quantity.value, a.quantity.unit), toSide(b, b.quantity.value, b.quantity.unit)],
      ...(targetMet !== undefined ? { targetMet } : {}),
    };
  }
  const values = [alignValue(a.quantity.value, alignment.a, alignment.offsetA), alignValue(b.quantity.value, alignment.b, alignment.offsetB)] as const;
  const intervals = [alignInterval(intervalOf(a.quantity), alignment.a, alignment.offsetA), alignInterval(intervalOf(b.quantity), alignment.b, alignment.offsetB)] as const;
  // Temperatures are compared on an absolute scale and shown in the one written (see alignUnits).
  const shown = alignment.display;
  const sides = (
    shown === undefined
      ? [toSide(a, values[0], alignment.unit), toSide(b, values[1], alignment.unit)]
      : [toSide(a, values[0].minus(shown.shift), shown.unit), toSide(b, values[1].minus(shown.shift), shown.unit)]
  ) as readonly [ComparisonSide, ComparisonSide];
  if (overlaps(intervals[0], intervals[1])) {
    const literal = overlaps(alignInterval(literalIntervalOf(a.quantity), alignment.a, alignment.offsetA), alignInterval(literalIntervalOf(b.quantity), alignment.b, alignment.offsetB));
    const copy = detectCopy(a, b);
    return {
      verdict: "consistent",
      reasons: EMPTY,
      withinRoundingOnly: !literal,
      explanations: copy === undefined ? EMPTY : freezeDeep([copy]),
      ruledOut: EMPTY,
      sides,
    };
  }
  const gap = Object.freeze(toGap(values[0], values[1], intervals[0], intervals[1], shown?.unit ?? alignment.unit));
  const { explanations, ruledOut } = explainConflict({ a, b, alignment, values, intervals, gap, options });
  return {
    verdict: "conflict",
    reasons: EMPTY,
    gap,
    explanations: freezeDeep(explanations),
    ruledOut: freezeDeep(ruledOut),
    sides,
  };
};

/** Assembles the public result in the caller's order from a canonical-order core. @internal */
export const toComparison = (core: Core, a: Claim, b: Claim, swapped: boolean): Comparison =>
  Object.freeze({
    ...core,
    claims: Object.freeze([a.id, b.id] as const),
    sides: Object.freeze(swapped ? ([core.sides[1], core.sides[0]] as const) : core.sides),
  });

/**
 * Compares two claims: `consistent` when the intervals their words allow overlap, `conflict` when they
 * are about the same metric, subject, scope, period and modality and do not, `not-comparable` (with every
 * reason) otherwise. Units of one dimension are compared after exact conversion; different currencies
 * only with `options.rates`. A conflict carries its gap and ranked explanations; symmetric in `a` and `b`.
 *
 * @throws {DiscrepancyError} `invalid-argument` when an argument is not a claim or an option is malformed.
 * @example
 * ```ts
 * const cn = claim({ metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$41 billion", period: "2023",
 *   source: { name: "Ministry of Foreign Affairs of China", country: "CN" } });
 * const kz = claim({ metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$31.5 billion", period: "2023",
 *   source: { name: "Ministry of Trade and Integration of Kazakhstan", country: "KZ" } });
 * const c = compare(cn, kz);
 * c.verdict;                               // "conflict"
 * c.gap?.absolute.toString();              // "9500000000"
 * c.gap?.ratio?.toFixed(2);                // "1.30"
 * c.explanations[0]?.code;                 // "mirror-statistics"
 * c.ruledOut.map((r) => r.code);
 * // ["revision", "scale-slip", "currency-confusion", "rounding", "approximation"]
 * ```
 */
export const compare = (a: Claim, b: Claim, options: CompareOptions = {}): Comparison => {
  assertClaim(a, "a");
  assertClaim(b, "b");
  const resolved = resolveCompareOptions(options);
  const { first, second, swapped } = canonicalOrder(a, b);
  return toComparison(compareOrdered(first, second, resolved), a, b, swapped);
};

