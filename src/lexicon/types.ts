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
