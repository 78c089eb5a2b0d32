import { LEXICONS } from "../lexicon/index.js";
import { safeParseQuantity } from "../quantity/parseQuantity.js";
import type { Quantity } from "../quantity/types.js";

/** At most this many classifier characters between a count and its bound word: "人次", "名". */
const MAX_CLASSIFIERS = 2;

let words: { readonly suffixes: readonly string[]; readonly classifiers: ReadonlySet<string> } | undefined;
const getWords = () => {
  if (words !== undefined) return words;
  const zh = LEXICONS.zh.quantity;
  // Two-character bound words only: "多" and "余" after a classifier are other words ("人多").
  const suffixes = Object.keys(zh.boundSuffixes ?? {}).filter((w) => w.length === 2);
  return (words = { suffixes, classifiers: new Set(zh.classifiers ?? []) });
};

/**
 * A Chinese bound word after the counted noun of a count: "3万人以上" is at least 30,000 people,
 * "1500万人次左右" about 15 million visits. Only one or two classifier characters may stand between
 * ("人", "人次", "名", "家"), so "3万人口以上" is left as it was. Returns the span's new end and the
 * quantity read with its bound, or `undefined`. Bounded work.
 *
 * @internal
 */
export const boundAfterNoun = (text: string, start: number, end: number, quantity: Quantity): { readonly end: number; readonly quantity: Quantity } | undefined => {
  if (quantity.unit !== "count" || (quantity.bound !== "exact" && quantity.bound !== "rounded")) return undefined;
  const { suffixes, classifiers } = getWords();
  for (let n = 1; n <= MAX_CLASSIFIERS; n++) {
    const c = text[end + n - 1];
    if (c === undefined || !classifiers.has(c)) return undefined;
    for (const suffix of suffixes) {
      if (!text.startsWith(suffix, end + n)) continue;
      const read = safeParseQuantity(`${text.slice(start, end)}${suffix}`, { lang: "zh" });
      if (!read.success || read.quantity.unit !== "count" || !read.quantity.value.eq(quantity.value)) return undefined;
      const last = end + n + suffix.length;
      return { end: last, quantity: Object.freeze({ ...read.quantity, text: text.slice(start, last) }) };
    }
  }
  return undefined;
};
