/** Languages with a lexicon. `kk` (Kazakh) is welcome when its words are added. */
export type Lang = "en" | "uk" | "ru" | "zh";

/** The languages that have a lexicon. */
export const LANGS: readonly Lang[] = Object.freeze(["en", "uk", "ru", "zh"]);

/**
 * Words the quantity scanner reads: number words, scale words, currencies, units, bound words,
 * ordinals, range words. Owned by `quantity/`.
 */
export interface QuantityWords {
  readonly todo?: never;
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
  /** Suffixes written after a day number: "st", "nd", "rd", "th". */
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
  /** Fiscal-year markers ("FY"): refused, because fiscal years are not calendar years. */
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
