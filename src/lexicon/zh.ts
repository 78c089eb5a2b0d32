import type { Lexicon, PeriodWords, QuantityWords } from "./types.js";

// ---------------------------------------------------------------------------------------------------
// Period words (months, seasons, relative phrases)
// ---------------------------------------------------------------------------------------------------

const period: PeriodWords = {};

// ---------------------------------------------------------------------------------------------------
// Quantity words (numbers, scales, currencies, units, bound words, ordinals)
// ---------------------------------------------------------------------------------------------------

const quantity: QuantityWords = {};

// ---------------------------------------------------------------------------------------------------

/** The zh lexicon. */
export const zh: Lexicon = Object.freeze({ lang: "zh", quantity, period });
