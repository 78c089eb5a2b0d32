/** Languages with a lexicon. `kk` (Kazakh) is welcome when its words are added. */
export type Lang = "en" | "uk" | "ru" | "zh";

/** The languages that have a lexicon. */
export const LANGS: readonly Lang[] = Object.freeze(["en", "uk", "ru", "zh"]);

/**
 * Words the quantity scanner reads: number words, scale words, currencies, units, bound words,
 * ordinals, range words. Owned by `quantity/`.
 *
 * Every key is a phrase as written (case is ignored; `'`, `’` and `ʼ` are the same apostrophe;
 * "US$" and "US $" are the same phrase). The scanner compiles all lexicons into one table, so a word
 * listed here is the only place that word is known: there is no second list anywhere.
 * Every field is optional: a language lists only the kinds of words it has.
 */
export interface QuantityWords {
  /** Cardinal number words and their decimal values: "seven" → "7", "сімдесят" → "70", "七" → "7", "півтора" → "1.5". */
  readonly numbers?: Readonly<Record<string, string>>;
  /** Words that multiply the number before them inside one numeral, as powers of ten: "hundred" → 2, "百" → 2, "十" → 1. */
  readonly multipliers?: Readonly<Record<string, number>>;
  /** Scale words, as powers of ten: "billion" → 9, "млн" → 6, "亿" → 8, "万亿" → 12. */
  readonly scales?: Readonly<Record<string, number>>;
  /**
   * Scale abbreviations that are scales only next to money ("$5m", "$2b"); elsewhere another reading
   * wins ("5 m" is five metres).
   */
  readonly moneyScales?: Readonly<Record<string, number>>;
  /** Ordinal words and their values: "fifth" → "5". */
  readonly ordinals?: Readonly<Record<string, string>>;
  /**
   * Inflected ordinals as stems and endings, each stem taking every ending of its group:
   * `{ stems: { "п'ят": "5" }, endings: ["ий", "ого", "им"] }` gives "п'ятий", "п'ятого", "п'ятим".
   */
  readonly ordinalForms?: readonly { readonly stems: Readonly<Record<string, string>>; readonly endings: readonly string[] }[];
  /** What may follow digits to make an ordinal, written without a space: "th" ("5th"), "-й" ("5-й"). */
  readonly ordinalSuffixes?: readonly string[];
  /** What may precede a number to make it an ordinal: "第" ("第五"). */
  readonly ordinalPrefixes?: readonly string[];
  /** Words that join the parts of one numeral: "and" ("one hundred and five"), "-" ("twenty-five"). */
  readonly numberJoiners?: readonly string[];
  /** Decimal-point words inside numerals: "点" ("三点五"). */
  readonly decimalPoints?: readonly string[];
  /** Articles that mean one before a scale or multiplier: "a" ("a million"). */
  readonly indefiniteOnes?: readonly string[];
  /** Whether numerals of single digits may be read digit by digit ("二〇二三" → 2023). */
  readonly positionalDigits?: boolean;
  /** Whether a multiplier with no number before it means one of it ("十五" → 15, "百" → 100). */
  readonly bareMultipliers?: boolean;
  /** Whether a lone decimal comma is the decimal separator ("31,5" → 31.5 in uk/ru; "1,700" → 1700 in en). */
  readonly decimalComma?: boolean;
  /** Currency words written before the amount: "$", "US$", "USD", "人民币". */
  readonly currencyPrefixes?: Readonly<Record<string, UnitWord>>;
  /** Currency words written after the amount: "dollars", "доларів", "долл.", "美元", "₽". */
  readonly currencySuffixes?: Readonly<Record<string, UnitWord>>;
  /** Measure and percentage words written after the amount: "km", "tons", "%", "per cent", "п.п.". */
  readonly unitSuffixes?: Readonly<Record<string, UnitWord>>;
  /** Measure and percentage words written before the amount: "百分之" ("百分之三十五"). */
  readonly unitPrefixes?: Readonly<Record<string, UnitWord>>;
  /** Bound words before the amount: "over", "понад", "не менее", "超过". */
  readonly boundPrefixes?: Readonly<Record<string, BoundWord>>;
  /** Bound words after the amount (or between it and its scale): "or more", "多" ("70多"), "以上". */
  readonly boundSuffixes?: Readonly<Record<string, BoundWord>>;
  /** Separators between the two ends of a range: "–", "to", "至". */
  readonly rangeSeparators?: readonly string[];
  /** Words opening a range, with the separators each one needs: "between" → ["and"], "від" → ["до"]. */
  readonly rangeOpeners?: Readonly<Record<string, readonly string[]>>;
  /**
   * Bound words that mean "to" rather than "up to" right after a verb of change ("виросте до 10 млн тонн"
   * is "will grow to 10 million tonnes", not "up to"): the bound is dropped there.
   */
  readonly targetWords?: readonly string[];
  /** Beginnings of verbs of change, for {@link QuantityWords.targetWords}: "вирос", "зрос", "увелич". */
  readonly changeVerbStems?: readonly string[];
  /** Words that end a counted noun ("70 agreements worth…" → "agreements"): prepositions, verbs, conjunctions. */
  readonly nounStops?: readonly string[];
}

/**
 * What a bound word says about the number after (or before) it, as a {@link QuantityWords} value:
 * `about`/`almost` widen, `moreThan`/`atLeast`/`atMost`/`lessThan` bound one side, `exact` pins it.
 */
export type BoundWord = "exact" | "about" | "almost" | "moreThan" | "atLeast" | "atMost" | "lessThan";

/**
 * A unit named by a word: a registry code, and when the word is ambiguous every unit it could mean
 * (the first is the default). `dollar: true` marks the words of a bare dollar ("$", "dollars",
 * "доларів"): their unit is the scanner's `dollar` option and their candidates every dollar currency.
 */
export interface UnitWord {
  readonly unit: string;
  readonly candidates?: readonly string[];
  readonly dollar?: boolean;
  /** ISO codes: the word counts only when written in capitals ("TRY 5", not "try 5"). */
  readonly upperOnly?: boolean;
}

/** Words the period parser reads: month and season names, relative phrases, "as of", "by the end of". */
export interface PeriodWords {
  readonly todo?: never;
}

/** Everything one language contributes: the single source for parsing and for extraction. */
export interface Lexicon {
  readonly lang: Lang;
  readonly quantity: QuantityWords;
  readonly period: PeriodWords;
}
