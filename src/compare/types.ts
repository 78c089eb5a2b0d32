import type { Decimal } from "../decimal.js";
import type { Modality } from "../claim/types.js";
import type { Explanation, Gap, RuledOut } from "../explain/types.js";
import type { NotComparableReason } from "../claim/notComparableReasons.js";
import type { Verdict } from "./vocabulary.js";

/** One side of a comparison, in the comparison's common unit: enough to speak about it without the claim. */
export interface ComparisonSide {
  readonly claim: string;
  /** The quantity as written. */
  readonly text: string;
  readonly source: string;
  readonly country?: string;
  readonly period?: string;
  readonly modality: Modality;
  /** Where it was read (`reportedBy.name`). */
  readonly outlet?: string;
  /** The nominal value in `unit` (the common unit when the claims are comparable, else the claim's own). */
  readonly value: Decimal;
  readonly unit: string;
}

/**
 * The result of {@link compare}: frozen plain data. Symmetric: `compare(a, b)` and `compare(b, a)` differ
 * only in the order of `claims` and `sides`.
 */
export interface Comparison {
  readonly verdict: Verdict;
  /** Why the claims are not comparable; empty otherwise. */
  readonly reasons: readonly NotComparableReason[];
  /** For a consistent verdict: true when the claims agree only thanks to rounding, approximation or bound words. */
  readonly withinRoundingOnly?: boolean;
  /** For a conflict: how far apart the figures are. */
  readonly gap?: Gap;
  /** Ranked hypotheses, strongest first (for a consistent verdict only `copy` can appear). */
  readonly explanations: readonly Explanation[];
  /** Hypotheses considered and rejected, with why. */
  readonly ruledOut: readonly RuledOut[];
  /** The ids of the two claims, in the order given. */
  readonly claims: readonly [string, string];
  /** The two claims as the comparison saw them, in the order given. */
  readonly sides: readonly [ComparisonSide, ComparisonSide];
  /**
   * For a target (or plan) against an actual figure that is otherwise comparable: whether the actual
   * figure reaches the target.
   */
  readonly targetMet?: boolean;
  /**
   * In a report: the claims of the conflict this one repeats — one of its figures agrees with a
   * figure already in conflict with the same other side. Counted once in the report's summary.
   */
  readonly repeats?: readonly [string, string];
}
