import { matchPeriods } from "./matchPeriod.js";
import { readPeriodOptions, type PeriodOptions } from "./periodOptions.js";
import { toPeriod } from "./toExtent.js";
import { TokenStream, type PeriodTokens } from "./tokenStream.js";
import type { Period } from "./types.js";

/** A period found in free text: its UTF-16 offsets (end exclusive) and the period it names. */
export interface PeriodSpan {
  readonly start: number;
  readonly end: number;
  readonly period: Period;
}

/**
 * Finds the periods in free text, with the words that belong to them: "in 2023", "last year", "as of
 * January 1, 2024", "this July", "in the first nine months", "у 2023 році", "в прошлом году", "2023年",
 * "今年前7个月". The same scanner and grammar as {@link parsePeriod}, read from left to right, longest
 * reading first.
 *
 * A bare four-digit number from 1000 to 2999 is a year here ("2024 was…"), unless it is part of a
 * bigger number or an amount ("1,700", "2023.5", "$2023", "2023%"). A bare English month or season
 * ("May", "fall") counts only after a cue ("in May", "this fall"), since those are also common words.
 * Relative phrases need `reference`; without a usable one they are skipped, and "since 2020" then
 * yields the year 2020.
 *
 * Never throws: an unknown `lang` reads every lexicon and an unusable `reference` counts as none.
 * Linear time: one pass of a hand-written tokenizer, then bounded lookups in Maps at each token.
 *
 * @example
 * ```ts
 * const text = "Last year, trade reached $41 billion; as of January 1, 2024 the debt stood at $9.2 billion.";
 * scanPeriods(text, { reference: "2024-07" }).map(({ start, end, period }) => [start, end, period.kind, period.start]);
 * // [[0, 9, "year", "2023-01-01"], [38, 59, "instant", "2024-01-01"]]
 * ```
 */
export const scanPeriods = (text: string, options?: PeriodOptions): readonly PeriodSpan[] => {
  if (typeof text !== "string") return Object.freeze([]);
  return Object.freeze(scanPeriodTokens(text, new TokenStream(text), options));
};

/**
 * The periods of `text` read from `tokens` (all of the text's, or a window of them that extraction
 * has already cut), in order. Never throws. @internal
 */
export const scanPeriodTokens = (text: string, tokens: PeriodTokens, options?: PeriodOptions): PeriodSpan[] => {
  const { lang, ref, fiscalYearStart } = readPeriodOptions(options, false);
  const spans: PeriodSpan[] = [];
  matchPeriods(text, lang, ref, (match) => {
    if (match.result.ok) {
      spans.push(Object.freeze({ start: match.start, end: match.end, period: toPeriod(match.result.x, match.text) }));
    }
    return true;
  }, false, fiscalYearStart, tokens);
  return spans;
};
