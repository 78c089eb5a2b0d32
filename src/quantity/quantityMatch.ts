import type { Lang } from "../lexicon/types.js";
import type { Quantity } from "./types.js";

/** A quantity found in text: its span (UTF-16 offsets, `end` exclusive) and what it says. */
export interface QuantityMatch {
  readonly start: number;
  readonly end: number;
  readonly quantity: Quantity;
  /** The language the mention was read in: the `lang` option, or its words' script. */
  readonly lang: Lang;
}

/** A number the scan skipped because it is absurd: more than 30 digits, or an exponent beyond ±30. @internal */
export interface RejectedNumber {
  readonly start: number;
  readonly end: number;
}
