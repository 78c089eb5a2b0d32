import type { Decimal } from "../decimal.js";
import type { Modality } from "../claim/types.js";
import type { Explanation, RuledOut } from "../explain/types.js";
import type { ExchangeRate } from "../quantity/convert.js";
import type { NotComparableReason, Verdict } from "./vocabulary.js";

/** Options for {@link compare}. */
export interface CompareOptions {
  /** Dated exchange rates: without one, different currencies are not comparable. */
  readonly rates?: readonly ExchangeRate[];
  /** Relative half-width an "about" figure is taken to allow when weighing `approximation`. Default `"0.1"`. */
  readonly approxTolerance?: string;
  /** The usual CIF/FOB factor for mirror statistics. Default `"1.06"` (IMF DOTS). */
  readonly cifFob?: string;
}

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

/** How far apart two conflicting figures are. Decimals; ratios are rounded to 12 decimal places. */
export interface Gap {
  /** |a − b| of the nominal values, in `unit`. */
  readonly absolute: Decimal;
  /** absolute ÷ the larger magnitude. */
  readonly relativeToLarger: Decimal;
  /** absolute ÷ the mean of the two values. */
  readonly relativeToMean: Decimal;
  /** larger ÷ smaller; `null` when a value is zero or the signs differ. */
  readonly ratio: Decimal | null;
  /** The distance between the two intervals (0 when they only touch at an open end). */
  readonly intervalDistance: Decimal;
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
