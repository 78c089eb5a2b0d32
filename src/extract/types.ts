import type { Lang } from "../lexicon/types.js";
import type { Period } from "../period/types.js";
import type { Quantity } from "../quantity/types.js";

/**
 * A quantity mentioned in free text: where it is (UTF-16 offsets, `end` exclusive), what it says, the
 * language it was read in, the counted noun of a count ("agreements") and the nearest period in the
 * same sentence ("in 2023"), when there is one.
 */
export interface Mention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly quantity: Quantity;
  readonly lang: Lang;
  readonly noun?: string;
  readonly period?: Period;
}

/** Options of {@link extractQuantities}. */
export interface ExtractOptions {
  /** The text's language; detected from its letters when absent (mixed words are still read by script). */
  readonly lang?: Lang;
  /**
   * The publication date, as period text ("2025-09-05", "2024-12"), that relative periods ("last year",
   * "минулого місяця") are resolved against. Without it they are not attached.
   */
  readonly publishedAt?: string;
  /** The currency a bare "$" or "dollars" means. Default `"USD"`. */
  readonly dollar?: string;
  /** Relative half-width that "about"/"around" allow, as a decimal string. Default `"0.1"`. */
  readonly approxTolerance?: string;
}
