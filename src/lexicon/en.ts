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

/** The en lexicon. */
export const en: Lexicon = Object.freeze({ lang: "en", quantity, period });
