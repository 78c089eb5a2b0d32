import { commonQuantityWords as COMMON } from "../lexicon/common.js";
import { LEXICONS } from "../lexicon/index.js";
import { LANGS } from "../lexicon/types.js";
import type { QuantityMatch } from "../quantity/scan.js";
import { phraseKey } from "../quantity/phraseTable.js";
import { NUM, SYM, type Token } from "../text/tokenize.js";
import type { PeriodSpan as PeriodSpanLike } from "../period/scanPeriods.js";

/**
 * Month names and the words written after a year, month or day number, from the period lexicons (one
 * source); and the one-token range separators of the quantity lexicons ("-", "~", "至").
 */
let dateWords: { readonly months: ReadonlySet<string>; readonly suffixes: ReadonlySet<string>; readonly separators: ReadonlySet<string> } | undefined;
const getDateWords = () => {
  if (dateWords !== undefined) return dateWords;
  const months = new Set<string>();
  const suffixes = new Set<string>();
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
    for (const list of [words.yearSuffixes, words.monthSuffixes, words.daySuffixes])
      for (const suffix of list ?? []) suffixes.add(phraseKey(suffix).split(" ")[0] ?? "");
  }
  return (dateWords = { months, suffixes, separators });
};

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
 * word or a bound word ("over 2000") are never dates.
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
  const overlapping = periods[periodIndex];
  if (overlapping !== undefined && overlapping.start < match.end && match.start < overlapping.end) return true;

  const first = tokens[from];
  const count = to - from;
  if (count === 1 && isPlainYear(first)) return true;
  if (count === 3 && isPlainYear(first) && tokens[from + 1]?.kind === SYM && isPlainYear(tokens[from + 2])) return true;

  const { months, suffixes, separators } = getDateWords();
  const next = tokens[to];
  const prev = tokens[from - 1];
  if (next !== undefined && !next.newline && suffixes.has(next.key)) return true;
  // "2024年6-4月": the first end of a range of months or days that is no range (its ends are reversed),
  // so the scan read it alone. It is a month, not a count.
  const after = tokens[to + 2];
  if (count === 1 && next !== undefined && !next.newline && separators.has(next.key) && tokens[to + 1]?.kind === NUM && after !== undefined && !after.newline && suffixes.has(after.key)) return true;
  if (q.value.isInteger() && q.value.gte(1) && q.value.lte(31) && count <= 2) {
    if (next !== undefined && !next.newline && months.has(next.key)) return true;
    if (next !== undefined && next.key === "of" && months.has(tokens[to + 1]?.key ?? "")) return true;
    if (prev !== undefined && first !== undefined && !first.newline && months.has(prev.key)) return true;
  }
  return false;
};
