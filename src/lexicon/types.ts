/** Languages with a lexicon. `kk` (Kazakh) is welcome when its words are added. */
export type Lang = "en" | "uk" | "ru" | "zh";

/** The languages that have a lexicon. */
export const LANGS: readonly Lang[] = /* @__PURE__ */ Object.freeze(["en", "uk", "ru", "zh"]);

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
  /**
   * Scale letters that are scales anywhere when written in capitals right after the digits: "M" ("10M"
   * is ten million — the metre is a lower-case "m"), "К" ("100К"). In lower case they stay what else
   * they are (a unit, a preposition).
   */
  readonly capitalScales?: Readonly<Record<string, number>>;
  /** Words that state a multiple, read as an exact ratio (unit `x`): "double" → "2", "вдвічі" → "2", "翻一番" → "2". */
  readonly multiples?: Readonly<Record<string, string>>;
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
  /** Words for a minus sign before a number: "minus", "negative", "мінус", "负". */
  readonly minusWords?: readonly string[];
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
  /**
   * Whether digits right after a scale word go on with the numeral: "3 тысячи 500 рублей" is 3,500
   * roubles in Russian, where "1 million 250 tonnes" is two amounts in English.
   */
  readonly digitsAfterScale?: boolean;
  /**
   * Minor units of money and the power of ten of the main unit they are: "cents" → −2, "копеек" → −2,
   * "角" → −1. After an amount of money they add to it ("3 dollars 50 cents" is 3.50; "124 451 рубль 50
   * копеек" 124,451.50). A word with a `currency` is also an amount on its own ("50 cents" is 0.50 of
   * a dollar, "470 pence" 4.70 pounds sterling); see {@link MinorUnitWord}.
   */
  readonly minorUnits?: Readonly<Record<string, MinorUnitWord>>;
  /**
   * Whether a bare digit after money counts in the next decimal place rather than in minor units:
   * "一块二" is 1.2 yuan, "三块零四" 3.04, "五块七毛八" 5.78. Otherwise a bare number after money is in
   * the currency's minor units ("15 dollars 50" is 15.50).
   */
  readonly minorByPlace?: boolean;
  /**
   * Fraction words and their values, read as numbers only before a scale word or a unit, where they
   * cannot be anything else: "half a million" (0.5 × 10⁶), "a quarter million", "three quarters
   * billion" (3 × 0.25 × 10⁹). Only fractions with a terminating decimal: "a third" has no exact value.
   */
  readonly fractions?: Readonly<Record<string, string>>;
  /**
   * Words for the parts of a whole ("third" → 3, "quarters" → 4, "треть" → 3, "половина" → 2). After a
   * numerator ("two *thirds*", "three-*quarters*", "a *third* of", "дві *третини*") or, for words
   * marked `alone`, by themselves ("*half* of", "*треть* экспорта"), they state a share of a whole, read
   * as a percentage: exact when the decimal terminates (75 %), else rounded to a hundredth of a per
   * cent (33.33 %). Never the bare numerator. See {@link DenominatorWord}.
   */
  readonly denominators?: Readonly<Record<string, DenominatorWord>>;
  /**
   * Words after which a share with an article or with no numerator counts ("a third *of*", "half *the*"):
   * where a language has them, "a third" and "half" alone are ordinals and idioms ("a third term").
   */
  readonly shareOfWords?: readonly string[];
  /**
   * Words before the size of a change: "fell *by* a third", "скоротився *на* третину". After one, a share
   * with an article or no numerator needs no word of {@link QuantityWords.shareOfWords} ("by a third",
   * "by half"), except a word that also names a period ("delayed by a quarter" may be three months).
   */
  readonly byWords?: readonly string[];
  /**
   * Whether a bound word before a by-word bounds the amount after it: "почти на треть" is by almost a
   * third, "более чем на 5 %" by more than 5 %. English puts the bound after the by-word ("by almost a
   * third"), and "ran over by 5 %" bounds nothing.
   */
  readonly boundBeforeBy?: boolean;
  /**
   * Bound words that are bare comparatives: before a by-word they compare instead of bounding ("больше
   * на 5 %" is more by 5 %, the 5 % itself unbounded), so they never carry over it.
   */
  readonly comparatives?: readonly string[];
  /**
   * Words between the number of parts and the numerator of a share written whole first: "分之" ("三分之一"
   * is one of three parts, 33.33 %; "五分之二" 40 %).
   */
  readonly partsOf?: readonly string[];
  /**
   * Phrases after a whole number that add a fraction to it: "с половиной" ("три с половиной" is 3.5),
   * "з чвертю". English writes them with a joiner and a denominator ("three and a half"), read from
   * {@link QuantityWords.numberJoiners} and {@link QuantityWords.denominators}.
   */
  readonly addedFractions?: Readonly<Record<string, string>>;
  /** Words that count in groups, with the group's size: "dozen" → "12" ("two dozen" is 24, "a dozen" 12, "half a dozen" 6). */
  readonly groups?: Readonly<Record<string, string>>;
  /**
   * Plural group words that state no number, with the least they can mean: "dozens" → "24" ("dozens of
   * agreements" is at least two dozen), "десятки" → "20" ("десятки тысяч" is at least 20,000). Read as
   * `atLeast`: the word bounds the number from below and nothing bounds it from above.
   */
  readonly vagueGroups?: Readonly<Record<string, string>>;
  /**
   * Measures written in two units, the larger first: "5 ft 2 in" is 62 inches, "6 lb 3 oz" 99 ounces.
   * Keys and values are registry codes: the larger unit and the smaller units that may follow it.
   */
  readonly compoundUnits?: Readonly<Record<string, readonly string[]>>;
  /** Words joining an amount and its minor units: "and" ("thirteen dollars and forty-five cents"). */
  readonly minorJoiners?: readonly string[];
  /** Currency words written before the amount: "$", "US$", "USD", "人民币". */
  readonly currencyPrefixes?: Readonly<Record<string, UnitWord>>;
  /** Currency words written after the amount: "dollars", "доларів", "долл.", "美元", "₽". */
  readonly currencySuffixes?: Readonly<Record<string, UnitWord>>;
  /** Measure and percentage words written after the amount: "tons", "%", "per cent", "п.п.". Any case. */
  readonly unitSuffixes?: Readonly<Record<string, UnitWord>>;
  /**
   * Unit symbols written after the amount, matched in the exact case listed: "MW" is a megawatt and
   * "mW" a milliwatt, "ML" a megalitre and "mL" a millilitre, "Gb" a gigabit and "GB" a gigabyte. A
   * symbol written in a case not listed is no unit (and its number no count): only unit words are read
   * in any case. Spellings in another case are listed only where they can mean nothing else ("KM", "kwh").
   */
  readonly unitSymbols?: Readonly<Record<string, UnitWord>>;
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
  /**
   * Phrases of one or two words between two numbers that make them a ratio: "out of" ("3 out of 10" is
   * 30 %, "one out of three" no count of one).
   */
  readonly ratioWords?: readonly string[];
  /**
   * Ratio words that are also prepositions: "in" ("one in five" is 20 %, but "2 in 5 days" and "1 in
   * 2023" are no ratios). Read as a ratio only after "one" and before a plain whole that is no year;
   * otherwise the numbers are read as usual.
   */
  readonly looseRatioWords?: readonly string[];
  /** Idioms that hold a number and a unit word but no amount: "一成不变" ("unchanging", not "10 % unchanged"). */
  readonly idioms?: readonly string[];
  /**
   * Words after which a bare number is a label, not a count: "Figure 2", "p. 57", "Section 3", "статті
   * 12", "пункту 3". Compared with the one word (or abbreviation without its dot) before the number.
   */
  readonly referenceWords?: readonly string[];
  /** Words after "one" that make it a pronoun, not a count: "one of the largest", "один из", "одна з". */
  readonly partitives?: readonly string[];
  /**
   * Chinese classifiers and time words that may follow a numeral written in characters: "三次", "两个",
   * "五年". Another character glued after such a numeral makes it part of a word or a name: 四川,
   * 三峡, 五一, 二十国集团, 零售.
   */
  readonly classifiers?: readonly string[];
  /** Words that end a counted noun ("70 agreements worth…" → "agreements"): prepositions, verbs, conjunctions. */
  readonly nounStops?: readonly string[];
}

