import type { Decimal } from "../decimal.js";
import { commonQuantityWords as COMMON } from "../lexicon/common.js";
import { LEXICONS } from "../lexicon/index.js";
import { LANGS } from "../lexicon/types.js";
import type { QuantityMatch } from "../quantity/scan.js";
import { phraseKey } from "../quantity/phraseTable.js";
import { HAN, NUM, SYM, type Token } from "../text/tokenize.js";
import type { PeriodSpan as PeriodSpanLike } from "../period/scanPeriods.js";

/**
 * Month names and the words written after a year, month or day number, from the period lexicons (one
 * source); and the one-token range separators of the quantity lexicons ("-", "~", "至").
 */
let dateWords:
  | {
      readonly months: ReadonlySet<string>;
      readonly suffixes: ReadonlySet<string>;
      readonly yearSuffixes: ReadonlySet<string>;
      readonly separators: ReadonlySet<string>;
      readonly classifiers: ReadonlySet<string>;
    }
  | undefined;
const getDateWords = () => {
  if (dateWords !== undefined) return dateWords;
  const months = new Set<string>();
  const suffixes = new Set<string>();
  const yearSuffixes = new Set<string>();
  const separators = new Set<string>();
  for (const separator of COMMON.rangeSeparators ?? []) separators.add(phraseKey(separator));
  for (const lang of LANGS) {
    for (const separator of LEXICONS[lang].quantity.rangeSeparators ?? []) {
      const key = phraseKey(separator);
      if (!key.includes(" ")) separators.add(key);
    }
    const words = LEXICONS[lang].period;
    // Compared with single tokens: "р." is the token "р" followed by a dot.
    for (const names of words.months ?? []) for (const name of names) months.add(phraseKey(name).split(" ")[0] ?? "");
    for (const list of [words.monthSuffixes, words.daySuffixes]) for (const suffix of list ?? []) suffixes.add(phraseKey(suffix).split(" ")[0] ?? "");
    for (const suffix of words.yearSuffixes ?? []) yearSuffixes.add(phraseKey(suffix).split(" ")[0] ?? "");
  }
  const classifiers = new Set<string>(LEXICONS.zh.quantity.classifiers ?? []);
  // A word both languages write after a year and after a day or month ("2023年", "6月") stays a date word.
  for (const suffix of suffixes) yearSuffixes.delete(suffix);
  return (dateWords = { months, suffixes, yearSuffixes, separators, classifiers });
};

/** Prepositions of a point in time, after which a number before a year word is a year: "в 98 году". */
const AT_WORDS: ReadonlySet<string> = new Set(["в", "у", "во", "in", "在", "于"]);

const yearLike = (d: Decimal | null): boolean => d !== null && d.isInteger() && d.gte(1000) && d.lte(2999);

const isDay = (d: Decimal | null): boolean => d !== null && d.isInteger() && d.gte(1) && d.lte(31);

const isPlainYear = (token: Token | undefined): boolean => {
  if (token === undefined || token.kind !== NUM || token.key.length !== 4) return false;
  const year = Number(token.key);
  return Number.isInteger(year) && year >= 1000 && year <= 2999;
};

/**
 * Whether a count or ordinal is a year or part of a date rather than an amount: it lies inside a
 * period the period reader found ("in 2023", "As of January 1, 2024", "19th May 2023"), or it is a
 * bare four-digit number from 1000 to 2999 (or a range of two), or a day number next to a month name
 * or followed by a date word ("2023年", "5日", "2023 року"). Amounts with a currency or unit, a scale
 * word ("2150万人次", "1850 million") or a bound word ("over 2000") are never dates.
 *
 * @internal
 */
export const isYearOrDate = (
  match: QuantityMatch,
  tokens: readonly Token[],
  from: number,
  to: number,
  periods: readonly PeriodSpanLike[],
  periodIndex: number,
): boolean => {
  const q = match.quantity;
  if (q.unit !== "count" && q.unit !== "ordinal") return false;
  if (q.bound !== "exact" && q.bound !== "rounded" && q.bound !== "range") return false;
  // A scale word makes an amount of any number, even one a period reader takes for a year: "2150万人次"
  // and "1850 million people" are counts (a count's precision is above zero only with a scale word).
  if (q.precision > 0) return false;
  // "2000个", "1500家": a Chinese classifier glued after a year-like number makes it a count, even
  // where the period reader saw a year in its digits.
  const glued = tokens[to];
  const words = getDateWords();
  if (to - from === 1 && isPlainYear(tokens[from]) && glued !== undefined && glued.kind === HAN && !glued.space && !glued.newline && words.classifiers.has(glued.key) && !words.suffixes.has(glued.key) && !words.yearSuffixes.has(glued.key))
    return false;
  const overlapping = periods[periodIndex];
  if (overlapping !== undefined && overlapping.start < match.end && match.start < overlapping.end) return true;

  const first = tokens[from];
  const count = to - from;
  if (count === 1 && isPlainYear(first)) return true;
  if (count === 3 && isPlainYear(first) && tokens[from + 1]?.kind === SYM && isPlainYear(tokens[from + 2])) return true;

  const { months, suffixes, yearSuffixes, separators } = getDateWords();
  const next = tokens[to];
  const prev = tokens[from - 1];
  if (next !== undefined && !next.newline && suffixes.has(next.key)) return true;
  // "2023 року", "2023年" are years; "5 років", "з 5 до 7 років", "五年" are counts of years.
  // After "в"/"у" a short number is a year too ("в 98 году").
  if (next !== undefined && !next.newline && yearSuffixes.has(next.key) && ((yearLike(q.low) && yearLike(q.high)) || (count === 1 && prev !== undefined && AT_WORDS.has(prev.key)))) return true;
  // "2024年6-4月": the first end of a range of months or days that is no range (its ends are reversed),
  // so the scan read it alone. It is a month, not a count.
  const after = tokens[to + 2];
  if (count === 1 && next !== undefined && !next.newline && separators.has(next.key) && tokens[to + 1]?.kind === NUM && after !== undefined && !after.newline && suffixes.has(after.key)) return true;
  // "с 1 до 10 января", "з 3 по 20 число": a range of day numbers before a month or a day word.
  if (q.bound === "range" && isDay(q.low) && isDay(q.high) && next !== undefined && !next.newline && (months.has(next.key) || suffixes.has(next.key))) return true;
  if (q.value.isInteger() && q.value.gte(1) && q.value.lte(31) && count <= 2) {
    if (next !== undefined && !next.newline && months.has(next.key)) return true;
    if (next !== undefined && next.key === "of" && months.has(tokens[to + 1]?.key ?? "")) return true;
    if (prev !== undefined && first !== undefined && !first.newline && months.has(prev.key)) return true;
  }
  return false;
};
