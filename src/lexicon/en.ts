import type { Lexicon, PeriodWords, QuantityWords } from "./types.js";

// ---------------------------------------------------------------------------------------------------
// Period words (months, seasons, relative phrases)
// ---------------------------------------------------------------------------------------------------

const period: PeriodWords = {
  months: [
    ["january", "jan"],
    ["february", "feb"],
    ["march", "mar"],
    ["april", "apr"],
    ["may"],
    ["june", "jun"],
    ["july", "jul"],
    ["august", "aug"],
    ["september", "sep", "sept"],
    ["october", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ],
  seasons: { spring: ["spring"], summer: ["summer"], autumn: ["autumn", "fall"], winter: ["winter"] },
  // "may", "march", "fall", "spring" are everyday words: alone they are periods only after a cue.
  bareNamesNeedCue: true,
  ordinals: [
    ["first", "1st"],
    ["second", "2nd"],
    ["third", "3rd"],
    ["fourth", "4th"],
  ],
  ordinalSuffixes: ["st", "nd", "rd", "th"],
  quarterWords: ["quarter"],
  halfWords: ["half", "half-year"],
  halfPhrases: [[], []],
  yearSuffixes: [],
  monthSuffixes: [],
  daySuffixes: [],
  articles: ["the"],
  ofWords: ["of"],
  unitWords: { year: ["year"], quarter: ["quarter"], month: ["month"], week: ["week"] },
  modifiers: { last: ["last"], this: ["this", "the current"], next: ["next"] },
  relativePhrases: [],
  prepositions: ["in", "during", "for", "on", "throughout"],
  asOf: ["as of", "as at", "as on"],
  endOf: ["end of", "the end of", "by the end of", "at the end of", "by end of", "end-", "by end-", "at end-"],
  startOf: [],
  // "At the beginning of 2024" may be a stock (an instant) or an event early in the year: kept vague.
  vague: [
    "early",
    "mid",
    "mid-",
    "late",
    "earlier",
    "later",
    "beginning of",
    "the beginning of",
    "at the beginning of",
    "start of",
    "the start of",
    "at the start of",
  ],
  since: ["since"],
  sinceSuffixes: [],
  endSuffixes: [],
  vagueSuffixes: [],
  rangeStarts: ["from", "between"],
  rangeJoiners: ["to", "until", "till", "through", "and", "-"],
  fiscalYear: ["fy"],
};

// ---------------------------------------------------------------------------------------------------
// Quantity words (numbers, scales, currencies, units, bound words, ordinals)
// ---------------------------------------------------------------------------------------------------

const quantity: QuantityWords = {};

// ---------------------------------------------------------------------------------------------------

/** The en lexicon. */
export const en: Lexicon = Object.freeze({ lang: "en", quantity, period });
