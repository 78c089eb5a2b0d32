import type { ClaimInput } from "../claim/schema.js";
import type { Claim } from "../claim/types.js";
import type { EntityAliases } from "../entity/types.js";
import type { Lang } from "../lexicon/types.js";
import type { MetricWords } from "../metric/types.js";
import type { ReportedBy } from "../source/types.js";
import type { Mention } from "./types.js";

/** Options of {@link extractClaims}. */
export interface ExtractClaimsOptions {
  /** The text's language; detected from its letters when absent. */
  readonly lang?: Lang;
  /**
   * The publication date ("2024-02-14", "2024-12", "2024"): relative periods ("last year", "this July",
   * "the current level") are resolved against it, and it is the claims' `reportedBy.publishedAt`.
   */
  readonly publishedAt: string;
  /** The outlet: a name, or the whole `reportedBy` of the claims (its `publishedAt` and `lang` are filled in). */
  readonly reportedBy?: string | ReportedBy;
  /** Names of entities the caller adds (see `resolveEntity`). */
  readonly aliases?: EntityAliases;
  /** Metric words the caller adds (see `resolveMetric`). */
  readonly metrics?: MetricWords;
  /** The currency a bare "$" or "dollars" means. Default `"USD"`. */
  readonly dollar?: string;
}

/**
 * Why a mention gave no claim: `no-metric` (no word of the metric lexicon tells what it measures: "for
 * three years"), `no-subject` (no party is named, nor the pair a "bilateral" refers to), `invalid-claim`
 * (the claim built from it was refused; never expected — reported rather than dropped), `not-a-figure`
 * (a number word inside a compound: "two-way trade", "a three-year plan").
 */
export type SkipReason = "no-metric" | "no-subject" | "not-a-figure" | "invalid-claim";

/** A quantity mention that gave no claim, and why. */
export interface SkippedMention {
  readonly mention: Mention;
  readonly reason: SkipReason;
}

/**
 * Where a part of a claim came from, when not from its own words: `period` from the sentence (not beside
 * the figure), from an earlier sentence's figure it refers to ("a lower figure"), counted back from the
 * sentence's own period ("a year earlier"), the year of publication ("the current 2–3 million"), and
 * for an event told without a date (agreements signed, a visit), the sentence before's date or else
 * the month of publication; "the same year" takes the period of the figures before; or an earlier, finer date of the same event ("This July, … his fifth
 * official visit" refines "during Xi's visit this summer");
 * `subject` from an earlier sentence that named the pair ("bilateral trade") or from a figure it
 * refers to; `metric` from a figure it refers to; `unit` from the figure it is compared with ("10
 * million tons … against the current 2–3 million").
 */
export interface ClaimOrigin {
  readonly period?: "sentence" | "reference" | "previous-year" | "current" | "earlier-sentence" | "publication" | "same-event" | "same-period";
  readonly subject?: "earlier-sentence" | "reference" | "name";
  readonly metric?: "reference";
  readonly unit?: "comparison";
}

/** A claim read from text: the validated claim, the JSON it was built from, its mention and sentence. */
export interface ExtractedClaim {
  readonly claim: Claim;
  /** What `claim()` was given: the record `discrepancy check` reads back to the same claim. */
  readonly input: ClaimInput;
  readonly mention: Mention;
  /** The figure's span (UTF-16 offsets, end exclusive): the mention's. */
  readonly start: number;
  readonly end: number;
  /** The sentence's span; its text is the claim's quote. */
  readonly sentence: { readonly start: number; readonly end: number };
  readonly origin: ClaimOrigin;
}

/** What {@link extractClaims} found: a claim for each mention it could read, and the others with their reason. */
export interface ExtractedClaims {
  readonly claims: readonly ExtractedClaim[];
  readonly skipped: readonly SkippedMention[];
}
