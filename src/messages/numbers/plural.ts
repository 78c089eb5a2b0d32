import type { PluralCategory } from "./createNumberFormat.js";

/** A word's forms by plural category; `other` defaults to `many` (fractions take it in Slavic languages where unset). */
export interface Forms {
  readonly one: string;
  readonly few?: string;
  readonly many?: string;
  readonly other?: string;
}

/**
 * Agreement of a noun with a count through `Intl.PluralRules`: `pl(5, "розбіжність", "розбіжності",
 * "розбіжностей")` → "5 розбіжностей". Counts are written with the locale's grouping. @internal
 */
export const createPlural = (tag: string) => {
  const rules = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);
  const form = (n: number, forms: Forms): string => {
    const category = rules.select(n) as PluralCategory;
    if (category === "one") return forms.one;
    if (category === "few") return forms.few ?? forms.other ?? forms.one;
    if (category === "many") return forms.many ?? forms.other ?? forms.one;
    return forms.other ?? forms.many ?? forms.one;
  };
  return {
    /** The word alone, in the form the count asks for. */
    form,
    /** The count and the word: "5 розбіжностей". */
    count: (n: number, one: string, few: string, many: string, other?: string): string =>
      `${numbers.format(n)} ${form(n, { one, few, many, ...(other !== undefined ? { other } : {}) })}`,
    /** A count in the locale's digits: 12000 → "12 000". */
    num: (n: number): string => numbers.format(n),
  };
};