/**
 * A word for the parts of a whole, for {@link QuantityWords.denominators}: into how many parts the whole
 * is cut, whether the word alone is one part ("half", "треть"; not "third", which is also an ordinal),
 * and whether it also names a period ("quarters": "the first three quarters"), in which case a share
 * needs a hyphen ("three-quarters") or a word of {@link QuantityWords.shareOfWords} after it.
 */
export interface DenominatorWord {
  readonly parts: number;
  readonly alone?: boolean;
  readonly period?: boolean;
}

/**
 * What a bound word says about the number after (or before) it, as a {@link QuantityWords} value:
 * `about`/`almost` widen, `moreThan`/`atLeast`/`atMost`/`lessThan` bound one side, `exact` pins it.
 */
export type BoundWord = "exact" | "about" | "almost" | "moreThan" | "atLeast" | "atMost" | "lessThan";

/**
 * A unit named by a word: a registry code, and when the word is ambiguous every unit it could mean
 * (the first is the default; after a scale word a currency candidate wins: "361 million pounds"). `dollar: true` marks the words of a bare dollar ("$", "dollars",
 * "доларів"): their unit is the scanner's `dollar` option and their candidates every dollar currency.
 */
export interface UnitWord {
  readonly unit: string;
  readonly candidates?: readonly string[];
  readonly dollar?: boolean;
  /** ISO codes: the word counts only when written in capitals ("TRY 5", not "try 5"). */
  readonly upperOnly?: boolean;
  /**
   * A symbol whose letters are also a word ("A$": "a $5 loan"; "S$": "it's $5"): it counts only
   * written tight, or (when it has more than one letter) in capitals ("US $ 10").
   */
  readonly tight?: boolean;
  /** A scale the word includes, as a power of ten: "MUSD" (millions of dollars) → 6, "т. р." (тысяч рублей) → 3. */
  readonly scale?: number;
  /**
   * The amount is in tenths of the unit when below ten and as written otherwise: "九折" is 90 % of the
   * price, "75折" 75 %, "9.9折" 99 %.
   */
  readonly tenthsBelowTen?: boolean;
  /** The unit when the word is written in capitals. */
  readonly whenUpper?: string;
  /** A symbol that counts only standing apart from its number: "5 s" is seconds, "1990s" a decade. */
  readonly apart?: boolean;
  /** Set by the phrase table for {@link QuantityWords.unitSymbols}: the symbol as it must be written. */
  readonly cased?: string;
  /** A common word that names the unit only as the second part of a compound: "in" in "5 ft 2 in". */
  readonly inCompound?: boolean;
  /**
   * A rate written before the number whose unit word after it names only the distance: "时速350公里"
   * is 350 km/h, not 350 km. The unit codes listed here are taken into the prefix's unit.
   */
  readonly absorbs?: readonly string[];
  /** With {@link absorbs}: the prefix is a unit only with such a word after the number ("每小时15公里"; "每小时300人次" is no speed). */
  readonly absorbRequired?: boolean;
}

/**
 * A minor unit of money: the power of ten of the main unit it is ("cents" → −2, "角" → −1,
 * "satoshis" → −8) and, when it names its currency, that currency, so that the word is also an amount
 * on its own ("50 cents", "470 pence"). Without `currency` it only follows an amount of money.
 * `tight` words ("c", "p") stand alone only written tight and in lower case ("43c", "10p"; "43C" is a temperature).
 */
export interface MinorUnitWord {
  readonly power: number;
  readonly currency?: UnitWord;
  readonly tight?: boolean;
}

/**
 * Words the period parser reads: month and season names, relative phrases, "as of", "by the end of".
 * Owned by `period/`. Every entry is a phrase of one or more words, written in lower case as it
 * appears in text; phrases are read with the period tokenizer, so "mid-" and "р." work as written.
 * Lists hold every form news uses (cases, abbreviations): the grammar never inflects a word itself.
 */
export interface PeriodWords {
  /** Month names, January first (12 lists): every case and abbreviation ("липня", "липні", "jul"). */
  readonly months: readonly (readonly string[])[];
  /** Season names and adverbs ("autumn", "fall"; "восени"; "осенью"; "秋季"). */
  readonly seasons: Readonly<Record<PeriodSeason, readonly string[]>>;
  /**
   * Whether a month or season name with neither year nor day needs a cue before it ("in May", "this
   * May") to count as a period: true for English, where "may", "march" and "fall" are common words.
   */
  readonly bareNamesNeedCue: boolean;
  /** Ordinals 1–4 for quarters and halves (4 lists): "third", "3rd", "третьому", "III", "三". */
  readonly ordinals: readonly (readonly string[])[];
  /**
   * "First" before a count of months or quarters: "the *first* nine months", "*перші* 9 місяців",
   * "*первые* 9 месяцев", "*前*三季度". The count itself is a digit run or a number word of the quantity
   * lexicon (`QuantityWords.numbers`): one list of numerals for both.
   */
  readonly firstWords: readonly string[];
  /** Months after a count: "nine *months*", "9 *місяців*", "девять *месяцев*", "7*个月*". */
  readonly monthsWords: readonly string[];
  /** Quarters after a count: "three *quarters*", "три *квартали*", "три *квартала*", "三*季度*". */
  readonly quartersWords: readonly string[];
  /** Suffixes written after a day number: "st", "nd", "rd", "th", "-го". */
  readonly ordinalSuffixes: readonly string[];
  /** Words for a quarter after an ordinal: "quarter", "кварталі", "季度". */
  readonly quarterWords: readonly string[];
  /** Words for a half-year after an ordinal: "half", "півріччі", "полугодии". */
  readonly halfWords: readonly string[];
  /** Whole phrases for the first and the second half-year (2 lists): "上半年", "下半年". */
  readonly halfPhrases: readonly (readonly string[])[];
  /** Words after a year number: "року", "р.", "года", "г.", "年". */
  readonly yearSuffixes: readonly string[];
  /** Words after a month number: "月". */
  readonly monthSuffixes: readonly string[];
  /** Words after a day number: "日", "号". */
  readonly daySuffixes: readonly string[];
  /** Optional words before an ordinal or a name: "the", "第". */
  readonly articles: readonly string[];
  /** Optional words between a name and its year: "of" ("summer of 2023"). */
  readonly ofWords: readonly string[];
  /** Unit words after a relative modifier: "last *year*", "минулого *місяця*", "в прошлом *году*". */
  readonly unitWords: Readonly<Record<PeriodUnit, readonly string[]>>;
  /** Relative modifiers before a unit, a month or a season: "last", "минулого", "прошлым". */
  readonly modifiers: Readonly<Record<"last" | "this" | "next", readonly string[]>>;
  /** Whole relative phrases: "торік", "去年", "上个月". */
  readonly relativePhrases: readonly PeriodRelativePhrase[];
  /** Prepositions that belong to the period without changing it: "in", "during", "у", "за", "在". */
  readonly prepositions: readonly string[];
  /** "As of" before a day: the instant at the start of that day ("станом на", "截至"). */
  readonly asOf: readonly string[];
  /** "By the end of" before a period: the instant its end ("на кінець", "на конец"). */
  readonly endOf: readonly string[];
  /** "As at the start of" before a period: the instant of its start ("на початок", "на начало"). */
  readonly startOf: readonly string[];
  /** Vague words that keep the period they qualify: "early", "mid-", "late", "на початку", "в конце". */
  readonly vague: readonly string[];
  /** "Since" before a period: from its start to the reference ("since", "з", "с", "自"). */
  readonly since: readonly string[];
  /** "Since" written after the period: "以来". */
  readonly sinceSuffixes: readonly string[];
  /** "End" written after the period: "底", "末" ("2023年底"). */
  readonly endSuffixes: readonly string[];
  /** Vague words written after the period: "初" ("2023年初"). */
  readonly vagueSuffixes: readonly string[];
  /** Words that open a range: "from", "between", "з", "с", "从". */
  readonly rangeStarts: readonly string[];
  /** Words that join the two ends of a range opened by a range start: "to", "and", "по", "到". */
  readonly rangeJoiners: readonly string[];
  /** Fiscal-year markers ("FY", "fiscal year"): refused, because fiscal years are not calendar years. */
  readonly fiscalYear: readonly string[];
}

/** A meteorological season of the northern hemisphere. */
export type PeriodSeason = "spring" | "summer" | "autumn" | "winter";

/** A unit a relative phrase counts in. */
export type PeriodUnit = "year" | "quarter" | "month" | "week";

/** A whole relative phrase and what it means: `{ text: "去年", unit: "year", offset: -1 }`. */
export interface PeriodRelativePhrase {
  readonly text: string;
  readonly unit: PeriodUnit;
  /** Units from the reference: −1 last, 0 this, 1 next. */
  readonly offset: number;
}

/** Everything one language contributes: the single source for parsing and for extraction. */
export interface Lexicon {
  readonly lang: Lang;
  readonly quantity: QuantityWords;
  readonly period: PeriodWords;
}
